package io.cxkit.survey.io;

import io.cxkit.survey.Response;

/**
 * Responses read one at a time from a JSON Lines or CSV source, in constant memory. Not
 * thread-safe. {@link #hasNext()} reads ahead to the next valid record, so a bad record surfaces
 * there ({@link BadRecordException} in {@link OnBadRecord#FAIL} mode); an I/O failure is an {@link
 * java.io.UncheckedIOException}. Closing closes the source.
 */
public interface ResponseReader extends RecordReader<Response> {}
