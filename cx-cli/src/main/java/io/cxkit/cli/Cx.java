package io.cxkit.cli;

import java.io.PrintWriter;

/**
 * The {@code cx} command. SKELETON: the command-line part writes the sub-commands.
 */
public final class Cx {
  private Cx() {}

  /** @param args the command line */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command in this JVM, as the tests do.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    throw new IllegalStateException("skeleton");
  }
}
