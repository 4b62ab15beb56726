package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.EventReader;
import io.cxkit.journey.io.ProfileCsv;
import io.cxkit.journey.io.ProfileJsonLines;
import io.cxkit.journey.json.JourneyJson;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
import io.cxkit.survey.io.RecordReader;
import io.cxkit.survey.io.ResponseCsv;
import io.cxkit.survey.io.ResponseJsonLines;
import io.cxkit.survey.io.ResponseReader;
import io.cxkit.survey.json.SurveyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The written sample reads back with cxkit's own readers, record for record: every file of 2 000
 * customers in each format, read with bad records collected rather than thrown, none skipped, and
 * each record equal to the one the streams of {@link ShopSample} give. The streams are a second,
 * independent run of the simulation, so this also shows that a run and a write agree.
 */
class SampleFilesRoundTripTest {
  /** Enough customers for every survey and event kind to occur, few enough to compare all. */
  static final int CUSTOMERS = 2_000;

  private static final ShopSample SAMPLE = ShopSample.of(CUSTOMERS);
  private static final Map<SampleFormat, SampleFiles> WRITTEN =
      new EnumMap<>(SampleFormat.class);

  /** Shared by the class: the sample is written once per format, then read by each test. */
  @TempDir
  static Path directory;

  @BeforeAll
  static void writeBothFormats() {
    for (SampleFormat format : SampleFormat.values()) {
      WRITTEN.put(format, SAMPLE.writeTo(directory.resolve(format.extension()), format));
    }
  }

  /**
   * Compares two sequences element by element without holding either: the read records with the
   * streamed ones, in order.
   *
   * @return how many records there were
   */
  static <T> long assertSameRecords(String what, Iterator<T> read, Iterator<T> expected) {
    long count = 0;
    while (expected.hasNext()) {
      T want = expected.next();
      count++;
      assertThat(read.hasNext()).as("%s: record %d of the stream is missing", what, count)
          .isTrue();
      T got = read.next();
      // AssertJ's description is built only when the records differ: millions of calls stay cheap.
      if (!got.equals(want)) {
        assertThat(got).as("%s: record %d", what, count).isEqualTo(want);
      }
    }
    assertThat(read.hasNext()).as("%s: records after the %d of the stream", what, count)
        .isFalse();
    return count;
  }

