package io.cxkit.benchmarks;

import static io.cxkit.benchmarks.ScaleChecks.mib;
import static io.cxkit.benchmarks.ScaleChecks.value;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.EventReader;
import io.cxkit.journey.io.RecordWriter;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ReadReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Checks issue 7's scale promise: 10 million journey events over a million customers, streamed
 * through the funnel, exit, friction and path analyzers at once, fit in a 1 GiB heap. Run it with
 * {@code java -Xmx1g -cp cx-benchmarks/target/benchmarks.jar io.cxkit.benchmarks.JourneyScaleCheck}.
 *
 * <p>The events come from {@link ShopJourneys} (deterministic, time-ordered, made as they are
 * read), either handed to the analyzers directly ({@code --via none}, the default) or first written
 * as JSON Lines or CSV by a second thread into an OS pipe and read back through {@link
 * EventJsonLines} or {@link EventCsv} ({@code --via json}, {@code --via csv}), so that the readers
 * and their reorder buffer are part of the run. It prints the throughput, the results' headline
 * numbers and the heap in use after a full GC (with every analyzer still reachable), at each
 * checkpoint and at the end; the checkpoints' GC time is left out of the throughput.
 *
 * <p>Options: {@code --events N} (10 000 000), {@code --customers M} (1 000 000), {@code --days D}
 * (90), {@code --seed S} (42), {@code --via none|json|csv}, {@code --checkpoints K} (heap samples
 * during the run, 10; 0 for none), {@code --no-analyses} (only make, and read, the events: the
 * cost of the input), {@code --retention} (issue 8's cohort, churn, lifetime and traffic analyzers
 * too, {@link ShopRetention}), {@code --histogram LINES} (print the head of the live heap's class
 * histogram at the end, where the memory goes). Exit status: 0 when all events were analysed, 2 when the heap ran out, 1 on
 * any other failure.
 */
public final class JourneyScaleCheck {

  private long events = 10_000_000;
  private int customers = 1_000_000;
  private int days = 90;
  private long seed = 42;
  private String via = "none";
  private int checkpoints = 10;
  private boolean analyses = true;
  private boolean retention;
  private int histogram;
  private long gcNanos;

  private JourneyScaleCheck() {}

