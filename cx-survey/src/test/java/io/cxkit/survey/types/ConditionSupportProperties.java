package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The exact rule behind every built-in {@code validateCondition} (open text aside, whose answers
 * cannot be listed): a condition is refused if and only if no valid answer to the question meets
 * it, where each value of a {@code one-of} counts on its own (a value no answer gives is refused
 * even beside one that some answer gives). Each property lists every valid answer's value — each point of a scale, each outcome, each
 * offered code, each set of codes an answer may choose, both flags — and compares "some value
 * meets the comparison" with "validateCondition found nothing", for comparisons whose arguments
 * are drawn near and across the edges (off the scale, between points, other forms, unknown codes).
 */
class ConditionSupportProperties {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Question");

  private static final List<ConditionOperator> OPERATORS = List.of(ConditionOperator.values());

  /** Checks the rule for one question: refused exactly when no value of a valid answer meets it. */
  private static <Q extends Question> void refusedExactlyWhenNeverMet(QuestionType<Q, ?> type,
      Q question, List<AnswerValue> values, Optional<Comparison> drawn) {
    if (drawn.isEmpty()) {
      return; // the drawn arguments did not fit the operator; Comparison's own tests cover that
    }
    Comparison comparison = drawn.get();
    ConditionOperator operator = comparison.operator();
    if (operator != ConditionOperator.IS_ANSWERED && operator != ConditionOperator.IS_SKIPPED
        && !type.operators().contains(operator)) {
      return; // the survey refuses the operator before asking the type
    }
    boolean met;
    if (operator == ConditionOperator.ONE_OF) {
      // Each value of one-of on its own: one that no answer gives is refused even when another
      // could match, as it is most often a typo ("not-achived") that would silently never route.
      met = true;
      for (AnswerValue argument : comparison.arguments()) {
        met &= metBySome(Comparison.of(comparison.operand(), ConditionOperator.EQUALS, argument), values);
      }
    } else {
      met = metBySome(comparison, values);
    }
    // A skipped question meets is-skipped, whatever the type says about answers.
    if (operator == ConditionOperator.IS_SKIPPED) {
      met = true;
    }
    List<Violation> violations = type.validateCondition(question, operator, comparison.arguments());
    assertThat(violations.isEmpty())
        .as("%s on %s: met by a valid answer = %s, violations %s", comparison, question, met, violations)
        .isEqualTo(met);
  }

