package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.GroupBy;
import io.cxkit.cli.report.ReportSettings;
import io.cxkit.core.CxException;
import io.cxkit.survey.summary.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cx report}: a CX report over survey responses and, when given, journey events, personas
 * and profiles, as text, JSON or self-contained HTML.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100,
    abbreviateSynopsis = true,
    description = {
      "A CX report over survey responses and, when given, journey events, personas and customer"
          + " profiles: headline NPS, CSAT, CES and goal completion with intervals and n;"
          + " a breakdown with each group against the rest; trends; funnel and exit points with"
          + " the feedback given there; retention, churn and lifetimes; themes and phrases;"
          + " the follow-up count.",
      "",
      "A responses file belongs to the survey named as ID=FILE, or whose id is the file's base"
          + " name (responses/post-purchase.jsonl), or to the only survey. .jsonl and .ndjson"
          + " files are JSON Lines, .csv files cxkit's CSV export layout.",
      "Bad records are printed on stderr as FILE:LINE: message and skipped; the report counts"
          + " them. Without --as-of the report is as of the latest event (a first pass over the"
          + " events file finds it), or of the latest response when no events are given.",
    })
final class ReportCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  SurveyFilesMixin files = new SurveyFilesMixin();

  @Option(names = "--journey", paramLabel = "J.json", description = "Journey map document.")
  @Nullable String journey;

  @Option(names = "--events", paramLabel = "FILE",
      description = "Journey events in time order, .jsonl or .csv (needs --journey).")
  @Nullable String events;

  @Option(names = "--personas", paramLabel = "P.json", description = "Personas document.")
  @Nullable String personas;

  @Option(names = "--profiles", paramLabel = "FILE",
      description = "Customer profiles, .jsonl or .csv.")
  @Nullable String profiles;

  @Option(names = "--by", paramLabel = "GROUPING", converter = Converters.GroupByConverter.class,
      description = "Breakdown: segment, persona, touchpoint, channel, locale or variant"
          + " (default: persona with --personas and --profiles, else touchpoint).")
  @Nullable GroupBy by;

  @Option(names = "--segment-attribute", paramLabel = "NAME",
      description = "Profile attribute whose values are the segments of --by segment.")
  @Nullable String segmentAttribute;

  @Option(names = "--period", paramLabel = "PERIOD", converter = Converters.PeriodConverter.class,
      defaultValue = "month",
      description = "Trend, cohort and churn period: day, week or month (default: month).")
  Period period = Period.MONTH;

  @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
      description = "Zone periods are counted in, such as Europe/Berlin (default: UTC).")
  @Nullable ZoneId zone;

  @Option(names = "--as-of", paramLabel = "INSTANT|DATE",
      description = "The instant the report is as of: 2026-12-31T23:00:00Z, or a date meaning"
          + " its midnight in the zone (default: the latest event, else the latest response).")
  @Nullable String asOf;

  @Option(names = "--funnel", paramLabel = "STEPS", split = ",",
      description = "Funnel steps ID or ID:KIND, comma-separated, such as"
          + " product-page,cart,checkout:start,order-confirmation:purchase"
          + " (default: the map's stages, the goal's kind on the last).")
  List<String> funnel = new ArrayList<>();

  @Option(names = "--goal", paramLabel = "ID:KIND",
      description = "Goal of funnels, exits and retention, such as order-confirmation:purchase"
          + " (default: any purchase event).")
  @Nullable String goal;

  @Option(names = "--funnel-window", paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description = "Funnel conversion window from its first step: PT1H, 1d, 2h"
          + " (default: 1 day).")
  @Nullable Duration funnelWindow;

  @Option(names = "--exit-horizon", paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description = "How long without an event counts as gone (default: 30 days).")
  @Nullable Duration exitHorizon;

  @Option(names = "--min-n", paramLabel = "N",
      description = "Groups with fewer answers are flagged, never significant (default: 30).")
  @Nullable Long minimumN;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The report's title (default: CX report).")
  @Nullable String title;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, json or html (default: text).", defaultValue = "text",
      converter = ReportCommand.FormatConverter.class)
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  @Nullable String out;

  @Option(names = "--strict",
      description = "Stop at the first bad record, with exit code 1.")
  boolean strict;

  @Mixin
  CsvOptionsMixin csv = new CsvOptionsMixin();

  @Mixin
  ProgressMixin progress = new ProgressMixin();

  /** @param context the streams and terminal the command runs with */
  ReportCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    CommandSpec command = Objects.requireNonNull(spec, "spec");
    ZoneId reportZone = zone != null ? zone : ZoneId.of("UTC");
    checkOptions();
    ReportSettings.Builder settings = settings(reportZone);
    Instant at = null;
    if (asOf != null) {
      try {
        at = Converters.asOf(asOf, reportZone);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command.commandLine(), e.getMessage());
      }
    }
    ReportRun.Sources sources = new ReportRun.Sources(files.surveys, files.responses, journey,
        events, personas, profiles, csv.options(reportZone));
    Inputs inputs = new Inputs(context.err(), progress.progress(context), strict);
    CxReport report = ReportRun.run(sources, settings, at, inputs, context.err(),
        message -> new ParameterException(command.commandLine(), message));
    if (out == null) {
      try {
        format.write(report, context.out());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      String path = out;
      Outputs.write(path, w -> format.write(report, w));
      context.out().println("wrote " + path);
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  private void checkOptions() {
    CommandSpec command = Objects.requireNonNull(spec, "spec");
    if (command.commandLine().getParseResult().hasMatchedOption("--funnel") && funnel.isEmpty()) {
      throw new ParameterException(command.commandLine(),
          "--funnel: names no step; give two or more, such as cart,checkout:start");
    }
    // Options of the journey's analyses mean nothing without the map they name touchpoints of.
    String journeyOption = !funnel.isEmpty() ? "--funnel" : goal != null ? "--goal"
        : funnelWindow != null ? "--funnel-window" : exitHorizon != null ? "--exit-horizon"
        : null;
    if (journeyOption != null && journey == null) {
      throw new ParameterException(command.commandLine(), journeyOption + " needs --journey"
          + " and --events: the funnel, exits and retention are counted over journey events");
    }
    if (by == GroupBy.PERSONA && (personas == null || profiles == null)) {
      throw new ParameterException(command.commandLine(),
          "--by persona needs --personas and --profiles: personas classify the profiles");
    }
    if (by == GroupBy.SEGMENT && (segmentAttribute == null || profiles == null)) {
      throw new ParameterException(command.commandLine(),
          "--by segment needs --segment-attribute and --profiles: segments are the values of"
              + " a profile attribute");
    }
  }

  private ReportSettings.Builder settings(ZoneId reportZone) {
    ReportSettings.Builder settings = ReportSettings.builder().zone(reportZone).period(period);
    try {
      if (title != null) {
        settings.title(title);
      }
      if (by != null) {
        settings.by(by);
      }
      if (segmentAttribute != null) {
        settings.segmentAttribute(segmentAttribute);
      }
      if (!funnel.isEmpty()) {
        settings.funnel(funnel);
      }
      if (goal != null) {
        settings.goal(goal);
      }
      if (funnelWindow != null) {
        settings.funnelWindow(funnelWindow);
      }
      if (exitHorizon != null) {
        settings.exitHorizon(exitHorizon);
      }
      if (minimumN != null) {
        settings.minimumN(minimumN);
      }
    } catch (CxException e) {
      throw new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(),
          e.getMessage());
    }
    return settings;
  }

  /** {@code text}, {@code json} or {@code html}, in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' must be text, json or html");
      }
    }
  }
}
