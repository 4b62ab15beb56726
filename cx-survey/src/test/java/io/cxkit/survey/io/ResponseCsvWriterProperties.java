package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvWriterSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every file the writer produces, whatever the responses, delimiter, decimal comma, byte order mark
 * and encoding, reads back with Jackson's CSV parser to one row per response after the header, each
 * as wide as the header, in order; and no free-text cell starts with a character a spreadsheet would
 * run, while {@link SpreadsheetSafe#restore} gives every text back exactly.
 */
class ResponseCsvWriterProperties {
  private static final Survey NPS = RoutingExamples.npsFollowUps();
  private static final Survey EXIT = RoutingExamples.exitFeedback();
  private static final ResponseValidator VALIDATOR = ResponseValidator.of(NPS, EXIT);
  /** The free-text columns of both surveys. */
  private static final List<String> FREE_TEXT = List.of("page_url", "device", "variant",
      "attr:campaign", "attr:note", "went-wrong", "liked", "reasons.other");

  /** Texts rich in dangerous leads, quotes, delimiters, line breaks and non-Latin letters. */
  private static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("=+-@\t\r\n'\";,|: aZ9éДя中＝＋－＠").ofMaxLength(12);
  }

  private static Arbitrary<String> answerTexts() {
    return texts().filter(text -> !text.isBlank());
  }

  private static Arbitrary<ResponseContext> contexts() {
    Arbitrary<Map<String, String>> attributes = Combinators.combine(
        texts().injectNull(0.3), texts().injectNull(0.3), texts().injectNull(0.5))
        .as((campaign, note, other) -> {
          Map<String, String> map = new LinkedHashMap<>();
          if (campaign != null) {
            map.put("campaign", campaign);
          }
          if (note != null) {
            map.put("note", note);
          }
          if (other != null) {
            map.put("not-exported", other);
          }
          return map;
        });
    return Combinators.combine(Arbitraries.of(Channel.class).injectNull(0.3),
        texts().injectNull(0.3), texts().injectNull(0.3), texts().injectNull(0.3), attributes)
        .as((channel, url, device, variant, attrs) -> new ResponseContext(null, channel, url,
            device, Locale.forLanguageTag("de-CH"), variant, attrs));
  }

  /** Valid responses to the NPS survey: completed, partial at the score or its follow-up, dismissed. */
  private static Arbitrary<Response> npsResponses() {
    return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers()
        .between(0, 3), answerTexts().injectNull(0.3), contexts(), Arbitraries.longs()
        .between(0, 4_000_000_000L))
        .as((score, status, text, context, seconds) -> {
          String followUp = score <= 6 ? "went-wrong" : score >= 9 ? "liked" : null;
          Response.Builder builder = Response.builder("n-" + Long.toString(seconds, 36),
              NPS.id(), 1).submittedAt(Instant.ofEpochSecond(seconds)).context(context);
          switch (status) {
            case 0:
              return builder.dismissed().build();
            case 1:
              return builder.partial("nps").build();
            case 2:
              builder.answer("nps", new NpsAnswer(score));
              return (followUp == null ? builder.partial("nps") : builder.partial(followUp))
                  .build();
            default:
              builder.answer("nps", new NpsAnswer(score));
              if (followUp != null && text != null) {
                builder.answer(followUp, new OpenTextAnswer(text));
              }
              return builder.build();
          }
        });
  }

  /** Completed responses to the exit-feedback form, the "other" reason with a text among them. */
  private static Arbitrary<Response> exitResponses() {
    return Combinators.combine(Arbitraries.of(GoalOutcome.class),
        Arbitraries.of("missing-information", "price", Choice.OTHER), answerTexts(), contexts(),
        Arbitraries.longs().between(0, 4_000_000_000L))
        .as((outcome, reason, other, context, seconds) -> {
          Response.Builder builder = Response.builder("e-" + Long.toString(seconds, 36),
              EXIT.id(), 1).submittedAt(Instant.ofEpochSecond(seconds)).context(context)
              .answer("goal", new GoalCompletionAnswer(outcome));
          if (outcome != GoalOutcome.FULLY) {
            builder.answer("reasons", new SingleChoiceAnswer(reason,
                reason.equals(Choice.OTHER) ? other : null));
          }
          return builder.build();
        });
  }

  @Provide
  Arbitrary<CsvOptions> options() {
    return Combinators.combine(Arbitraries.of(',', ';', '\t', '|'), Arbitraries.of(true, false),
        Arbitraries.of(true, false),
        Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16))
        .as((delimiter, comma, bom, charset) -> CsvOptions.DEFAULT.withDelimiter(delimiter)
            .withDecimalComma(comma).withByteOrderMark(bom).withCharset(charset));
  }

  @Provide
  Arbitrary<List<Response>> npsLists() {
    return npsResponses().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Response>> exitLists() {
    return exitResponses().list().ofMaxSize(12);
  }

  private static void check(Survey survey, List<Response> responses, CsvOptions options) {
    for (Response response : responses) {
      assertThat(VALIDATOR.validate(response)).as("generated %s", response.id()).isEmpty();
    }
    ResponseCsvWriter writer = ResponseCsvWriter.builder(survey).options(options)
        .attributes("campaign", "note").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ResponseCsvWriter.Output out = writer.open(bytes)) {
      out.writeAll(responses);
    }

    List<List<String>> rows = parse(bytes.toByteArray(), options.charset(), options.delimiter());

    assertThat(rows).hasSize(responses.size() + 1);
    assertThat(rows.get(0)).isEqualTo(writer.header());
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < rows.get(0).size(); i++) {
      column.put(rows.get(0).get(i), i);
    }
    for (int r = 0; r < responses.size(); r++) {
      Response response = responses.get(r);
      List<String> row = rows.get(r + 1);
      assertThat(row).hasSameSizeAs(rows.get(0));
      assertThat(row.get(0)).isEqualTo(response.id());
      for (String name : FREE_TEXT) {
        Integer at = column.get(name);
        if (at == null) {
          continue;
        }
        String cell = row.get(at);
        assertThat(cell.isEmpty() || !SpreadsheetSafe.isDangerousLead(cell.charAt(0)))
            .as("%s of %s: %s", name, response.id(), cell).isTrue();
        assertThat(SpreadsheetSafe.restore(cell)).as("%s of %s", name, response.id())
            .isEqualTo(original(response, name));
      }
    }
  }

  /** @return the text a free-text column holds for the response, "" when it has none */
  private static String original(Response response, String column) {
    ResponseContext context = response.context();
    String text;
    switch (column) {
      case "page_url":
        text = context.pageUrl();
        break;
      case "device":
        text = context.device();
        break;
      case "variant":
        text = context.variant();
        break;
      case "reasons.other":
        text = response.answer("reasons", SingleChoiceAnswer.class)
            .map(SingleChoiceAnswer::otherText).orElse(null);
        break;
      default:
        if (column.startsWith(ResponseCsvWriter.ATTRIBUTE_PREFIX)) {
          text = context.attributes().get(
              column.substring(ResponseCsvWriter.ATTRIBUTE_PREFIX.length()));
        } else {
          text = response.answer(column, OpenTextAnswer.class).map(OpenTextAnswer::text)
              .orElse(null);
        }
    }
    return text == null ? "" : text;
  }

  @Property(tries = 300)
  void npsExportsParseBackRowForRow(@ForAll("npsLists") List<Response> responses,
      @ForAll("options") CsvOptions options) {
    check(NPS, responses, options);
  }

  @Property(tries = 300)
  void exitFeedbackExportsParseBackRowForRow(@ForAll("exitLists") List<Response> responses,
      @ForAll("options") CsvOptions options) {
    check(EXIT, responses, options);
  }
}
