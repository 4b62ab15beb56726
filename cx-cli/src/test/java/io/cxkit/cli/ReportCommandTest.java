package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.JsonReport;
import io.cxkit.core.stats.Estimate;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.EventReader;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.ResponseJsonLines;
import io.cxkit.survey.io.ResponseReader;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.SurveySummarizer;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx report} over the 300-customer sample shop, in-process. */
class ReportCommandTest {
  @TempDir
  Path dir;

  private final SampleFiles jsonl = SampleData.jsonLines();

  /** The full command line over a sample's files, with more options after. */
  private static List<String> reportArgs(SampleFiles files, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--survey"));
    files.surveys().values().forEach(p -> args.add(p.toString()));
    args.add("--responses");
    files.responses().values().forEach(p -> args.add(p.toString()));
    args.addAll(List.of("--journey", files.journeyMap().toString(), "--events",
        files.events().toString(), "--personas", files.personas().toString(), "--profiles",
        files.profiles().toString(), "--zone", "Europe/Berlin"));
    args.addAll(Arrays.asList(more));
    return args;
  }

  private static CxRun.Result run(List<String> args) {
    return CxRun.run(args.toArray(String[]::new));
  }

  private static CxReport json(CxRun.Result r) throws Exception {
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    return JsonReport.read(new StringReader(r.out()));
  }

