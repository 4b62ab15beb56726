package io.cxkit.survey.loop;

import static io.cxkit.survey.loop.LoopFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJsonException;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A follow-up list document reads back to an equal list, so that lists collected in separate
 * processes merge exactly; a document no collector could have made is refused, naming the path.
 */
class FollowUpListJsonTest {
  private static final FollowUpJson JSON = FollowUpJson.standard();
  private static final Survey SURVEY = LoopFixtures.scales();

  /** Every kind of rule, so that every criterion's members travel with the list. */
  private static final FollowUpRules RULES = FollowUpRules.of(
      FollowUpRule.detractor("nps").withPriority(2),
      FollowUpRule.bottomBox("csat5").withId("low-csat").withPriority(3),
      FollowUpRule.notAgreeing("ces2").withId("hard"),
      FollowUpRule.goalNotAchieved("goal", true).withId("missed").withPriority(4),
      FollowUpRule.reasonChosen("reason", "technical-problem").withId("technical").withPriority(1),
      FollowUpRule.matching(Condition.answer("comment").contains("slow")).withId("slow")
          .withReason("Слишком медленно / 太慢"));

  /**
   * Ten responses, one a minute. Even ones consent (the respondent's details, or an e-mail in the
   * form for r4 and r8); odd ones do not. What each matches, by the rules above:
   * r0 nps 3 (detractor, 2); r1 nps 5 (detractor); r2 csat 2 (low-csat, 3); r3 csat 1;
   * r4 technical problem (technical, 1); r5 technical problem; r6 goal partially (missed, 4) and
   * "so slow" (slow, 5); r7 goal not achieved; r8 ces 4 (hard, 5: 1–4 is below agreeing on
   * CES 2.0) and nps 6 (detractor); r9 nps 9 (nothing).
   */
  private static List<Response> responses() {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Response.Builder b = Response.builder("r" + i, "scales", 1)
          .submittedAt(T0.plus(Duration.ofMinutes(i)));
      if (i % 2 == 0 && i != 4 && i != 8) {
        b.respondent(Respondent.withConsent("c" + i,
            new ContactDetails("p" + i + "@example.com", "Person " + i, "+1 555 010" + i)));
      } else {
        b.respondent(Respondent.of("c" + i));
      }
      if (i == 4 || i == 8) {
        b.answer("contact", ContactConsentAnswer.consenting("form" + i + "@example.com"));
      }
      switch (i) {
        case 0 -> b.answer("nps", new NpsAnswer(3));
        case 1 -> b.answer("nps", new NpsAnswer(5));
        case 2 -> b.answer("csat5", new CsatAnswer(2));
        case 3 -> b.answer("csat5", new CsatAnswer(1));
        case 4, 5 -> b.answer("reason", SingleChoiceAnswer.of("technical-problem"));
        case 6 -> b.answer("goal", LoopFixtures.goal(GoalOutcome.PARTIALLY))
            .answer("comment", new OpenTextAnswer("so slow"));
        case 7 -> b.answer("goal", LoopFixtures.goal(GoalOutcome.NOT_ACHIEVED));
        case 8 -> b.answer("ces2", new io.cxkit.survey.types.CesAnswer(4))
            .answer("nps", new NpsAnswer(6));
        default -> b.answer("nps", new NpsAnswer(9));
      }
      out.add(b.build());
    }
    return out;
  }

  private static FollowUpList collect(List<Response> responses, int capacity) {
    FollowUpCollector collector = RULES.bind(SURVEY).collector(capacity);
    responses.forEach(collector::add);
    return collector.result();
  }

  @Test
  void aListReadsBackEqualFromEverySource() {
    FollowUpList list = collect(responses(), 10_000);
    // 10 checked; r0..r8 matched (9); r0, r2, r4, r6, r8 contactable (5), r1, r3, r5, r7 not (4).
    assertThat(list.counts()).isEqualTo(new FollowUpCounts(10, 9, 5, 4));
    String written = JSON.writeList(list);
    assertThat(JSON.readList(written)).isEqualTo(list);
    assertThat(JSON.readList(new StringReader("\uFEFF" + written))).isEqualTo(list);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.writeList(list, bytes);
    assertThat(JSON.readList(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(list);
    // The rules come back whole (criteria included), so the list still merges with a new one.
    assertThat(JSON.readList(written).rules()).isEqualTo(RULES);
    assertThat(JSON.readList(written).plus(collect(List.of(), 10_000))).isEqualTo(list);
  }

  @Test
  void listsWrittenByTwoProcessesMergeToTheWholeEvenAtTheCap() {
    // Capacity 3 of 5 contactable: the whole keeps r4 (priority 1), r0 and r8 (2, at 0 and 8
    // minutes); r2 (3) and r6 (4) are dropped.
    List<Response> all = responses();
    FollowUpList whole = collect(all, 3);
    assertThat(whole.entries()).extracting(FollowUpEntry::responseId)
        .containsExactly("r4", "r0", "r8");
    assertThat(whole.dropped()).isEqualTo(2);
    // One process gets r0..r4 and the other r5..r9; each writes its list, a third reads both.
    String first = JSON.writeList(collect(all.subList(0, 5), 3));
    String second = JSON.writeList(collect(all.subList(5, 10), 3));
    assertThat(JSON.readList(first).plus(JSON.readList(second))).isEqualTo(whole);
    FollowUpCollector collector = RULES.bind(SURVEY).collector(3);
    all.subList(0, 5).forEach(collector::add);
    assertThat(collector.merge(JSON.readList(second)).result()).isEqualTo(whole);
  }

  @Test
  void aListOfOtherRulesReadsBackButDoesNotMerge() {
    // Same ids, another definition: the detractor rule looks at nps10 instead of nps.
    List<FollowUpRule> changed = new ArrayList<>(RULES.rules());
    changed.set(0, FollowUpRule.detractor("nps10").withPriority(2));
    FollowUpRules other = new FollowUpRules(changed);
    FollowUpList mine = collect(responses(), 10);
    FollowUpList theirs = JSON.readList(JSON.writeList(other.bind(SURVEY).find(List.of())));
    assertThatThrownBy(() -> mine.plus(theirs)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("rules");
  }

  /** The written document of r0 alone (nps 3, consenting): small enough to tamper with by hand. */
  private static String oneEntry() {
    return JSON.writeList(collect(responses().subList(0, 1), 5));
  }

  private static final String RULES_JSON = JSON.writeRules(RULES)
      .replaceFirst("^\\{\"formatVersion\":1,\"kind\":\"follow-up-rules\",\"rules\":\\[", "")
      .replaceFirst("]}$", "");

  @Test
  void theTamperedDocumentsOfOneEntryStartFromAValidOne() {
    // r0 matches the detractor rule only: 1 checked, matched, contactable.
    String doc = oneEntry();
    assertThat(doc).startsWith("{\"formatVersion\":1,\"kind\":\"follow-up-list\",\"survey\":\"scales\","
        + "\"capacity\":5,\"counts\":{\"checked\":1,\"matched\":1,\"contactable\":1,"
        + "\"notContactable\":0,\"dropped\":0},\"rules\":[{\"id\":\"detractor\",\"kind\":\"detractor\","
        + "\"question\":\"nps\",\"priority\":2,\"reason\":\"Detractor on nps\",\"matched\":1,"
        + "\"contactable\":1,\"notContactable\":0},");
    assertThat(doc).endsWith("\"entries\":[{\"responseId\":\"r0\",\"respondentId\":\"c0\","
        + "\"surveyId\":\"scales\",\"submittedAt\":\"2024-03-01T10:00:00Z\",\"priority\":2,"
        + "\"reasons\":[{\"rule\":\"detractor\",\"priority\":2,\"reason\":\"Detractor on nps\"}],"
        + "\"contact\":{\"email\":\"p0@example.com\",\"name\":\"Person 0\","
        + "\"phone\":\"+1 555 0100\"}}]}");
    assertThat(RULES_JSON).startsWith("{\"id\":\"detractor\"");
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    String doc = oneEntry();
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"notContactable\":0,\"dropped\":0",
        "\"notContactable\":1,\"dropped\":0")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.counts.contactable + notContactable = 1 + 1: must equal matched = 1");
    // One entry is kept of one contactable: dropped must be 1 - 1 = 0.
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"dropped\":0", "\"dropped\":1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.counts.dropped = 1: must be contactable 1 - the 1 entries");
    // The detractor rule claims 2 matched of the list's 1.
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"matched\":1,\"contactable\":1,"
        + "\"notContactable\":0}", "\"matched\":2,\"contactable\":1,\"notContactable\":1}")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.rules[0].matched = 2: must be ≤ the list's matched = 1; a rule counts a"
            + " subset of the responses");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"matched\":1,\"contactable\":1,"
        + "\"notContactable\":0}", "\"matched\":1,\"contactable\":1,\"notContactable\":1}")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.rules[0].notContactable = 1: must be matched - contactable = 0");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"checked\":1", "\"checked\":-1")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected a count, found the negative -1");
    // r0..r2: the detractor rule matched r0 (consenting) and r1 (not), 2/1/1 of the list's 3/2/1.
    // Claiming 1/0/1 stays within the totals, but its contactable 0 cannot cover r0's entry.
    String three = JSON.writeList(collect(responses().subList(0, 3), 5));
    assertThat(three).contains("\"counts\":{\"checked\":3,\"matched\":3,\"contactable\":2,"
        + "\"notContactable\":1,").contains("\"matched\":2,\"contactable\":1,\"notContactable\":1}");
    assertThatThrownBy(() -> JSON.readList(three.replaceFirst("\"matched\":2,\"contactable\":1,"
        + "\"notContactable\":1}", "\"matched\":1,\"contactable\":0,\"notContactable\":1}")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.rules[0].contactable = 0: must be ≥ the 1 entries that give rule"
            + " \"detractor\"");
  }

  @Test
  void entriesNoCollectorCouldHaveMadeAreRefused() {
    String doc = oneEntry();
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"surveyId\":\"scales\"",
        "\"surveyId\":\"other\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.entries[0].surveyId = \"other\": must be the list's survey \"scales\"");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"rule\":\"detractor\"",
        "\"rule\":\"hard\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.entries[0].reasons[0] = \"hard\": must give rule \"hard\"'s own priority 5"
            + " and reason");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"rule\":\"detractor\"",
        "\"rule\":\"gone\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.entries[0].reasons[0].rule = \"gone\": must be a rule of the"
            + " list; its rules are [detractor, low-csat,");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"priority\":2,\"reasons\"",
        "\"priority\":1,\"reasons\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.entries[0].priority = 1: must be the most urgent of the reasons'"
            + " priorities, 2");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"reasons\":[{\"rule\":\"detractor\","
        + "\"priority\":2,\"reason\":\"Detractor on nps\"}]", "\"reasons\":[]")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.entries[0].reasons = []: must hold at least one reason");
    // Contact details are checked, and their values never shown.
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"email\":\"p0@example.com\"",
        "\"email\":\"p0-at-example.com\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.entries[0].contact.email = (redacted): must be an e-mail address of the"
            + " form name@domain");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"submittedAt\":\"2024-03-01T10:00:00Z\"",
        "\"submittedAt\":\"yesterday\"")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected an ISO-8601 instant such as 2024-03-01T10:15:30Z, found"
            + " \"yesterday\"");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"responseId\":\"r0\"",
        "\"responseId\":\"r 0\"")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.entries[0].responseId = \"r 0\": must be 1 to 128 characters");
  }

  @Test
  void entriesOutOfOrderOrBeyondTheCapacityAreRefused() {
    // r0 (priority 2) and r2 (priority 3) with consent: r0 comes first.
    String doc = JSON.writeList(collect(responses().subList(0, 3), 5));
    int second = doc.indexOf(",{\"responseId\":\"r2\"");
    int end = doc.lastIndexOf("]}");
    String r0 = doc.substring(doc.indexOf("{\"responseId\":\"r0\""), second);
    String r2 = doc.substring(second + 1, end);
    String swapped = doc.substring(0, doc.indexOf("{\"responseId\":\"r0\"")) + r2 + "," + r0
        + "]}";
    assertThatThrownBy(() -> JSON.readList(swapped))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("$.entries[1] = \"r0\": comes before entries[0] in the list's order");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"capacity\":5", "\"capacity\":1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.entries = 2 entries: must be at most the capacity 1");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"capacity\":5", "\"capacity\":0")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("$.capacity = 0: must be ≥ 1");
  }

  @Test
  void malformedListDocumentsNamePathLineAndColumn() {
    String doc = oneEntry();
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"kind\":\"follow-up-list\"",
        "\"kind\":\"follow-up-rules\"")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$.kind (line 1, column 27): expected \"follow-up-list\", found"
            + " \"follow-up-rules\"");
    assertThatThrownBy(() -> JSON.readList(doc.replace(",\"capacity\":5", "")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessage("$ (line 1, column 1): missing member capacity");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"notContactable\":0,\"dropped\":0",
        "\"notContactable\":0")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("missing member dropped");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"priority\":2,\"reason\":\"Detractor on"
        + " nps\",\"matched\":1,\"contactable\":1,\"notContactable\":0}",
        "\"priority\":2,\"reason\":\"Detractor on nps\",\"matched\":1,\"contactable\":1}")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageStartingWith("$.rules[0] (line 1")
        .hasMessageEndingWith("missing member notContactable");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"phone\":\"+1 555 0100\"",
        "\"phone\":\"+1 555 0100\",\"fax\":\"1\"")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("$.entries[0].contact.fax (line 1")
        .hasMessageEndingWith("unknown member; contact details are [email, name, phone]");
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"phone\":\"+1 555 0100\"",
        "\"phone\":15550100")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected a string, found an integer");
    assertThatThrownBy(() -> JSON.readList(doc + "{}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected the end of the input after the document, found an object");
    assertThatThrownBy(() -> JSON.readList(doc.substring(0, doc.length() - 3)))
        .isInstanceOf(SurveyJsonException.class);
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"checked\":1",
        "\"checked\":99999999999999999999")))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageEndingWith("expected a count (an integer), found an integer out of range:"
            + " 99999999999999999999");
    // A rule broken in the list's rules is the rule's own typed error.
    assertThatThrownBy(() -> JSON.readList(doc.replace("\"priority\":2,\"reason\":\"Detractor on"
        + " nps\",\"matched\"", "\"priority\":12,\"reason\":\"Detractor on nps\",\"matched\"")))
        .isInstanceOf(InvalidFollowUpRuleException.class)
        .hasMessage("$.rules[0].priority = 12: must lie in 1..9 (1 = most urgent)");
    // A rules document is not a list; and a list's rule counts are not members of a rules document.
    assertThatThrownBy(() -> JSON.readList(JSON.writeRules(RULES)))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("expected \"follow-up-list\"");
    assertThatThrownBy(() -> JSON.readRules("{\"formatVersion\":1,\"kind\":\"follow-up-rules\","
        + "\"rules\":[" + RULES_JSON.replaceFirst("}", ",\"matched\":1}") + "]}"))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("$.rules[0].matched (line 1");
  }
}