  private static boolean metBySome(Comparison comparison, List<AnswerValue> values) {
    for (AnswerValue value : values) {
      if (comparison.test(Facts.of(Map.of(comparison.operand(), value)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers around and across the ends of every built-in scale (0, 1, 2, 5, 7, 10): mostly whole
   * from -1 to 11, so that each end is drawn often, and otherwise in half steps from -2 to 13.
   */
  private static Arbitrary<AnswerValue> numbers() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(-1, 11).map(n -> new NumberValue(n))),
        Tuple.of(1, Arbitraries.integers().between(-4, 26).map(half -> new NumberValue(half / 2.0))));
  }

  /** Arguments of any form, near the points of small scales and among the given texts. */
  private static Arbitrary<AnswerValue> argument(List<String> texts) {
    Arbitrary<AnswerValue> someText = Arbitraries.oneOf(Arbitraries.of(texts),
        Arbitraries.of("teh", "Fully", "other", "", "9"))
        .map(TextValue::new);
    Arbitrary<AnswerValue> codes = Arbitraries.oneOf(Arbitraries.of(texts), Arbitraries.of("teh", "other"))
        .list().ofMaxSize(5).map(CodesValue::new);
    Arbitrary<AnswerValue> flags = Arbitraries.of(true, false).map(FlagValue::new);
    return Arbitraries.frequencyOf(Tuple.of(4, numbers()), Tuple.of(3, someText), Tuple.of(2, codes),
        Tuple.of(1, flags));
  }

  /**
   * A comparison of answer {@code id}, or empty when the drawn arguments do not fit the operator.
   * Nine in ten draws have the operator's number of arguments, and its form where it takes numbers
   * or a text, so that each operator meets the ends of the scales often.
   */
  private static Arbitrary<Optional<Comparison>> comparisons(String id, List<String> texts) {
    Arbitrary<AnswerValue> any = argument(texts);
    Arbitrary<AnswerValue> needle = Arbitraries.oneOf(Arbitraries.of(texts), Arbitraries.of("teh", "other"))
        .map(TextValue::new);
    return Arbitraries.of(OPERATORS).flatMap(operator -> {
      Arbitrary<List<AnswerValue>> fitting;
      switch (operator) {
        case EQUALS:
          fitting = any.list().ofSize(1);
          break;
        case ONE_OF:
          fitting = any.list().ofMinSize(1).ofMaxSize(3);
          break;
        case IN_RANGE:
          fitting = numbers().list().ofSize(2);
          break;
        case GREATER_THAN:
        case LESS_THAN:
          fitting = numbers().list().ofSize(1);
          break;
        case CONTAINS:
          fitting = needle.list().ofSize(1);
          break;
        default:
          fitting = Arbitraries.just(List.of());
      }
      Arbitrary<List<AnswerValue>> arguments = Arbitraries.frequencyOf(Tuple.of(9, fitting),
          Tuple.of(1, any.list().ofMaxSize(3)));
      return arguments.map(list -> {
        try {
          return Optional.of(new Comparison(Operand.answer(id), operator, list));
        } catch (InvalidConditionException unfit) {
          return Optional.<Comparison>empty();
        }
      });
    });
  }

  private static List<AnswerValue> points(io.cxkit.core.RatingScale scale) {
    List<AnswerValue> values = new ArrayList<>();
    for (int score = scale.min(); score <= scale.max(); score++) {
      values.add(new NumberValue(score));
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Optional<Comparison>> scoreComparisons() {
    return comparisons("q", List.of("9"));
  }

  @Property(tries = 1000)
  void npsConditions(@ForAll NpsVariant variant, @ForAll("scoreComparisons") Optional<Comparison> comparison) {
    NpsQuestion question = new NpsQuestion("q", TEXT, true, variant, null, null);
    NpsQuestionType type = new NpsQuestionType();
    List<AnswerValue> values = new ArrayList<>();
    for (int score = question.scale().min(); score <= question.scale().max(); score++) {
      values.add(type.valueOf(new NpsAnswer(score)));
    }
    refusedExactlyWhenNeverMet(type, question, values, comparison);
  }

  @Property(tries = 1000)
  void csatConditions(@ForAll("csatQuestions") CsatQuestion question,
      @ForAll("scoreComparisons") Optional<Comparison> comparison) {
    refusedExactlyWhenNeverMet(new CsatQuestionType(), question, points(question.scale()), comparison);
  }

  @Provide
  Arbitrary<CsatQuestion> csatQuestions() {
    return Combinators.combine(Arbitraries.of(0, 1), Arbitraries.integers().between(2, 10))
        .as((min, max) -> CsatQuestion.of("q", TEXT, min, max));
  }

  @Property(tries = 1000)
  void cesConditions(@ForAll CesVariant variant, @ForAll("scoreComparisons") Optional<Comparison> comparison) {
    CesQuestion question = new CesQuestion("q", TEXT, true, variant, null);
    refusedExactlyWhenNeverMet(new CesQuestionType(), question, points(question.scale()), comparison);
  }

  @Property(tries = 1000)
  void ratingConditions(@ForAll("ratingPoints") int points,
      @ForAll("scoreComparisons") Optional<Comparison> comparison) {
    RatingQuestion question = new RatingQuestion("q", TEXT, true, points, RatingStyle.NUMBERS);
    refusedExactlyWhenNeverMet(new RatingQuestionType(), question, points(question.scale()), comparison);
  }

  @Provide
  Arbitrary<Integer> ratingPoints() {
    return Arbitraries.integers().between(RatingQuestion.MIN_POINTS, RatingQuestion.MAX_POINTS);
  }

  @Provide
  Arbitrary<Optional<Comparison>> goalComparisons() {
    return comparisons("q", List.of("fully", "partially", "not-achieved"));
  }

  @Property(tries = 500)
  void goalConditions(@ForAll("goalComparisons") Optional<Comparison> comparison) {
    GoalCompletionQuestionType type = new GoalCompletionQuestionType();
    List<AnswerValue> values = new ArrayList<>();
    for (GoalOutcome outcome : GoalOutcome.values()) {
      values.add(type.valueOf(new GoalCompletionAnswer(outcome)));
    }
    refusedExactlyWhenNeverMet(type, GoalCompletionQuestion.of("q", TEXT), values, comparison);
  }

  private static final List<String> CODES = List.of("a", "b", "c");

  @Provide
  Arbitrary<Optional<Comparison>> choiceComparisons() {
    return comparisons("q", CODES);
  }

  @Property(tries = 500)
  void singleChoiceConditions(@ForAll boolean withOther,
      @ForAll("choiceComparisons") Optional<Comparison> comparison) {
    SingleChoiceQuestion question = new SingleChoiceQuestion("q", TEXT, true, choices(),
        withOther ? LocalizedText.of("en", "Other") : null);
    List<AnswerValue> values = new ArrayList<>();
    for (String code : question.codes()) {
      values.add(new SingleChoiceQuestionType().valueOf(SingleChoiceAnswer.of(code)));
    }
    refusedExactlyWhenNeverMet(new SingleChoiceQuestionType(), question, values, comparison);
  }

  @Provide
  Arbitrary<MultipleChoiceQuestion> multipleChoiceQuestions() {
    return Arbitraries.of(true, false).flatMap(withOther -> {
      int options = CODES.size() + (withOther ? 1 : 0);
      return Arbitraries.integers().between(1, options).flatMap(max -> Arbitraries.integers()
          .between(0, max).map(min -> new MultipleChoiceQuestion("q", TEXT, true, choices(),
              withOther ? LocalizedText.of("en", "Other") : null, min, max)));
    });
  }

  @Property(tries = 1000)
  void multipleChoiceConditions(@ForAll("multipleChoiceQuestions") MultipleChoiceQuestion question,
      @ForAll("choiceComparisons") Optional<Comparison> comparison) {
    // Every subset of the offered codes whose size an answer may choose.
    List<String> offered = question.codes();
    List<AnswerValue> values = new ArrayList<>();
    for (int mask = 0; mask < 1 << offered.size(); mask++) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < offered.size(); i++) {
        if ((mask & 1 << i) != 0) {
          chosen.add(offered.get(i));
        }
      }
      if (chosen.size() >= question.minSelections() && chosen.size() <= question.maxSelections()) {
        values.add(new MultipleChoiceQuestionType().valueOf(new MultipleChoiceAnswer(chosen,
            chosen.contains(Choice.OTHER) ? "Something else" : null)));
      }
    }
    refusedExactlyWhenNeverMet(new MultipleChoiceQuestionType(), question, values, comparison);
  }

  @Property(tries = 200)
  void contactConsentConditions(@ForAll("choiceComparisons") Optional<Comparison> comparison) {
    ContactConsentQuestionType type = new ContactConsentQuestionType();
    List<AnswerValue> values = List.of(type.valueOf(new ContactConsentAnswer(true, "ann@example.com")),
        type.valueOf(new ContactConsentAnswer(false, null)));
    refusedExactlyWhenNeverMet(type, new ContactConsentQuestion("q", TEXT, false), values, comparison);
  }

  private static List<Choice> choices() {
    List<Choice> choices = new ArrayList<>();
    for (String code : CODES) {
      choices.add(Choice.of(code, "en", code.toUpperCase(java.util.Locale.ROOT)));
    }
    return choices;
  }
}
