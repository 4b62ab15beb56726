package io.cxkit.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for a progress bar's percent of the file's size. */
final class CountingInputStream extends FilterInputStream {
  private long count;

  /** @param in the stream counted; closed with this one */
  CountingInputStream(InputStream in) {
    super(in);
  }

  /** @return the bytes read so far */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    return skipped;
  }

  // mark/reset would count bytes twice; the readers do not need them.
  @Override
  public boolean markSupported() {
    return false;
  }
}
