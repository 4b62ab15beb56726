package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the golden files under {@code fixtures/io/} and checks every response exactly. The files
 * were written once by a short Python script (the text below each test, {@code str.encode} with
 * {@code utf-8}, {@code gb18030} or {@code cp1251}, and a UTF-8 byte order mark {@code EF BB BF}
 * before the first one) and are committed as bytes, so what is tested is what real exports hold.
 */
class ResponseCsvGoldenTest {
  private final Survey survey = ResponseCsvFixtures.checkout();

  private static List<Response> readAll(ResponseReader reader) {
    List<Response> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private static Map<String, Answer> answers(Object... idsAndAnswers) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAnswers.length; i += 2) {
      out.put((String) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
    }
    return out;
  }

  private Response response(String id, String at, ResponseStatus status, String lastSeen,
      ResponseContext context, Respondent respondent, Object... answers) {
    return new Response(id, "checkout", 1, respondent, Instant.parse(at), status, lastSeen, context,
        answers(answers));
  }

  private static ResponseContext context(String variant, Locale locale) {
    return new ResponseContext(null, null, null, null, locale, variant, Map.of());
  }

  /**
   * responses-bom.csv: a UTF-8 byte order mark, CRLF line ends, a header whose first name has
   * spaces around it ({@code " id "}), an unmapped column ({@code internal_note}), a blank line at
   * the end.
   *
   * <pre>
   * r1,2026-11-30T09:15:00Z,completed,A,en-GB,10,fully,price,,app;site,5,Great shop,yes,anna@example.com,x
   * r2,2026-11-30T10:15:00+01:00,Completed,B,de_DE,6,Teilweise,Lieferung,,Die App,2,"Zu langsam, leider",nein,,
   * r3,2026-12-01 08:00,partial,A,,8,not-achieved,,,,,,,,
   * r4,2026-12-02,dismissed,B,,,,,,,,,,,
   * r5,2026-12-03T12:00:00Z,completed,A,zh_CN,9, FULLY ,Free shipping,"", Support ; ,4,,,,
   * </pre>
   */
  @Test
  void readsACommaFileWithAByteOrderMark() {
    ResponseCsv csv = ResponseCsv.reader(survey)
        .id("id").submittedAt("date").status("status").variant("variant").locale("locale")
        .question("nps", "nps").question("goal", "goal").question("reason", "reason")
        .otherText("reason", "reason_other").question("topics", "topics").question("csat", "csat")
        .question("comment", "comment").question("contact", "consent")
        .consentEmail("contact", "email")
        .build();

    ResponseReader reader = csv.open(new ByteArrayInputStream(bytes("responses-bom.csv")));
    List<Response> read = readAll(reader);

    assertThat(read).containsExactly(
        // An ISO instant; "yes" is consent; the e-mail comes from its own column.
        response("r1", "2026-11-30T09:15:00Z", ResponseStatus.COMPLETED, null,
            context("A", Locale.forLanguageTag("en-GB")), null,
            "nps", new NpsAnswer(10), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", SingleChoiceAnswer.of("price"),
            "topics", MultipleChoiceAnswer.of("app", "site"), "csat", new CsatAnswer(5),
            "comment", new OpenTextAnswer("Great shop"),
            "contact", ContactConsentAnswer.consenting("anna@example.com")),
        // 10:15 at +01:00 is 09:15Z; "Completed" in any case; de_DE is de-DE; German labels name
        // "partially", "delivery" and "app"; "nein" is no.
        response("r2", "2026-11-30T09:15:00Z", ResponseStatus.COMPLETED, null,
            context("B", Locale.forLanguageTag("de-DE")), null,
            "nps", new NpsAnswer(6), "goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
            "reason", SingleChoiceAnswer.of("delivery"), "topics", MultipleChoiceAnswer.of("app"),
            "csat", new CsatAnswer(2), "comment", new OpenTextAnswer("Zu langsam, leider"),
            "contact", ContactConsentAnswer.declining()),
        // A local date-time without a zone is in UTC (the default zone); a partial row without
        // a last question seen ends at its last answered question on the path, goal.
        response("r3", "2026-12-01T08:00:00Z", ResponseStatus.PARTIAL, "goal",
            context("A", null), null,
            "nps", new NpsAnswer(8), "goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED)),
        // A date alone is the start of that day in UTC.
        response("r4", "2026-12-02T00:00:00Z", ResponseStatus.DISMISSED, null,
            context("B", null), null),
        // " FULLY " is trimmed and folded; "Free shipping" names no option of a question that
        // offers "other", so it is "other" with that text; an empty quoted cell is blank;
        // " Support ; " is one part, trimmed, and an empty one ignored.
        response("r5", "2026-12-03T12:00:00Z", ResponseStatus.COMPLETED, null,
            context("A", Locale.forLanguageTag("zh-CN")), null,
            "nps", new NpsAnswer(9), "goal", new GoalCompletionAnswer(GoalOutcome.FULLY),
            "reason", new SingleChoiceAnswer("other", "Free shipping"),
            "topics", MultipleChoiceAnswer.of("support"),
            "csat", new CsatAnswer(4)));
    // Five records, the blank line at the end none.
    assertThat(reader.report()).isEqualTo(new ReadReport(5, 5, 0, List.of()));
  }
}
