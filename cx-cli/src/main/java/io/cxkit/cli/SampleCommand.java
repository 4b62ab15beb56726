package io.cxkit.cli;

import io.cxkit.core.CxException;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cx sample}: writes the sample shop's files (journey map, personas, surveys, profiles,
 * events, responses and the {@code sample.json} manifest) and prints the manifest's path and the
 * counts.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100,
    description = {
      "Writes the sample online shop: journey.json, personas.json, surveys/<id>.json,"
          + " profiles, events and responses/<id> as JSON Lines or CSV, and sample.json, the"
          + " manifest with the settings, the files, their counts and the headline ranges."
          + " The same settings give the same bytes.",
    })
final class SampleCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--customers", required = true, paramLabel = "N",
      description = "Customers, 1 to 10000000 (10000 give the documented headline figures).")
  int customers;

  @Option(names = "--seed", required = true, paramLabel = "S",
      description = "Seed: the same seed gives the same data.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write (created; files of the same names are replaced).")
  String out = "";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      converter = FormatConverter.class,
      description = "jsonl or csv (default: jsonl).")
  SampleFormat format = SampleFormat.JSON_LINES;

  @Option(names = "--months", paramLabel = "M",
      description = "Months covered, 1 to 36 (default: 12).")
  @Nullable Integer months;

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "First day, in the zone (default: 2026-01-01).")
  @Nullable LocalDate start;

  @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
      description = "The shop's zone (default: Europe/Berlin).")
  @Nullable ZoneId zone;

  @Mixin
  ProgressMixin progress = new ProgressMixin();

  /** @param context the streams and terminal the command runs with */
  SampleCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    ShopSample sample = build(Objects.requireNonNull(spec, "spec"), customers, seed, months, start,
        zone);
    SampleFiles files = SampleRun.write(sample, out, format, progress.progress(context));
    SampleRun.print(context.out(), files);
    context.out().flush();
    return ExitCodes.OK;
  }

  /**
   * @return the sample of the settings given
   * @throws ParameterException naming the setting when a value is out of range
   */
  static ShopSample build(CommandSpec spec, int customers, long seed, @Nullable Integer months,
      @Nullable LocalDate start, @Nullable ZoneId zone) {
    try {
      ShopSample.Builder builder = ShopSample.builder().customers(customers).seed(seed);
      if (months != null) {
        builder.months(months);
      }
      if (start != null) {
        builder.start(start);
      }
      if (zone != null) {
        builder.zone(zone);
      }
      return builder.build();
    } catch (CxException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code jsonl} or {@code csv}. */
  static final class FormatConverter implements ITypeConverter<SampleFormat> {
    @Override
    public SampleFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "jsonl" -> SampleFormat.JSON_LINES;
        case "csv" -> SampleFormat.CSV;
        default -> throw new TypeConversionException("'" + value + "' must be jsonl or csv");
      };
    }
  }
}
