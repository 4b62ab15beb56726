package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.ProfileCsv;
import io.cxkit.sample.internal.ShopSimulation;
import io.cxkit.sample.internal.Traits;
import io.cxkit.survey.Survey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest, the files' bytes, and how writing fails. */
class SampleWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  /**
   * A sample with every setting away from its default, so that the manifest shows each came from
   * the sample and not from a constant.
   */
  private static ShopSample shanghai() {
    return ShopSample.builder().seed(7).customers(1_000).start(LocalDate.of(2025, 3, 1))
        .months(2).zone("Asia/Shanghai").build();
  }

  @Test
  void theManifestDescribesTheSampleItsFilesAndTheirCounts() throws IOException {
    ShopSample sample = shanghai();
    SampleFiles files = sample.writeTo(directory, SampleFormat.CSV);
    assertThat(files.manifest()).isEqualTo(directory.resolve("sample.json"));
    JsonNode manifest = JSON.readTree(files.manifest().toFile());

    assertThat(manifest.get("format").asText()).isEqualTo("cxkit-sample");
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(manifest.get("seed").asLong()).isEqualTo(7);
    assertThat(manifest.get("customers").asInt()).isEqualTo(1_000);
    assertThat(manifest.get("start").asText()).isEqualTo("2025-03-01");
    assertThat(manifest.get("months").asInt()).isEqualTo(2);
    assertThat(manifest.get("zone").asText()).isEqualTo("Asia/Shanghai");
    // Two months from 1 March: midnight of 1 May in Shanghai (UTC+8, no summer time) is 16:00 UTC
    // the day before.
    assertThat(manifest.get("end").asText()).isEqualTo("2025-04-30T16:00:00Z");
    assertThat(manifest.get("recordFormat").asText()).isEqualTo("csv");

    JsonNode paths = manifest.get("files");
    assertThat(paths.get("journeyMap").asText()).isEqualTo("journey.json");
    assertThat(paths.get("personas").asText()).isEqualTo("personas.json");
    assertThat(paths.get("profiles").asText()).isEqualTo("profiles.csv");
    assertThat(paths.get("events").asText()).isEqualTo("events.csv");
    Map<String, String> surveys = new LinkedHashMap<>();
    Map<String, String> responses = new LinkedHashMap<>();
    for (Survey survey : sample.surveys()) {
      surveys.put(survey.id(), "surveys/" + survey.id() + ".json");
      responses.put(survey.id(), "responses/" + survey.id() + ".csv");
    }
    assertThat(texts(paths.get("surveys"))).containsExactlyEntriesOf(surveys);
    assertThat(texts(paths.get("responses"))).containsExactlyEntriesOf(responses);
    // Each path names the file SampleFiles gives, resolved against the directory.
    assertThat(directory.resolve(paths.get("events").asText())).isEqualTo(files.events());
    surveys.forEach((id, path) ->
        assertThat(directory.resolve(path)).isEqualTo(files.surveys().get(id)));
    responses.forEach((id, path) ->
        assertThat(directory.resolve(path)).isEqualTo(files.responses().get(id)));

    JsonNode counts = manifest.get("counts");
    assertThat(counts.get("profiles").asLong()).isEqualTo(files.profileCount()).isEqualTo(1_000);
    try (Stream<?> events = sample.events()) {
      assertThat(counts.get("events").asLong()).isEqualTo(files.eventCount())
          .isEqualTo(events.count()).isPositive();
    }
    Map<String, Long> responseCounts = new LinkedHashMap<>();
    counts.get("responses").fields()
        .forEachRemaining(e -> responseCounts.put(e.getKey(), e.getValue().asLong()));
    assertThat(responseCounts).containsExactlyEntriesOf(files.responseCounts());
    for (Survey survey : sample.surveys()) {
      try (Stream<?> streamed = sample.responses(survey.id())) {
        assertThat(responseCounts.get(survey.id())).as(survey.id()).isEqualTo(streamed.count());
      }
    }

    List<Headline> headlines = new ArrayList<>();
    for (JsonNode node : manifest.get("headlines")) {
      headlines.add(new Headline(node.get("id").asText(), node.get("description").asText(),
          node.get("low").asDouble(), node.get("high").asDouble(), node.get("unit").asText()));
    }
    assertThat(headlines).isEqualTo(ShopSample.headlines());

    List<String> members = new ArrayList<>();
    manifest.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactly("format", "formatVersion", "seed", "customers", "start",
        "months", "zone", "end", "recordFormat", "files", "counts", "headlines");
  }

  private static Map<String, String> texts(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    fields.forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  @Test
  void theManifestIsIndentedWithNewlinesAndNamesNoMachinePath() throws IOException {
    SampleFiles files = ShopSample.of(1_000).writeTo(directory, SampleFormat.JSON_LINES);
    String manifest = Files.readString(files.manifest(), StandardCharsets.UTF_8);
    assertThat(manifest).startsWith("{\n  \"format\": \"cxkit-sample\",\n  \"formatVersion\": 1,"
        + "\n  \"seed\": 42,\n  \"customers\": 1000,\n  \"start\": \"2026-01-01\",\n")
        .endsWith("}\n")
        .doesNotContain("\r")
        .doesNotContain(directory.toString())
        .doesNotContain(directory.toAbsolutePath().toString());
  }

  @Test
  void documentsAreUtf8WithoutBomEndingInANewlineAndCsvFilesStartWithTheirHeader()
      throws IOException {
    SampleFiles files = ShopSample.of(1_000).writeTo(directory, SampleFormat.CSV);
    List<Path> documents = new ArrayList<>(List.of(files.journeyMap(), files.personas()));
    documents.addAll(files.surveys().values());
    for (Path document : documents) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      // One line: the library's document, then \n.
      assertThat(text).as(document.toString()).startsWith("{").endsWith("}\n")
          .doesNotContain("\r").hasLineCount(1);
    }
    // CsvOptions.DEFAULT writes no byte order mark, so the header's first column starts the file.
    StringBuilder profileHeader = new StringBuilder(ProfileCsv.CUSTOMER_COLUMN);
    Traits.ATTRIBUTES.forEach((name, type) ->
        profileHeader.append(',').append(name).append(':').append(type.id()));
    assertThat(firstLine(files.profiles())).isEqualTo(profileHeader + "\r\n");
    StringBuilder eventHeader = new StringBuilder(String.join(",", EventCsv.EXPORT_COLUMNS));
    for (String name : ShopSimulation.EVENT_ATTRIBUTES) {
      eventHeader.append(',').append(EventCsv.ATTRIBUTE_PREFIX).append(name);
    }
    assertThat(firstLine(files.events())).isEqualTo(eventHeader + "\r\n");
    for (Path responses : files.responses().values()) {
      assertThat(firstLine(responses)).as(responses.toString())
          .startsWith("id,survey_id,survey_version,submitted_at,");
    }
  }

  /** @return the file's first line with its line end, decoded as UTF-8 */
  private static String firstLine(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    return new String(bytes, 0, Math.min(end + 1, bytes.length), StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesFilesEndEveryLineWithANewlineOnly() throws IOException {
    SampleFiles files = ShopSample.of(1_000).writeTo(directory, SampleFormat.JSON_LINES);
    List<Path> records = new ArrayList<>(List.of(files.profiles(), files.events()));
    records.addAll(files.responses().values());
    for (Path file : records) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).as(file.toString()).isNotEmpty().doesNotContain((byte) '\r');
      assertThat(bytes[0]).as("%s starts with a JSON object, no BOM", file).isEqualTo((byte) '{');
      assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    }
    long lines;
    try (Stream<String> read = Files.lines(files.events(), StandardCharsets.UTF_8)) {
      lines = read.count();
    }
    assertThat(lines).isEqualTo(files.eventCount());
  }

  @Test
  void writingAgainIntoTheSameDirectoryReplacesTheFiles() throws IOException {
    ShopSample sample = ShopSample.of(1_000);
    sample.writeTo(directory, SampleFormat.JSON_LINES);
    // Spoil a file: writing again must replace it, not append to it.
    Path events = directory.resolve("events.jsonl");
    Files.writeString(events, "not an event\n", StandardCharsets.UTF_8);
    Path other = directory.resolve("other");
    SampleFiles again = sample.writeTo(directory, SampleFormat.JSON_LINES);
    SampleFiles fresh = sample.writeTo(other, SampleFormat.JSON_LINES);
    assertThat(Files.mismatch(again.events(), fresh.events())).isEqualTo(-1L);
    assertThat(Files.mismatch(again.manifest(), fresh.manifest())).isEqualTo(-1L);
  }

  @Test
  void aRegularFileWhereTheDirectoryShouldBeFailsNamingIt() throws IOException {
    Path file = Files.writeString(directory.resolve("taken"), "x", StandardCharsets.UTF_8);
    ShopSample sample = ShopSample.of(1_000);
    assertThatThrownBy(() -> sample.writeTo(file, SampleFormat.JSON_LINES))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString())
        .hasCauseInstanceOf(IOException.class);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("x");
  }

  @Test
  void aRegularFileWhereTheResponsesDirectoryShouldBeFailsNamingIt() throws IOException {
    Files.writeString(directory.resolve("responses"), "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ShopSample.of(1_000).writeTo(directory, SampleFormat.CSV))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(directory.resolve("responses").toString());
  }

  @Test
  void aRecordFileThatCannotBeOpenedFailsNamingItAndLeavesNoManifest() throws IOException {
    ShopSample sample = ShopSample.of(1_000);
    sample.writeTo(directory, SampleFormat.JSON_LINES);
    assertThat(directory.resolve("sample.json")).isNotEmptyFile();
    // A directory where the events file should be: opening it for writing fails, after the
    // profiles file was opened (and so must be closed again).
    Path events = directory.resolve("events.jsonl");
    Files.delete(events);
    Files.createDirectory(events);
    assertThatThrownBy(() -> sample.writeTo(directory, SampleFormat.JSON_LINES))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(events.toString())
        .hasCauseInstanceOf(IOException.class);
    // The manifest comes last, and the earlier one went first: a directory without one holds no
    // complete sample.
    assertThat(directory.resolve("sample.json")).doesNotExist();
    assertThat(directory.resolve("profiles.jsonl")).isEmptyFile();
  }

  @Test
  void aResponseFileThatCannotBeOpenedFailsNamingIt() throws IOException {
    ShopSample sample = ShopSample.of(1_000);
    String last = sample.surveys().get(sample.surveys().size() - 1).id();
    Path blocked = Files.createDirectories(directory.resolve("responses").resolve(last + ".csv"));
    assertThatThrownBy(() -> sample.writeTo(directory, SampleFormat.CSV))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(blocked.toString());
    assertThat(directory.resolve("sample.json")).doesNotExist();
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    ShopSample sample = ShopSample.of(1_000);
    assertThatThrownBy(() -> sample.writeTo(null, SampleFormat.CSV))
        .isInstanceOf(NullPointerException.class).hasMessage("directory");
    assertThatThrownBy(() -> sample.writeTo(directory, null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
    assertThatThrownBy(() -> sample.writeTo(directory, SampleFormat.CSV, null))
        .isInstanceOf(NullPointerException.class).hasMessage("progress");
  }

  @Test
  void progressIsToldOfEveryRecordWrittenAndCanStopTheWriting() {
    long[] seen = new long[3];
    SampleFiles files = shanghai().writeTo(directory, SampleFormat.JSON_LINES, new SampleSink() {
      @Override
      public void profile(io.cxkit.journey.profile.CustomerProfile profile) {
        seen[0]++;
      }

      @Override
      public void event(io.cxkit.journey.JourneyEvent event) {
        seen[1]++;
      }

      @Override
      public void response(io.cxkit.survey.Response response) {
        seen[2]++;
      }
    });
    assertThat(seen).containsExactly(files.profileCount(), files.eventCount(),
        files.responseCount());
    assertThat(seen[0]).isEqualTo(1_000);

    // A progress bar whose user pressed Ctrl-C: the writing stops and leaves no manifest.
    Path other = directory.resolve("stopped");
    assertThatThrownBy(() -> shanghai().writeTo(other, SampleFormat.CSV, new SampleSink() {
      @Override
      public void event(io.cxkit.journey.JourneyEvent event) {
        throw new IllegalStateException("cancelled");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("cancelled");
    assertThat(other.resolve("sample.json")).doesNotExist();
  }
}
