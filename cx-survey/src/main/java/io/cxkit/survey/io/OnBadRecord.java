package io.cxkit.survey.io;

/** What a streaming reader does with a record it cannot read or that breaks a rule. */
public enum OnBadRecord {
  /** Stop at the first bad record with a {@link BadRecordException} naming its line; the default. */
  FAIL,
  /**
   * Skip each bad record, report it as a {@link BadRecord} and go on, so that nothing valid is lost;
   * the {@link ReadReport} counts what was read, kept and skipped.
   */
  SKIP_AND_COLLECT
}
