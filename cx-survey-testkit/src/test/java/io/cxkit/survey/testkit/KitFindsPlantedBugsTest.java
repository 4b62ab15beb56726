package io.cxkit.survey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit is not vacuous: run on a correct type every check passes, and each planted bug fails the
 * check meant to catch it, with the type id in the message. It also proves that JUnit and jqwik
 * discover the kit's {@code @Test} and {@code @Property} methods, declared in an abstract generic
 * superclass, in a subclass.
 */
class KitFindsPlantedBugsTest {

  /** The kit's checks: 7 JUnit tests and 15 jqwik properties. */
  private static final int CHECKS = 22;

  /** Runs one kit class with both engines and returns the outcome per method name. */
  private static Map<String, TestExecutionResult> run(Class<?> kit) {
    return run(kit, new ArrayList<>());
  }

  /** Runs one kit class, also collecting "method: reason" of each skipped check. */
  private static Map<String, TestExecutionResult> run(Class<?> kit, List<String> skipped) {
    Map<String, TestExecutionResult> results = new TreeMap<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
              results.put(methodName(test), result);
            }
          }

          @Override
          public void executionSkipped(TestIdentifier test, String reason) {
            skipped.add(methodName(test) + ": " + reason);
          }
        });
    return results;
  }

  private static String methodName(TestIdentifier test) {
    String name = test.getLegacyReportingName();
    return name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
  }

  private static List<String> failed(Map<String, TestExecutionResult> results) {
    List<String> failed = new ArrayList<>();
    results.forEach((name, result) -> {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        failed.add(name);
      }
    });
    return failed;
  }

  private static String message(Map<String, TestExecutionResult> results, String check) {
    return results.get(check).getThrowable().map(Throwable::getMessage).orElse("");
  }

  @Test
  void aCorrectTypePassesEveryCheck() {
    Map<String, TestExecutionResult> results = run(YesNoKits.Correct.class);

    assertThat(results).hasSize(CHECKS);
    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aTypeWithoutComparisonOperatorsPassesEveryCheck() {
    Map<String, TestExecutionResult> results = run(YesNoKits.NoOperators.class);

    assertThat(results).hasSize(CHECKS);
    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aTypeOfNumbersComparedOnlyForEqualityPassesEveryCheck() {
    Map<String, TestExecutionResult> results = run(YesNoKits.NumberEqualsOnly.class);

    assertThat(results).hasSize(CHECKS);
    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aValidateConditionThatBuildsAComparisonFromItsArgumentsPassesEveryCheck() {
    // QuestionType#validateCondition is promised arguments that Comparison accepts; the kit drew
    // texts with unpaired surrogates too, which Comparison refuses, and failed this type for it.
    Map<String, TestExecutionResult> results = run(YesNoKits.TestsBothValues.class);

    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aTypeWhoseValuesHaveSeveralFormsPassesEveryCheck() {
    // A yes is the number 1, a no the text "no"; greater-than compares the yes answers. The kit
    // looked for a number among one to 40 answers, so a draw of only no answers failed the type.
    Map<String, TestExecutionResult> results = run(YesNoKits.MixedForms.class);

    assertThat(failed(results)).isEmpty();
  }

  @Test
  void acceptingEveryAnswerIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.AcceptsAnything.class);

    assertThat(failed(results)).containsExactly("invalidAnswersHaveViolations");
    assertThat(message(results, "invalidAnswersHaveViolations")).contains("[yes_no]");
  }

  @Test
  void throwingOnABadAnswerIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.ThrowsOnBadAnswers.class);

    assertThat(failed(results)).containsExactly("invalidAnswersHaveViolations");
    assertThat(message(results, "invalidAnswersHaveViolations"))
        .contains("[yes_no] validate(question, invalid answer");
  }

  @Test
  void aSummaryThatLosesCountsIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.LossyMerge.class);

    assertThat(failed(results)).containsExactlyInAnyOrder("summaryMergeEqualsWhole", "emptySummaryCountsNothing");
    assertThat(message(results, "summaryMergeEqualsWhole")).contains("[yes_no] summary of answers[0..");
  }

  @Test
  void aSchemaThatDoesNotDescribeTheJsonIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.WrongAnswerSchema.class);

    assertThat(failed(results)).containsExactly("jsonIsValidAgainstTheSchema");
    assertThat(message(results, "jsonIsValidAgainstTheSchema")).contains("[yes_no] schema errors of answer");
  }

  @Test
  void aSnapshotThatChangesLaterIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.SnapshotIsAView.class);

    assertThat(failed(results)).containsExactly("summaryMergeEqualsWhole");
    assertThat(message(results, "summaryMergeEqualsWhole"))
        .contains("[yes_no] a snapshot taken before the accumulator changed");
  }

  @Test
  void aQuestionJsonThatLosesAMemberIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.LosesRequired.class);

    assertThat(failed(results)).contains("questionJsonRoundTrips");
    // The reader refuses the JSON it was handed; the kit says which type, step and JSON failed.
    assertThat(message(results, "questionJsonRoundTrips"))
        .startsWith("[yes_no] reading the survey back from {\"formatVersion\":1")
        .contains("failed: ", "questions[0].required", "member is missing or null");
  }

  @Test
  void anAccumulatorThatThrowsOnAValidAnswerIsCaughtAndNamed() {
    Map<String, TestExecutionResult> results = run(YesNoKits.AccumulatorRefusesNo.class);

    assertThat(failed(results)).containsExactlyInAnyOrder("summaryMergeEqualsWhole", "emptySummaryCountsNothing",
        "summaryJsonRoundTrips", "estimatesAreNamedAlikeWhateverTheAnswers");
    assertThat(message(results, "summaryMergeEqualsWhole"))
        .startsWith("[yes_no] adding valid answers [")
        .contains("to newSummary(question) failed: java.lang.IllegalStateException: no is not counted");
  }

  @Test
  void aSchemaMoreOpenThanTheReaderIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.OpenAnswerSchema.class);

    assertThat(failed(results)).containsExactly("jsonIsValidAgainstTheSchema");
    assertThat(message(results, "jsonIsValidAgainstTheSchema"))
        .contains("[yes_no] schema errors of answer {\"type\":\"yes_no\",\"value\":",
            "whose member \"cxkitCompatibilityKitUnknownMember\" the reader refuses");
  }

  @Test
  void aSummaryThatDependsOnTheOrderOfPartsIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.OrderDependentSummary.class);

    assertThat(failed(results)).containsExactly("summaryMergeEqualsWhole");
    assertThat(message(results, "summaryMergeEqualsWhole")).containsPattern(
        "\\[yes_no\\] summary of answers\\[\\d+\\.\\.\\d+\\) (plus summary of answers\\[0\\.\\.|then answers\\[0\\.\\.)");
  }

  @Test
  void aSummaryThatKeepsAnswersInOrderAndSaysSoPassesEveryCheck() {
    // The first answer depends on the order of the parts; declared, the kit holds the summary to
    // the order of the answers, and in the other order to the same counts.
    Map<String, TestExecutionResult> results = run(YesNoKits.DeclaredOrderDependentSummary.class);

    assertThat(results).hasSize(CHECKS);
    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aTypeWithACellParserPassesEveryCheck() {
    Map<String, TestExecutionResult> results = run(YesNoKits.CellParsed.class);

    assertThat(results).hasSize(CHECKS);
    assertThat(failed(results)).isEmpty();
  }

  @Test
  void aCellParserThatMisreadsTheExportIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.CellParserMisreads.class);

    assertThat(failed(results)).containsExactly("cellParserReadsTheExportTextBack");
    assertThat(message(results, "cellParserReadsTheExportTextBack"))
        .contains("[yes_no] valueOf the answer parsed from the cell \"false\", the export text of"
            + " YesNoAnswer[value=no]");
  }

  @Test
  void aSummaryWhoseJsonLosesACountIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.SummaryLosesNo.class);

    assertThat(failed(results)).containsExactly("summaryJsonRoundTrips");
    assertThat(message(results, "summaryJsonRoundTrips")).startsWith("[yes_no] ");
  }

  @Test
  void estimatesThatComeAndGoWithTheDataAreCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.EstimatesComeAndGo.class);

    assertThat(failed(results)).containsExactly("estimatesAreNamedAlikeWhateverTheAnswers");
    assertThat(message(results, "estimatesAreNamedAlikeWhateverTheAnswers"))
        .contains("[yes_no] the estimates' names for");
  }

  @Test
  void anEstimateNamedAsTheQuestionsOwnDropOffIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.EstimateNamedDropOff.class);

    assertThat(failed(results)).containsExactly("estimatesAreNamedAlikeWhateverTheAnswers");
    assertThat(message(results, "estimatesAreNamedAlikeWhateverTheAnswers"))
        .contains("[yes_no] the name of an estimate of estimates()").contains("drop-off");
  }

  @Test
  void aValidateConditionThatThrowsIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.ValidateConditionThrows.class);

    // The cast holds for the type's own flags, so only the check with arguments of any form fails.
    assertThat(failed(results)).containsExactly("validateConditionNeverThrows");
    assertThat(message(results, "validateConditionNeverThrows"))
        .contains("[yes_no] validateCondition(question, equals, [", "reports, never throws",
            "ClassCastException");
  }

  @Test
  void aNullAmongTheOperatorsIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.NullOperator.class);

    assertThat(failed(results)).containsExactly("operatorsAreAStableSetWithoutNulls");
    assertThat(message(results, "operatorsAreAStableSetWithoutNulls")).contains("[yes_no] operators()");
  }

  @Test
  void refusingTheValueOfAValidAnswerIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.RefusesItsOwnValue.class);

    assertThat(failed(results)).containsExactly("conditionsOnAnAnswersOwnValueHold");
    assertThat(message(results, "conditionsOnAnAnswersOwnValueHold"))
        .containsPattern("\\[yes_no\\] validateCondition of answer:\\S+ equals (true|false), which the valid"
            + " answer YesNoAnswer\\[value=(yes|no)\\] to .* meets");
  }

  @Test
  void anOperatorThatNoValueMatchesIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.NumberOperatorOnFlags.class);

    assertThat(failed(results)).containsExactly("declaredOperatorsCompareTheAnswersValues");
    assertThat(message(results, "declaredOperatorsCompareTheAnswersValues"))
        .contains("[yes_no] operators() declares greater-than, which compares numbers, but the values of"
            + " valid answers");
  }

  @Test
  void aMalformedTypeIdIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.BadId.class);

    assertThat(failed(results)).contains("typeIdFollowsTheRule");
    assertThat(message(results, "typeIdFollowsTheRule")).contains("[Yes-No] type id");
  }

  @Test
  void noInvalidAnswersWithoutEveryAnswerIsValidIsCaught() {
    Map<String, TestExecutionResult> results = run(YesNoKits.ForgetsEveryAnswerIsValid.class);

    assertThat(failed(results)).containsExactly("invalidAnswersHaveViolations");
    assertThat(message(results, "invalidAnswersHaveViolations"))
        .contains("must also override everyAnswerIsValid() to return true");
  }

  @Test
  void aTypeWithoutInvalidAnswersSkipsOnlyThatCheck() {
    List<String> skipped = new ArrayList<>();
    Map<String, TestExecutionResult> results = run(YesNoKits.EveryAnswerIsValid.class, skipped);

    assertThat(failed(results)).isEmpty();
    assertThat(results).hasSize(CHECKS - 1);
    assertThat(skipped).containsExactly("invalidAnswersHaveViolations: [yes_no] every answer of the type is valid");
  }
}
