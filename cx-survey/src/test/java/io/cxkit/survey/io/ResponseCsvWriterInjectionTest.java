package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvWriterSamples.at;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formula injection (OWASP, "CSV Injection"): for every character that makes a spreadsheet run a
 * cell ({@code = + - @}, tab, carriage return, and the full-width {@code ＝ ＋ － ＠}), in every place
 * of a response that holds free text, the exported cell starts with {@code '} followed by the text;
 * safe text and numbers, negative ones included, are written as they are.
 */
class ResponseCsvWriterInjectionTest {

  private static List<List<String>> export(ResponseCsvWriter writer, Response response) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      out.write(response);
    }
    List<List<String>> rows = parse(bytes.toByteArray(), StandardCharsets.UTF_8, ',');
    assertThat(rows).hasSize(2);
    return rows;
  }

  private static String cell(List<List<String>> rows, String column) {
    return rows.get(1).get(rows.get(0).indexOf(column));
  }

  @ParameterizedTest
  @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'})
  void everyFreeTextPlaceOfAnExitFeedbackResponse(char lead) {
    String formula = lead + "cmd|' /C calc'!A0";
    // An e-mail holds no white space and a local part before its only "@".
    String email = lead == '\t' || lead == '\r' || lead == '@' ? "ana@example.com"
        : lead + "ana@example.com";
    ResponseCsvWriter writer = ResponseCsvWriter.builder(RoutingExamples.exitFeedback())
        .attributes("campaign").includeContactDetails(true).build();
    Response response = Response.builder("r-1", "exit-feedback", 1)
        .submittedAt(at("2026-11-30T09:15:00Z"))
        .respondent(Respondent.withConsent("c-1",
            new ContactDetails(email, formula + " (name)", formula + " (phone)")))
        .context(new ResponseContext("checkout", Channel.WEB, formula + " (url)",
            formula + " (device)", Locale.GERMANY, formula + " (variant)",
            Map.of("campaign", formula + " (attribute)")))
        .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
        .answer("reasons", new SingleChoiceAnswer(Choice.OTHER, formula + " (other)"))
        .build();

    List<List<String>> rows = export(writer, response);

    assertThat(cell(rows, "contact_name")).isEqualTo("'" + formula + " (name)");
    assertThat(cell(rows, "contact_phone")).isEqualTo("'" + formula + " (phone)");
    assertThat(cell(rows, "contact_email")).isEqualTo(SpreadsheetSafe.neutralise(email));
    assertThat(cell(rows, "page_url")).isEqualTo("'" + formula + " (url)");
    assertThat(cell(rows, "device")).isEqualTo("'" + formula + " (device)");
    assertThat(cell(rows, "variant")).isEqualTo("'" + formula + " (variant)");
    assertThat(cell(rows, "attr:campaign")).isEqualTo("'" + formula + " (attribute)");
    assertThat(cell(rows, "reasons.other")).isEqualTo("'" + formula + " (other)");
    assertThat(writer.header()).contains("contact_name", "reasons.other");
    // No cell of the row starts with a dangerous character.
    for (String cell : rows.get(1)) {
      assertThat(cell.isEmpty() || !SpreadsheetSafe.isDangerousLead(cell.charAt(0)))
          .as("cell %s", cell).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'})
  void everyConsentEmailAndOpenTextAnswer(char lead) {
    String text = lead + "HYPERLINK(\"http://evil.example\")";
    ResponseCsvWriter nps = ResponseCsvWriter.of(RoutingExamples.npsFollowUps());
    Response detractor = Response.builder("n-1", "nps-quarterly", 1)
        .submittedAt(at("2026-11-30T09:15:00Z"))
        .answer("nps", new NpsAnswer(2))
        .answer("went-wrong", new OpenTextAnswer(text))
        .build();
    assertThat(cell(export(nps, detractor), "went-wrong")).isEqualTo("'" + text);

    if (lead != '\t' && lead != '\r' && lead != '@') {
      // An e-mail holds no white space and a local part before its only "@", so only the other
      // leads can start a valid one.
      String email = lead + "x@example.com";
      ResponseCsvWriter exit = ResponseCsvWriter.builder(RoutingExamples.exitFeedback())
          .includeContactDetails(true).build();
      Response consenting = Response.builder("r-1", "exit-feedback", 1)
          .submittedAt(at("2026-11-30T09:15:00Z"))
          .answer("goal", new GoalCompletionAnswer(GoalOutcome.NOT_ACHIEVED))
          .answer("reasons", SingleChoiceAnswer.of("technical-problem"))
          .answer("contact", ContactConsentAnswer.consenting(email))
          .build();
      assertThat(cell(export(exit, consenting), "contact.email")).isEqualTo("'" + email);
    }
  }

  @Test
  void safeTextAndNegativeNumbersAreUnchanged() {
    ResponseCsvWriter nps = ResponseCsvWriter.builder(RoutingExamples.npsFollowUps())
        .attributes("note").build();
    Response promoter = Response.builder("n-1", "nps-quarterly", 1)
        .submittedAt(at("2026-11-30T09:15:00Z"))
        .context(new ResponseContext(null, null, "https://shop.example/?q=-1", "desktop", null,
            "B", Map.of("note", "1+1=2")))
        .answer("nps", new NpsAnswer(10))
        .answer("liked", new OpenTextAnswer("Fast delivery, -10% coupon"))
        .build();
    List<List<String>> rows = export(nps, promoter);
    assertThat(cell(rows, "page_url")).isEqualTo("https://shop.example/?q=-1");
    assertThat(cell(rows, "attr:note")).isEqualTo("1+1=2");
    assertThat(cell(rows, "liked")).isEqualTo("Fast delivery, -10% coupon");
    assertThat(cell(rows, "nps")).isEqualTo("10");

    // A refund of −3.75 is a number cxkit formats: written "-3.75", never "'-3.75".
    ResponseCsvWriter spend = ResponseCsvWriter.builder(ResponseCsvWriterSamples.spendSurvey())
        .registry(ResponseCsvWriterTestTypes.registry()).build();
    Response refund = Response.builder("s-1", "spend-check", 1)
        .submittedAt(at("2026-06-01T10:00:00Z"))
        .answer("nps", new NpsAnswer(5))
        .answer("spend", new ResponseCsvWriterTestTypes.SpendAnswer(-3.75))
        .build();
    assertThat(cell(export(spend, refund), "spend")).isEqualTo("-3.75");
  }
}
