package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.JsonReport;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.ShopSample;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files and settings given to {@code cx report} and {@code cx validate} in-process: each
 * ends in its documented exit code and a message naming the file and what is wrong, never in a
 * stack trace or a Java class name; when the exit code is 0 the report is still written. The
 * messages are the library's, quoted from a run over these files.
 */
class HostileInputTest {
  @TempDir
  static Path dir;

  private static SampleFiles sample;

  /** Writes the hostile files next to the 300-customer sample's own. */
  @BeforeAll
  static void writeFiles() throws IOException {
    sample = SampleData.jsonLines();
    write("empty.json", new byte[0]);
    write("empty.jsonl", new byte[0]);
    write("empty.csv", new byte[0]);
    write("brace.json", "{\n".getBytes(StandardCharsets.UTF_8));
    write("array.json", "[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
    // Bytes 0x80 to 0xFF only: no line of them is UTF-8 or JSON.
    byte[] junk = new byte[600];
    Random random = new Random(12);
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + random.nextInt(0x80));
      if (i % 60 == 59) {
        junk[i] = '\n';
      }
    }
    write("junk.json", junk);
    write("junk.jsonl", junk);
    write("junk.csv", junk);
    write("utf16.jsonl", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0, '\n', 0});
    String survey = Files.readString(sample.surveys().get(ShopSample.POST_PURCHASE));
    write("latin1.json", survey.replace("Nordlicht order", "Nordlicht ordér")
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectories(dir.resolve("a-directory.jsonl"));
    List<String> events = Files.readAllLines(sample.events());
    List<String> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);
    Files.write(dir.resolve("reversed.jsonl"), reversed);
    Files.write(dir.resolve("unknown-touchpoint.jsonl"), events.stream()
        .map(e -> e.replace("\"touchpointId\":\"home\"", "\"touchpointId\":\"nowhere\""))
        .toList());
    List<String> profiles = new ArrayList<>(Files.readAllLines(sample.profiles()));
    profiles.add(profiles.get(0));
    Files.write(dir.resolve("duplicate-profiles.jsonl"), profiles);
    String personas = Files.readString(sample.personas());
    write("bad-rule.json", personas.replaceFirst("\"operator\" ?: ?\"one-of\"",
        "\"operator\":\"frobnicate\"").getBytes(StandardCharsets.UTF_8));
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  /** {@code {H}/name} is a hostile file, {@code {post-purchase}} and so on the sample's. */
  private static List<String> resolve(String line) {
    List<String> args = new ArrayList<>();
    for (String arg : line.split(" ")) {
      args.add(arg.replace("{H}", dir.toString())
          .replace("{survey}", sample.surveys().get(ShopSample.POST_PURCHASE).toString())
          .replace("{responses}", sample.responses().get(ShopSample.POST_PURCHASE).toString())
          .replace("{exit-responses}",
              sample.responses().get(ShopSample.EXIT_FEEDBACK).toString())
          .replace("{journey}", sample.journeyMap().toString())
          .replace("{events}", sample.events().toString())
          .replace("{personas}", sample.personas().toString())
          .replace("{profiles}", sample.profiles().toString()));
    }
    return args;
  }

  static Stream<Arguments> cases() {
    String report = "report --format json --survey {survey} --responses ";
    String ok = report + "{responses}";
    String journey = ok + " --journey {journey} --events ";
    String people = ok + " --personas ";
    return Stream.of(
        // Survey documents: exit code 3, naming the file, the JSON path and the line.
        Arguments.of("report --survey {H}/empty.json --responses {responses}", 3,
            "empty.json: $ (line 1): the document is empty"),
        Arguments.of("report --survey {H}/brace.json --responses {responses}", 3,
            "brace.json: $ (line 2, column 1): malformed JSON: Unexpected end-of-input"),
        Arguments.of("report --survey {H}/junk.json --responses {responses}", 3,
            "junk.json: $ (line 1, column 3): malformed JSON: Invalid UTF-8 start byte 0x87"),
        Arguments.of("report --survey {H}/array.json --responses {responses}", 3,
            "array.json: $ (line 1, column 1): expected a survey document as a JSON object,"
                + " found an array"),
        Arguments.of("report --survey {H}/latin1.json --responses {responses}", 3,
            "latin1.json: $.title (line 1, column"),
        Arguments.of("report --survey {H}/a-directory.jsonl --responses {responses}", 3,
            "a-directory.jsonl: cannot be read: is a directory"),
        Arguments.of("report --survey {H}/missing.json --responses {responses}", 3,
            "missing.json: cannot be read: no such file"),
        // Responses: bad records are skipped and counted; the report is still made.
        Arguments.of(report + "post-purchase={H}/empty.jsonl", 0,
            "warning: no valid event or response was read, so the report is as of"
                + " 1970-01-01T00:00:00Z; give --as-of to set it"),
        Arguments.of(report + "post-purchase={H}/junk.jsonl", 0,
            "junk.jsonl:1: $ (line 1, column 2): not valid UTF-8: the byte sequence 0xA3 at byte"
                + " 3 of the line is malformed"),
        Arguments.of(report + "post-purchase={H}/utf16.jsonl", 0,
            "utf16.jsonl:1: $ (line 1, column 1): the source starts with the byte order mark of"
                + " UTF-16LE"),
        Arguments.of(report + "post-purchase={exit-responses}", 0,
            ":1: surveyId = \"exit-feedback\": must be the id of a known survey, one of"
                + " \"post-purchase\""),
        Arguments.of(report + "post-purchase={H}/junk.csv", 3,
            "junk.csv:1: encoding = byte"),
        Arguments.of(report + "post-purchase={H}/empty.csv", 3,
            "empty.csv:1: header = none: the input is empty"),
        Arguments.of(report + "post-purchase={H}/a-directory.jsonl", 3,
            "a-directory.jsonl: cannot be read: is a directory"),
        Arguments.of(report + "{H}/empty.json", 2,
            "empty.json: must end in .jsonl or .ndjson (JSON Lines) or .csv (CSV)"),
        // The same file twice would count each response twice: a usage error.
        Arguments.of(ok + " post-purchase={responses}", 2,
            "post-purchase.jsonl: is the file of --responses "),
        Arguments.of("validate --survey {survey} --responses {responses} {responses}", 2,
            "post-purchase.jsonl again; give each file once"),
        // Events: out of order and at unknown touchpoints are bad records.
        Arguments.of(journey + "{H}/reversed.jsonl", 0,
            "events are expected in time order"),
        Arguments.of(journey + "{H}/unknown-touchpoint.jsonl", 0,
            "unknown-touchpoint.jsonl:30: touchpointId = \"nowhere\": is not a touchpoint of"
                + " journey map \"sample-shop\""),
        Arguments.of(journey + "{H}/unknown-touchpoint.jsonl --strict", 1,
            "unknown-touchpoint.jsonl: stopped at the first bad record (--strict)"),
        Arguments.of(journey + "{H}/junk.jsonl", 0, "junk.jsonl:1: $ (line 1, column 2)"),
        Arguments.of(ok + " --events {events}", 2,
            "--events needs --journey: events are checked against the journey map"),
        Arguments.of(ok + " --journey {H}/array.json", 3,
            "array.json: $ (line 1, column 1): expected a journey map document as a JSON object,"
                + " found an array"),
        Arguments.of(ok + " --journey {survey}", 3, "unknown member \"version\""),
        // Profiles and personas.
        Arguments.of(people + "{personas} --profiles {H}/duplicate-profiles.jsonl", 0,
            "duplicates the customer id of the profile on line 1; each customer has one"
                + " profile"),
        Arguments.of(people + "{H}/bad-rule.json --profiles {profiles}", 3,
            "bad-rule.json: $.personas[0].rule.operator (line 1, column"),
        Arguments.of(people + "{H}/array.json --profiles {profiles}", 3,
            "expected a persona set document as a JSON object, found an array"),
        // Settings that do not fit: usage errors, before anything is read.
        Arguments.of(ok + " --by persona --personas {personas}", 2,
            "--by persona needs --personas and --profiles"),
        Arguments.of(ok + " --by segment --profiles {profiles}", 2,
            "--by segment needs --segment-attribute and --profiles"),
        Arguments.of(journey + "{events} --as-of +300000-01-01T00:00:00Z", 2,
            "end = +300000-01-01T00:00:00Z: must be within about 292 000 years of 1970"),
        Arguments.of(journey + "{events} --exit-horizon 999999999w", 2,
            "horizon = PT167999999832H: must be shorter than about 292 000 years"),
        Arguments.of(journey + "{events} --funnel cart,checkuot", 2,
            "funnel[1] = \"checkuot\": names neither a touchpoint nor a stage"),
        Arguments.of(ok + " --as-of yesterday", 2, "--as-of yesterday: is not an instant"),
        // Options of the journey's analyses without a journey map were ignored without a word.
        Arguments.of(ok + " --funnel cart,checkout", 2,
            "--funnel needs --journey and --events: the funnel, exits and retention are counted"
                + " over journey events"),
        Arguments.of(ok + " --goal order-confirmation:purchase", 2, "--goal needs --journey"),
        Arguments.of(ok + " --exit-horizon 7d", 2, "--exit-horizon needs --journey"),
        Arguments.of(journey + "{events} --funnel ,", 2, "--funnel: names no step"),
        Arguments.of(ok + " --out {H}", 3, ": cannot be written: is a directory"),
        // cx validate: exit code 1 for bad records.
        Arguments.of("validate --survey {survey} --responses post-purchase={H}/junk.jsonl", 1,
            ""),
        Arguments.of("validate --survey {H}/array.json --responses {responses}", 3,
            "expected a survey document as a JSON object, found an array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void neverAStackTraceAlwaysTheDocumentedCodeAndMessage(String line, int code, String message)
      throws Exception {
    CxRun.Result r = CxRun.run(resolve(line).toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isEqualTo(code);
    assertThat(r.err()).as(r.toString()).contains(message)
        .doesNotContain("internal error").doesNotContain("\tat ")
        .doesNotContainPattern("java\\.(lang|io|nio|time|util)\\.");
    if (code == 0 && line.startsWith("report")) {
      // The report is made from the valid records, and says how many were skipped.
      CxReport report = JsonReport.read(new StringReader(r.out()));
      long bad = r.err().lines().filter(l -> l.matches(".*:\\d+: .*")).count();
      assertThat(report.inputs().skipped()).isEqualTo(bad);
    }
  }
}
