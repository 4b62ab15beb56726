package io.cxkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** What the scale checks ({@code JourneyScaleCheck}, {@code TextScaleCheck}, {@code SampleScaleCheck}) share. */
final class ScaleChecks {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private ScaleChecks() {}

  /**
   * @param args the command line
   * @param i the index of an option's value
   * @param option the option, for the message
   * @return the value
   * @throws IllegalArgumentException if the command line ends before it
   */
  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** @return the heap in use now, garbage included */
  static long heapUsed() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** @return the heap in use after two full collections: what is live */
  static long heapAfterGc() {
    MEMORY.gc();
    MEMORY.gc();
    return heapUsed();
  }

  /**
   * @param bytes a number of bytes
   * @return it in MiB
   */
  static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /**
   * Ends the run with exit code 2, printing without allocating much: the heap is exhausted.
   *
   * @param where the thread it happened in
   * @param error the error
   */
  static void outOfMemory(String where, Throwable error) {
    System.err.println("OUT OF MEMORY in " + where + ": " + error.getMessage());
    Runtime.getRuntime().halt(2);
  }
}
