package io.cxkit.survey.io;

import io.cxkit.core.CxException;
import java.util.Objects;

/**
 * A streaming reader met a bad record and stops ({@link OnBadRecord#FAIL}). The message reads
 * {@code <source> line 12: <problem>} (or {@code row 5 (line 7)} in CSV); the problem, with the path
 * of the member or column, is the {@linkplain #getCause() cause}. Records before it were delivered.
 */
public class BadRecordException extends CxException {
  private static final long serialVersionUID = 1L;

  private final long record;
  private final long line;

  /**
   * @param source what was being read, such as {@code responses.jsonl}, for the message
   * @param bad the bad record
   */
  public BadRecordException(String source, BadRecord bad) {
    super(Objects.requireNonNull(source, "source") + " " + BadRecord.where(bad.record(), bad.line())
        + ": " + bad.problem().getMessage(), bad.problem());
    this.record = bad.record();
    this.line = bad.line();
  }

  /** @return the record's number: its line in JSON Lines, its spreadsheet row in CSV */
  public long record() {
    return record;
  }

  /** @return the physical line the record starts on */
  public long line() {
    return line;
  }

  /** @return what was wrong with the record */
  public CxException problem() {
    return (CxException) getCause();
  }
}
