package io.cxkit.survey.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes to chars and stops at the first byte sequence that is not valid in the encoding,
 * instead of replacing it with U+FFFD as {@link java.io.InputStreamReader} does by default. Unlike
 * an {@code InputStreamReader} with a reporting decoder, which drops the chars decoded just before
 * the bad bytes, it first hands out every char before them, so the CSV parser's location at the
 * failure is the place of the bad bytes. The next read then ends the text, as if the file ended
 * there, and {@link #failure()} gives the {@link Undecodable} with their byte offset: ending rather
 * than throwing lets the parser finish a row that the bad bytes follow (it asks for more text
 * before it ends a row), and {@link #endedLine()} tells whether that row was whole. A leading byte
 * order mark (U+FEFF once decoded) is skipped.
 */
public final class CsvDecodingReader extends Reader {
  private static final int BUFFER = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  /** Bytes taken from {@link #in} so far. */
  private long taken;
  private boolean eof;
  private boolean done;
  private boolean started;
  private @Nullable Undecodable failure;
  /** Whether a read met {@link #failure} after every char before it was handed out. */
  private boolean met;
  /** The last char handed out, or 0 before the first. */
  private char last;

  /**
   * @param in the bytes
   * @param charset their encoding
   */
  public CsvDecodingReader(InputStream in, Charset charset) {
    this.in = Objects.requireNonNull(in, "in");
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (failure != null) {
        met = true;
        return -1;
      }
      if (done) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    last = buffer[offset + n - 1];
    return n;
  }

  /**
   * @return the bytes that could not be decoded, once a read has met them (the text ended there);
   *     null before, and for a source that decodes whole
   */
  public @Nullable Undecodable failure() {
    return met ? failure : null;
  }

  /** @return whether the last char handed out ends a line ({@code \n} or {@code \r}) */
  public boolean endedLine() {
    return last == '\n' || last == '\r';
  }

  /** Decodes what the bytes hold into {@link #chars}, reading more bytes when they run out. */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          byte[] bad = new byte[Math.min(result.length(), bytes.remaining())];
          bytes.get(bytes.position(), bad);
          failure = new Undecodable(decoder.charset(), taken - bytes.remaining(), bad,
              result.isMalformed());
          return;
        }
        if (result.isOverflow() || chars.position() > 0 && !eof) {
          return;
        }
        if (eof) {
          decoder.flush(chars);
          done = true;
          return;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
          taken += n;
        }
        bytes.flip();
      }
    } finally {
      chars.flip();
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.get();
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Bytes that are not valid in the encoding (malformed), or a character that the encoding cannot
   * map to Unicode (unmappable).
   */
  public static final class Undecodable extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final String charset;
    private final long offset;
    private final byte[] bytes;
    private final boolean malformed;

    Undecodable(Charset charset, long offset, byte[] bytes, boolean malformed) {
      this.charset = charset.name();
      this.offset = offset;
      this.bytes = bytes;
      this.malformed = malformed;
    }

    /** @return the encoding's name, such as {@code UTF-8} */
    public String charset() {
      return charset;
    }

    /** @return the offset of the first bad byte in the input, from 0 */
    public long offset() {
      return offset;
    }

    /** @return the bad bytes in hexadecimal, such as {@code bytes E9 0A} or {@code byte 98} */
    public String shown() {
      StringBuilder out = new StringBuilder(bytes.length == 1 ? "byte" : "bytes");
      for (byte b : bytes) {
        out.append(' ').append(String.format("%02X", b & 0xFF));
      }
      return out.toString();
    }

    /** @return whether the bytes are malformed rather than unmappable */
    public boolean malformed() {
      return malformed;
    }

    @Override
    public String getMessage() {
      return shown() + " at byte offset " + offset
          + (malformed ? " not valid in " : " with no Unicode character in ") + charset;
    }
  }
}
