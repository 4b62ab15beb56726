package io.cxkit.survey.loop;

import static io.cxkit.survey.loop.LoopFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.SpreadsheetSafe;
import io.cxkit.survey.types.NpsAnswer;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules document round trip, and formula-safe CSV of entries. */
class FollowUpExportTest {

  private static final FollowUpRules EVERY_KIND = FollowUpRules.of(
      FollowUpRule.detractor("nps").withPriority(2).withReason("Detractor"),
      FollowUpRule.bottomBox("csat7", 3).withId("low-csat"),
      FollowUpRule.notAgreeing("effort").withId("hard"),
      FollowUpRule.goalNotAchieved("goal", true),
      FollowUpRule.reasonChosen("reason", "technical-problem").withPriority(1),
      FollowUpRule.matching(Condition.answer("comment").contains("slow")
          .or(Condition.answer("nps").inRange(0, 3))).withId("slow-or-angry")
          .withReason("Слишком медленно / 太慢"));

  @Test
  void rulesDocumentHasTheDocumentedShapeAndReadsBack() {
    String written = FollowUpJson.standard().writeRules(EVERY_KIND);
    // Members in the documented order: id, kind, question | when, the kind's own, priority, reason.
    assertThat(written).isEqualTo("{\"formatVersion\":1,\"kind\":\"follow-up-rules\",\"rules\":["
        + "{\"id\":\"detractor\",\"kind\":\"detractor\",\"question\":\"nps\",\"priority\":2,"
        + "\"reason\":\"Detractor\"},"
        + "{\"id\":\"low-csat\",\"kind\":\"bottom-box\",\"question\":\"csat7\",\"boxes\":3,"
        + "\"priority\":5,\"reason\":\"Bottom-3-box answer on csat7\"},"
        + "{\"id\":\"hard\",\"kind\":\"not-agreeing\",\"question\":\"effort\",\"priority\":5,"
        + "\"reason\":\"Did not find it easy, on effort\"},"
        + "{\"id\":\"goal-not-achieved\",\"kind\":\"goal-not-achieved\",\"question\":\"goal\","
        + "\"includePartially\":true,\"priority\":5,\"reason\":\"Goal not fully achieved, on goal\"},"
        + "{\"id\":\"reason-technical-problem\",\"kind\":\"reason-chosen\",\"question\":\"reason\","
        + "\"code\":\"technical-problem\",\"priority\":1,"
        + "\"reason\":\"Chose technical-problem on reason\"},"
        + "{\"id\":\"slow-or-angry\",\"kind\":\"matching\",\"when\":{\"anyOf\":["
        + "{\"answer\":\"comment\",\"operator\":\"contains\",\"value\":\"slow\"},"
        + "{\"answer\":\"nps\",\"operator\":\"in-range\",\"min\":0,\"max\":3}]},\"priority\":5,"
        + "\"reason\":\"Слишком медленно / 太慢\"}]}");
    assertThat(FollowUpJson.standard().readRules(written)).isEqualTo(EVERY_KIND);
    assertThat(FollowUpJson.standard().readRules(new StringReader(written))).isEqualTo(EVERY_KIND);
    assertThat(FollowUpJson.standard().readRules(
        new java.io.ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(EVERY_KIND);
    // And the rules read back still bind to the survey they were written for.
    assertThat(FollowUpJson.standard().readRules(written).bind(LoopFixtures.scales()).rules())
        .isEqualTo(EVERY_KIND);
  }

  @Test
  void optionalMembersTakeTheFactoryDefaults() {
    FollowUpRules read = FollowUpJson.standard().readRules("{\"formatVersion\": 1,"
        + " \"kind\": \"follow-up-rules\", \"rules\": [{\"id\": \"low\", \"kind\": \"bottom-box\","
        + " \"question\": \"csat5\"}, {\"id\": \"missed\", \"kind\": \"goal-not-achieved\","
        + " \"question\": \"goal\"}]}");
    assertThat(read).isEqualTo(FollowUpRules.of(FollowUpRule.bottomBox("csat5").withId("low"),
        FollowUpRule.goalNotAchieved("goal").withId("missed")));
    assertThat(read.rules().get(0).criterion()).isEqualTo(new FollowUpCriterion.BottomBox("csat5", 2));
    assertThat(read.rules().get(0).priority()).isEqualTo(FollowUpRule.DEFAULT_PRIORITY);
  }

  private static FollowUpList hostileList() {
    // A consenting respondent whose details and answers try formula injection.
    Response response = Response.builder("h1", "scales", 1).submittedAt(T0)
        .respondent(Respondent.withConsent("c-1", new ContactDetails("=cmd@evil.example",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "+44 20 7946 0000")))
        .answer("nps", new NpsAnswer(2)).build();
    FollowUpRules rules = FollowUpRules.of(FollowUpRule.detractor("nps")
        .withReason("@SUM(1+1) call back"));
    return rules.bind(LoopFixtures.scales()).find(List.of(response));
  }

  @Test
  void csvNeutralisesFormulasInEveryFreeTextCell() {
    StringWriter out = new StringWriter();
    FollowUpCsv.standard().writeEntries(hostileList(), out);
    // Every cell starting with = + - @ gets a leading ' (OWASP, SpreadsheetSafe); the name holds
    // quotes and a comma, so RFC 4180 quotes it and doubles its quotes.
    assertThat(out.toString()).isEqualTo("priority,response_id,respondent_id,survey_id,"
        + "submitted_at,touchpoint_id,rules,reasons,email,name,phone\r\n"
        + "5,h1,c-1,scales,2024-03-01T10:00:00Z,,detractor,'@SUM(1+1) call back,'=cmd@evil.example,"
        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+44 20 7946 0000\r\n");
    // restore() gives each original back.
    assertThat(SpreadsheetSafe.restore("'+44 20 7946 0000")).isEqualTo("+44 20 7946 0000");
  }

  @Test
  void csvFollowsTheOptions() {
    StringWriter out = new StringWriter();
    FollowUpCsv.with(CsvOptions.DEFAULT.withDelimiter(';').withZone(ZoneId.of("Europe/Moscow")))
        .writeEntries(hostileList(), out);
    // The delimiter is the options'; the instant stays Instant.toString() in UTC, as
    // ResponseCsvWriter writes it, whatever the zone (the zone is for reading local times).
    assertThat(out.toString().split("\r\n")[1])
        .startsWith("5;h1;c-1;scales;2024-03-01T10:00:00Z;;detractor;");
  }

  @Test
  void aCharacterTheCharsetCannotHoldIsATypedErrorWithTheDetailRedacted() {
    Response response = Response.builder("z1", "scales", 1).submittedAt(T0)
        .respondent(Respondent.withConsent("c-9", new ContactDetails(null, "王小明", null)))
        .answer("nps", new NpsAnswer(1)).build();
    FollowUpList list = FollowUpRules.of(FollowUpRule.detractor("nps")).bind(LoopFixtures.scales())
        .find(List.of(response));
    FollowUpCsv cyrillic = FollowUpCsv.with(CsvOptions.DEFAULT
        .withCharset(Charset.forName("windows-1251")));
    assertThatThrownBy(() -> cyrillic.writeEntries(list, new ByteArrayOutputStream()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("entries[0].name = (redacted): cannot be written in windows-1251; choose an"
            + " encoding such as UTF-8 that holds it");
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    FollowUpCsv.standard().writeEntries(list, utf8);
    assertThat(utf8.toString(StandardCharsets.UTF_8)).contains(",王小明,");
  }

  @Test
  void listJsonHoldsTheContactOfConsentingRespondents() {
    String json = FollowUpJson.standard().writeList(hostileList());
    assertThat(json).contains("\"contact\":{\"email\":\"=cmd@evil.example\","
        + "\"name\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\","
        + "\"phone\":\"+44 20 7946 0000\"}");
  }
}
