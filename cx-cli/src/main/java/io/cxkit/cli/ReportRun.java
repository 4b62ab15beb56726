package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.ReportBuilder;
import io.cxkit.cli.report.ReportSettings;
import io.cxkit.core.CxException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.CsvOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes a report from files, as {@code cx report} and {@code cx demo} do: reads the surveys, the
 * journey map and the personas, pairs each responses file with its survey, finds the as-of instant
 * when none is given, and streams profiles, events and responses, in that order, through {@link
 * ReportBuilder}.
 *
 * <p>Without {@code --as-of} the report is as of the latest event, which a first pass over the
 * events file finds; without events, as of the latest response (a first pass over the responses
 * files); with neither, as of 1970-01-01T00:00:00Z, with a warning, so that the same files always
 * give the same report.
 */
final class ReportRun {
  private ReportRun() {}

  /**
   * The files of a report.
   *
   * @param surveys the survey documents' paths, at least one
   * @param responses {@code FILE} or {@code ID=FILE} each (see {@link Pairing})
   * @param journey the journey map document, or null
   * @param events the events file, or null (needs the journey)
   * @param personas the personas document, or null
   * @param profiles the profiles file, or null
   * @param csv how CSV files are written
   */
  record Sources(List<String> surveys, List<String> responses, @Nullable String journey,
      @Nullable String events, @Nullable String personas, @Nullable String profiles,
      CsvOptions csv) {
    /** Copies the lists. */
    Sources {
      surveys = List.copyOf(surveys);
      responses = List.copyOf(responses);
      Objects.requireNonNull(csv, "csv");
    }
  }

  /**
   * @param sources the files
   * @param settings the report's settings but the as-of instant
   * @param asOf the as-of instant, or null to take the latest event's (or response's)
   * @param inputs reads the files and counts them
   * @param err stderr, for the warning when nothing gives an as-of instant
   * @param usage makes a usage error (exit code 2) of a message
   * @return the report
   * @throws CliException when a file cannot be read (3) or, strict, holds a bad record (1)
   * @throws RuntimeException from {@code usage} for files that cannot be paired and settings that
   *     do not fit the files (a funnel step the journey map lacks)
   */
  static CxReport run(Sources sources, ReportSettings.Builder settings, @Nullable Instant asOf,
      Inputs inputs, PrintWriter err, Function<String, RuntimeException> usage) {
    if (sources.events() != null && sources.journey() == null) {
      throw usage.apply("--events needs --journey: events are checked against the journey map");
    }
    FileFormat eventFormat = format("--events", sources.events(), usage);
    FileFormat profileFormat = format("--profiles", sources.profiles(), usage);
    List<Survey> surveys = new ArrayList<>();
    for (String path : sources.surveys()) {
      surveys.add(inputs.survey(path));
    }
    List<Pairing.Paired> responses = Pairing.pair(surveys, sources.responses(), usage);
    JourneyMap map = sources.journey() == null ? null : inputs.journey(sources.journey());
    PersonaSet personas = sources.personas() == null ? null : inputs.personas(sources.personas());

    Instant at = asOf != null ? asOf : latest(sources, map, eventFormat, responses, inputs, err);
    ReportBuilder builder;
    try {
      builder = ReportBuilder.of(settings.asOf(at).build(), surveys, map, personas);
    } catch (CxException e) {
      // A setting that does not fit the files, such as a funnel step the map lacks.
      throw usage.apply(e.getMessage());
    }
    if (sources.profiles() != null) {
      inputs.records("profiles", sources.profiles(), Objects.requireNonNull(profileFormat),
          Readers.profiles(Objects.requireNonNull(profileFormat), sources.csv()),
          builder::profile);
    }
    if (sources.events() != null && map != null) {
      inputs.records("events", sources.events(), Objects.requireNonNull(eventFormat),
          Readers.events(map, Objects.requireNonNull(eventFormat), sources.csv()), builder::event);
    }
    for (Pairing.Paired file : responses) {
      inputs.records("responses", file.path(), file.format(),
          Readers.responses(file.survey(), file.format(), sources.csv()), builder::response);
    }
    return builder.build(inputs.summary());
  }

  private static @Nullable FileFormat format(String option, @Nullable String path,
      Function<String, RuntimeException> usage) {
    if (path == null) {
      return null;
    }
    FileFormat format = FileFormat.of(path);
    if (format == null) {
      throw usage.apply(option + " " + path + ": " + FileFormat.RULE);
    }
    return format;
  }

  /** The instant of the latest valid event, else of the latest valid response. */
  private static Instant latest(Sources sources, @Nullable JourneyMap map,
      @Nullable FileFormat eventFormat, List<Pairing.Paired> responses, Inputs inputs,
      PrintWriter err) {
    @Nullable Instant[] max = {null};
    if (sources.events() != null && map != null && eventFormat != null) {
      inputs.scan(sources.events() + " (latest event)", sources.events(),
          Readers.events(map, eventFormat, sources.csv()), e -> keepLatest(max, e.at()));
    }
    if (max[0] == null) {
      for (Pairing.Paired file : responses) {
        inputs.scan(file.path() + " (latest response)", file.path(),
            Readers.responses(file.survey(), file.format(), sources.csv()),
            r -> keepLatest(max, r.submittedAt()));
      }
    }
    if (max[0] == null) {
      inputs.progress().clear();
      err.println("warning: no valid event or response was read, so the report is as of "
          + Instant.EPOCH + "; give --as-of to set it");
      return Instant.EPOCH;
    }
    return max[0];
  }

  private static void keepLatest(@Nullable Instant[] max, Instant at) {
    if (max[0] == null || at.isAfter(max[0])) {
      max[0] = at;
    }
  }
}
