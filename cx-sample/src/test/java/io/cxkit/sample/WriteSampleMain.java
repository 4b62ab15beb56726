package io.cxkit.sample;

import java.nio.file.Path;

/**
 * Writes a sample in a JVM of its own, for {@link SampleFilesAcrossJvmsTest}: arguments are the
 * directory, the number of customers and the formats' names.
 */
public final class WriteSampleMain {
  private WriteSampleMain() {}

  /** @param args directory, customers, then one or more {@link SampleFormat} names */
  public static void main(String[] args) {
    ShopSample sample = ShopSample.of(Integer.parseInt(args[1]));
    for (int i = 2; i < args.length; i++) {
      SampleFormat format = SampleFormat.valueOf(args[i]);
      sample.writeTo(Path.of(args[0]).resolve(format.extension()), format);
    }
  }
}
