package io.cxkit.cli;

import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample shop of 300 customers (seed 42), written once per test JVM as JSON Lines and as CSV
 * into a temporary directory that is deleted when the JVM ends. Tests that change a file copy it
 * first.
 */
final class SampleData {
  /** The sample every CLI test reads. */
  static final ShopSample SHOP = ShopSample.builder().customers(300).build();

  private static SampleFiles jsonLines;
  private static SampleFiles csv;

  private SampleData() {}

  /** @return the sample's files as JSON Lines */
  static synchronized SampleFiles jsonLines() {
    if (jsonLines == null) {
      jsonLines = SHOP.writeTo(directory("jsonl"), SampleFormat.JSON_LINES);
    }
    return jsonLines;
  }

  /** @return the sample's files as CSV */
  static synchronized SampleFiles csv() {
    if (csv == null) {
      csv = SHOP.writeTo(directory("csv"), SampleFormat.CSV);
    }
    return csv;
  }

  private static Path directory(String name) {
    try {
      Path dir = Files.createTempDirectory("cx-cli-test-" + name);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left for the system's temporary-file cleaning.
    }
  }
}
