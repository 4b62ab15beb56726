package io.cxkit.survey.internal.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.io.CsvOptions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Checks that the cells of a CSV file can be written in its encoding before they are written, so
 * that a writer refuses a cell with a typed error naming it instead of an encoder putting {@code ?}
 * in its place (or failing at some later flush, far from the cell). Not thread-safe: one per
 * output.
 */
public final class CsvWriteEncoding {
  private final Charset charset;
  private final CharsetEncoder checker;
  private final boolean asciiSafe;

  /** @param charset the encoding of the output */
  public CsvWriteEncoding(Charset charset) {
    this.charset = charset;
    this.checker = reporting(charset);
    this.asciiSafe = isAsciiSafe(charset);
  }

  /** @return an encoder of the charset that fails on malformed and unmappable input */
  public static CharsetEncoder reporting(Charset charset) {
    return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * @return whether the writer must write U+FEFF itself for a byte order mark: false for an
   *     encoding whose encoder starts every text with one by itself (Java's {@code UTF-16})
   */
  public static boolean writesOwnByteOrderMark(Charset charset) {
    try {
      int one = reporting(charset).encode(CharBuffer.wrap("A")).remaining();
      int two = reporting(charset).encode(CharBuffer.wrap("AA")).remaining();
      return 2 * one > two;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Refuses a byte order mark that the encoding cannot write, when the options are built into a
   * writer rather than when the first file is written.
   *
   * @throws InvalidValueException if the options ask for a byte order mark and the charset has none
   *     (windows-1251, ISO-8859-1, …)
   */
  public static void requireByteOrderMark(CsvOptions options) {
    Charset charset = options.charset();
    if (options.byteOrderMark() && !writesOwnByteOrderMark(charset)
        && !reporting(charset).canEncode('\uFEFF')) {
      throw new InvalidValueException("options.byteOrderMark", true, charset.name()
          + " has no byte order mark (U+FEFF has no form in it); turn the byte order mark off");
    }
  }

  /** @return whether every ASCII character is one byte of the same value in the charset */
  private static boolean isAsciiSafe(Charset charset) {
    char[] ascii = new char[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (char) i;
    }
    try {
      ByteBuffer bytes = reporting(charset).encode(CharBuffer.wrap(ascii));
      if (bytes.remaining() != ascii.length) {
        return false;
      }
      for (int i = 0; i < ascii.length; i++) {
        if (bytes.get(i) != i) {
          return false;
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * @param cell a cell's text
   * @return the index of the first character the charset cannot encode (an unpaired surrogate
   *     included), or −1 when it encodes the whole cell
   */
  public int unencodable(String cell) {
    if (asciiSafe && isAscii(cell)) {
      return -1;
    }
    if (checker.canEncode(cell)) {
      return -1;
    }
    for (int i = 0; i < cell.length(); ) {
      int c = cell.codePointAt(i);
      int width = Character.charCount(c);
      if (width == 1 && Character.isSurrogate(cell.charAt(i))
          || !checker.canEncode(cell.substring(i, i + width))) {
        return i;
      }
      i += width;
    }
    return -1;
  }

  /**
   * @param cell a cell {@link #unencodable} refused
   * @param at the index it gave
   * @return the rule the cell breaks, naming the character, its position and the encoding
   */
  public String rule(String cell, int at) {
    int c = cell.codePointAt(at);
    int position = cell.codePointCount(0, at) + 1;
    if (Character.charCount(c) == 1 && Character.isSurrogate((char) c)) {
      return "holds an unpaired surrogate char at character " + position
          + ", which no encoding can write";
    }
    return "has no form in " + charset.name() + ": " + String.format("U+%04X", c)
        + " at character " + position + " cannot be written in it; write the file in UTF-8 (or"
        + " another encoding that holds it)";
  }

  /**
   * @param what the path of the cells, for the message, such as {@code attributes}
   * @param cells cells known when the writer is built, such as header names
   * @throws InvalidValueException if a cell cannot be written in the charset
   */
  public void requireEncodable(String what, String... cells) {
    for (String cell : cells) {
      int at = unencodable(cell);
      if (at >= 0) {
        throw new InvalidValueException(what, Ids.quote(cell), rule(cell, at));
      }
    }
  }

  private static boolean isAscii(String cell) {
    for (int i = 0, n = cell.length(); i < n; i++) {
      if (cell.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
