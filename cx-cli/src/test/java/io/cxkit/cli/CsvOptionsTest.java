package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.JsonReport;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ResponseCsvWriter;
import io.cxkit.survey.io.ResponseJsonLines;
import io.cxkit.survey.io.ResponseReader;
import io.cxkit.survey.json.SurveyJson;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV options of {@code cx report} and {@code cx validate} over an export as a German or
 * Chinese tool writes it: {@code ;} between cells, {@code ,} between the choices of one cell,
 * decimal commas, GB18030 (which holds the sample's Chinese and Russian comments alike).
 */
class CsvOptionsTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir
  Path dir;

  private final SampleFiles jsonl = SampleData.jsonLines();
  private Path survey;
  private Path export;

  /** The sample's exit-feedback responses (a multiple-choice "reasons" question) as that CSV. */
  @BeforeEach
  void writeTheExport() throws Exception {
    survey = jsonl.surveys().get(ShopSample.EXIT_FEEDBACK);
    Survey read;
    try (InputStream in = Files.newInputStream(survey)) {
      read = SurveyJson.standard().readSurvey(in);
    }
    CsvOptions options = CsvOptions.DEFAULT.withDelimiter(';').withListSeparator(",")
        .withDecimalComma(true).withCharset(GB18030);
    export = dir.resolve("exit-feedback.csv");
    try (ResponseReader in = ResponseJsonLines.reader().validatingAgainst(read).build()
            .open(jsonl.responses().get(ShopSample.EXIT_FEEDBACK));
        ResponseCsvWriter.Output out = ResponseCsvWriter.builder(read).options(options)
            .includeContactDetails(true).build().open(export)) {
      while (in.hasNext()) {
        out.write(in.next());
      }
    }
    // Some answers chose two reasons or more: "…;technical-problem,price;…".
    assertThat(Pattern.compile(";[a-z-]+,[a-z-]+;").matcher(Files.readString(export, GB18030))
        .find()).isTrue();
  }

  private CxRun.Result report(String... csvOptions) {
    String[] args = new String[6 + csvOptions.length];
    args[0] = "report";
    args[1] = "--survey";
    args[2] = survey.toString();
    args[3] = "--responses";
    args[4] = export.toString();
    args[5] = "--format=json";
    System.arraycopy(csvOptions, 0, args, 6, csvOptions.length);
    return CxRun.run(args);
  }

  @Test
  void theListSeparatorOptionReadsCommasBetweenChoices() throws Exception {
    CxRun.Result csv = report("--delimiter", ";", "--list-separator", ",", "--decimal-comma",
        "--encoding", "GB18030");
    assertThat(csv.code()).as(csv.toString()).isZero();
    CxReport fromCsv = JsonReport.read(new StringReader(csv.out()));
    assertThat(fromCsv.inputs().skipped()).isZero();
    CxRun.Result lines = CxRun.run("report", "--survey", survey.toString(), "--responses",
        jsonl.responses().get(ShopSample.EXIT_FEEDBACK).toString(), "--format=json");
    CxReport fromJsonLines = JsonReport.read(new StringReader(lines.out()));
    // The same responses give the same report, whichever file they came from.
    assertThat(fromCsv.headlines()).isEqualTo(fromJsonLines.headlines());
    assertThat(fromCsv.breakdown()).isEqualTo(fromJsonLines.breakdown());
    assertThat(fromCsv.voice()).isEqualTo(fromJsonLines.voice());
    assertThat(fromCsv.followUp()).isEqualTo(fromJsonLines.followUp());
    // Without it, ';' between cells makes the readers separate choices by '|': a cell of two
    // reasons is one unknown choice, a bad record.
    CxRun.Result without = report("--delimiter", ";", "--decimal-comma", "--encoding",
        "GB18030");
    assertThat(without.code()).isZero();
    assertThat(JsonReport.read(new StringReader(without.out())).inputs().skipped()).isPositive();
    // cx validate takes it too.
    CxRun.Result validate = CxRun.run("validate", "--survey", survey.toString(), "--responses",
        export.toString(), "--delimiter", ";", "--list-separator", ",", "--encoding", "GB18030");
    assertThat(validate.code()).as(validate.toString()).isZero();
  }

  @Test
  void aListSeparatorHoldingTheDelimiterIsAUsageError() {
    CxRun.Result r = report("--delimiter", ";", "--list-separator", ";");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("--list-separator ;: cells.listSeparator = \";\": must not"
        + " hold the delimiter ;");
    CxRun.Result blank = report("--list-separator", " ");
    assertThat(blank.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(blank.err()).contains("--list-separator  : listSeparator = \" \": must be a"
        + " visible separator");
  }

  @Test
  void aBadCsvZoneIsAUsageErrorSayingWhatAZoneIs() {
    // It had picocli's own converter: "cannot convert 'Mars/Base' to class java.time.ZoneId
    // (java.time.zone.ZoneRulesException: Unknown time-zone ID: Mars/Base)".
    CxRun.Result r = report("--csv-zone", "Mars/Base");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("Invalid value for option '--csv-zone': 'Mars/Base' is not a"
        + " zone id such as Europe/Berlin, UTC or +02:00")
        .doesNotContain("java.time");
  }
}
