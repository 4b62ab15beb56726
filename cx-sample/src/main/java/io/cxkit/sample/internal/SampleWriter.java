package io.cxkit.sample.internal;

import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import java.nio.file.Path;

/** PLACEHOLDER: writes a sample's files (written by the files part). */
public final class SampleWriter {
  private SampleWriter() {}

  /**
   * @param sample the sample
   * @param directory where
   * @param format how
   * @return the files
   */
  public static SampleFiles write(ShopSample sample, Path directory, SampleFormat format) {
    throw new IllegalStateException("not written yet");
  }
}
