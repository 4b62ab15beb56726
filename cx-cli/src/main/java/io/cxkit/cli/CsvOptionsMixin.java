package io.cxkit.cli;

import io.cxkit.core.CxException;
import io.cxkit.survey.io.CsvOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The CSV options of the readers, shared by {@code report} and {@code validate}: how a CSV export
 * is written. JSON Lines files ignore them.
 */
final class CsvOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec spec;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "CSV cell delimiter: ',' ';' '|' or 'tab' (default: ${DEFAULT-VALUE}).",
      defaultValue = ",")
  String delimiter = ",";

  @Option(names = "--decimal-comma",
      description = "CSV numbers are written with a decimal comma (2,5).")
  boolean decimalComma;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "CSV encoding, such as UTF-8, windows-1251 or GB18030"
          + " (default: ${DEFAULT-VALUE}; a byte order mark is skipped).",
      defaultValue = "UTF-8")
  String encoding = "UTF-8";

  @Option(names = "--list-separator", paramLabel = "TEXT",
      description = "What separates several choices (and the items of a set attribute) in one"
          + " CSV cell (default: ';', or '|' when the delimiter is ';').")
  @Nullable String listSeparator;

  @Option(names = "--csv-zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
      description = "Zone of CSV times written without an offset (default: the --zone of the"
          + " report, else UTC).")
  @Nullable ZoneId csvZone;

  /**
   * @param fallback the zone of times without an offset when {@code --csv-zone} is not given
   * @return the options
   * @throws ParameterException when the delimiter, encoding or list separator is not one the
   *     readers take
   */
  CsvOptions options(ZoneId fallback) {
    char d = switch (delimiter) {
      case "tab", "\\t", "\t" -> '\t';
      default -> {
        if (delimiter.length() != 1) {
          throw usage("--delimiter " + delimiter + ": must be one character: , ; | or tab");
        }
        yield delimiter.charAt(0);
      }
    };
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage("--encoding " + encoding + ": is not an encoding this Java knows");
    }
    CsvOptions options;
    try {
      options = CsvOptions.DEFAULT.withDelimiter(d).withDecimalComma(decimalComma)
          .withCharset(charset).withZone(csvZone != null ? csvZone : fallback);
    } catch (CxException e) {
      throw usage("--delimiter " + delimiter + ": " + e.getMessage());
    }
    if (listSeparator == null) {
      return options;
    }
    try {
      return options.withListSeparator(listSeparator);
    } catch (CxException e) {
      throw usage("--list-separator " + listSeparator + ": " + e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(java.util.Objects.requireNonNull(spec, "spec").commandLine(),
        message);
  }
}
