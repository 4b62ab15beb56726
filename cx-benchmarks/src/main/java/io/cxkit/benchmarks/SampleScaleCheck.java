package io.cxkit.benchmarks;

import static io.cxkit.benchmarks.ScaleChecks.heapAfterGc;
import static io.cxkit.benchmarks.ScaleChecks.mib;
import static io.cxkit.benchmarks.ScaleChecks.value;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks issue 11's scale promise: a sample of up to 10 million customers is written to files in a
 * heap that does not grow with them. Run it with {@code java -Xmx256m -cp
 * cx-benchmarks/target/benchmarks.jar io.cxkit.benchmarks.SampleScaleCheck --customers 1000000}.
 *
 * <p>It writes {@code ShopSample} as {@code writeTo} does (through cx-sample's internal writer, to
 * see each record as it is written), then prints each file with its records and bytes, the
 * records per second (profiles, events and responses, all included), the heap in use after a full
 * GC before the run, at checkpoints during it (when a quarter, a half and so on of the customers
 * have signed up: what the simulation holds for those still active) and after it, and the peak
 * of the heap in use sampled every {@value #EVERY} records (without a GC, so garbage not yet
 * collected counts: it shows how far the heap rose, not what was live). The checkpoints' GC time
 * is left out of the records per second.
 *
 * <p>Options: {@code --customers N} (1 000 000), {@code --seed S} (42), {@code --months M} (12),
 * {@code --format jsonl|csv} (jsonl), {@code --out DIR} (kept; without it a temporary directory,
 * deleted at the end), {@code --checkpoints K} (4; 0 for none). Exit status: 0 when the sample was
 * written, 2 when the heap ran out, 1 on any other failure.
 */
public final class SampleScaleCheck {
  /** Records between two samples of the heap. */
  static final long EVERY = 100_000;


  private int customers = 1_000_000;
  private long seed = ShopSample.DEFAULT_SEED;
  private int months = ShopSample.DEFAULT_MONTHS;
  private SampleFormat format = SampleFormat.JSON_LINES;
  private Path out;
  private int checkpoints = 4;

  private SampleScaleCheck() {}

  /**
   * @param args the options of the class documentation
   */
  public static void main(String[] args) {
    SampleScaleCheck check = new SampleScaleCheck();
    try {
      check.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
    try {
      check.run();
    } catch (OutOfMemoryError e) {
      ScaleChecks.outOfMemory("main", e);
    } catch (IOException | RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--customers" -> customers = Integer.parseInt(value(args, ++i, arg).replace("_", ""));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
        case "--months" -> months = Integer.parseInt(value(args, ++i, arg));
        case "--format" -> format = format(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--checkpoints" -> checkpoints = Integer.parseInt(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option " + arg + "; options: "
            + "--customers N --seed S --months M --format jsonl|csv --out DIR --checkpoints K");
      }
    }
    if (checkpoints < 0) {
      throw new IllegalArgumentException("--checkpoints must be ≥ 0, not " + checkpoints);
    }
  }

  private static SampleFormat format(String name) {
    for (SampleFormat format : SampleFormat.values()) {
      if (format.extension().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("--format must be jsonl or csv, not " + name);
  }

  private void run() throws IOException {
    ShopSample sample = ShopSample.builder().seed(seed).customers(customers).months(months)
        .build();
    boolean temporary = out == null;
    Path directory = temporary ? Files.createTempDirectory("cxkit-sample") : out;
    System.out.printf(Locale.ROOT, "%s as %s into %s; max heap %,d MiB%n", sample,
        format.extension(), directory, Runtime.getRuntime().maxMemory() >> 20);
    long baseline = heapAfterGc();
    System.out.printf(Locale.ROOT, "heap after GC before the run: %,.1f MiB%n", mib(baseline));

    Watch watch = new Watch(checkpoints > 0 ? Math.max(1, customers / checkpoints)
        : Long.MAX_VALUE);
    long started = System.nanoTime();
    SampleFiles files = sample.writeTo(directory, format, watch);
    double seconds = (System.nanoTime() - started - watch.gcNanos) / 1e9;
    // Once more at the end, so that a run of fewer records than a sampling step has a peak too.
    watch.sample();
    long used = heapAfterGc();

    Map<Path, Long> records = new LinkedHashMap<>();
    records.put(files.manifest(), null);
    records.put(files.journeyMap(), null);
    records.put(files.personas(), null);
    files.surveys().values().forEach(path -> records.put(path, null));
    records.put(files.profiles(), files.profileCount());
    records.put(files.events(), files.eventCount());
    files.responses().forEach((id, path) -> records.put(path, files.responseCounts().get(id)));
    long bytes = 0;
    System.out.println("files:");
    for (Map.Entry<Path, Long> entry : records.entrySet()) {
      long size = Files.size(entry.getKey());
      bytes += size;
      System.out.printf(Locale.ROOT, "  %-34s %,15d bytes %s%n",
          directory.relativize(entry.getKey()).toString().replace('\\', '/'), size,
          entry.getValue() == null ? "" : String.format(Locale.ROOT, "%,14d records",
              entry.getValue()));
    }
    long total = files.profileCount() + files.eventCount() + files.responseCount();
    System.out.printf(Locale.ROOT, "%,d records (%,d profiles, %,d events, %,d responses), %,d"
        + " bytes (%,.1f MiB) in %.1f s (GC of the checkpoints left out): %,.0f records/s,"
        + " %,.1f MiB/s%n", total,
        files.profileCount(), files.eventCount(), files.responseCount(), bytes, mib(bytes),
        seconds, total / seconds, mib(bytes) / seconds);
    System.out.printf(Locale.ROOT, "heap in use at most %,.1f MiB (sampled every %,d records,"
        + " %,d samples); after GC at the end %,.1f MiB (%,.1f MiB above the baseline)%n",
        mib(watch.peak), EVERY, watch.samples, mib(used), mib(used - baseline));
    if (watch.records != total) {
      System.err.printf(Locale.ROOT, "the tap saw %,d records, the files hold %,d%n",
          watch.records, total);
      System.exit(1);
    }
    if (temporary) {
      delete(directory);
      System.out.println("deleted " + directory);
    }
  }

  /**
   * Counts the records as they are written, samples the heap every {@value #EVERY} and prints the
   * heap after a full GC at every {@code step} profiles.
   */
  private static final class Watch implements SampleSink {
    private final long step;
    long profiles;
    long records;
    long peak;
    int samples;
    long gcNanos;

    Watch(long step) {
      this.step = step;
    }

    @Override
    public void profile(CustomerProfile profile) {
      tick();
      if (++profiles % step == 0) {
        long start = System.nanoTime();
        long used = heapAfterGc();
        gcNanos += System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "  %,11d customers signed up, %,14d records written:"
            + " heap after GC %,7.1f MiB%n", profiles, records, mib(used));
      }
    }

    @Override
    public void event(JourneyEvent event) {
      tick();
    }

    @Override
    public void response(Response response) {
      tick();
    }

    private void tick() {
      if (++records % EVERY == 0) {
        sample();
      }
    }

    void sample() {
      peak = Math.max(peak, ScaleChecks.heapUsed());
      samples++;
    }
  }

  private static void delete(Path directory) throws IOException {
    List<Path> paths;
    try (Stream<Path> tree = Files.walk(directory)) {
      paths = tree.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      try {
        Files.delete(path);
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": cannot be deleted", e);
      }
    }
  }

}
