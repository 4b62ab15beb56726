package io.cxkit.survey.loop;

import static io.cxkit.survey.loop.LoopFixtures.T0;
import static io.cxkit.survey.loop.LoopFixtures.goal;
import static io.cxkit.survey.loop.LoopFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-built responses to the two routed surveys of RoutingExamples, with the follow-up list each
 * must give worked out by hand in the comments.
 */
class FollowUpExamplesTest {
  private static final Duration HOUR = Duration.ofHours(1);

  private final Survey exit = RoutingExamples.exitFeedback();
  private final FollowUpRules exitRules = FollowUpRules.of(
      FollowUpRule.reasonChosen("reasons", "technical-problem").withId("technical").withPriority(1)
          .withReason("Could not order because of a technical problem"),
      FollowUpRule.reasonChosen("reasons", "missing-information").withId("missing-info")
          .withPriority(2),
      FollowUpRule.goalNotAchieved("goal", true).withId("missed").withPriority(3));

  private Response exitResponse(String id, Duration after, Respondent respondent,
      Map<String, Answer> answers) {
    return response("exit-feedback", id, T0.plus(after), respondent, answers);
  }

  private List<Response> exitResponses() {
    return List.of(
        // e1: not achieved, technical problem, consents with an e-mail in the form
        //     -> technical (1) + missed (3): priority 1, contactable by the answer's e-mail.
        exitResponse("e1", Duration.ZERO, Respondent.of("c1"), Map.of(
            "goal", goal(GoalOutcome.NOT_ACHIEVED),
            "reasons", SingleChoiceAnswer.of("technical-problem"),
            "contact", ContactConsentAnswer.consenting("ann@example.com"))),
        // e2: partially, missing information, respondent known by id only, no consent
        //     -> missing-info (2) + missed (3), not contactable.
        exitResponse("e2", HOUR, Respondent.of("c2"), Map.of(
            "goal", goal(GoalOutcome.PARTIALLY),
            "reasons", SingleChoiceAnswer.of("missing-information"))),
        // e3: fully achieved -> no rule.
        exitResponse("e3", HOUR.multipliedBy(2), Respondent.of("c3"), Map.of(
            "goal", goal(GoalOutcome.FULLY))),
        // e4: technical problem, but declines in the form although the profile has consent:
        //     the explicit "no" wins -> technical + missed, not contactable.
        exitResponse("e4", HOUR.negated(), Respondent.withConsent("c4",
            ContactDetails.ofEmail("dan@example.com")), Map.of(
            "goal", goal(GoalOutcome.NOT_ACHIEVED),
            "reasons", SingleChoiceAnswer.of("technical-problem"),
            "contact", ContactConsentAnswer.declining())),
        // e5: not achieved because of the price; the profile has consent and details
        //     -> missed (3) only, contactable by the profile's details.
        exitResponse("e5", HOUR.multipliedBy(3), Respondent.withConsent("c5",
            new ContactDetails("bob@example.com", "Bob", "+44 20 7946 0000")), Map.of(
            "goal", goal(GoalOutcome.NOT_ACHIEVED),
            "reasons", SingleChoiceAnswer.of("price"))));
  }

  @Test
  void exitFeedbackGivesTheHandWorkedList() {
    FollowUpList list = exitRules.bind(exit).find(exitResponses());

    // 5 checked; e1, e2, e4, e5 matched; e1 and e5 contactable; e2 and e4 not.
    assertThat(list.counts()).isEqualTo(new FollowUpCounts(5, 4, 2, 2));
    assertThat(list.ruleCounts()).containsExactly(
        new RuleCounts("technical", 2, 1, 1),       // e1 (contactable), e4 (declined)
        new RuleCounts("missing-info", 1, 0, 1),    // e2
        new RuleCounts("missed", 4, 2, 2));         // e1, e5 contactable; e2, e4 not
    assertThat(list.entries()).containsExactly(
        new FollowUpEntry("e1", "c1", "exit-feedback", T0, "checkout", 1,
            List.of(new FollowUpReason("technical", 1,
                    "Could not order because of a technical problem"),
                new FollowUpReason("missed", 3, "Goal not fully achieved, on goal")),
            ContactDetails.ofEmail("ann@example.com")),
        new FollowUpEntry("e5", "c5", "exit-feedback", T0.plus(HOUR.multipliedBy(3)), "checkout", 3,
            List.of(new FollowUpReason("missed", 3, "Goal not fully achieved, on goal")),
            new ContactDetails("bob@example.com", "Bob", "+44 20 7946 0000")));
    assertThat(list.dropped()).isZero();
    // 2 of 4 matched may be contacted: 50 %.
    assertThat(list.counts().contactableShare().value()).hasValue(50.0);
  }

  @Test
  void aCappedListKeepsTheMostUrgent() {
    // Capacity 1: of e1 (priority 1) and e5 (priority 3) only e1 stays; one dropped.
    FollowUpCollector collector = exitRules.bind(exit).collector(1);
    exitResponses().forEach(collector::add);
    FollowUpList list = collector.result();
    assertThat(list.entries()).extracting(FollowUpEntry::responseId).containsExactly("e1");
    assertThat(list.dropped()).isEqualTo(1);
    assertThat(list.counts().contactable()).isEqualTo(2);
  }

