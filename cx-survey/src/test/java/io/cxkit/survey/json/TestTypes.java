package io.cxkit.survey.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.AnswerCount;
import io.cxkit.survey.InvalidSurveyException;
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
import org.jspecify.annotations.Nullable;

/**
 * Question types of this test source set only, so the JSON layer is tested without the built-in
 * types: a score (an enum, an int, an optional text), a pick list (a list, an optional string) and
 * a goal outcome (a cx-core enum in an answer).
 */
final class TestTypes {
  private TestTypes() {}

  static QuestionTypeRegistry registry() {
    return QuestionTypeRegistry.builder()
        .register(new ScoreType()).register(new PickType()).register(new GoalType()).build();
  }

  record ScoreQuestion(String id, LocalizedText text, boolean required, NpsVariant variant, int max,
      @Nullable LocalizedText lowLabel) implements Question {
    ScoreQuestion {
      if (max < 1) {
        throw new InvalidSurveyException("max", max, "must be ≥ 1");
      }
    }

    /** Not a component: must never become a JSON member. */
    public boolean isWide() {
      return max > 10;
    }
  }

  record ScoreAnswer(int score) implements Answer {}

  /** An enum of the id convention without Jackson annotations: JSON uses its ids both ways. */
  enum Layout {
    ONE_COLUMN("one-column"),
    TWO_COLUMNS("two-columns");

    private final String id;

    Layout(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Layout ofId(String id) {
      for (Layout layout : values()) {
        if (layout.id.equals(id)) {
          return layout;
        }
      }
      throw new IllegalArgumentException(id);
    }
  }

  record PickQuestion(String id, LocalizedText text, boolean required, List<String> codes,
      Layout layout, @Nullable LocalizedText otherLabel) implements Question {
    PickQuestion {
      codes = List.copyOf(codes);
    }
  }

  record PickAnswer(List<String> codes, @Nullable String otherText) implements Answer {
    PickAnswer {
      codes = List.copyOf(codes);
    }
  }

  record GoalQuestion(String id, LocalizedText text, boolean required) implements Question {}

  record GoalAnswer(GoalOutcome outcome) implements Answer {
    GoalAnswer {
      java.util.Objects.requireNonNull(outcome, "outcome");
    }
  }

  private static ObjectNode object(String... required) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("type", "object");
    schema.putObject("properties");
    for (String name : required) {
      schema.withArray("required").add(name);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static void text(ObjectNode schema, String name) {
    ObjectNode text = ((ObjectNode) schema.get("properties")).putObject(name);
    text.put("type", "object");
    text.put("minProperties", 1);
    text.putObject("additionalProperties").put("type", "string");
  }

  private static void common(ObjectNode schema) {
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.putObject("id").put("type", "string");
    text(schema, "text");
    properties.putObject("required").put("type", "boolean");
  }

  static final class ScoreType implements QuestionType<ScoreQuestion, ScoreAnswer> {
    @Override
    public String id() {
      return "score";
    }

    @Override
    public Class<ScoreQuestion> questionClass() {
      return ScoreQuestion.class;
    }

    @Override
    public Class<ScoreAnswer> answerClass() {
      return ScoreAnswer.class;
    }

    @Override
    public List<Violation> validate(ScoreQuestion question, ScoreAnswer answer) {
      return answer.score() >= 0 && answer.score() <= question.max() ? List.of()
          : List.of(Violation.of("score", answer.score(), "must lie on 0.." + question.max()));
    }

    @Override
    public SummaryAccumulator<ScoreAnswer, ?> newSummary(ScoreQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.EQUALS, ConditionOperator.IN_RANGE);
    }

    @Override
    public AnswerValue valueOf(ScoreAnswer answer) {
      return new AnswerValue.NumberValue(answer.score());
    }

    @Override
    public ObjectNode questionSchema() {
      ObjectNode schema = object("id", "text", "required", "variant", "max");
      common(schema);
      ObjectNode properties = (ObjectNode) schema.get("properties");
      properties.putObject("variant").putArray("enum").add("standard").add("one-to-ten");
      properties.putObject("max").put("type", "integer").put("minimum", 1);
      text(schema, "lowLabel");
      return schema;
    }

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = object("score");
      ((ObjectNode) schema.get("properties")).putObject("score").put("type", "integer");
      return schema;
    }
  }

  static final class PickType implements QuestionType<PickQuestion, PickAnswer> {
    @Override
    public String id() {
      return "pick";
    }

    @Override
    public Class<PickQuestion> questionClass() {
      return PickQuestion.class;
    }

    @Override
    public Class<PickAnswer> answerClass() {
      return PickAnswer.class;
    }

    @Override
    public List<Violation> validate(PickQuestion question, PickAnswer answer) {
      return answer.codes().stream().filter(c -> !question.codes().contains(c))
          .map(c -> Violation.of("codes", c, "must be one of " + question.codes())).toList();
    }

    @Override
    public SummaryAccumulator<PickAnswer, ?> newSummary(PickQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.CONTAINS);
    }

    @Override
    public AnswerValue valueOf(PickAnswer answer) {
      return new AnswerValue.CodesValue(answer.codes());
    }

    @Override
    public ObjectNode questionSchema() {
      ObjectNode schema = object("id", "text", "required", "codes");
      common(schema);
      ObjectNode codes = ((ObjectNode) schema.get("properties")).putObject("codes");
      codes.put("type", "array");
      codes.putObject("items").put("type", "string");
      ((ObjectNode) schema.get("properties")).putObject("layout").putArray("enum")
          .add("one-column").add("two-columns");
      text(schema, "otherLabel");
      return schema;
    }

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = object("codes");
      ObjectNode properties = (ObjectNode) schema.get("properties");
      ObjectNode codes = properties.putObject("codes");
      codes.put("type", "array");
      codes.putObject("items").put("type", "string");
      properties.putObject("otherText").put("type", "string");
      return schema;
    }
  }

  static final class GoalType implements QuestionType<GoalQuestion, GoalAnswer> {
    @Override
    public String id() {
      return "goal";
    }

    @Override
    public Class<GoalQuestion> questionClass() {
      return GoalQuestion.class;
    }

    @Override
    public Class<GoalAnswer> answerClass() {
      return GoalAnswer.class;
    }

    @Override
    public List<Violation> validate(GoalQuestion question, GoalAnswer answer) {
      return List.of();
    }

    @Override
    public SummaryAccumulator<GoalAnswer, ?> newSummary(GoalQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.EQUALS);
    }

    @Override
    public AnswerValue valueOf(GoalAnswer answer) {
      return new AnswerValue.TextValue(answer.outcome().id());
    }

    @Override
    public ObjectNode questionSchema() {
      ObjectNode schema = object("id", "text", "required");
      common(schema);
      return schema;
    }

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = object("outcome");
      ((ObjectNode) schema.get("properties")).putObject("outcome").putArray("enum")
          .add("fully").add("partially").add("not-achieved");
      return schema;
    }
  }
}
