package io.cxkit.examples.ranking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code ranking} question type: the respondent orders every option of a {@link
 * RankingQuestion}, best first. It is found by {@link java.util.ServiceLoader} ({@code provides} in
 * module-info and {@code META-INF/services}), so {@link
 * io.cxkit.survey.QuestionTypeRegistry#standard()} holds it whenever this jar is present.
 *
 * <p>Conditions on a ranking can test only whether it was answered ({@code is-answered}, {@code
 * is-skipped}); see {@link #operators()} for why no comparison applies.
 */
public final class RankingQuestionType implements QuestionType<RankingQuestion, RankingAnswer> {

  /** The type id, {@value}. */
  public static final String ID = "ranking";

  /** For {@link java.util.ServiceLoader}. */
  public RankingQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<RankingQuestion> questionClass() {
    return RankingQuestion.class;
  }

  @Override
  public Class<RankingAnswer> answerClass() {
    return RankingAnswer.class;
  }

  /**
   * A valid ranking names every option of the question exactly once. Reported: a code that is not
   * an option ({@code ranking[i]}), an option ranked twice ({@code ranking[i]}), options left out
   * ({@code ranking}).
   */
  @Override
  public List<Violation> validate(RankingQuestion question, RankingAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    List<Violation> violations = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> ranking = answer.ranking();
    for (int i = 0; i < ranking.size(); i++) {
      String code = ranking.get(i);
      String path = "ranking[" + i + "]";
      if (question.indexOf(code) < 0) {
        violations.add(Violation.of(path, '"' + code + '"',
            "must be one of the options " + String.join(", ", question.codes())));
        continue;
      }
      Integer earlier = seen.putIfAbsent(code, i);
      if (earlier != null) {
        violations.add(Violation.of(path, '"' + code + '"',
            "ranks the option of ranking[" + earlier + "] again; each option is ranked once"));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String code : question.codes()) {
      if (!seen.containsKey(code)) {
        missing.add(code);
      }
    }
    if (!missing.isEmpty()) {
      violations.add(Violation.of("ranking", ranking,
          "must rank every option; missing " + String.join(", ", missing)));
    }
    return List.copyOf(violations);
  }

  @Override
  public SummaryAccumulator<RankingAnswer, RankingSummary> newSummary(RankingQuestion question) {
    return new RankingAccumulator(question);
  }

  /**
   * None beyond {@code is-answered} and {@code is-skipped}, which every type has. A valid ranking
   * holds every option exactly once, so {@code contains "courier"} would hold for every answer; and
   * {@code equals} compares lists of codes as sets, so {@code equals ["courier", "locker",
   * "pickup"]} would too, whatever the order. A condition that holds for every answer routes like
   * {@code is-answered} while reading as if it looked at the order, so the type declares neither,
   * and a survey that uses them is refused when it is built, naming the type and operator. (A type
   * that declares operators also implements {@link #validateCondition} to refuse arguments no answer
   * could meet, as the built-in types do.)
   *
   * @return the empty set
   */
  @Override
  public Set<ConditionOperator> operators() {
    return Set.of();
  }

  /** @return the codes in the respondent's order, best first */
  @Override
  public AnswerValue valueOf(RankingAnswer answer) {
    return new AnswerValue.CodesValue(answer.ranking());
  }

  /**
   * The question's members {@code id}, {@code text}, {@code required} and {@code options} (2 to 20
   * objects of {@code code} and {@code label}); closed with {@code additionalProperties: false}.
   */
  @Override
  public ObjectNode questionSchema() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode option = json.objectNode().put("type", "object");
    option.putObject("properties").<ObjectNode>set("code", code(json)).set("label", localizedText(json));
    option.putArray("required").add("code").add("label");
    option.put("additionalProperties", false);

    ObjectNode schema = json.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("id").put("type", "string").put("pattern", RankingQuestion.ID_REGEX);
    properties.set("text", localizedText(json));
    properties.putObject("required").put("type", "boolean");
    properties.putObject("options").put("type", "array").put("minItems", 2)
        .put("maxItems", RankingQuestion.MAX_OPTIONS).set("items", option);
    schema.putArray("required").add("id").add("text").add("required").add("options");
    // Closed, like the built-in fragments; the schema generator adds the "type" member.
    schema.put("additionalProperties", false);
    return schema;
  }

  /** The answer's one member, {@code ranking}: 2 to 20 distinct codes; closed. */
  @Override
  public ObjectNode answerSchema() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode schema = json.objectNode().put("type", "object");
    ObjectNode ranking = schema.putObject("properties").putObject("ranking");
    ranking.put("type", "array").put("minItems", 2).put("maxItems", RankingQuestion.MAX_OPTIONS)
        .put("uniqueItems", true).set("items", code(json));
    ArrayNode required = schema.putArray("required");
    required.add("ranking");
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode code(JsonNodeFactory json) {
    return json.objectNode().put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
  }

  private static ObjectNode localizedText(JsonNodeFactory json) {
    ObjectNode text = json.objectNode().put("type", "object").put("minProperties", 1);
    text.putObject("additionalProperties").put("type", "string").put("minLength", 1);
    return text;
  }
}
