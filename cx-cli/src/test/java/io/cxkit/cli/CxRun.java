package io.cxkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code cx} in this JVM, as {@link Cx#run} does for the tests, and keeps what it printed. */
final class CxRun {
  private CxRun() {}

  /**
   * What a run gave.
   *
   * @param code the exit code
   * @param out what it printed on stdout
   * @param err what it printed on stderr
   */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** @param args the command line @return the exit code and output */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
