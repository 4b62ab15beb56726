package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code multiple_choice} question type: several options of a list, optionally "other" with
 * the respondent's own words, summarised as respondents and counts per option.
 */
public final class MultipleChoiceQuestionType
    implements QuestionType<MultipleChoiceQuestion, MultipleChoiceAnswer> {
  /** The type id, {@code multiple_choice}. */
  public static final String ID = "multiple_choice";

  /** Creates the type; {@link java.util.ServiceLoader} calls this. */
  public MultipleChoiceQuestionType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<MultipleChoiceQuestion> questionClass() {
    return MultipleChoiceQuestion.class;
  }

  @Override
  public Class<MultipleChoiceAnswer> answerClass() {
    return MultipleChoiceAnswer.class;
  }

  /**
   * Reports each code the question does not offer and each repeated code ({@code choices[i]}), too
   * few or too many distinct selections ({@code choices}), and an {@code otherText} given without
   * "other" chosen (or without the question offering it), blank, longer than the longest open text
   * ({@value OpenTextQuestion#MAX_LENGTH} code points), or missing when "other" is chosen.
   */
  @Override
  public List<Violation> validate(MultipleChoiceQuestion question, MultipleChoiceAnswer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    List<Violation> violations = new ArrayList<>();
    List<String> codes = question.codes();
    List<String> chosen = answer.choices();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      String code = chosen.get(i);
      Integer earlier = first.putIfAbsent(code, i);
      if (earlier != null) {
        violations.add(Violation.of("choices[" + i + "]", Rules.quoted(code),
            "duplicates choices[" + earlier + "]; choose each option once"));
      } else if (!codes.contains(code)) {
        violations.add(Violation.of("choices[" + i + "]", Rules.quoted(code),
            "must be one of " + Rules.listed(codes)));
      }
    }
    int selected = first.size();
    if (selected < question.minSelections()) {
      violations.add(Violation.of("choices", selections(selected),
          "must hold at least " + selections(question.minSelections())));
    }
    if (selected > question.maxSelections()) {
      violations.add(Violation.of("choices", selections(selected),
          "must hold at most " + selections(question.maxSelections())));
    }
    Rules.checkOtherText(question.hasOther(), first.containsKey(Choice.OTHER), answer.otherText(),
        violations);
    return Collections.unmodifiableList(violations);
  }

  private static String selections(int n) {
    return n + (n == 1 ? " selection" : " selections");
  }

  @Override
  public MultipleChoiceSummary.Accumulator newSummary(MultipleChoiceQuestion question) {
    return new MultipleChoiceSummary.Accumulator(question);
  }

  /** @return {@code CONTAINS}: whether the chosen codes include a code */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.CONTAINS;
  }

  /** @return the chosen codes, in the order chosen, as a {@link AnswerValue.CodesValue} */
  @Override
  public AnswerValue valueOf(MultipleChoiceAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.CodesValue(answer.choices());
  }

  /**
   * The question's members: {@code id}, {@code text}, {@code required}, {@code choices} (at least
   * one object of {@code code} and {@code label}; the code {@code "other"} is reserved), optional
   * {@code otherLabel}, {@code minSelections} (≥ 0) and {@code maxSelections} (≥ 1). Closed with
   * {@code additionalProperties: false}, so the generator adds {@code "type"} to its {@code
   * properties}.
   */
  @Override
  public ObjectNode questionSchema() {
    return Schemas.question("A multiple_choice question: several options, optionally \"other\"")
        .required("choices", Schemas.choices())
        .optional("otherLabel", Schemas.localizedText())
        .required("minSelections", Schemas.integer(0, Integer.MAX_VALUE))
        .required("maxSelections", Schemas.integer(1, Integer.MAX_VALUE))
        .build();
  }

  /**
   * The answer's members: {@code choices} (an array of codes) and optional {@code otherText}.
   * Closed, like the question fragment.
   */
  @Override
  public ObjectNode answerSchema() {
    return Schemas.object("An answer to a multiple_choice question")
        .required("choices", Schemas.strings())
        .optional("otherText", Schemas.otherText())
        .build();
  }

  @Override
  public String toString() {
    return "QuestionType[" + ID + "]";
  }
}
