package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command: help, version, usage errors and their exit codes. */
class CxCommandLineTest {

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CxRun.Result r = CxRun.run("--help");
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).contains("demo", "report", "validate", "schema", "sample")
        .contains("Exit codes:", "0   success", "1   bad records or violations",
            "2   usage error", "3   a file that cannot be read", "4   internal error");
  }

  @Test
  void everyCommandHasHelpWithTheExitCodes() {
    for (String command : new String[] {"demo", "report", "validate", "schema", "sample"}) {
      CxRun.Result r = CxRun.run(command, "--help");
      assertThat(r.code()).as(command).isEqualTo(0);
      assertThat(r.out()).as(command).startsWith("Usage: cx " + command).contains("Exit codes:");
    }
  }

  @Test
  void versionIsDevelopmentOutsideTheJar() {
    // Run from target/classes there is no manifest with an Implementation-Version.
    CxRun.Result r = CxRun.run("--version");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out().strip()).isEqualTo("cx development");
    assertThat(CxRun.run("report", "--version").out().strip()).isEqualTo("cx development");
  }

  @Test
  void noCommandIsAUsageError() {
    CxRun.Result r = CxRun.run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing a command: demo, report, validate, schema or sample")
        .contains("Try 'cx --help'");
  }

  @Test
  void anUnknownCommandOrOptionIsAUsageErrorWithASuggestion() {
    CxRun.Result r = CxRun.run("reprot");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("reprot").contains("report");
    CxRun.Result option = CxRun.run("report", "--formt", "json", "--survey", "s.json",
        "--responses", "r.jsonl");
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.err()).contains("--formt").contains("--format");
    // After a list of files, a misspelt option is refused, not taken for a file name.
    CxRun.Result afterFiles = CxRun.run("report", "--survey", "s.json", "--responses",
        "r.jsonl", "--formt", "json");
    assertThat(afterFiles.code()).isEqualTo(2);
    assertThat(afterFiles.err()).contains("Unknown option: '--formt'");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    CxRun.Result r = CxRun.run("report", "--survey", "s.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option").contains("--responses")
        .contains("Try 'cx report --help'");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void malformedOptionValuesAreUsageErrorsQuotingTheValue() {
    String[][] cases = {
      {"--period", "fortnight", "'fortnight' must be day, week or month"},
      {"--zone", "Mars/Olympus", "'Mars/Olympus' is not a zone id"},
      {"--by", "planet", "by = planet: must be one of segment, persona, touchpoint, channel,"
          + " locale, variant"},
      {"--format", "pdf", "'pdf' must be text, json or html"},
      {"--funnel-window", "soon", "'soon' is not a duration"},
      {"--min-n", "many", "'many' is not a long"},
    };
    for (String[] c : cases) {
      CxRun.Result r = CxRun.run("report", "--survey", "s.json", "--responses", "r.jsonl",
          c[0], c[1]);
      assertThat(r.code()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains(c[2]);
    }
  }

  @Test
  void aFaultOfCxItselfExitsWithFourAndPrintsTheStackTrace() {
    // A command that fails as no input can make it fail: only such a fault prints a stack trace.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Cx.commandLine(new CliContext(new PrintWriter(out), new PrintWriter(err),
        false, System::nanoTime));
    line.addSubcommand("fault", new Fault());
    assertThat(line.execute("fault")).isEqualTo(4);
    assertThat(err.toString()).startsWith("internal error: java.lang.IllegalStateException: a bug")
        .contains("\tat ");
  }

  @Test
  void runningOutOfMemoryExitsWithFourAndSaysHowToGiveMoreNotAStackTrace() {
    // A 200 000-customer report under -Xmx48m printed 30 lines of CustomerIndex.rehash frames.
    StringWriter err = new StringWriter();
    assertThat(Cx.internalError(new PrintWriter(err), new OutOfMemoryError("Java heap space")))
        .isEqualTo(4);
    assertThat(err.toString()).startsWith("out of memory (Java heap space) with at most ")
        .contains("MB of heap: give the JVM more, such as CX_JAVA_OPTS=-Xmx2g ./cx")
        .doesNotContain("\tat ").doesNotContain("internal error");
  }

  /** A command with a bug. */
  @CommandLine.Command(name = "fault")
  static final class Fault implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }
}
