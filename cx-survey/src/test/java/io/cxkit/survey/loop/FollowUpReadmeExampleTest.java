package io.cxkit.survey.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's closing-the-loop example, compiled and run. */
class FollowUpReadmeExampleTest {

  @Test
  void readmeExample() {
    Survey survey = RoutingExamples.exitFeedback();
    List<Response> responses = List.of(Response.builder("r1", "exit-feedback", 1)
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
        .answer("contact", ContactConsentAnswer.consenting("ann@example.com"))
        .build());

    // README example starts
    FollowUpRules rules = FollowUpRules.of(
        FollowUpRule.reasonChosen("reasons", "technical-problem").withPriority(1)
            .withReason("Could not order: technical problem"),
        FollowUpRule.goalNotAchieved("goal", true).withPriority(3));
    String json = FollowUpJson.standard().writeRules(rules);     // the team edits this document
    FollowUpCollector collector = FollowUpJson.standard().readRules(json).bind(survey).collector();
    responses.forEach(collector::add);
    FollowUpList list = collector.result();
    StringWriter csv = new StringWriter();
    FollowUpCsv.standard().writeEntries(list, csv);               // formula-safe
    // README example ends

    // r1 matches both rules and consented in the form: one entry of priority 1.
    assertThat(list.entries()).singleElement()
        .satisfies(e -> assertThat(e.priority()).isEqualTo(1));
    assertThat(csv.toString()).contains("ann@example.com");
  }
}
