/**
 * Streaming I/O of responses for real exports: JSON Lines ({@link
 * io.cxkit.survey.io.ResponseJsonLines}) and CSV ({@link io.cxkit.survey.io.ResponseCsv}), read in
 * constant memory, and CSV export of responses and summaries with cells a spreadsheet would run as
 * a formula neutralised.
 *
 * <p>Readers share one error behaviour ({@link io.cxkit.survey.io.OnBadRecord}): by default the
 * first bad record stops reading with a {@link io.cxkit.survey.io.BadRecordException} naming its
 * line (or row); in {@link io.cxkit.survey.io.OnBadRecord#SKIP_AND_COLLECT} mode bad records are
 * skipped and each is reported as a {@link io.cxkit.survey.io.BadRecord}, and the {@link
 * io.cxkit.survey.io.ReadReport} counts the records read, valid and skipped.
 */
@NullMarked
package io.cxkit.survey.io;

import org.jspecify.annotations.NullMarked;
