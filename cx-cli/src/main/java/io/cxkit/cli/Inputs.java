package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.core.CxException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.json.JourneyJson;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.BadRecordException;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
import io.cxkit.survey.io.RecordReader;
import io.cxkit.survey.json.SurveyJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files a command is given and keeps what {@link CxReport.Inputs} reports: each file
 * with its counts, the bad records skipped (the first {@value #KEPT_BAD_RECORDS} of them) and how
 * many more there were. Record files are streamed with {@link OnBadRecord#SKIP_AND_COLLECT}: each
 * bad record goes to a {@link BadRecordSink} as it is met ({@code FILE:LINE: message} on stderr)
 * and reading goes on; in strict mode the first one stops the command with exit code 1. A file
 * that cannot be read, a CSV header that does not fit and a malformed JSON document stop it with
 * exit code 3, naming the file (and the JSON path and line the library's message gives). Long
 * reads show a {@link Progress} bar.
 */
final class Inputs {
  /** Bad records kept for the report; all are counted and printed. */
  static final int KEPT_BAD_RECORDS = 100;

  /** Where a bad record goes as it is met. */
  @FunctionalInterface
  interface BadRecordSink {
    /**
     * @param file the file's path as given
     * @param record the bad record: its line and problem
     */
    void bad(String file, BadRecord record);
  }

  /**
   * How a reader treats bad records: the mode, whom it tells, how many its report keeps.
   *
   * @param mode skip and collect, or fail (strict)
   * @param listener told of each bad record skipped, or null
   * @param keep the bad records the reader's own report keeps
   */
  record Handling(OnBadRecord mode, @Nullable Consumer<BadRecord> listener, int keep) {}

  /**
   * Opens a record reader over a stream of bytes, built with the handling given.
   *
   * @param <T> the records
   */
  @FunctionalInterface
  interface Opener<T> {
    /**
     * @param in the file's bytes
     * @param name the file's path as given, for messages
     * @param handling how bad records are treated: set it on the reader's builder
     * @return the reader
     */
    RecordReader<T> open(InputStream in, String name, Handling handling);
  }

  private final Progress progress;
  private final boolean strict;
  private final BadRecordSink sink;
  private final List<CxReport.InputFile> files = new ArrayList<>();
  private final List<CxReport.BadRecord> kept = new ArrayList<>();
  private long skipped;

  /**
   * @param err stderr, for bad records
   * @param progress the progress bar of long reads
   * @param strict whether the first bad record stops the command (exit code 1)
   */
  Inputs(PrintWriter err, Progress progress, boolean strict) {
    this(err, progress, strict, null);
  }

  /**
   * @param err stderr
   * @param progress the progress bar of long reads
   * @param strict whether the first bad record stops the command (exit code 1)
   * @param sink where bad records go, or null for {@code FILE:LINE: message} on stderr
   */
  Inputs(PrintWriter err, Progress progress, boolean strict, @Nullable BadRecordSink sink) {
    Objects.requireNonNull(err, "err");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.strict = strict;
    this.sink = sink != null ? sink
        : (file, bad) -> err.println(file + ":" + bad.line() + ": " + bad.problem().getMessage());
  }

  /** @return the progress bar, for other long tasks of the command */
  Progress progress() {
    return progress;
  }

  /**
   * @param path a survey document's path as given
   * @return the survey, read strictly with the standard question types (ServiceLoader's too)
   * @throws CliException exit code 3 when it cannot be read or is malformed
   */
  Survey survey(String path) {
    return document("survey", path, SurveyJson.standard()::readSurvey);
  }

  /**
   * @param path a journey map document's path as given
   * @return the map
   * @throws CliException exit code 3 when it cannot be read or is malformed
   */
  JourneyMap journey(String path) {
    return document("journey", path, JourneyJson.standard()::readMap);
  }

  /**
   * @param path a persona set document's path as given
   * @return the personas
   * @throws CliException exit code 3 when it cannot be read or is malformed
   */
  PersonaSet personas(String path) {
    return document("personas", path, JourneyJson.standard()::readPersonas);
  }

  private <T> T document(String kind, String path, Function<InputStream, T> reader) {
    Path file = existing(path);
    T value;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      value = reader.apply(in);
    } catch (IOException e) {
      throw cannotRead(path, e);
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    } catch (CxException e) {
      // The library's message names the JSON path, line and column: the file is all it lacks.
      throw CliException.input(path + ": " + e.getMessage());
    }
    files.add(new CxReport.InputFile(kind, path, 1, 1, 0));
    return value;
  }

  /**
   * Streams a record file into a sink, counting it for the report: each bad record to the {@link
   * BadRecordSink}, and in strict mode the first one stops. A record the reader delivers but the
   * sink refuses with a {@link CxException} (the report cannot take it: nothing of it is counted)
   * is a bad record too; its line is its number among the file's records, counted from the first
   * line after the header (a reader reports only bad records with their lines).
   *
   * @param <T> the records
   * @param kind {@code responses}, {@code events} or {@code profiles}
   * @param path the file's path as given
   * @param format the file's format: CSV records start after the header row
   * @param opener opens the file's reader
   * @param records receives each valid record, in order
   * @return the counts: the records read, those the sink took and those skipped
   * @throws CliException exit code 3 when the file cannot be read or its header does not fit, 1
   *     on a bad record in strict mode
   */
  <T> ReadReport records(String kind, String path, FileFormat format, Opener<T> opener,
      Consumer<? super T> records) {
    Path file = existing(path);
    long size = size(path, file);
    ReadReport report;
    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file))) {
      Progress.Task task = progress.start(path, in::count, size);
      Handling handling = strict ? new Handling(OnBadRecord.FAIL, null, 0)
          : new Handling(OnBadRecord.SKIP_AND_COLLECT, bad -> {
            report(path, bad);
            task.advance();
          }, 0);
      RecordReader<T> reader = open(opener, in, path, handling, task);
      try (reader) {
        report = drain(path, format == FileFormat.CSV ? 1 : 0, reader, records, task, true);
      }
      task.finish();
    } catch (IOException e) {
      throw cannotRead(path, e);
    }
    files.add(new CxReport.InputFile(kind, path, report.read(), report.valid(),
        report.skipped()));
    return report;
  }

  /**
   * Reads a record file once without counting or reporting anything, as the first pass that finds
   * the latest event or response for {@code --as-of} does; bad records are skipped silently, for
   * the counted pass reports them.
   *
   * @param <T> the records
   * @param label what the progress bar says
   * @param path the file's path as given
   * @param opener opens the file's reader
   * @param records receives each valid record
   * @throws CliException exit code 3 when the file cannot be read or its header does not fit
   */
  <T> void scan(String label, String path, Opener<T> opener, Consumer<? super T> records) {
    Path file = existing(path);
    long size = size(path, file);
    Handling handling = new Handling(OnBadRecord.SKIP_AND_COLLECT, null, 0);
    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file))) {
      Progress.Task task = progress.start(label, in::count, size);
      RecordReader<T> reader = open(opener, in, path, handling, task);
      try (reader) {
        drain(path, 0, reader, records, task, false);
      }
      task.finish();
    } catch (IOException e) {
      throw cannotRead(path, e);
    }
  }

  private static <T> RecordReader<T> open(Opener<T> opener, InputStream in, String path,
      Handling handling, Progress.Task task) {
    try {
      return opener.open(in, path, handling);
    } catch (BadRecordException e) {
      // The header row: the file is not one of the layout read, so nothing of it can be used.
      task.abandon();
      throw CliException.input(path + ":" + e.line() + ": " + e.problem().getMessage());
    } catch (UncheckedIOException e) {
      task.abandon();
      throw cannotRead(path, e.getCause());
    }
  }

  /**
   * Hands every record to the sink; returns the reader's counts with the records the sink refused
   * moved from valid to skipped.
   */
  private <T> ReadReport drain(String path, int headerRows, RecordReader<T> reader,
      Consumer<? super T> records, Progress.Task task, boolean counted) {
    long refused = 0;
    try {
      while (reader.hasNext()) {
        T record = reader.next();
        try {
          records.accept(record);
        } catch (CxException e) {
          if (!counted) {
            continue;
          }
          long number = reader.report().read();
          BadRecord bad = new BadRecord(number, number + headerRows, e);
          if (strict) {
            task.abandon();
            throw stop(path, bad);
          }
          refused++;
          report(path, bad);
        }
        task.advance();
      }
      ReadReport report = reader.report();
      return new ReadReport(report.read(), report.valid() - refused,
          report.skipped() + refused, List.of());
    } catch (BadRecordException e) {
      // Only in strict mode (FAIL): the first bad record stops the command.
      task.abandon();
      throw stop(path, new BadRecord(e.record(), e.line(), e.problem()));
    } catch (UncheckedIOException e) {
      task.abandon();
      throw cannotRead(path, e.getCause());
    }
  }

  private CliException stop(String path, BadRecord bad) {
    report(path, bad);
    return new CliException(ExitCodes.BAD_RECORDS,
        path + ": stopped at the first bad record (--strict)");
  }

  private void report(String path, BadRecord bad) {
    skipped++;
    if (kept.size() < KEPT_BAD_RECORDS) {
      kept.add(new CxReport.BadRecord(path, bad.line(), bad.problem().getMessage()));
    }
    progress.clear();
    sink.bad(path, bad);
  }

  /** @return the files read so far, the bad records skipped and those beyond the ones kept */
  CxReport.Inputs summary() {
    return new CxReport.Inputs(files, skipped, kept, skipped - kept.size());
  }

  /** @return the bad records met so far, over all files */
  long skipped() {
    return skipped;
  }

  private static Path existing(String path) {
    Path file;
    try {
      file = Path.of(path);
    } catch (java.nio.file.InvalidPathException e) {
      throw CliException.input(path + ": cannot be read: not a valid path (" + e.getReason() + ")");
    }
    if (Files.isDirectory(file)) {
      throw CliException.input(path + ": cannot be read: is a directory");
    }
    if (!Files.exists(file)) {
      throw CliException.input(path + ": cannot be read: no such file");
    }
    return file;
  }

  private static long size(String path, Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw cannotRead(path, e);
    }
  }

  /**
   * @param path the file's path as given
   * @param e why it cannot be read
   * @return an exception exiting with code 3 whose message names the file and the reason
   */
  static CliException cannotRead(String path, @Nullable Throwable e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      why = e == null || e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
    return CliException.input(path + ": cannot be read: " + why);
  }
}