  /**
   * @param args the options of the class documentation
   */
  public static void main(String[] args) {
    JourneyScaleCheck check = new JourneyScaleCheck();
    try {
      check.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
    // An OutOfMemoryError in the writer thread must fail the run as well.
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
      if (error instanceof OutOfMemoryError) {
        ScaleChecks.outOfMemory(thread.getName(), error);
      }
      error.printStackTrace();
      System.exit(1);
    });
    try {
      check.run();
    } catch (OutOfMemoryError e) {
      ScaleChecks.outOfMemory("main", e);
    }
  }


  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--events" -> events = Long.parseLong(value(args, ++i, arg).replace("_", ""));
        case "--customers" -> customers = Integer.parseInt(value(args, ++i, arg).replace("_", ""));
        case "--days" -> days = Integer.parseInt(value(args, ++i, arg));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
        case "--via" -> via = value(args, ++i, arg);
        case "--checkpoints" -> checkpoints = Integer.parseInt(value(args, ++i, arg));
        case "--no-analyses" -> analyses = false;
        case "--retention" -> retention = true;
        case "--histogram" -> histogram = Integer.parseInt(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option " + arg + "; options: "
            + "--events N --customers M --days D --seed S --via none|json|csv --checkpoints K "
            + "--no-analyses --retention --histogram LINES");
      }
    }
    if (!via.equals("none") && !via.equals("json") && !via.equals("csv")) {
      throw new IllegalArgumentException("--via must be none, json or csv, not " + via);
    }
  }

  private void run() {
    System.out.printf(Locale.ROOT, "%,d events over %,d customers in %d days, seed %d, via %s%s;"
        + " max heap %,d MiB%n", events, customers, days, seed, via,
        analyses ? "" : ", no analyses", Runtime.getRuntime().maxMemory() >> 20);
    long baseline = heapAfterGc();
    System.out.printf(Locale.ROOT, "heap after GC before the run: %,.1f MiB%n", mib(baseline));
    gcNanos = 0;
    ShopJourneys generator = new ShopJourneys(events, customers, days, seed);
    ShopAnalyses shop = analyses ? new ShopAnalyses() : null;
    ShopRetention activity = analyses && retention ? new ShopRetention(days) : null;
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    EventReader reader = via.equals("none") ? null : pipeThrough(generator, writerFailure);
    Iterator<JourneyEvent> input = reader == null ? generator : reader;
    long every = checkpoints > 0 ? Math.max(1, events / checkpoints) : Long.MAX_VALUE;
    long count = 0;
    long started = System.nanoTime();
    JourneyEvent last = null;
    while (input.hasNext()) {
      JourneyEvent event = input.next();
      if (shop != null) {
        shop.accept(event);
      }
      if (activity != null) {
        activity.accept(event);
      }
      last = event;
      count++;
      if (count % every == 0 && count < events) {
        long used = heapAfterGc();
        System.out.printf(Locale.ROOT, "  %,12d events: heap after GC %,7.1f MiB%n", count,
            mib(used));
      }
    }
    long elapsed = System.nanoTime() - started - gcNanos;
    if (reader != null) {
      ReadReport report = reader.report();
      System.out.printf(Locale.ROOT, "reader: %,d read, %,d valid, %,d skipped, %,d reordered,"
          + " buffer at most %,d events%n", report.read(), report.valid(), report.skipped(),
          reader.reordered(), reader.maxBuffered());
      reader.close();
    }
    if (writerFailure.get() != null) {
      throw new IllegalStateException("the writer thread failed", writerFailure.get());
    }
    double seconds = elapsed / 1e9;
    System.out.printf(Locale.ROOT, "%,d events in %.1f s (GC of the checkpoints left out): %,.0f"
        + " events/s; %,d sessions, %,d customers made; last event at %s%n", count, seconds,
        count / seconds, generator.sessions(), generator.customersSeen(),
        last == null ? "-" : last.at());
    long used = heapAfterGc();
    System.out.printf(Locale.ROOT, "heap after GC at the end, analyzers live: %,.1f MiB (%,.1f MiB"
        + " above the baseline; %.0f bytes per customer)%n", mib(used), mib(used - baseline),
        (double) (used - baseline) / Math.max(1, generator.customersSeen()));
    if (histogram > 0) {
      printHistogram(histogram);
    }
    if (shop != null) {
      shop.print(System.out);
    }
    if (activity != null) {
      activity.print(System.out);
    }
    if (count != events) {
      System.err.printf(Locale.ROOT, "only %,d of %,d events were analysed%n", count, events);
      System.exit(1);
    }
  }

  /**
   * Writes the generator's events in a second thread, as JSON Lines or CSV, into an OS pipe, and
   * opens the reader of the format on its other end.
   */
  private EventReader pipeThrough(ShopJourneys generator, AtomicReference<Throwable> failure) {
    Pipe pipe;
    try {
      pipe = Pipe.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(pipe.sink()), 1 << 16);
    InputStream in = Channels.newInputStream(pipe.source());
    boolean json = via.equals("json");
    Thread writer = new Thread(() -> {
      try (RecordWriter<JourneyEvent> records = json ? EventJsonLines.writer(out)
          : EventCsv.writer(out, CsvOptions.DEFAULT, "channel")) {
        while (generator.hasNext()) {
          records.write(generator.next());
        }
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }, "event-writer");
    writer.setDaemon(true);
    writer.start();
    return json
        ? EventJsonLines.reader().checkingAgainst(ShopJourneys.MAP).build().open(in, "pipe")
        : EventCsv.readerOfExport().checkingAgainst(ShopJourneys.MAP).build().open(in, "pipe");
  }

  /**
   * Prints the head of the heap's class histogram (live objects, after a full GC), as {@code jcmd
   * <pid> GC.class_histogram} does, through the platform's diagnostic command bean.
   */
  private static void printHistogram(int lines) {
    try {
      Object text = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      String[] rows = String.valueOf(text).split("\\R");
      System.out.println("class histogram of the live heap (first " + lines + " classes):");
      for (int r = 0; r < Math.min(rows.length, lines + 2); r++) {
        System.out.println("  " + rows[r]);
      }
    } catch (JMException e) {
      System.out.println("no class histogram: " + e);
    }
  }

  private long heapAfterGc() {
    long start = System.nanoTime();
    long used = ScaleChecks.heapAfterGc();
    gcNanos += System.nanoTime() - start;
    return used;
  }
}
