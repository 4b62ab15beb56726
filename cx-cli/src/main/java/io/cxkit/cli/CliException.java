package io.cxkit.cli;

import java.util.Objects;

/**
 * A command stops with an exit code and a message for stderr, never a stack trace: a file that
 * cannot be read ({@link ExitCodes#INPUT}) or a bad record met with {@code --strict} ({@link
 * ExitCodes#BAD_RECORDS}). Usage errors are picocli's {@code ParameterException} instead, so that
 * they get picocli's hint to {@code --help}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param exitCode the process's exit code
   * @param message the whole message, naming the file and what is wrong
   */
  CliException(int exitCode, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.exitCode = exitCode;
  }

  /** @param message what cannot be read, and why @return an exception exiting with code 3 */
  static CliException input(String message) {
    return new CliException(ExitCodes.INPUT, message);
  }

  /** @return the process's exit code */
  int exitCode() {
    return exitCode;
  }
}
