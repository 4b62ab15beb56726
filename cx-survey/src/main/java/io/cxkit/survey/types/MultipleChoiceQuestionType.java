package io.cxkit.survey.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code multiple_choice} question type: several options of a list, optionally "other" with
 * the respondent's own words, summarised as respondents and counts per option.
 *
 * <p>Conditions look at the codes chosen: {@code contains} one code ({@code {"answer": "reasons",
 * "operator": "contains", "value": "price"}}), or {@code equals} / {@code one-of} the whole set of
 * codes, in any order ({@code "value": ["price", "other"]}). A code the question does not offer, or
 * a set of more or fewer codes than an answer may choose, is refused when the survey is built.
 */
public final class MultipleChoiceQuestionType
    implements QuestionType<MultipleChoiceQuestion, MultipleChoiceAnswer> {
  /** The type id, {@code multiple_choice}. */
  public static final String ID = "multiple_choice";

  /** Answers up to this long are checked for repeats by scanning; longer ones with a hash map. */
  private static final int SCAN_LIMIT = 16;

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
    // Allocation-free on the common path (a few distinct, offered codes): messages and the list of
    // codes are built only for a violation, and repeats are found by scanning earlier picks unless
    // the answer is long enough for a hash set to pay.
    List<Violation> violations = new ArrayList<>(0);
    List<String> chosen = answer.choices();
    Map<String, Integer> first = chosen.size() > SCAN_LIMIT ? new HashMap<>() : null;
    int selected = 0;
    boolean otherChosen = false;
    for (int i = 0; i < chosen.size(); i++) {
      String code = chosen.get(i);
      int earlier = first != null ? first.getOrDefault(code, -1) : indexBefore(chosen, code, i);
      if (earlier >= 0) {
        violations.add(Violation.of("choices[" + i + "]", Rules.quoted(code),
            "duplicates choices[" + earlier + "]; choose each option once"));
        continue;
      }
      if (first != null) {
        first.put(code, i);
      }
      selected++;
      otherChosen |= Choice.OTHER.equals(code);
      if (!question.offers(code)) {
        violations.add(Violation.of("choices[" + i + "]", Rules.quoted(code),
            "must be one of " + Rules.listed(question.codes())));
      }
    }
    if (selected < question.minSelections()) {
      violations.add(Violation.of("choices", selections(selected),
          "must hold at least " + selections(question.minSelections())));
    }
    if (selected > question.maxSelections()) {
      violations.add(Violation.of("choices", selections(selected),
          "must hold at most " + selections(question.maxSelections())));
    }
    Rules.checkOtherText(question.hasOther(), otherChosen, answer.otherText(), violations);
    return violations.isEmpty() ? List.of() : Collections.unmodifiableList(violations);
  }

  /** @return the first index before {@code end} holding {@code code}, or -1 */
  private static int indexBefore(List<String> chosen, String code, int end) {
    for (int j = 0; j < end; j++) {
      if (chosen.get(j).equals(code)) {
        return j;
      }
    }
    return -1;
  }

  private static String selections(int n) {
    return n + (n == 1 ? " selection" : " selections");
  }

  @Override
  public MultipleChoiceSummary.Accumulator newSummary(MultipleChoiceQuestion question) {
    return new MultipleChoiceSummary.Accumulator(question);
  }

  /**
   * @return {@code CONTAINS}: whether the chosen codes include a code; {@code EQUALS}: whether the
   *     codes chosen are exactly a set of codes, in any order (a list of codes, {@code "value":
   *     ["price", "other"]}); {@code ONE_OF}: whether they are one of several such sets
   */
  @Override
  public Set<ConditionOperator> operators() {
    return Operators.CODES;
  }

  /**
   * Refuses a condition no answer could meet: a {@code contains} code the question does not offer
   * ({@code other} only when it has an {@code otherLabel}); an {@code equals} or {@code one-of}
   * value that is not a list of codes, holds a code not offered ({@code value[1]}, {@code
   * values[0][1]}), or holds fewer distinct codes than {@code minSelections} or more than {@code
   * maxSelections}.
   */
  @Override
  public List<Violation> validateCondition(MultipleChoiceQuestion question,
      ConditionOperator operator, List<AnswerValue> arguments) {
    Objects.requireNonNull(question, "question");
    Violation unfit = Operators.unfit(Operators.CODES, ID, operator, arguments);
    if (unfit != null) {
      return Operators.only(unfit);
    }
    if (operator == ConditionOperator.CONTAINS) {
      String code = ((AnswerValue.TextValue) arguments.get(0)).value();
      return question.offers(code) ? List.of() : Operators.only(Violation.of("value",
          Rules.quoted(code), "must be one of " + Rules.listed(question.codes())));
    }
    return Operators.eachValue(operator, arguments, Operators.codes(question));
  }

  /** @return the chosen codes, in the order chosen, as a {@link AnswerValue.CodesValue} */
  @Override
  public AnswerValue valueOf(MultipleChoiceAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return new AnswerValue.CodesValue(answer.choices());
  }

  /**
   * Reads the chosen options from a cell: parts separated by {@code format.listSeparator()} ({@code
   * price;delivery}, as {@link #valueOf} writes the codes), each trimmed and read like a single
   * choice (its code, or in any case its code or label in any of the question's languages); empty
   * parts are ignored, so {@code price;} is one option. When the question offers "other", one part
   * that names no option is "other" with that text as the answer's {@code otherText}. Refused, at
   * field {@code choices[i]}: a part that names no option (or a second one, with "other"), and an
   * option named twice. The separator must not occur inside codes or labels.
   */
  @Override
  public Optional<CellParser<MultipleChoiceAnswer>> cellParser(MultipleChoiceQuestion question,
      CellFormat format) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(format, "format");
    Cells.Lookup<String> options = Cells.options(question);
    boolean other = question.hasOther();
    String rule = Cells.optionRule(question);
    String separator = format.listSeparator();
    return Optional.of(cell -> {
      List<String> codes = new ArrayList<>(4);
      String otherText = null;
      for (int from = 0; from <= cell.length(); ) {
        int at = cell.indexOf(separator, from);
        int end = at < 0 ? cell.length() : at;
        String part = Cells.strip(cell.substring(from, end));
        from = end + separator.length();
        if (part.isEmpty()) {
          continue;
        }
        String field = "choices[" + codes.size() + "]";
        String code = options.find(part, field);
        if (code == null) {
          if (!other) {
            throw new InvalidValueException(field, Rules.quoted(part), rule);
          }
          if (otherText != null) {
            throw new InvalidValueException(field, Rules.quoted(part),
                "names no option, and neither does " + Rules.quoted(otherText)
                    + ": only one part may be the text of \"other\"");
          }
          otherText = part;
          code = Choice.OTHER;
        }
        int earlier = codes.indexOf(code);
        if (earlier >= 0) {
          throw new InvalidValueException(field, Rules.quoted(part),
              "names the option \"" + code + "\" again, like choices[" + earlier
                  + "]: choose each option once");
        }
        codes.add(code);
      }
      return new MultipleChoiceAnswer(codes, otherText);
    });
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
