package io.cxkit.survey.internal.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Skips a byte order mark decoded into text (U+FEFF), which RFC 8259 and spreadsheet exports put
 * before JSON and CSV; byte input has its own detection. The same for every cxkit text reader.
 */
public final class ByteOrderMark {
  /** The byte order mark, once decoded. */
  public static final char BOM = '\uFEFF';

  private ByteOrderMark() {}

  /**
   * @param text a whole document
   * @return it without a leading byte order mark
   */
  public static String skip(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * @param text a document's reader; its first char is read now
   * @return a reader of the same text past a leading byte order mark
   * @throws IOException if reading the first char fails
   */
  public static Reader skip(Reader text) throws IOException {
    PushbackReader reader = new PushbackReader(text, 1);
    int first = reader.read();
    if (first >= 0 && first != BOM) {
      reader.unread(first);
    }
    return reader;
  }
}
