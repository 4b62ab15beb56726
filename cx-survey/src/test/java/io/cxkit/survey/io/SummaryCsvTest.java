package io.cxkit.survey.io;

import static io.cxkit.survey.io.ResponseCsvWriterSamples.at;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.parse;
import static io.cxkit.survey.io.ResponseCsvWriterSamples.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summary CSV of seven hand-counted responses to {@link RoutingExamples#npsFollowUps()} and
 * ten displays. Every figure is computed by hand below, and the intervals by the textbook formulas
 * written out in this test (Wilson 1927 for rates; Rocks 2016 for the NPS), not by cxkit.
 *
 * <pre>
 * p1  completed  nps 9   liked "Fast"       variant A
 * p2  completed  nps 10                     variant B
 * p3  completed  nps 10  liked "Friendly"   variant A
 * q1  completed  nps 7                      variant B
 * d1  completed  nps 3   went-wrong "Late"  variant A
 * x1  partial, last question seen nps, no answer   variant B
 * z1  dismissed                             variant A
 * </pre>
 */
class SummaryCsvTest {
  private static final Survey NPS = RoutingExamples.npsFollowUps();
  /** The 0.975 quantile of the standard normal distribution, for 95% intervals. */
  private static final double Z = 1.959963984540054;

  private static Response response(String id, String variant, int score, String followUp,
      String text) {
    Response.Builder builder = Response.builder(id, "nps-quarterly", 1)
        .submittedAt(at("2026-11-30T09:15:00Z"))
        .context(new ResponseContext(null, null, null, null, null, variant, Map.of()))
        .answer("nps", new NpsAnswer(score));
    if (followUp != null) {
      builder.answer(followUp, new OpenTextAnswer(text));
    }
    return builder.build();
  }

  private static List<Response> variantA() {
    return List.of(response("p1", "A", 9, "liked", "Fast"),
        response("p3", "A", 10, "liked", "Friendly"),
        response("d1", "A", 3, "went-wrong", "Late"),
        Response.builder("z1", "nps-quarterly", 1).dismissed()
            .context(new ResponseContext(null, null, null, null, null, "A", Map.of())).build());
  }

  private static List<Response> variantB() {
    return List.of(response("p2", "B", 10, null, null), response("q1", "B", 7, null, null),
        Response.builder("x1", "nps-quarterly", 1).partial("nps")
            .context(new ResponseContext(null, null, null, null, null, "B", Map.of())).build());
  }

  private static SurveySummary summary(List<Response> responses) {
    SurveySummarizer summarizer = SurveySummarizer.of(NPS);
    responses.forEach(summarizer::add);
    return summarizer.snapshot();
  }

  private static SurveySummary whole() {
    List<Response> all = new ArrayList<>(variantA());
    all.addAll(variantB());
    SurveySummarizer summarizer = SurveySummarizer.of(NPS).addDisplays(10);
    all.forEach(summarizer::add);
    return summarizer.snapshot();
  }

  /** Wilson (1927): centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·sqrt(p(1−p)/n + z²/4n²). */
  private static double[] wilson(long k, long n) {
    double p = (double) k / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)};
  }

  /** The binomial standard error 100·sqrt(p(1−p)/n). */
  private static double binomialSe(long k, long n) {
    double p = (double) k / n;
    return 100 * Math.sqrt(p * (1 - p) / n);
  }

  /**
   * One expected row: a string is compared exactly, a Double numerically (to 1e-9), since the last
   * digit of a round-trip double depends on the order of operations.
   */
  private static void assertRow(List<String> actual, Object... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] instanceof Double number) {
        assertThat(Double.parseDouble(actual.get(i))).as("cell %d of %s", i, actual)
            .isCloseTo(number, within(1e-9));
      } else {
        assertThat(actual.get(i)).as("cell %d of %s", i, actual).isEqualTo(expected[i]);
      }
    }
  }

  @Test
  void theWholeSummaryRowByRow() {
    List<List<String>> rows = SummaryCsv.standard().rows(whole());

    // Counts: 7 responses; starts = 5 completed + 1 partial = 6; 1 dismissal; 10 displays given.
    assertRow(rows.get(0), "", "displays", "", "10", "", "", "", "", "", "");
    assertRow(rows.get(1), "", "responses", "", "7", "", "", "", "", "", "");
    assertRow(rows.get(2), "", "starts", "", "6", "", "", "", "", "", "");
    assertRow(rows.get(3), "", "completions", "", "5", "", "", "", "", "", "");
    assertRow(rows.get(4), "", "partials", "", "1", "", "", "", "", "", "");
    assertRow(rows.get(5), "", "dismissals", "", "1", "", "", "", "", "", "");
    // Survey completion rate = completions / displays = 5/10 = 50%; Wilson [23.66, 76.34];
    // SE = 100·sqrt(0.5·0.5/10) = 15.81.
    double[] completion = wilson(5, 10);
    assertRow(rows.get(6), "", "survey-completion", "10", "5", "50", binomialSe(5, 10),
        completion[0], completion[1], "0.95", "displays");
    // Dismissal rate = 1/10 = 10%.
    double[] dismissal = wilson(1, 10);
    assertRow(rows.get(7), "", "dismissal", "10", "1", "10", binomialSe(1, 10), dismissal[0],
        dismissal[1], "0.95", "displays");
    // nps: reached by all 6 starts (x1 saw it), answered by 5, x1 stopped there.
    assertRow(rows.get(8), "nps", "reached", "", "6", "", "", "", "", "", "");
    assertRow(rows.get(9), "nps", "answered", "", "5", "", "", "", "", "", "");
    assertRow(rows.get(10), "nps", "dropped-off", "", "1", "", "", "", "", "", "");
    double[] answerRate = wilson(5, 6);
    assertRow(rows.get(11), "nps", "answer-rate", "6", "5", 500.0 / 6, binomialSe(5, 6),
        answerRate[0], answerRate[1], "0.95", "reached");
    double[] dropOff = wilson(1, 6);
    assertRow(rows.get(12), "nps", "drop-off", "6", "1", 100.0 / 6, binomialSe(1, 6), dropOff[0],
        dropOff[1], "0.95", "reached");
    // NPS of 9, 10, 10, 7, 3: 3 promoters, 1 passive, 1 detractor = (3 − 1)/5·100 = 40.
    // SE (Rocks 2016) = 100·sqrt((0.6 + 0.2 − 0.4²)/5) = 100·sqrt(0.128) = 35.78.
    // Adjusted Wald: p'pro = 3.75/8, p'det = 1.75/8, NPS' = 25, SE' = 100·sqrt(0.625/8) = 27.95,
    // so 25 ± 1.96·27.95 = [−29.78, 79.78] — a negative number, written as it is.
    double seAdjusted = 100 * Math.sqrt((3.75 / 8 + 1.75 / 8 - 0.25 * 0.25) / 8);
    assertRow(rows.get(13), "nps", "nps", "5", "", "40", 100 * Math.sqrt(0.128), 25 - Z * seAdjusted,
        25 + Z * seAdjusted, "0.95", "answered");
    assertThat(rows.get(13).get(6)).startsWith("-29.78");
    // went-wrong: only d1's path reaches it, and d1 answered: 1/1 = 100%, SE 0, Wilson [20.65, 100].
    assertRow(rows.get(14), "went-wrong", "reached", "", "1", "", "", "", "", "", "");
    assertRow(rows.get(15), "went-wrong", "answered", "", "1", "", "", "", "", "", "");
    assertRow(rows.get(16), "went-wrong", "dropped-off", "", "0", "", "", "", "", "", "");
    double[] all = wilson(1, 1);
    assertRow(rows.get(17), "went-wrong", "answer-rate", "1", "1", "100", "0", all[0], "100",
        "0.95", "reached");
    assertThat(all[1]).isEqualTo(100);
    double[] none = wilson(0, 1);
    assertRow(rows.get(18), "went-wrong", "drop-off", "1", "0", "0", "0", "0", none[1], "0.95",
        "reached");
    // liked: the 3 promoters reach it, 2 answered.
    assertRow(rows.get(19), "liked", "reached", "", "3", "", "", "", "", "", "");
    assertRow(rows.get(20), "liked", "answered", "", "2", "", "", "", "", "", "");
    assertRow(rows.get(21), "liked", "dropped-off", "", "0", "", "", "", "", "", "");
    double[] liked = wilson(2, 3);
    assertRow(rows.get(22), "liked", "answer-rate", "3", "2", 200.0 / 3, binomialSe(2, 3),
        liked[0], liked[1], "0.95", "reached");
    double[] likedDrop = wilson(0, 3);
    assertRow(rows.get(23), "liked", "drop-off", "3", "0", "0", "0", "0", likedDrop[1], "0.95",
        "reached");
    // Open text contributes no estimate: 24 rows in all.
    assertThat(rows).hasSize(24);
  }

  @Test
  void writtenFileIsTheHeaderAndTheRows() {
    SurveySummary summary = whole();
    StringWriter out = new StringWriter();
    SummaryCsv.standard().write(summary, out);
    List<List<String>> parsed = parse(out.toString().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, ',');
    assertThat(parsed.get(0)).isEqualTo(SummaryCsv.COLUMNS);
    assertThat(parsed.subList(1, parsed.size())).isEqualTo(SummaryCsv.standard().rows(summary));
    assertThat(out.toString()).startsWith("question,measure,n,count,value,standard_error,ci_low,"
        + "ci_high,ci_level,denominator\r\n,displays,,10,,,,,,\r\n");
  }

  @Test
  void groupsByVariantWithDecimalCommasGolden() {
    Map<String, SurveySummary> groups = new LinkedHashMap<>();
    groups.put("A", summary(variantA()));
    groups.put("B", summary(variantB()));
    SummaryCsv csv = SummaryCsv.builder()
        .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)).decimals(2).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    csv.writeGroups("variant", groups, bytes);

    assertThat(bytes.toByteArray()).isEqualTo(resource("/fixtures/io/export-summary-by-variant.csv"));
    List<List<String>> rows = parse(bytes.toByteArray(), StandardCharsets.UTF_8, ';');
    assertThat(rows.get(0)).containsExactly("variant", "question", "measure", "n", "count", "value",
        "standard_error", "ci_low", "ci_high", "ci_level", "denominator");
    // A: p1, p3, d1 completed, z1 dismissed; no displays given, so no displays row and the survey
    // completion rate is over starts: 3/3 = 100%; the dismissal rate over responses: 1/4 = 25%,
    // SE = 100·sqrt(0.25·0.75/4) = 21.65, Wilson [4.56, 69.94].
    assertThat(rows.get(1)).containsExactly("A", "", "responses", "", "4", "", "", "", "", "", "");
    assertThat(rows.get(6)).containsExactly("A", "", "survey-completion", "3", "3", "100,00",
        "0,00", "43,85", "100,00", "0,95", "starts");
    assertThat(rows.get(7)).containsExactly("A", "", "dismissal", "4", "1", "25,00", "21,65",
        "4,56", "69,94", "0,95", "responses");
    // A's NPS: 9, 10, 3 = (2 − 1)/3·100 = 33.33; SE = 100·sqrt((2/3 + 1/3 − (1/3)²)/3) = 54.43;
    // adjusted Wald: p'pro = 2.75/6, p'det = 1.75/6, NPS' = 16.67,
    // SE' = 100·sqrt((4.5/6 − (1/6)²)/6) = 34.69, so 16.67 ± 67.99 = [−51.33, 84.67].
    assertThat(rows.get(13)).containsExactly("A", "nps", "nps", "3", "", "33,33", "54,43",
        "-51,33", "84,67", "0,95", "answered");
    // B: no dismissal, x1 partial: survey completion 2/3 = 66.67% over starts, SE =
    // 100·sqrt(2/9/3) = 27.22, Wilson [20.77, 93.85].
    int b = rows.indexOf(List.of("B", "", "responses", "", "3", "", "", "", "", "", ""));
    assertThat(b).isEqualTo(24);
    assertThat(rows.get(b + 5)).containsExactly("B", "", "survey-completion", "3", "2", "66,67",
        "27,22", "20,77", "93,85", "0,95", "starts");
    // B's nps drop-off: x1 of 3 = 33.33%, SE = 100·sqrt(2/9/3) = 27.22, Wilson [6.15, 79.23].
    assertThat(rows.get(b + 11)).containsExactly("B", "nps", "drop-off", "3", "1", "33,33",
        "27,22", "6,15", "79,23", "0,95", "reached");
    // The other Wilson bounds of the file, each by the formula above: 0/1 → [0, 79.35],
    // 0/2 → [0, 65.76], 0/3 → [0, 56.15], 1/1 → [20.65, 100], 2/2 → [34.24, 100].
    // B's went-wrong is reached by no one: its rates have n = 0 and no value, SE or interval.
    assertThat(rows.get(b + 16)).containsExactly("B", "went-wrong", "answer-rate", "0", "0", "",
        "", "", "", "", "reached");
    // B's NPS: 10, 7 = (1 − 0)/2·100 = 50.
    assertThat(rows.get(b + 12).subList(0, 6))
        .containsExactly("B", "nps", "nps", "2", "", "50,00");
    assertThat(rows).hasSize(1 + 23 + 23);
  }

  @ParameterizedTest
  @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'})
  void groupNamesAreNeutralised(char lead) {
    String group = lead + "cmd|' /C calc'!A0";
    Map<String, SurveySummary> groups = Map.of(group, summary(variantB()));
    StringWriter out = new StringWriter();
    SummaryCsv.standard().writeGroups(lead + "segment", groups, out);
    List<List<String>> rows = parse(out.toString().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, ',');
    assertThat(rows.get(0).get(0)).isEqualTo("'" + lead + "segment");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row.get(0)).isEqualTo("'" + group);
    }
  }

  @Test
  void safeGroupNamesAndNegativeNumbersAreUnchanged() {
    // B's NPS of 10 and 7 is 50, SE = 100·sqrt((0.5 + 0 − 0.5²)/2) = 35.36; the adjusted-Wald
    // interval is around NPS' = (1.75 − 0.75)/5·100 = 20: SE' = 100·sqrt((0.35 + 0.15 − 0.2²)/5)
    // = 30.33, so 20 ± 59.45 = [−39.45, 79.45].
    List<List<String>> rows = SummaryCsv.builder().decimals(2).build().rows(summary(variantB()));
    List<String> nps = rows.stream().filter(row -> row.get(1).equals("nps")).findFirst()
        .orElseThrow();
    assertThat(nps).containsExactly("nps", "nps", "2", "", "50.00", "35.36", "-39.45", "79.45",
        "0.95", "answered");
    StringWriter out = new StringWriter();
    SummaryCsv.standard().writeGroups("segment", Map.of("Premium 1+1", summary(variantB())), out);
    assertThat(out.toString()).contains("\r\nPremium 1+1,,responses,,3,");
  }

  @Test
  void anotherLevelAndRoundTripDigits() {
    // 90%: z = 1.6448536269514722; the 5/10 completion rate's Wilson bounds move inwards.
    double z = 1.6448536269514722;
    double z2 = z * z;
    double half = z / (1 + z2 / 10) * Math.sqrt(0.025 + z2 / 400);
    List<String> completion = SummaryCsv.builder().level(0.9).build().rows(whole()).get(6);
    assertThat(completion.get(8)).isEqualTo("0.9");
    assertThat(Double.parseDouble(completion.get(6))).isCloseTo(100 * (0.5 - half), within(1e-9));
    assertThat(SummaryCsv.builder().level(0.9).build().level()).isEqualTo(0.9);
    assertThat(SummaryCsv.standard().decimals()).isEmpty();
  }

  @Test
  void anEmptySummaryHasCountsOfZeroAndNoFigures() {
    List<List<String>> rows = SummaryCsv.standard().rows(SurveySummarizer.of(NPS).snapshot());
    assertThat(rows.get(0)).containsExactly("", "responses", "", "0", "", "", "", "", "", "");
    // Survey completion over starts = 0/0: n 0, no value — never NaN.
    assertThat(rows.get(5)).containsExactly("", "survey-completion", "0", "0", "", "", "", "", "",
        "starts");
    assertThat(rows.get(12)).containsExactly("nps", "nps", "0", "", "", "", "", "", "",
        "answered");
    assertThat(rows).flatMap(row -> row).noneMatch(cell -> cell.contains("NaN"));
  }

  @Test
  void badGroupsAreRefusedBeforeAnythingIsWritten() {
    SurveySummary b = summary(variantB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SummaryCsv bom = SummaryCsv.builder().options(CsvOptions.DEFAULT.withByteOrderMark(true)).build();
    assertThatThrownBy(() -> bom.writeGroups("measure", Map.of("B", b), bytes))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("groupColumn"));
    assertThatThrownBy(() -> bom.writeGroups(" ", Map.of("B", b), bytes))
        .isInstanceOf(InvalidValueException.class);
    Map<String, SurveySummary> withNull = new LinkedHashMap<>();
    withNull.put(null, b);
    assertThatThrownBy(() -> bom.writeGroups("variant", withNull, bytes))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.rule()).contains("a group must have a name"));
    Map<String, SurveySummary> mixed = new LinkedHashMap<>();
    mixed.put("B", b);
    mixed.put("exit", SurveySummarizer.of(RoutingExamples.exitFeedback()).snapshot());
    assertThatThrownBy(() -> bom.writeGroups("variant", mixed, bytes))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("groups[\"exit\"].survey");
          assertThat(e.rule()).contains("must be survey \"nps-quarterly\" version 1");
        });
    // A group name windows-1251 cannot hold: refused naming the group column.
    SummaryCsv cyrillic = SummaryCsv.builder()
        .options(CsvOptions.DEFAULT.withCharset(Charset.forName("windows-1251"))).build();
    assertThatThrownBy(() -> cyrillic.writeGroups("город", Map.of("上海", b), bytes))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("город");
          assertThat(e.value()).isEqualTo("\"上海\"");
          assertThat(e.rule()).contains("has no form in windows-1251", "U+4E0A at character 1");
        });
    // Nothing at all reached the stream, not even a byte order mark.
    assertThat(bytes.size()).isZero();
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> SummaryCsv.builder().level(1).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("level"));
    assertThatThrownBy(() -> SummaryCsv.builder().level(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SummaryCsv.builder().decimals(-1).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("decimals"));
    assertThatThrownBy(() -> SummaryCsv.builder().decimals(18).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SummaryCsv.builder().options(CsvOptions.DEFAULT
        .withCharset(Charset.forName("windows-1251")).withByteOrderMark(true)).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("options.byteOrderMark"));
    SummaryCsv.Builder builder = SummaryCsv.builder().level(0.9).decimals(1)
        .options(CsvOptions.DEFAULT);
    assertThatThrownBy(() -> builder.level(0.8)).isInstanceOf(IllegalStateException.class)
        .hasMessage("level was already set");
    assertThatThrownBy(() -> builder.decimals(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.options(CsvOptions.DEFAULT))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SummaryCsv.standard().write(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("summary");
  }
}
