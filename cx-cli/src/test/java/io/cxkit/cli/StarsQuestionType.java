package io.cxkit.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team's own question type, {@code stars} (1 to 5 stars), for {@link CxIT}: it is registered
 * only where that test writes a {@code META-INF/services} entry naming it into a directory on
 * {@code CX_CLASSPATH}, so the launcher's class path and ServiceLoader are proven end to end; no
 * other test sees it.
 */
public final class StarsQuestionType
    implements QuestionType<StarsQuestionType.StarsQuestion, StarsQuestionType.StarsAnswer> {

  /** For ServiceLoader. */
  public StarsQuestionType() {}

  /**
   * A stars question.
   *
   * @param id the question's id
   * @param text what is asked
   * @param required whether it must be answered
   */
  public record StarsQuestion(String id, LocalizedText text, boolean required)
      implements Question {}

  /** @param stars 1 to 5 */
  public record StarsAnswer(int stars) implements Answer {}

  /** @param answered the answers counted */
  public record StarsSummary(long answered) implements QuestionSummary<StarsSummary> {
    @Override
    public StarsSummary plus(StarsSummary other) {
      return new StarsSummary(Math.addExact(answered, other.answered));
    }
  }

  @Override
  public String id() {
    return "stars";
  }

  @Override
  public Class<StarsQuestion> questionClass() {
    return StarsQuestion.class;
  }

  @Override
  public Class<StarsAnswer> answerClass() {
    return StarsAnswer.class;
  }

  @Override
  public List<Violation> validate(StarsQuestion question, StarsAnswer answer) {
    Objects.requireNonNull(question, "question");
    return answer.stars() >= 1 && answer.stars() <= 5 ? List.of()
        : List.of(Violation.of("stars", answer.stars(), "must lie on scale 1..5"));
  }

  @Override
  public SummaryAccumulator<StarsAnswer, StarsSummary> newSummary(StarsQuestion question) {
    Objects.requireNonNull(question, "question");
    return new SummaryAccumulator<>() {
      private long answered;

      @Override
      public void add(StarsAnswer answer) {
        answered++;
      }

      @Override
      public void merge(StarsSummary summary) {
        answered += summary.answered();
      }

      @Override
      public StarsSummary snapshot() {
        return new StarsSummary(answered);
      }
    };
  }

  @Override
  public Set<ConditionOperator> operators() {
    return Set.of();
  }

  @Override
  public AnswerValue valueOf(StarsAnswer answer) {
    return new AnswerValue.NumberValue(answer.stars());
  }

  @Override
  public ObjectNode questionSchema() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("id").put("type", "string");
    properties.putObject("text").put("type", "object");
    properties.putObject("required").put("type", "boolean");
    schema.putArray("required").add("id").add("text").add("required");
    return schema;
  }

  @Override
  public ObjectNode answerSchema() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
    schema.putObject("properties").putObject("stars").put("type", "integer").put("minimum", 1)
        .put("maximum", 5);
    schema.putArray("required").add("stars");
    return schema;
  }
}
