package io.cxkit.survey.internal.io;

import io.cxkit.core.CxException;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a JSON Lines source, one at a time, in memory bounded by the longest line allowed.
 * Lines end at {@code \n}; a {@code \r} right before it belongs to the line end (so {@code \r\n}
 * works), and any other {@code \r} is JSON whitespace inside the line, as jsonlines.org has it. A
 * final line without a line end is a line; nothing after the last line end is not. A leading byte
 * order mark is skipped.
 *
 * <p>After {@link #next()} returned true, exactly one of these describes the line: {@link #blank()}
 * (only spaces, tabs and carriage returns: not a record), {@link #problem()} (too long, or not valid
 * UTF-8; {@link #fatal()} when nothing after it can be read), or {@link #text()}.
 */
public abstract class JsonLinesSource implements Closeable {
  private static final int BUFFER = 8192;
  private static final char BOM = '\uFEFF';

  /** The longest line read, in chars (UTF-16 units), without its line end. */
  final int maxLength;
  /** The current line's number, from 1. */
  long number;
  /** Whether the current line holds only JSON whitespace. */
  boolean blank;
  /** The current line without its line end, when it could be read. */
  @Nullable String text;
  /** Why the current line could not be read. */
  @Nullable CxException problem;
  /** Whether the source cannot go on after the current line. */
  boolean fatal;
  private long nextNumber = 1;
  private boolean closed;

  JsonLinesSource(int maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * @param in text already decoded; closed by {@link #close()}
   * @param maxLength the longest line read, in chars without the line end
   * @return its lines
   */
  public static JsonLinesSource of(Reader in, int maxLength) {
    return new Chars(in, maxLength);
  }

  /**
   * @param in UTF-8 bytes, each line decoded on its own; closed by {@link #close()}
   * @param maxLength the longest line read, in chars (UTF-16 units) without the line end
   * @return its lines
   */
  public static JsonLinesSource ofUtf8(InputStream in, int maxLength) {
    return new Utf8(in, maxLength);
  }

  /**
   * @return whether there is another line
   * @throws IOException if reading fails
   */
  public abstract boolean next() throws IOException;

  /** @return the current line's number, from 1 */
  public final long number() {
    return number;
  }

  /** @return whether the current line holds only JSON whitespace (no record) */
  public final boolean blank() {
    return blank;
  }

  /** @return the current line without its line end, or null when it is blank or bad */
  public final @Nullable String text() {
    return text;
  }

  /** @return why the current line could not be read, or null */
  public final @Nullable CxException problem() {
    return problem;
  }

  /** @return whether the source cannot go on after the current line */
  public final boolean fatal() {
    return fatal;
  }

  /** @return the longest line read, in chars */
  public final int maxLength() {
    return maxLength;
  }

  /**
   * Closes the underlying source, once.
   *
   * @throws IOException if closing fails
   */
  @Override
  public final void close() throws IOException {
    if (!closed) {
      closed = true;
      closeUnderlying();
    }
  }

  abstract void closeUnderlying() throws IOException;

  /** Numbers the line just read and clears the previous line's state. */
  final void numbered(boolean ended) {
    number = nextNumber;
    if (ended) {
      nextNumber++;
    }
    blank = false;
    text = null;
    problem = null;
    fatal = false;
  }

  /**
   * A line past {@link #maxLength} is refused without being held: memory stays bounded by the
   * limit whatever the input.
   */
  final CxException tooLong(long characters) {
    return new SurveyJsonException("$", line(), -1, "the line holds " + characters
        + " characters, more than maxLineLength allows (" + maxLength
        + "); it was skipped without being read");
  }

  /**
   * @return the current line's number for a {@link SurveyJsonException}, or -1 (unknown) past
   *     what an int holds; the {@link BadRecord} has it in full
   */
  final int line() {
    return number <= Integer.MAX_VALUE ? (int) number : -1;
  }

  /** Accumulations stop once a line is longer than this: its length without a final {@code \r}. */
  final long keptLimit() {
    return maxLength + 1L;
  }

  static boolean isJsonWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** Lines of text from a {@link Reader}, already decoded. */
  static final class Chars extends JsonLinesSource {
    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean started;
    private boolean exhausted;

    Chars(Reader in, int maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    public boolean next() throws IOException {
      if (exhausted) {
        return false;
      }
      line.setLength(0);
      long length = 0;
      boolean onlyWhitespace = true;
      char last = 0;
      boolean ended = false;
      while (true) {
        if (position == limit) {
          int n = in.read(buffer, 0, buffer.length);
          if (n < 0) {
            exhausted = true;
            break;
          }
          position = 0;
          limit = n;
          if (!started && n > 0) {
            started = true;
            if (buffer[0] == BOM) {
              position = 1;
            }
          }
          continue;
        }
        int start = position;
        int end = start;
        while (end < limit) {
          char c = buffer[end];
          if (c == '\n') {
            break;
          }
          if (onlyWhitespace && !isJsonWhitespace(c)) {
            onlyWhitespace = false;
          }
          end++;
        }
        int n = end - start;
        if (n > 0) {
          last = buffer[end - 1];
          long before = length;
          length += n;
          if (length <= keptLimit()) {
            line.append(buffer, start, n);
          } else if (before <= keptLimit()) {
            line.setLength(0);
          }
        }
        if (end < limit) {
          position = end + 1;
          ended = true;
          break;
        }
        position = end;
      }
      if (!ended && length == 0) {
        return false;
      }
      numbered(ended);
      long effective = last == '\r' ? length - 1 : length;
      if (onlyWhitespace) {
        blank = true;
      } else if (effective > maxLength) {
        problem = tooLong(effective);
      } else {
        if (last == '\r') {
          line.setLength(line.length() - 1);
        }
        text = line.toString();
      }
      return true;
    }

    @Override
    void closeUnderlying() throws IOException {
      in.close();
    }
  }

  /**
   * Lines of UTF-8 bytes, each decoded on its own so that a malformed sequence spoils only its
   * line: {@code \n} is never part of a multi-byte sequence, so lines split before decoding.
   */
  static final class Utf8 extends JsonLinesSource {
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int count;
    private CharBuffer chars = CharBuffer.allocate(256);
    private int position;
    private int limit;
    private boolean started;
    private boolean exhausted;

    Utf8(InputStream in, int maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    public boolean next() throws IOException {
      if (exhausted) {
        return false;
      }
      if (!started) {
        started = true;
        if (start()) {
          return true;
        }
      }
      count = 0;
      // UTF-16 units as the decoded text will hold them, counted from the bytes: one per lead byte
      // and a second for a four-byte sequence (a surrogate pair).
      long units = 0;
      long bytes = 0;
      boolean onlyWhitespace = true;
      byte last = 0;
      boolean ended = false;
      boolean dropped = false;
      long keptBytes = 4 * keptLimit();
      while (true) {
        if (position == limit) {
          int n = in.read(buffer, 0, buffer.length);
          if (n < 0) {
            exhausted = true;
            break;
          }
          position = 0;
          limit = n;
          continue;
        }
        int start = position;
        int end = start;
        while (end < limit) {
          byte b = buffer[end];
          if (b == '\n') {
            break;
          }
          if (onlyWhitespace && !isJsonWhitespace(b)) {
            onlyWhitespace = false;
          }
          if ((b & 0xC0) != 0x80) {
            units++;
          }
          if ((b & 0xF8) == 0xF0) {
            units++;
          }
          end++;
        }
        int n = end - start;
        if (n > 0) {
          last = buffer[end - 1];
          bytes += n;
          if (!dropped && units <= keptLimit() && bytes <= keptBytes) {
            append(start, n);
          } else {
            dropped = true;
            count = 0;
          }
        }
        if (end < limit) {
          position = end + 1;
          ended = true;
          break;
        }
        position = end;
      }
      if (!ended && bytes == 0) {
        return false;
      }
      numbered(ended);
      long effective = last == '\r' ? units - 1 : units;
      if (onlyWhitespace) {
        blank = true;
      } else if (effective > maxLength) {
        problem = tooLong(effective);
      } else if (dropped) {
        // Fewer units than a third of the bytes: too many continuation bytes for UTF-8.
        problem = new SurveyJsonException("$", line(), -1, "the line holds " + bytes
            + " bytes, more than maxLineLength allows (" + maxLength
            + " characters of at most 4 bytes each), and is not valid UTF-8; it was skipped"
            + " without being read");
      } else {
        decode(last == '\r' ? count - 1 : count);
      }
      return true;
    }

    /**
     * Reads the first bytes: skips a UTF-8 byte order mark, refuses a UTF-16 or UTF-32 one.
     *
     * @return whether the source is refused (the current line is then fatal)
     */
    private boolean start() throws IOException {
      while (limit < 4) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          break;
        }
        limit += n;
      }
      if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
          && (buffer[2] & 0xFF) == 0xBF) {
        position = 3;
        return false;
      }
      String mark = null;
      if (limit >= 4 && buffer[0] == 0 && buffer[1] == 0 && (buffer[2] & 0xFF) == 0xFE
          && (buffer[3] & 0xFF) == 0xFF) {
        mark = "UTF-32BE (0x00 0x00 0xFE 0xFF)";
      } else if (limit >= 4 && (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE
          && buffer[2] == 0 && buffer[3] == 0) {
        mark = "UTF-32LE (0xFF 0xFE 0x00 0x00)";
      } else if (limit >= 2 && (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF) {
        mark = "UTF-16BE (0xFE 0xFF)";
      } else if (limit >= 2 && (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE) {
        mark = "UTF-16LE (0xFF 0xFE)";
      }
      if (mark == null) {
        return false;
      }
      numbered(false);
      exhausted = true;
      fatal = true;
      problem = new SurveyJsonException("$", 1, 1, "the source starts with the byte order mark of "
          + mark + ", but JSON Lines is UTF-8 (RFC 8259 section 8.1); convert it, or open it as a"
          + " Reader in its encoding");
      return true;
    }

    private void append(int start, int n) {
      if (count + n > line.length) {
        line = Arrays.copyOf(line, Math.max(count + n, 2 * line.length));
      }
      System.arraycopy(buffer, start, line, count, n);
      count += n;
    }

    private void decode(int length) {
      if (chars.capacity() < length) {
        chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
      }
      chars.clear();
      decoder.reset();
      ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
      CoderResult result = decoder.decode(bytes, chars, true);
      if (!result.isError()) {
        result = decoder.flush(chars);
      }
      if (result.isError()) {
        StringBuilder shown = new StringBuilder();
        int at = bytes.position();
        for (int i = 0; i < result.length(); i++) {
          shown.append(i == 0 ? "" : " ").append(String.format("0x%02X", line[at + i] & 0xFF));
        }
        problem = new SurveyJsonException("$", line(), chars.position() + 1, "not valid UTF-8: the byte sequence " + shown + " at byte "
                + (at + 1) + " of the line " + (result.isMalformed() ? "is malformed" : "is unmappable"));
        return;
      }
      text = new String(chars.array(), 0, chars.position());
    }

    @Override
    void closeUnderlying() throws IOException {
      in.close();
    }
  }
}