  private static CxReport.Figure headline(CxReport report, String survey, String metric) {
    return report.headlines().stream()
        .filter(f -> f.survey().equals(survey) && f.metric().equals(metric)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " of " + survey + " in "
            + report.headlines()));
  }

  /** The estimate cxkit's SurveySummarizer gives over the same file, read the same way. */
  private static Estimate summarized(Path surveyFile, Path responses, String question,
      String metric) throws Exception {
    Survey survey;
    try (InputStream in = Files.newInputStream(surveyFile)) {
      survey = SurveyJson.standard().readSurvey(in);
    }
    SurveySummarizer summarizer = SurveySummarizer.of(survey);
    try (ResponseReader reader = ResponseJsonLines.reader().validatingAgainst(survey).build()
        .open(responses)) {
      reader.forEachRemaining(summarizer::add);
    }
    return summarizer.snapshot().estimate(EstimateKey.question(question, metric));
  }

  @Test
  void theJsonHeadlinesAreSurveySummarizersOverTheSameFiles() throws Exception {
    CxReport report = json(run(reportArgs(jsonl, "--format", "json")));
    // The sample's four surveys: NPS (post-purchase / nps), goal completion (exit-feedback /
    // goal), CES (support-ces / ces), CSAT (delivery-csat / csat).
    String[][] expected = {
      {ShopSample.POST_PURCHASE, "nps", "nps"},
      {ShopSample.EXIT_FEEDBACK, "goal", "goal-completion"},
      {ShopSample.SUPPORT_CES, "ces", "ces"},
      {ShopSample.DELIVERY_CSAT, "csat", "csat"},
    };
    for (String[] e : expected) {
      Estimate direct = summarized(jsonl.surveys().get(e[0]), jsonl.responses().get(e[0]), e[1],
          e[2]);
      CxReport.Figure figure = headline(report, e[0], e[2]);
      assertThat(figure.question()).isEqualTo(e[1]);
      assertThat(figure.n()).as(e[0]).isEqualTo(direct.n());
      assertThat(figure.value()).as(e[0]).isCloseTo(direct.value().orElseThrow(), within(1e-9));
    }
    assertThat(report.info().zone()).isEqualTo("Europe/Berlin");
    assertThat(report.info().period()).isEqualTo("month");
    // Personas and profiles given, no --by: the breakdown is by persona.
    assertThat(report.info().by()).isEqualTo("persona");
    assertThat(report.breakdown()).isNotNull();
    assertThat(report.funnel()).isNotNull();
    assertThat(report.retention()).isNotNull();
    assertThat(report.lifetimes()).isNotNull();
    // Twelve files: four surveys, four responses files, the map, the personas, events, profiles.
    assertThat(report.inputs().files()).hasSize(12);
    assertThat(report.inputs().skipped()).isZero();
    Map<String, Long> read = new java.util.LinkedHashMap<>();
    report.inputs().files().forEach(f -> read.merge(f.kind(), f.read(), Long::sum));
    assertThat(read.get("events")).isEqualTo(jsonl.eventCount());
    assertThat(read.get("profiles")).isEqualTo(300L);
    assertThat(read.get("responses")).isEqualTo(jsonl.responseCount());
  }

  @Test
  void withoutAsOfTheReportIsAsOfTheLatestEvent() throws Exception {
    Instant latest = Instant.EPOCH;
    try (EventReader events = EventJsonLines.reader().build().open(jsonl.events())) {
      while (events.hasNext()) {
        JourneyEvent event = events.next();
        latest = event.at().isAfter(latest) ? event.at() : latest;
      }
    }
    CxReport report = json(run(reportArgs(jsonl, "--format", "json")));
    assertThat(report.info().asOf()).isEqualTo(latest.toString());
    // A date is its midnight in the zone: 2027-01-01 in Berlin is 2026-12-31T23:00:00Z.
    CxReport dated = json(run(reportArgs(jsonl, "--format", "json", "--as-of", "2027-01-01")));
    assertThat(dated.info().asOf()).isEqualTo("2026-12-31T23:00:00Z");
  }

  @Test
  void withoutEventsTheReportIsAsOfTheLatestResponse() throws Exception {
    Path survey = jsonl.surveys().get(ShopSample.POST_PURCHASE);
    Path responses = jsonl.responses().get(ShopSample.POST_PURCHASE);
    Instant latest = Instant.EPOCH;
    try (ResponseReader reader = ResponseJsonLines.reader().build().open(responses)) {
      while (reader.hasNext()) {
        Instant at = reader.next().submittedAt();
        latest = at.isAfter(latest) ? at : latest;
      }
    }
    CxReport report = json(CxRun.run("report", "--survey", survey.toString(), "--responses",
        responses.toString(), "--format", "json"));
    assertThat(report.info().asOf()).isEqualTo(latest.toString());
    // No events: no journey sections, and the notes say why.
    assertThat(report.funnel()).isNull();
    assertThat(report.notes()).isNotEmpty();
    assertThat(report.info().zone()).isEqualTo("UTC");
  }

  @Test
  void textGoesToStdoutAndHtmlToAFile() throws Exception {
    CxRun.Result text = run(reportArgs(jsonl, "--title", "Nordlicht 2026"));
    assertThat(text.code()).as(text.toString()).isEqualTo(0);
    assertThat(text.out()).contains("Nordlicht 2026").contains("NPS");
    assertThat(text.out().lines()).allMatch(l -> l.length() <= 100);
    assertThat(text.err()).isEmpty();

    Path html = dir.resolve("out/report.html");
    CxRun.Result r = run(reportArgs(jsonl, "--format", "html", "--out", html.toString()));
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("wrote " + html + "\n");
    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.title()).contains("CX report");
    for (String id : List.of("overview", "headlines", "nps-distribution", "breakdown", "trends",
        "funnel", "exits", "retention", "lifetimes", "voice", "follow-up", "inputs", "notes")) {
      assertThat(page.getElementById(id)).as(id).isNotNull();
    }
    assertThat(page.select("figure.chart svg")).isNotEmpty();

    Path json = dir.resolve("report.json");
    CxRun.Result j = run(reportArgs(jsonl, "--format", "json", "--out", json.toString()));
    assertThat(j.code()).isEqualTo(0);
    CxReport fromFile;
    try (var in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
      fromFile = JsonReport.read(in);
    }
    assertThat(fromFile).isEqualTo(json(run(reportArgs(jsonl, "--format", "json"))));
  }

  @Test
  void csvExportsGiveTheSameFiguresAsJsonLines() throws Exception {
    CxReport fromJson = json(run(reportArgs(jsonl, "--format", "json")));
    CxReport fromCsv = json(run(reportArgs(SampleData.csv(), "--format", "json")));
    assertThat(fromCsv.headlines()).isEqualTo(fromJson.headlines());
    assertThat(fromCsv.funnel()).isEqualTo(fromJson.funnel());
    assertThat(fromCsv.inputs().files()).extracting(CxReport.InputFile::path)
        .anyMatch(p -> p.endsWith("events.csv"));
  }

  @Test
  void aBadRecordIsSkippedCountedAndNamedByFileAndLine() throws Exception {
    Path bad = corrupted(3);
    List<String> args = reportArgs(jsonl, "--format", "json");
    args.set(args.indexOf(jsonl.responses().get(ShopSample.POST_PURCHASE).toString()),
        bad.toString());
    CxRun.Result r = run(args);
    CxReport report = json(r);
    assertThat(r.err()).isEqualTo(bad + ":3: answers.nps.score = 11: must lie on scale 0..10\n");
    assertThat(report.inputs().skipped()).isEqualTo(1);
    assertThat(report.inputs().badRecords()).containsExactly(new CxReport.BadRecord(
        bad.toString(), 3, "answers.nps.score = 11: must lie on scale 0..10"));
    assertThat(report.inputs().moreBadRecords()).isZero();
    long count = jsonl.responseCounts().get(ShopSample.POST_PURCHASE);
    assertThat(report.inputs().files()).contains(
        new CxReport.InputFile("responses", bad.toString(), count, count - 1, 1));
    // The NPS is made from the valid responses: one fewer.
    assertThat(headline(report, ShopSample.POST_PURCHASE, "nps").n()).isEqualTo(count - 1);
  }

  @Test
  void strictStopsAtTheFirstBadRecordWithExitCodeOne() throws Exception {
    Path bad = corrupted(3);
    List<String> args = reportArgs(jsonl, "--format", "json", "--strict");
    args.set(args.indexOf(jsonl.responses().get(ShopSample.POST_PURCHASE).toString()),
        bad.toString());
    CxRun.Result r = run(args);
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(bad + ":3: answers.nps.score = 11: must lie on scale 0..10\n"
        + bad + ": stopped at the first bad record (--strict)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aRecordTheReportRefusesIsABadRecordToo() throws Exception {
    // A response of 1990 among those of 2026: by day, the trend would span 13 000 periods, more
    // than its cap of 10 000, so the report refuses it; the reader had taken it. It was counted
    // in the headlines before the trend refused it; now nothing counts it.
    Path responses = dir.resolve("post-purchase.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(
        jsonl.responses().get(ShopSample.POST_PURCHASE)));
    lines.set(2, lines.get(2).replaceFirst("\"submittedAt\":\"2026-", "\"submittedAt\":\"1990-"));
    Files.write(responses, lines);
    CxRun.Result r = run(List.of("report", "--survey",
        jsonl.surveys().get(ShopSample.POST_PURCHASE).toString(), "--responses",
        responses.toString(), "--period", "day", "--format", "json"));
    CxReport report = json(r);
    assertThat(report.inputs().skipped()).isEqualTo(1);
    assertThat(r.err()).startsWith(responses + ":3: submittedAt = 1990-")
        .contains("would stretch the trend of survey post-purchase to ")
        .contains(" day periods (1990-");
    assertThat(report.inputs().files()).contains(new CxReport.InputFile("responses",
        responses.toString(), lines.size(), lines.size() - 1, 1));
    // Every part of the report counts the same responses: the valid ones.
    assertThat(headline(report, ShopSample.POST_PURCHASE, "nps").n())
        .isEqualTo(lines.size() - 1);
    assertThat(report.info().from()).startsWith("2026-");
  }

  @Test
  void aSegmentAttributeThatIsNotTextPutsTheProfilesInNoSegmentAndSaysSo() throws Exception {
    // "age" is a number: a segment per value needs text. Each profile was a bad record (300
    // lines on stderr, quoting a Java method) and lost its persona too; now it has no segment,
    // keeps its persona, and a note says why there are no segments.
    CxRun.Result r = run(reportArgs(jsonl, "--format", "json", "--segment-attribute", "age"));
    CxReport report = json(r);
    assertThat(r.err()).isEmpty();
    assertThat(report.inputs().skipped()).isZero();
    assertThat(report.notes()).contains("300 profiles had a number for the segment attribute age,"
        + " and a segment per value needs text: they are in no segment.");
    // The breakdown is by persona still, the same as without the segment attribute.
    assertThat(report.info().by()).isEqualTo("persona");
    assertThat(report.breakdown()).isEqualTo(json(run(reportArgs(jsonl, "--format", "json")))
        .breakdown());
    assertThat(report.breakdown().metrics().get(0).groups()).isNotEmpty();
    CxReport bySegment = json(run(reportArgs(jsonl, "--format", "json", "--by", "segment",
        "--segment-attribute", "age")));
    assertThat(bySegment.breakdown()).isNull();
    assertThat(bySegment.notes()).contains("No response had a segment: no breakdown.");
  }

  @Test
  void aMalformedSurveyExitsWithThreeNamingTheJsonPath() throws Exception {
    Path survey = dir.resolve("post-purchase.json");
    Files.writeString(survey, "{\"formatVersion\": 1, \"id\": \"post-purchase\", \"version\": 1,"
        + "\n \"questions\": [{\"type\": \"nps\", \"id\": 7}]}");
    CxRun.Result r = CxRun.run("report", "--survey", survey.toString(), "--responses",
        jsonl.responses().get(ShopSample.POST_PURCHASE).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).startsWith(survey + ": $.").contains("line 2").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unreadableFilesExitWithThree() {
    List<String> args = reportArgs(jsonl);
    args.set(args.indexOf(jsonl.events().toString()), dir.resolve("none.jsonl").toString());
    CxRun.Result r = run(args);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(dir.resolve("none.jsonl") + ": cannot be read: no such file\n");
  }

  @Test
  void optionsThatDoNotFitAreUsageErrors() {
    String survey = jsonl.surveys().get(ShopSample.POST_PURCHASE).toString();
    String responses = jsonl.responses().get(ShopSample.POST_PURCHASE).toString();
    CxRun.Result noJourney = CxRun.run("report", "--survey", survey, "--responses", responses,
        "--events", jsonl.events().toString());
    assertThat(noJourney.code()).isEqualTo(2);
    assertThat(noJourney.err()).contains("--events needs --journey");
    CxRun.Result noPersonas = CxRun.run("report", "--survey", survey, "--responses", responses,
        "--by", "persona");
    assertThat(noPersonas.code()).isEqualTo(2);
    assertThat(noPersonas.err()).contains("--by persona needs --personas and --profiles");
    CxRun.Result badStep = run(reportArgs(jsonl, "--funnel", "home,checkuot"));
    assertThat(badStep.code()).isEqualTo(2);
    assertThat(badStep.err()).contains("funnel[1] = \"checkuot\": names neither a touchpoint nor"
        + " a stage");
    CxRun.Result oneStep = run(reportArgs(jsonl, "--funnel", "home"));
    assertThat(oneStep.code()).isEqualTo(2);
    assertThat(oneStep.err()).contains("needs at least two steps");
    CxRun.Result asOf = run(reportArgs(jsonl, "--as-of", "yesterday"));
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of yesterday: is not an instant");
    CxRun.Result minN = run(reportArgs(jsonl, "--min-n", "0"));
    assertThat(minN.code()).isEqualTo(2);
    assertThat(minN.err()).contains("minimumN = 0: must be at least 1");
  }

  @Test
  void progressIsQuietUnlessAskedAndThenShowsPercentAndRate() {
    String survey = jsonl.surveys().get(ShopSample.EXIT_FEEDBACK).toString();
    String responses = jsonl.responses().get(ShopSample.EXIT_FEEDBACK).toString();
    CxRun.Result quiet = CxRun.run("report", "--survey", survey, "--responses", responses);
    assertThat(quiet.err()).isEmpty();
    CxRun.Result loud = CxRun.run("report", "--survey", survey, "--responses", responses,
        "--progress");
    assertThat(loud.code()).isEqualTo(0);
    // The last line of each file's bar: complete, with its records.
    long count = jsonl.responseCounts().get(ShopSample.EXIT_FEEDBACK);
    assertThat(loud.err()).contains("100%  " + count + " records").contains("records/s")
        .endsWith("\n");
  }

  /** The post-purchase responses with the score on one line set to 11, off the 0..10 scale. */
  private Path corrupted(int line) throws Exception {
    List<String> lines = Files.readAllLines(jsonl.responses().get(ShopSample.POST_PURCHASE));
    lines.set(line - 1, lines.get(line - 1).replaceFirst("\"score\":\\d+", "\"score\":11"));
    Path file = dir.resolve("post-purchase.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
