package io.cxkit.cli;

import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ReadReport;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * {@code cx validate}: checks responses files against their surveys and prints every bad record
 * and every violation with its file and line, {@code FILE:LINE: path = value: rule}, on stdout.
 * Exit code 0 when every record is valid, 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100,
    description = {
      "Checks responses against their surveys: every record that cannot be read and every"
          + " violation of the survey's rules (a score off its scale, an unknown choice, a"
          + " required question left out, an answer to a question the path never reached),"
          + " printed as FILE:LINE: path = value: rule. Exit code 0 when clean, 1 when not.",
      "Responses files pair with surveys as in cx report: ID=FILE, the file's base name, or the"
          + " only survey.",
    })
final class ValidateCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  SurveyFilesMixin files = new SurveyFilesMixin();

  @Mixin
  CsvOptionsMixin csv = new CsvOptionsMixin();

  @Mixin
  ProgressMixin progress = new ProgressMixin();

  /** @param context the streams and terminal the command runs with */
  ValidateCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    CommandSpec command = Objects.requireNonNull(spec, "spec");
    PrintWriter out = context.out();
    CsvOptions options = csv.options(ZoneOffset.UTC);
    long[] violations = {0};
    Inputs inputs = new Inputs(context.err(), progress.progress(context), false,
        (file, bad) -> violations[0] += print(out, file, bad));
    List<Survey> read = new ArrayList<>();
    for (String path : files.surveys) {
      read.add(inputs.survey(path));
    }
    List<Pairing.Paired> paired = Pairing.pair(read, files.responses,
        message -> new ParameterException(command.commandLine(), message));
    for (Pairing.Paired file : paired) {
      ReadReport report = inputs.records("responses", file.path(), file.format(),
          Readers.responses(file.survey(), file.format(), options), response -> { });
      out.println(file.path() + ": " + report.read() + " records, " + report.valid() + " valid, "
          + report.skipped() + " bad (survey " + file.survey().id() + ")");
    }
    long bad = inputs.skipped();
    out.println(bad == 0 ? "clean: every record is valid"
        : bad + (bad == 1 ? " bad record, " : " bad records, ") + violations[0]
            + (violations[0] == 1 ? " problem" : " problems"));
    out.flush();
    return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_RECORDS;
  }

  /** Prints each violation of a bad record on a line of its own; returns how many. */
  private static int print(PrintWriter out, String file, BadRecord bad) {
    String where = file + ":" + bad.line() + ": ";
    if (bad.problem() instanceof InvalidResponseException invalid) {
      for (Violation violation : invalid.violations()) {
        out.println(where + violation);
      }
      return invalid.violations().size();
    }
    out.println(where + bad.problem().getMessage());
    return 1;
  }
}
