package io.cxkit.survey.io;

import java.util.List;
import java.util.Objects;

/**
 * What a streaming reader has read so far: every record counted once as valid or skipped, and the
 * skipped ones kept (up to a cap, so that a file of garbage does not fill memory).
 *
 * @param read the records read (blank lines in JSON Lines are not records)
 * @param valid the records delivered
 * @param skipped the records skipped as bad ({@code read = valid + skipped})
 * @param badRecords the first skipped records, in order, at most the reader's cap
 */
public record ReadReport(long read, long valid, long skipped, List<BadRecord> badRecords) {

  /** Checks and copies the components. */
  public ReadReport {
    badRecords = List.copyOf(Objects.requireNonNull(badRecords, "badRecords"));
    if (valid < 0 || skipped < 0 || read != valid + skipped || badRecords.size() > skipped) {
      throw new IllegalArgumentException("inconsistent counts: read " + read + ", valid " + valid
          + ", skipped " + skipped + ", bad records kept " + badRecords.size());
    }
  }

  /** @return whether skipped records were left out of {@link #badRecords()} by the cap */
  public boolean truncated() {
    return badRecords.size() < skipped;
  }

  /** @return whether every record read was valid */
  public boolean clean() {
    return skipped == 0;
  }

  @Override
  public String toString() {
    return "ReadReport{read=" + read + ", valid=" + valid + ", skipped=" + skipped + "}";
  }
}
