package io.cxkit.sample.internal;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.ProfileCsv;
import io.cxkit.journey.io.ProfileJsonLines;
import io.cxkit.journey.io.RecordWriter;
import io.cxkit.journey.json.JourneyJson;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ResponseCsvWriter;
import io.cxkit.survey.io.ResponseJsonLines;
import io.cxkit.survey.json.SurveyJson;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ShopSample} into a directory, as {@link ShopSample#writeTo} promises: the
 * definitions as JSON documents, the records in one pass of {@link ShopSample#generate} through
 * cxkit's own writers, and the manifest ({@link Manifest}) last, so that a directory with a {@value
 * #MANIFEST} holds a complete sample. Memory does not grow with the records: each goes straight
 * to a buffered file.
 *
 * <p>Every file is UTF-8 without a byte order mark. The JSON documents are the library's one-line
 * documents followed by {@code \n}; the record files end their lines as their writers do ({@code
 * \n} in JSON Lines, CRLF in CSV); nothing depends on the machine, the clock or the directory, so
 * the same sample gives the same bytes.
 */
public final class SampleWriter {
  /** The manifest's file name. */
  public static final String MANIFEST = "sample.json";
  /** The journey map's file name. */
  public static final String JOURNEY_MAP = "journey.json";
  /** The personas' file name. */
  public static final String PERSONAS = "personas.json";
  /** The directory of the survey documents, {@code surveys/<id>.json}. */
  public static final String SURVEYS = "surveys";
  /** The directory of the response files, {@code responses/<id>.<extension>}. */
  public static final String RESPONSES = "responses";

  /** The tap of {@link #write(ShopSample, Path, SampleFormat)}: it does nothing. */
  private static final SampleSink NO_TAP = new SampleSink() {};

  /** Bytes buffered before a record file is written to: large enough for few system calls. */
  private static final int BUFFER = 1 << 16;

  private SampleWriter() {}

  /**
   * Writes the sample. Files already there are replaced; others are left alone. An earlier
   * manifest is removed first, so that if writing fails the directory has none.
   *
   * @param sample the sample
   * @param directory where to write; created with its parents if missing
   * @param format JSON Lines or CSV for profiles, events and responses
   * @return the files, as paths resolved against {@code directory} as given, and their counts
   * @throws UncheckedIOException naming the file or directory if one cannot be created or written
   */
  public static SampleFiles write(ShopSample sample, Path directory, SampleFormat format) {
    return write(sample, directory, format, NO_TAP);
  }

  /**
   * Writes the sample as {@link #write(ShopSample, Path, SampleFormat)} does, and hands each
   * record to a tap right after it was written, for a tool that watches the progress or the heap
   * (the benchmarks' {@code SampleScaleCheck}).
   *
   * @param sample the sample
   * @param directory where to write; created with its parents if missing
   * @param format JSON Lines or CSV for profiles, events and responses
   * @param tap told of each profile, event and response once it is written; what it throws stops
   *     the writing (every file is still closed)
   * @return the files, as paths resolved against {@code directory} as given, and their counts
   * @throws UncheckedIOException naming the file or directory if one cannot be created or written
   */
  public static SampleFiles write(ShopSample sample, Path directory, SampleFormat format,
      SampleSink tap) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tap, "tap");
    createDirectory(directory);
    // A manifest says the directory holds a complete sample: one from an earlier run must not
    // vouch for files this run may leave half written.
    Path manifestFile = directory.resolve(MANIFEST);
    try {
      Files.deleteIfExists(manifestFile);
    } catch (IOException e) {
      throw new UncheckedIOException(manifestFile + ": cannot be replaced", e);
    }
    createDirectory(directory.resolve(SURVEYS));
    createDirectory(directory.resolve(RESPONSES));

    writeDocument(directory, JOURNEY_MAP, JourneyJson.standard().writeMap(sample.journeyMap()));
    writeDocument(directory, PERSONAS, JourneyJson.standard().writePersonas(sample.personas()));
    Map<String, String> surveyFiles = new LinkedHashMap<>();
    for (Survey survey : sample.surveys()) {
      String name = SURVEYS + "/" + survey.id() + ".json";
      writeDocument(directory, name, SurveyJson.standard().writeSurvey(survey));
      surveyFiles.put(survey.id(), name);
    }

    String extension = format.extension();
    String profilesName = "profiles." + extension;
    String eventsName = "events." + extension;
    Map<String, String> responseFiles = new LinkedHashMap<>();
    for (Survey survey : sample.surveys()) {
      responseFiles.put(survey.id(), RESPONSES + "/" + survey.id() + "." + extension);
    }

    long profileCount;
    long eventCount;
    Map<String, Long> responseCounts = new LinkedHashMap<>();
    // Every file opened is closed (flushed) whatever fails, in the reverse order of opening.
    try (RecordFile<CustomerProfile> profiles = profiles(directory, profilesName, format);
        RecordFile<JourneyEvent> events = events(directory, eventsName, format);
        ResponseFiles responses = new ResponseFiles(sample, directory, responseFiles, format)) {
      sample.generate(new SampleSink() {
        @Override
        public void profile(CustomerProfile profile) {
          profiles.write(profile);
          tap.profile(profile);
        }

        @Override
        public void event(JourneyEvent event) {
          events.write(event);
          tap.event(event);
        }

        @Override
        public void response(Response response) {
          responses.write(response);
          tap.response(response);
        }
      });
      profileCount = profiles.count();
      eventCount = events.count();
      responses.counts(responseCounts);
    }

    Manifest manifest = new Manifest(sample, format, surveyFiles, profilesName, eventsName,
        responseFiles, profileCount, eventCount, responseCounts);
    writeDocument(directory, MANIFEST, manifest.toJson());

    Map<String, Path> surveys = new LinkedHashMap<>();
    surveyFiles.forEach((id, name) -> surveys.put(id, directory.resolve(name)));
    Map<String, Path> responses = new LinkedHashMap<>();
    responseFiles.forEach((id, name) -> responses.put(id, directory.resolve(name)));
    return new SampleFiles(directory, format, manifestFile,
        directory.resolve(JOURNEY_MAP), directory.resolve(PERSONAS), surveys,
        directory.resolve(profilesName), directory.resolve(eventsName), responses, profileCount,
        eventCount, responseCounts);
  }

  private static void createDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(directory + ": cannot be created as a directory", e);
    }
  }

  /** Writes a one-line JSON document and a {@code \n}, replacing the file. */
  private static void writeDocument(Path directory, String name, String json) {
    Path file = directory.resolve(name);
    try {
      Files.writeString(file, json.endsWith("\n") ? json : json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    }
  }

  private static RecordFile<CustomerProfile> profiles(Path directory, String name,
      SampleFormat format) {
    return RecordFile.of(directory.resolve(name), out -> {
      RecordWriter<CustomerProfile> writer = format == SampleFormat.JSON_LINES
          ? ProfileJsonLines.writer(out)
          : ProfileCsv.writer(out, CsvOptions.DEFAULT, Traits.ATTRIBUTES);
      return new RecordFile.Target<>(writer::write, writer::count, writer::close);
    });
  }

  private static RecordFile<JourneyEvent> events(Path directory, String name,
      SampleFormat format) {
    return RecordFile.of(directory.resolve(name), out -> {
      RecordWriter<JourneyEvent> writer = format == SampleFormat.JSON_LINES
          ? EventJsonLines.writer(out)
          : EventCsv.writer(out, CsvOptions.DEFAULT,
              ShopSimulation.EVENT_ATTRIBUTES.toArray(new String[0]));
      return new RecordFile.Target<>(writer::write, writer::count, writer::close);
    });
  }

  /**
   * One record file being written: a buffered stream, the library's writer on it, and the file's
   * path, which an I/O failure's message is given.
   */
  private static final class RecordFile<T> implements Closeable {
    /** What the library's writer does, whichever writer it is. */
    record Target<T>(Consumer<T> write, LongSupplier count, Runnable close) {}

    private final Path path;
    private final Target<T> target;

    private RecordFile(Path path, Target<T> target) {
      this.path = path;
      this.target = target;
    }

    /**
     * Opens the file and a writer on it; if making the writer fails (a CSV header that cannot be
     * written), the stream is closed before the failure goes on.
     */
    static <T> RecordFile<T> of(Path path, Function<OutputStream, Target<T>> writer) {
      OutputStream out;
      try {
        out = new BufferedOutputStream(Files.newOutputStream(path), BUFFER);
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": cannot be opened for writing", e);
      }
      try {
        return new RecordFile<>(path, writer.apply(out));
      } catch (UncheckedIOException e) {
        closeQuietly(out, e);
        throw named(path, e);
      } catch (RuntimeException | Error e) {
        closeQuietly(out, e);
        throw e;
      }
    }

    void write(T record) {
      try {
        target.write().accept(record);
      } catch (UncheckedIOException e) {
        throw named(path, e);
      }
    }

    long count() {
      return target.count().getAsLong();
    }

    @Override
    public void close() {
      try {
        target.close().run();
      } catch (UncheckedIOException e) {
        throw named(path, e);
      }
    }
  }

  /**
   * The response files, one per survey, each with its writer; a response goes to its survey's.
   * Closing closes them all, each even when another fails.
   */
  private static final class ResponseFiles implements Closeable {
    private final Map<String, RecordFile<Response>> files = new LinkedHashMap<>();

    ResponseFiles(ShopSample sample, Path directory, Map<String, String> names,
        SampleFormat format) {
      try {
        for (Survey survey : sample.surveys()) {
          Path path = directory.resolve(names.get(survey.id()));
          files.put(survey.id(), format == SampleFormat.JSON_LINES ? jsonLines(path)
              : csv(path, survey));
        }
      } catch (RuntimeException | Error e) {
        closeAll(e);
        throw e;
      }
    }

    private static RecordFile<Response> jsonLines(Path path) {
      return RecordFile.of(path, out -> {
        ResponseJsonLines.LineWriter writer = ResponseJsonLines.writer(out);
        return new RecordFile.Target<>(writer::write, writer::count, writer::close);
      });
    }

    private static RecordFile<Response> csv(Path path, Survey survey) {
      // Contact details are written: the sample's people are invented, and without them the CSV
      // files would read back other than the JSON Lines files and the streams.
      ResponseCsvWriter writer = ResponseCsvWriter.builder(survey)
          .attributes(ShopSimulation.RESPONSE_ATTRIBUTES.toArray(new String[0]))
          .includeContactDetails(true)
          .build();
      return RecordFile.of(path, out -> {
        ResponseCsvWriter.Output output = writer.open(out);
        return new RecordFile.Target<>(output::write, output::count, output::close);
      });
    }

    void write(Response response) {
      RecordFile<Response> file = files.get(response.surveyId());
      if (file == null) {
        throw new IllegalStateException("response " + response.id() + " answers survey "
            + response.surveyId() + ", which is not one of the sample's " + files.keySet());
      }
      file.write(response);
    }

    void counts(Map<String, Long> into) {
      files.forEach((id, file) -> into.put(id, file.count()));
    }

    @Override
    public void close() {
      closeAll(null);
    }

    /** Closes every file; the first failure is thrown (or added to {@code pending}) at the end. */
    private void closeAll(@Nullable Throwable pending) {
      RuntimeException first = null;
      List<RecordFile<Response>> opened = new ArrayList<>(files.values());
      Collections.reverse(opened);
      for (RecordFile<Response> file : opened) {
        try {
          file.close();
        } catch (RuntimeException e) {
          if (pending != null) {
            pending.addSuppressed(e);
          } else if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** @return the failure again, its message naming the file, its cause the I/O exception */
  private static UncheckedIOException named(Path path, UncheckedIOException e) {
    return new UncheckedIOException(path + ": " + e.getMessage(), e.getCause());
  }

  private static void closeQuietly(OutputStream out, Throwable failure) {
    try {
      out.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
