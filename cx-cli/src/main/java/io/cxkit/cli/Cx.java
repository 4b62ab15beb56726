package io.cxkit.cli;

import io.cxkit.core.CxException;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code cx} command: {@code demo}, {@code report}, {@code validate}, {@code schema} and
 * {@code sample}. {@link #main} runs it as a process; {@link #run} runs it in this JVM, as the
 * tests do. Exit codes: 0 success; 1 bad records or violations; 2 usage error; 3 a file that
 * cannot be read or written, or a malformed document; 4 internal error. Bad input never ends in a
 * stack trace: only a fault of cx itself (exit code 4) prints one.
 */
@Command(name = "cx", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    usageHelpAutoWidth = false, usageHelpWidth = 100,
    description = {
      "cxkit's command line: a CX report over survey responses, journey events, personas and"
          + " profiles (text, JSON, self-contained HTML with charts), validation, JSON Schemas"
          + " and the sample shop.",
      "",
      "Start with: cx demo",
    },
    subcommands = {DemoCommand.class, ReportCommand.class, ValidateCommand.class,
        SchemaCommand.class, SampleCommand.class})
public final class Cx implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  private Cx() {}

  /**
   * Runs the command as a process: standard output and error as UTF-8, progress bars when the
   * process has a terminal, and {@link System#exit} with the command's exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so that the output is the same bytes everywhere.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.console() != null, System::nanoTime);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command in this JVM, as the tests do; progress bars are off unless {@code
   * --progress} is given.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 success, 1 bad records or violations, 2 usage error, 3 a file that
   *     cannot be read or written or a malformed document, 4 internal error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false, System::nanoTime);
  }

  /**
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @param terminal whether progress bars are drawn unless told otherwise
   * @param nanoClock the progress bars' clock
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal,
      LongSupplier nanoClock) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    // XChart draws with AWT: never open a display, not even when one is there.
    System.setProperty("java.awt.headless", "true");
    try {
      CommandLine line = commandLine(new CliContext(out, err, terminal, nanoClock));
      int code = line.execute(args);
      out.flush();
      err.flush();
      return code;
    } catch (RuntimeException | Error e) {
      // Setting up picocli failed: a fault of cx.
      return internalError(err, e);
    }
  }

  /**
   * @param context the streams, terminal and clock the commands run with
   * @return the command line of {@code cx} and its sub-commands, with cx's exit codes
   */
  static CommandLine commandLine(CliContext context) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        // The commands take the context; picocli's own classes come from its factory.
        try {
          return type.getDeclaredConstructor(CliContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
          if (type == Cx.class) {
            return type.cast(new Cx());
          }
          return defaults.create(type);
        }
      }
    };
    CommandLine line = new CommandLine(Cx.class, factory);
    line.setOut(context.out());
    line.setErr(context.err());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    // "--responses a.jsonl --formt json": a misspelt option is an error, not a file name.
    line.setUnmatchedOptionsAllowedAsOptionParameters(false);
    line.setParameterExceptionHandler(Cx::usageError);
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, context.err()));
    exitCodes(line);
    return line;
  }

  @Override
  public Integer call() {
    // "cx" alone: say what there is to do.
    throw new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(),
        "Missing a command: demo, report, validate, schema or sample");
  }

  private static void exitCodes(CommandLine line) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : ExitCodes.HELP_LIST) {
      int colon = entry.indexOf(':');
      codes.put("  " + entry.substring(0, colon), entry.substring(colon + 1));
    }
    line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(codes);
    for (CommandLine sub : line.getSubcommands().values()) {
      exitCodes(sub);
    }
  }

  /** A usage error (exit code 2): the message, a suggestion for a misspelt option, a hint. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(line.getColorScheme().errorText(e.getMessage()));
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more"
          + " information.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** What a command threw: exit code 1 or 3 with its message, or 4 with the stack trace. */
  private static int failure(Exception e, PrintWriter err) {
    if (e instanceof CliException cli) {
      err.println(cli.getMessage());
      err.flush();
      return cli.exitCode();
    }
    if (e instanceof CxException) {
      // Bad input that no file check caught: the library's message names what and where.
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INPUT;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("cannot read or write: " + io.getCause().getMessage());
      err.flush();
      return ExitCodes.INPUT;
    }
    return internalError(err, e);
  }

  /**
   * @param err stderr
   * @param e what cx did not handle
   * @return {@link ExitCodes#INTERNAL}, after "internal error" and the stack trace; for an {@link
   *     OutOfMemoryError}, which is no fault of cx and whose trace says nothing, a line saying how
   *     to give the JVM more memory instead
   */
  static int internalError(PrintWriter err, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      err.println("out of memory (" + e.getMessage() + ") with at most " + mb + " MB of heap: give"
          + " the JVM more, such as CX_JAVA_OPTS=-Xmx2g ./cx …, or java -Xmx2g -jar cx.jar …");
      err.flush();
      return ExitCodes.INTERNAL;
    }
    err.println("internal error: " + e);
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The version in the jar's manifest, or "development" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cx.class.getPackage().getImplementationVersion();
      return new String[] {"cx " + (version == null ? "development" : version)};
    }
  }
}
