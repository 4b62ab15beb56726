package io.cxkit.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for long reads and writes: the label, a bar with the percent done (bytes
 * read of the file's size, or time simulated of the sample's span), the records so far and the
 * records per second. It is redrawn in place ({@code \r}) at most {@value #REDRAWS_PER_SECOND}
 * times a second, and ends with a last line when the task finishes. A disabled progress (stderr is
 * not a terminal, or {@code --no-progress}) prints nothing at all. The clock and the sink are
 * injected, so that the rendering is tested without waiting.
 */
final class Progress {
  /** The most redraws per second. */
  static final int REDRAWS_PER_SECOND = 5;
  /** The least time between two redraws, in nanoseconds. */
  static final long REDRAW_INTERVAL_NANOS = 1_000_000_000L / REDRAWS_PER_SECOND;
  /** The bar's width in characters, between the brackets. */
  static final int BAR_WIDTH = 20;
  /** Labels longer than this are cut at the front, where paths are least telling. */
  static final int LABEL_WIDTH = 28;

  private static final Progress OFF = new Progress(false, new PrintWriter(Writer.nullWriter()),
      () -> 0L);

  private final boolean enabled;
  private final PrintWriter sink;
  private final LongSupplier nanoClock;
  /** Characters of the line now on the screen, 0 when none: what {@link #clear()} must blank. */
  private int drawn;

  /**
   * @param enabled whether to draw at all
   * @param sink where to draw: stderr
   * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  Progress(boolean enabled, PrintWriter sink, LongSupplier nanoClock) {
    this.enabled = enabled;
    this.sink = Objects.requireNonNull(sink, "sink");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** @return a progress that never draws */
  static Progress off() {
    return OFF;
  }

  /** @return whether this progress draws */
  boolean enabled() {
    return enabled;
  }

  /**
   * Starts a task; nothing is drawn before the first redraw interval has passed.
   *
   * @param label what is being done, such as the file's name
   * @param done how much of the work is done so far, in the unit of {@code total}
   * @param total the whole work, such as the file's size in bytes; 0 or less when unknown (no
   *     percent is shown then)
   * @return the task, to {@link Task#advance() advance} per record and {@link Task#finish() finish}
   */
  Task start(String label, LongSupplier done, long total) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(done, "done");
    return new Task(label, done, total, enabled ? nanoClock.getAsLong() : 0L);
  }

  /**
   * Blanks the line drawn, so that a message printed on stderr next does not run into the bar.
   */
  void clear() {
    if (drawn > 0) {
      sink.print('\r' + " ".repeat(drawn) + '\r');
      sink.flush();
      drawn = 0;
    }
  }

  private void draw(String line, boolean last) {
    // Pad over a longer line drawn before, so that no stale characters are left behind.
    String padded = line.length() < drawn ? line + " ".repeat(drawn - line.length()) : line;
    sink.print('\r' + padded);
    if (last) {
      sink.print('\n');
      drawn = 0;
    } else {
      drawn = line.length();
    }
    sink.flush();
  }

  /**
   * One progress line: {@code events.jsonl [#########-----------]  45%  92345 records  61230
   * records/s}. Pure, for tests.
   *
   * @param label what is being done; cut at the front to {@value #LABEL_WIDTH} characters at
   *     most, at a directory where there is one
   * @param done the work done
   * @param total the whole work, 0 or less when unknown: the bar and percent are left out
   * @param records the records so far
   * @param elapsedNanos the time since the task started; the rate is left out when 0
   * @return the line, without line ends, at most 100 characters
   */
  static String line(String label, long done, long total, long records, long elapsedNanos) {
    StringBuilder out = new StringBuilder(100);
    String shown = label;
    if (label.length() > LABEL_WIDTH) {
      shown = label.substring(label.length() - (LABEL_WIDTH - 1));
      // Cut at a directory, so that a name is whole: "…/delivery-csat.jsonl".
      int slash = shown.indexOf('/');
      shown = "…" + (slash >= 0 && slash < shown.length() - 1 ? shown.substring(slash) : shown);
    }
    out.append(shown);
    if (total > 0) {
      long clamped = Math.max(0, Math.min(done, total));
      // Whole percent rounded down, so that 100 % is shown only when all is done.
      int percent = (int) (clamped * 100.0 / total);
      int filled = (int) (clamped * (double) BAR_WIDTH / total);
      out.append(" [").append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled))
          .append("] ").append(String.format(Locale.ROOT, "%3d%%", percent));
    }
    out.append("  ").append(records).append(records == 1 ? " record" : " records");
    if (elapsedNanos > 0) {
      long perSecond = (long) (records * 1e9 / elapsedNanos);
      out.append("  ").append(perSecond).append(" records/s");
    }
    return out.toString();
  }

  /** A task in progress: counts records and redraws the line when the interval has passed. */
  final class Task {
    private final String label;
    private final LongSupplier done;
    private final long total;
    private final long startNanos;
    private long lastDraw;
    private long records;
    private boolean finished;

    private Task(String label, LongSupplier done, long total, long startNanos) {
      this.label = label;
      this.done = done;
      this.total = total;
      this.startNanos = startNanos;
      this.lastDraw = startNanos;
    }

    /** Counts one record, and redraws when the last redraw is at least 200 ms old. */
    void advance() {
      records++;
      if (!enabled) {
        return;
      }
      long now = nanoClock.getAsLong();
      if (now - lastDraw >= REDRAW_INTERVAL_NANOS) {
        lastDraw = now;
        draw(line(label, done.getAsLong(), total, records, now - startNanos), false);
      }
    }

    /** @return the records counted */
    long records() {
      return records;
    }

    /** Draws the last line, complete, and ends it; a second call does nothing. */
    void finish() {
      if (finished) {
        return;
      }
      finished = true;
      if (enabled) {
        long now = nanoClock.getAsLong();
        draw(line(label, total > 0 ? total : done.getAsLong(), total, records, now - startNanos),
            true);
      }
    }

    /** Blanks the line without a last one: the task stopped on an error, which is printed next. */
    void abandon() {
      finished = true;
      clear();
    }
  }
}
