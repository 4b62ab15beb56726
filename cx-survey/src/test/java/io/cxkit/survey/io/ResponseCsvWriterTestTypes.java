package io.cxkit.survey.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Answer;
import io.cxkit.survey.AnswerCount;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.List;
import java.util.Set;

/**
 * Two question types of the export tests only, for what the built-in types never produce: a spend
 * (a decimal, possibly negative number: a refund) and free tags (codes that may hold any text).
 */
final class ResponseCsvWriterTestTypes {
  private ResponseCsvWriterTestTypes() {}

  /** @return the standard types and these two */
  static QuestionTypeRegistry registry() {
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder();
    for (QuestionType<?, ?> type : QuestionTypeRegistry.standard().types()) {
      builder.register(type);
    }
    return builder.register(new SpendType()).register(new TagsType()).build();
  }

  record SpendQuestion(String id, LocalizedText text, boolean required) implements Question {
    static SpendQuestion of(String id) {
      return new SpendQuestion(id, LocalizedText.of("en", "How much did you spend?"), false);
    }
  }

  /** @param amount euros spent, negative for a refund */
  record SpendAnswer(double amount) implements Answer {}

  record TagsQuestion(String id, LocalizedText text, boolean required) implements Question {
    static TagsQuestion of(String id) {
      return new TagsQuestion(id, LocalizedText.of("en", "Tag your visit"), false);
    }
  }

  record TagsAnswer(List<String> tags) implements Answer {
    TagsAnswer {
      tags = List.copyOf(tags);
    }
  }

  private static ObjectNode object() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("type", "object");
    schema.putObject("properties");
    return schema;
  }

  static final class SpendType implements QuestionType<SpendQuestion, SpendAnswer> {
    @Override
    public String id() {
      return "spend";
    }

    @Override
    public Class<SpendQuestion> questionClass() {
      return SpendQuestion.class;
    }

    @Override
    public Class<SpendAnswer> answerClass() {
      return SpendAnswer.class;
    }

    @Override
    public List<Violation> validate(SpendQuestion question, SpendAnswer answer) {
      return Double.isFinite(answer.amount()) ? List.of()
          : List.of(Violation.of("amount", answer.amount(), "must be finite"));
    }

    @Override
    public SummaryAccumulator<SpendAnswer, ?> newSummary(SpendQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of();
    }

    @Override
    public AnswerValue valueOf(SpendAnswer answer) {
      return new AnswerValue.NumberValue(answer.amount());
    }

    @Override
    public ObjectNode questionSchema() {
      return object();
    }

    @Override
    public ObjectNode answerSchema() {
      return object();
    }
  }

  static final class TagsType implements QuestionType<TagsQuestion, TagsAnswer> {
    @Override
    public String id() {
      return "tags";
    }

    @Override
    public Class<TagsQuestion> questionClass() {
      return TagsQuestion.class;
    }

    @Override
    public Class<TagsAnswer> answerClass() {
      return TagsAnswer.class;
    }

    @Override
    public List<Violation> validate(TagsQuestion question, TagsAnswer answer) {
      return List.of();
    }

    @Override
    public SummaryAccumulator<TagsAnswer, ?> newSummary(TagsQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of();
    }

    @Override
    public AnswerValue valueOf(TagsAnswer answer) {
      return new AnswerValue.CodesValue(answer.tags());
    }

    @Override
    public ObjectNode questionSchema() {
      return object();
    }

    @Override
    public ObjectNode answerSchema() {
      return object();
    }
  }
}
