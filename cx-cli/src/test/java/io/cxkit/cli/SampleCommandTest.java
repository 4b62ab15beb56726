package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheSampleAndPrintsTheManifestAndCounts() throws Exception {
    Path out = dir.resolve("shop");
    CxRun.Result r = CxRun.run("sample", "--customers", "120", "--seed", "9", "--out",
        out.toString(), "--months", "3", "--start", "2026-04-01", "--zone", "Asia/Tokyo");
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.err()).isEmpty();

    // The counts are those of the library writing the same sample: the command adds nothing.
    SampleFiles expected = ShopSample.builder().customers(120).seed(9).months(3)
        .start(java.time.LocalDate.of(2026, 4, 1)).zone("Asia/Tokyo").build()
        .writeTo(dir.resolve("library"), SampleFormat.JSON_LINES);
    assertThat(r.out()).startsWith("wrote " + out.resolve("sample.json") + "\n");
    assertThat(r.out()).containsPattern("profiles +120 +" + out.resolve("profiles.jsonl"));
    assertThat(r.out()).containsPattern("events +" + expected.eventCount() + " ");
    for (String survey : expected.responseCounts().keySet()) {
      assertThat(r.out()).containsPattern("responses " + survey + " +"
          + expected.responseCounts().get(survey) + " ");
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("sample.json").toFile());
    assertThat(manifest.path("customers").asInt()).isEqualTo(120);
    assertThat(manifest.path("zone").asText()).isEqualTo("Asia/Tokyo");
    assertThat(Files.readAllBytes(out.resolve("events.jsonl")))
        .isEqualTo(Files.readAllBytes(expected.events()));
  }

  @Test
  void writesCsvWhenAsked() {
    Path out = dir.resolve("csv");
    CxRun.Result r = CxRun.run("sample", "--customers", "20", "--seed", "1", "--out",
        out.toString(), "--format", "csv");
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(out.resolve("events.csv")).isRegularFile();
    assertThat(out.resolve("responses/post-purchase.csv")).isRegularFile();
  }

  @Test
  void settingsOutOfRangeAreUsageErrors() {
    CxRun.Result customers = CxRun.run("sample", "--customers", "0", "--seed", "1", "--out",
        dir.toString());
    assertThat(customers.code()).isEqualTo(2);
    assertThat(customers.err()).contains("customers = 0: must be 1 to 10000000");
    CxRun.Result months = CxRun.run("sample", "--customers", "5", "--seed", "1", "--out",
        dir.toString(), "--months", "37");
    assertThat(months.code()).isEqualTo(2);
    assertThat(months.err()).contains("months = 37");
    CxRun.Result missing = CxRun.run("sample", "--customers", "5", "--out", dir.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--seed=S'");
  }

  @Test
  void aDirectoryThatCannotBeWrittenExitsWithThree() throws Exception {
    Path file = Files.writeString(dir.resolve("in-the-way"), "a file, not a directory");
    CxRun.Result r = CxRun.run("sample", "--customers", "5", "--seed", "1", "--out",
        file.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).startsWith(file + ": cannot be written").doesNotContain("\tat ");
  }
}
