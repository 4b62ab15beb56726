package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.ShopSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private final SampleFiles sample = SampleData.jsonLines();

  private String survey(String id) {
    return sample.surveys().get(id).toString();
  }

  private String responses(String id) {
    return sample.responses().get(id).toString();
  }

  @Test
  void cleanFilesExitWithZero() {
    long count = sample.responseCounts().get(ShopSample.POST_PURCHASE);
    CxRun.Result r = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", responses(ShopSample.POST_PURCHASE));
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(responses(ShopSample.POST_PURCHASE) + ": " + count
        + " records, " + count + " valid, 0 bad (survey post-purchase)\n"
        + "clean: every record is valid\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everySurveyOfTheSampleIsClean() {
    // Four surveys, four files paired by their base names (responses/<id>.jsonl).
    List<String> args = new java.util.ArrayList<>(List.of("validate", "--survey"));
    sample.surveys().values().forEach(p -> args.add(p.toString()));
    args.add("--responses");
    sample.responses().values().forEach(p -> args.add(p.toString()));
    CxRun.Result r = CxRun.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).contains("(survey exit-feedback)", "(survey delivery-csat)")
        .endsWith("clean: every record is valid\n");
  }

  @Test
  void aViolationAndABrokenLineAreNamedByFileAndLineAndExitWithOne() throws Exception {
    List<String> lines = Files.readAllLines(sample.responses().get(ShopSample.POST_PURCHASE));
    // Line 3: a score off the 0..10 scale; line 5: cut short, so no longer JSON.
    lines.set(2, lines.get(2).replaceFirst("\"score\":\\d+", "\"score\":11"));
    lines.set(4, lines.get(4).substring(0, 40));
    Path file = dir.resolve("post-purchase.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);

    CxRun.Result r = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", file.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":3: answers.nps.score = 11: must lie on scale 0..10\n");
    assertThat(r.out()).contains(file + ":5: $.id (line 5, column 41): malformed JSON");
    assertThat(r.out()).contains(file + ": " + lines.size() + " records, " + (lines.size() - 2)
        + " valid, 2 bad (survey post-purchase)\n").endsWith("2 bad records, 2 problems\n");
  }

  @Test
  void everyViolationOfARecordGetsALine() throws Exception {
    List<String> lines = Files.readAllLines(sample.responses().get(ShopSample.POST_PURCHASE));
    // One response with two problems: a score off the scale and an answer to no question.
    lines.set(0, lines.get(0).replaceFirst("\"score\":\\d+", "\"score\":-1")
        .replace("\"answers\":{", "\"answers\":{\"coupon\":{\"type\":\"open_text\","
            + "\"text\":\"SAVE10\"},"));
    Path file = dir.resolve("two.jsonl");
    Files.write(file, lines.subList(0, 1), StandardCharsets.UTF_8);
    CxRun.Result r = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", file.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.startsWith(file + ":1: "))).hasSize(2);
    assertThat(r.out()).contains("answers.nps.score = -1: must lie on scale 0..10")
        .contains("answers.coupon").endsWith("1 bad record, 2 problems\n");
  }

  @Test
  void csvExportsAreValidatedToo() {
    SampleFiles csv = SampleData.csv();
    CxRun.Result r = CxRun.run("validate", "--survey",
        csv.surveys().get(ShopSample.DELIVERY_CSAT).toString(), "--responses",
        csv.responses().get(ShopSample.DELIVERY_CSAT).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).endsWith("clean: every record is valid\n");
  }

  @Test
  void filesThatCannotBePairedAreUsageErrors() {
    // Two surveys, and a file named after neither: which survey's responses are these?
    Path other = dir.resolve("answers.jsonl");
    CxRun.Result r = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        survey(ShopSample.DELIVERY_CSAT), "--responses", other.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--responses " + other + ": which survey's responses are these?")
        .contains("post-purchase, delivery-csat");
    CxRun.Result unknown = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", "nps=" + other);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no --survey has the id nps");
    CxRun.Result extension = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", dir.resolve("post-purchase.xlsx").toString());
    assertThat(extension.code()).isEqualTo(2);
    assertThat(extension.err()).contains("must end in .jsonl or .ndjson (JSON Lines) or .csv");
  }

  @Test
  void aMissingFileOrMalformedSurveyExitsWithThree() throws Exception {
    Path missing = dir.resolve("nowhere/post-purchase.jsonl");
    CxRun.Result r = CxRun.run("validate", "--survey", survey(ShopSample.POST_PURCHASE),
        "--responses", missing.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(missing + ": cannot be read: no such file\n");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(sample.surveys().get(ShopSample.POST_PURCHASE))
        .replace("\"type\":\"nps\"", "\"type\":\"stars\""));
    CxRun.Result malformed = CxRun.run("validate", "--survey", broken.toString(), "--responses",
        responses(ShopSample.POST_PURCHASE));
    assertThat(malformed.code()).as(malformed.toString()).isEqualTo(3);
    // The library names the JSON path, line and column; the command adds the file.
    assertThat(malformed.err()).startsWith(broken + ": $.questions[0].type (line 1, column ")
        .contains("\"stars\": unknown question type").doesNotContain("\tat ");
  }
}
