package io.cxkit.survey.testkit;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.YesNo.YesNoAnswer;
import io.cxkit.survey.testkit.YesNo.YesNoQuestion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Kit subclasses for the {@code yes_no} type and its planted bugs. Their names do not end in
 * {@code Test}, so the build does not run them; {@link KitFindsPlantedBugsTest} runs them with the
 * JUnit Platform launcher and checks what passes and what fails.
 */
final class YesNoKits {

  private YesNoKits() {}

  /** The arbitraries, shared by every kit below; only the type differs. */
  abstract static class Base extends QuestionTypeCompatibilityKit<YesNoQuestion, YesNoAnswer> {
    @Override
    protected Arbitrary<YesNoQuestion> questions() {
      return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
          Arbitraries.of(LocalizedText.of("en", "Did it work?"), LocalizedText.of("ru", "Получилось?")),
          Arbitraries.of(true, false)).as(YesNoQuestion::new);
    }

    @Override
    protected Arbitrary<YesNoAnswer> validAnswers(YesNoQuestion question) {
      return Arbitraries.of("yes", "no").map(YesNoAnswer::new);
    }

    @Override
    protected Arbitrary<YesNoAnswer> invalidAnswers(YesNoQuestion question) {
      return Arbitraries.of("maybe", "YES", "", "no ").map(YesNoAnswer::new);
    }
  }

  /** The correct type: every check passes. */
  static final class Correct extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.Type();
    }
  }

  /** Planted bug: every answer is valid. */
  static final class AcceptsAnything extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.AcceptsAnything();
    }
  }

  /** Planted bug: validation throws. */
  static final class ThrowsOnBadAnswers extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.ThrowsOnBadAnswers();
    }
  }

  /** Planted bug: summaries lose counts when added. */
  static final class LossyMerge extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.LossyMerge();
    }
  }

  /** Planted bug: the answer schema does not describe the answer JSON. */
  static final class WrongAnswerSchema extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.WrongAnswerSchema();
    }
  }

  /** Planted bug: an earlier snapshot changes when the accumulator records more. */
  static final class SnapshotIsAView extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.SnapshotIsAView();
    }
  }

  /** Planted bug: the question's JSON loses a member. */
  static final class LosesRequired extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.LosesRequired();
    }
  }

  /** Planted bug: the accumulator throws on a valid answer. */
  static final class AccumulatorRefusesNo extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.AccumulatorRefusesNo();
    }
  }

  /** Planted bug: the answer schema accepts members that the reader refuses. */
  static final class OpenAnswerSchema extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.OpenAnswerSchema();
    }
  }

  /** Planted bug: adding partial summaries depends on their order. */
  static final class OrderDependentSummary extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.OrderDependentSummary();
    }
  }

  /** Planted bug: validateCondition throws on an argument of another form. */
  static final class ValidateConditionThrows extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.ValidateConditionThrows();
    }
  }

  /** Planted bug: operators() holds a null. */
  static final class NullOperator extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.NullOperator();
    }
  }

  /** Planted bug: validateCondition refuses the value of a valid answer. */
  static final class RefusesItsOwnValue extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.RefusesItsOwnValue();
    }
  }

  /** Planted bug: an operator that compares numbers on a type whose values are flags. */
  static final class NumberOperatorOnFlags extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.NumberOperatorOnFlags();
    }
  }

  /** Planted bug: a malformed type id. */
  static final class BadId extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.BadId();
    }
  }

  /** Misuse: declares no invalid answers but does not say that every answer is valid. */
  static final class ForgetsEveryAnswerIsValid extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.Type();
    }

    @Override
    protected Arbitrary<YesNoAnswer> invalidAnswers(YesNoQuestion question) {
      return noInvalidAnswers();
    }
  }

  /** A type without invalid answers, declared as such: the invalid-answer check is skipped. */
  static final class EveryAnswerIsValid extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.AcceptsAnything();
    }

    @Override
    protected boolean everyAnswerIsValid() {
      return true;
    }

    @Override
    protected Arbitrary<YesNoAnswer> invalidAnswers(YesNoQuestion question) {
      return noInvalidAnswers();
    }
  }

  /** Legitimate: no comparison operator at all. */
  static final class NoOperators extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.NoOperators();
    }
  }

  /** Legitimate: values are numbers, compared with equals only. */
  static final class NumberEqualsOnly extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.NumberEqualsOnly();
    }
  }

  /** Legitimate: validateCondition builds a comparison from its arguments. */
  static final class TestsBothValues extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.TestsBothValues();
    }
  }

  /** Legitimate: answers are read from a flat export's cells. */
  static final class CellParsed extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.CellParsed();
    }
  }

  /** Planted bug: the cell parser reads every cell as yes. */
  static final class CellParserMisreads extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.CellParserMisreads();
    }
  }

  /** Planted bug: the summary's JSON loses its no count. */
  static final class SummaryLosesNo extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.SummaryLosesNo();
    }
  }

  /** Planted bug: the summary has estimates only once something was answered. */
  static final class EstimatesComeAndGo extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.EstimatesComeAndGo();
    }
  }

  /** Planted bug: the summary's estimate takes the name of the question's own drop-off rate. */
  static final class EstimateNamedDropOff extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.EstimateNamedDropOff();
    }
  }

  /** Legitimate: a summary keeps the first answer, and says so. */
  static final class DeclaredOrderDependentSummary extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.OrderDependentSummary();
    }

    @Override
    protected boolean summariesKeepAnswersInOrder() {
      return true;
    }
  }

  /** Legitimate: some values are numbers, others texts; greater-than compares the numbers. */
  static final class MixedForms extends Base {
    @Override
    protected QuestionType<YesNoQuestion, YesNoAnswer> type() {
      return new YesNo.MixedForms();
    }
  }
}