  @Test
  void npsDetractorsWithConsentAreListedOldestFirst() {
    Survey nps = RoutingExamples.npsFollowUps();
    FollowUpFinder finder = FollowUpRules.of(FollowUpRule.detractor("nps").withPriority(2)
        .withReason("Detractor: call within 48 hours")).bind(nps);
    List<Response> responses = List.of(
        // n1: 3 is a detractor (0-6), consent with details -> entry.
        response("nps-quarterly", "n1", T0, Respondent.withConsent("c1",
            ContactDetails.ofEmail("ann@example.com")), Map.of("nps", new NpsAnswer(3),
            "went-wrong", new OpenTextAnswer("Late delivery"))),
        // n2: 9 is a promoter -> no rule.
        response("nps-quarterly", "n2", T0, Respondent.withConsent("c2",
            ContactDetails.ofEmail("bo@example.com")), Map.of("nps", new NpsAnswer(9))),
        // n3: 6 is the highest detractor score, but no consent -> counted only.
        response("nps-quarterly", "n3", T0, Respondent.of("c3"), Map.of("nps", new NpsAnswer(6))),
        // n4: 0, consent, an hour earlier than n1 -> first (same priority, older).
        response("nps-quarterly", "n4", T0.minus(HOUR), Respondent.withConsent("c4",
            ContactDetails.ofEmail("cy@example.com")), Map.of("nps", new NpsAnswer(0))));
    FollowUpList list = finder.find(responses);
    assertThat(list.counts()).isEqualTo(new FollowUpCounts(4, 3, 2, 1));
    assertThat(list.entries()).extracting(FollowUpEntry::responseId).containsExactly("n4", "n1");

    // The documented list shape, by hand: counts, the rule (as in a rules document) with its
    // counts, then the entries in order.
    assertThat(FollowUpJson.standard().writeList(list)).isEqualTo("{\"formatVersion\":1,"
        + "\"kind\":\"follow-up-list\",\"survey\":\"nps-quarterly\",\"capacity\":10000,"
        + "\"counts\":{\"checked\":4,\"matched\":3,\"contactable\":2,\"notContactable\":1,"
        + "\"dropped\":0},\"rules\":[{\"id\":\"detractor\",\"kind\":\"detractor\","
        + "\"question\":\"nps\",\"priority\":2,"
        + "\"reason\":\"Detractor: call within 48 hours\",\"matched\":3,\"contactable\":2,"
        + "\"notContactable\":1}],\"entries\":["
        + "{\"responseId\":\"n4\",\"respondentId\":\"c4\",\"surveyId\":\"nps-quarterly\","
        + "\"submittedAt\":\"2024-03-01T09:00:00Z\",\"touchpointId\":\"checkout\",\"priority\":2,"
        + "\"reasons\":[{\"rule\":\"detractor\",\"priority\":2,"
        + "\"reason\":\"Detractor: call within 48 hours\"}],"
        + "\"contact\":{\"email\":\"cy@example.com\"}},"
        + "{\"responseId\":\"n1\",\"respondentId\":\"c1\",\"surveyId\":\"nps-quarterly\","
        + "\"submittedAt\":\"2024-03-01T10:00:00Z\",\"touchpointId\":\"checkout\",\"priority\":2,"
        + "\"reasons\":[{\"rule\":\"detractor\",\"priority\":2,"
        + "\"reason\":\"Detractor: call within 48 hours\"}],"
        + "\"contact\":{\"email\":\"ann@example.com\"}}]}");

    StringWriter counts = new StringWriter();
    FollowUpCsv.standard().writeRuleCounts(list, counts);
    assertThat(counts.toString()).isEqualTo("rule,priority,reason,matched,contactable,not_contactable\r\n"
        // No cell holds the delimiter, a quote or a line break, so none is quoted (RFC 4180).
        + "detractor,2,Detractor: call within 48 hours,3,2,1\r\n");
  }

  @Test
  void anEmptyInputSaysSo() {
    FollowUpList list = exitRules.bind(exit).find(List.of());
    assertThat(list.isEmpty()).isTrue();
    assertThat(list.entries()).isEmpty();
    assertThat(list.counts()).isEqualTo(FollowUpCounts.EMPTY);
    // No NaN: a share of nothing is empty.
    assertThat(list.counts().contactableShare().value()).isEmpty();
    assertThat(list.counts().matchedShare().value()).isEmpty();
  }

  @Test
  void mergesRefuseDifferentDefinitionsAndACollectorRefusesItself() {
    FollowUpFinder finder = exitRules.bind(exit);
    FollowUpList a = finder.find(exitResponses());
    FollowUpList otherCap = finder.collector(5).result();
    assertThatThrownBy(() -> a.plus(otherCap)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("capacity");
    FollowUpList otherRules = FollowUpRules.of(FollowUpRule.goalNotAchieved("goal")).bind(exit)
        .find(List.of());
    assertThatThrownBy(() -> a.plus(otherRules)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("rules");
    FollowUpCollector collector = finder.collector();
    assertThatThrownBy(() -> collector.merge(collector)).isInstanceOf(IllegalArgumentException.class);
    // a.plus(a) is plain addition: every count doubles.
    assertThat(a.plus(a).counts()).isEqualTo(new FollowUpCounts(10, 8, 4, 4));
  }

  @Test
  void toStringNeverShowsContactDetails() {
    FollowUpList list = exitRules.bind(exit).find(exitResponses());
    assertThat(list.toString()).doesNotContain("@").doesNotContain("Bob")
        .isEqualTo("FollowUpList[survey=exit-feedback, checked=5, matched=4, contactable=2,"
            + " notContactable=2, entries=2, dropped=0, capacity=10000]");
    assertThat(list.entries().get(1).toString()).doesNotContain("bob@example.com")
        .doesNotContain("Bob").doesNotContain("7946").contains("(redacted)");
  }
}
