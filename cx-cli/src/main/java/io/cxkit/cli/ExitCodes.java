package io.cxkit.cli;

/**
 * The exit codes of every {@code cx} command, as {@code cx --help} and cx-cli/README.md list them.
 */
final class ExitCodes {
  /** The command did what it was asked. */
  static final int OK = 0;
  /** Bad records or violations were found: {@code validate}, and {@code report --strict}. */
  static final int BAD_RECORDS = 1;
  /** The command line is wrong: an unknown option, a missing or unpairable file option. */
  static final int USAGE = 2;
  /** A file cannot be read or written, or a JSON document (survey, journey, personas) is bad. */
  static final int INPUT = 3;
  /**
   * A fault of cx itself: "internal error" and the stack trace are printed on stderr; or the JVM
   * ran out of memory, and a line says how to give it more.
   */
  static final int INTERNAL = 4;

  /** The list picocli prints under "Exit codes:" in every command's help. */
  static final String[] HELP_LIST = {
    "0:success",
    "1:bad records or violations (validate; report --strict)",
    "2:usage error: an unknown or malformed option, a missing or unpairable file option",
    "3:a file that cannot be read or written, or a malformed survey, journey or personas"
        + " document (the message names the file, the JSON path and the line)",
    "4:internal error (a fault of cx: the stack trace is printed on stderr), or out of memory"
        + " (give the JVM more: CX_JAVA_OPTS=-Xmx2g)",
  };

  private ExitCodes() {}
}
