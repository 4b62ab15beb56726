package io.cxkit.survey.io;

import io.cxkit.core.CxException;
import java.util.Objects;

/**
 * A record a reader skipped: where it is and what was wrong with it.
 *
 * @param record the record's number as a user finds it: the line number in JSON Lines, the row
 *     number in CSV as a spreadsheet shows it (the header is row 1), both from 1
 * @param line the physical line the record starts on, from 1; the same as {@code record} except in
 *     CSV whose quoted cells span lines
 * @param problem what was wrong, with the path of the member or column inside the record (a {@link
 *     io.cxkit.survey.json.SurveyJsonException}, an {@link io.cxkit.survey.InvalidResponseException}
 *     listing every violation against the survey, …)
 */
public record BadRecord(long record, long line, CxException problem) {

  /** Checks the components. */
  public BadRecord {
    Objects.requireNonNull(problem, "problem");
    if (record < 1 || line < 1) {
      throw new IllegalArgumentException("record and line count from 1: record " + record
          + ", line " + line);
    }
  }

  /** @return {@code line 12: <problem>}, or {@code row 5 (line 7): <problem>} when they differ */
  @Override
  public String toString() {
    return where(record, line) + ": " + problem.getMessage();
  }

  static String where(long record, long line) {
    return record == line ? "line " + line : "row " + record + " (line " + line + ")";
  }
}
