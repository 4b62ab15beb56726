package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.GroupBy;
import io.cxkit.cli.report.ReportSettings;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.summary.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code cx demo}: generates the sample shop as JSON Lines files in {@code DIR/data} and makes the
 * full report over them, exactly as {@code cx report} would over those files: text on stdout,
 * {@code DIR/report.html} and {@code DIR/report.json}, whose paths it prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100,
    description = {
      "Generates the sample online shop (10000 customers over 2026 unless told otherwise) as"
          + " JSON Lines files in DIR/data, then makes the full report over those files: the"
          + " checkout funnel product-page, cart, checkout:start, order-confirmation:purchase;"
          + " the goal order-confirmation:purchase; the breakdown by persona; monthly trends in"
          + " the shop's zone; as of the sample's end. Prints the text report and writes"
          + " DIR/report.html and DIR/report.json.",
    })
final class DemoCommand implements Callable<Integer> {
  /** The demo's funnel: the shop's checkout, from product page to order. */
  static final List<String> FUNNEL =
      List.of("product-page", "cart", "checkout:start", "order-confirmation:purchase");
  /** The demo's goal: an order. */
  static final String GOAL = "order-confirmation:purchase";

  private final CliContext context;

  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cx-demo",
      description = "Directory for the data and the report (default: ${DEFAULT-VALUE}).")
  String out = "cx-demo";

  @Option(names = "--customers", paramLabel = "N", defaultValue = "10000",
      description = "Customers of the sample shop (default: ${DEFAULT-VALUE}).")
  int customers = ShopSample.DEFAULT_CUSTOMERS;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the sample shop (default: ${DEFAULT-VALUE}).")
  long seed = ShopSample.DEFAULT_SEED;

  @Mixin
  ProgressMixin progress = new ProgressMixin();

  /** @param context the streams and terminal the command runs with */
  DemoCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    CommandSpec command = Objects.requireNonNull(spec, "spec");
    ShopSample sample = SampleCommand.build(command, customers, seed, null, null, null);
    Progress bar = progress.progress(context);
    String data = Outputs.path(out).resolve("data").toString();
    SampleFiles files = SampleRun.write(sample, data, SampleFormat.JSON_LINES, bar);

    List<String> surveys = new ArrayList<>();
    for (Path path : files.surveys().values()) {
      surveys.add(path.toString());
    }
    List<String> responses = new ArrayList<>();
    for (Map.Entry<String, Path> e : files.responses().entrySet()) {
      responses.add(e.getKey() + "=" + e.getValue());
    }
    ReportRun.Sources sources = new ReportRun.Sources(surveys, responses,
        files.journeyMap().toString(), files.events().toString(), files.personas().toString(),
        files.profiles().toString(), CsvOptions.DEFAULT);
    ReportSettings.Builder settings = ReportSettings.builder()
        .title(String.format(Locale.ROOT, "Sample shop: %,d customers, seed %d",
            sample.customers(), sample.seed()))
        .funnel(FUNNEL).goal(GOAL).by(GroupBy.PERSONA).period(Period.MONTH).zone(sample.zone());
    Inputs inputs = new Inputs(context.err(), bar, false);
    CxReport report = ReportRun.run(sources, settings, sample.end(), inputs, context.err(),
        message -> new ParameterException(command.commandLine(), message));

    try {
      ReportFormat.TEXT.write(report, context.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path dir = Outputs.path(out);
    String html = dir.resolve("report.html").toString();
    String json = dir.resolve("report.json").toString();
    Outputs.write(html, w -> ReportFormat.HTML.write(report, w));
    Outputs.write(json, w -> ReportFormat.JSON.write(report, w));
    context.out().println();
    context.out().println("sample data: " + files.manifest());
    context.out().println("wrote " + html);
    context.out().println("wrote " + json);
    context.out().flush();
    return ExitCodes.OK;
  }
}