  /** Asserts a finished reader read every record clean and delivered as many as expected. */
  static void assertClean(String what, ReadReport report, long expected) {
    assertThat(report.badRecords()).as("%s: bad records", what).isEmpty();
    assertThat(report.skipped()).as("%s: skipped", what).isZero();
    assertThat(report.valid()).as("%s: valid", what).isEqualTo(expected);
    assertThat(report.read()).as("%s: read", what).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void profilesReadBackEqualToTheStream(SampleFormat format) {
    SampleFiles files = WRITTEN.get(format);
    try (RecordReader<CustomerProfile> read = format == SampleFormat.JSON_LINES
            ? ProfileJsonLines.reader().onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build()
                .open(files.profiles())
            : ProfileCsv.readerOfExport().onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build()
                .open(files.profiles());
        Stream<CustomerProfile> streamed = SAMPLE.profiles()) {
      long count = assertSameRecords("profiles", read, streamed.iterator());
      // One profile per customer: ShopSample.profiles() is IntStream.range(0, customers).
      assertThat(count).isEqualTo(CUSTOMERS).isEqualTo(files.profileCount());
      assertClean("profiles", read.report(), count);
    }
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void eventsReadBackEqualToTheStreamAndCheckedAgainstTheMap(SampleFormat format) {
    SampleFiles files = WRITTEN.get(format);
    try (EventReader read = format == SampleFormat.JSON_LINES
            ? EventJsonLines.reader().checkingAgainst(SAMPLE.journeyMap())
                .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(files.events())
            : EventCsv.readerOfExport().checkingAgainst(SAMPLE.journeyMap())
                .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(files.events());
        Stream<JourneyEvent> streamed = SAMPLE.events()) {
      long count = assertSameRecords("events", read, streamed.iterator());
      assertThat(count).isPositive().isEqualTo(files.eventCount());
      assertClean("events", read.report(), count);
      // The simulation emits events in time order, so the reader had nothing to put back.
      assertThat(read.reordered()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void responsesOfEachSurveyReadBackValidAndEqualToTheStream(SampleFormat format) {
    SampleFiles files = WRITTEN.get(format);
    assertThat(files.responses().keySet()).containsExactlyElementsOf(
        SAMPLE.surveys().stream().map(Survey::id).toList());
    for (Survey survey : SAMPLE.surveys()) {
      Path file = files.responses().get(survey.id());
      ResponseValidator validator = ResponseValidator.of(survey);
      List<List<Violation>> invalid = new ArrayList<>();
      try (ResponseReader read = format == SampleFormat.JSON_LINES
              ? ResponseJsonLines.reader().validatingAgainst(survey)
                  .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build().open(file)
              : ResponseCsv.readerOfExport(survey).onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
                  .build().open(file);
          Stream<Response> streamed = SAMPLE.responses(survey.id())) {
        Iterator<Response> validated = new Iterator<>() {
          @Override
          public boolean hasNext() {
            return read.hasNext();
          }

          @Override
          public Response next() {
            Response response = read.next();
            List<Violation> violations = validator.validate(response);
            if (!violations.isEmpty() && invalid.size() < 5) {
              invalid.add(violations);
            }
            return response;
          }
        };
        long count = assertSameRecords("responses of " + survey.id(), validated,
            streamed.iterator());
        assertThat(invalid).as("violations of %s", survey.id()).isEmpty();
        assertThat(count).as("responses of %s", survey.id()).isPositive()
            .isEqualTo(files.responseCounts().get(survey.id()));
        assertClean("responses of " + survey.id(), read.report(), count);
      }
    }
    try (Stream<Response> all = SAMPLE.responses()) {
      assertThat(files.responseCount()).isEqualTo(all.count());
    }
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void definitionsReadBackEqual(SampleFormat format) throws IOException {
    SampleFiles files = WRITTEN.get(format);
    try (InputStream in = Files.newInputStream(files.journeyMap())) {
      assertThat(JourneyJson.standard().readMap(in)).isEqualTo(SAMPLE.journeyMap());
    }
    try (InputStream in = Files.newInputStream(files.personas())) {
      assertThat(JourneyJson.standard().readPersonas(in)).isEqualTo(SAMPLE.personas());
    }
    assertThat(files.surveys().keySet()).containsExactlyElementsOf(
        SAMPLE.surveys().stream().map(Survey::id).toList());
    for (Survey survey : SAMPLE.surveys()) {
      try (InputStream in = Files.newInputStream(files.surveys().get(survey.id()))) {
        assertThat(SurveyJson.standard().readSurvey(in)).isEqualTo(survey);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void theDirectoryHoldsExactlyTheFilesListed(SampleFormat format) {
    SampleFiles files = WRITTEN.get(format);
    Path root = directory.resolve(format.extension());
    assertThat(files.directory()).isEqualTo(root);
    List<Path> listed = new ArrayList<>(List.of(files.manifest(), files.journeyMap(),
        files.personas(), files.profiles(), files.events()));
    listed.addAll(files.surveys().values());
    listed.addAll(files.responses().values());
    TreeSet<String> expected = listed.stream().map(p -> relative(root, p))
        .collect(Collectors.toCollection(TreeSet::new));
    try (Stream<Path> tree = Files.walk(root)) {
      TreeSet<String> found = tree.filter(Files::isRegularFile).map(p -> relative(root, p))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(found).containsExactlyElementsOf(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String extension = "." + format.extension();
    assertThat(expected).contains("sample.json", "journey.json", "personas.json",
        "profiles" + extension, "events" + extension);
    for (Survey survey : SAMPLE.surveys()) {
      assertThat(expected).contains("surveys/" + survey.id() + ".json",
          "responses/" + survey.id() + extension);
    }
  }

  /** @return the path below the root, with {@code /} between names on every system */
  static String relative(Path root, Path file) {
    Path rel = root.relativize(file);
    List<String> names = new ArrayList<>();
    rel.forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }
}
