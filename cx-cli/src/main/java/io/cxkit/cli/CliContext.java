package io.cxkit.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a command runs with: its standard output and error, whether stderr is a terminal (progress
 * bars are drawn only then, unless {@code --progress} or {@code --no-progress} say otherwise),
 * and the clock of the progress bars.
 *
 * @param out standard output
 * @param err standard error
 * @param terminal whether the process is attached to a terminal ({@code System.console() != null})
 * @param nanoClock a monotonic clock in nanoseconds
 */
record CliContext(PrintWriter out, PrintWriter err, boolean terminal, LongSupplier nanoClock) {
  /** Checks the components. */
  CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(nanoClock, "nanoClock");
  }
}
