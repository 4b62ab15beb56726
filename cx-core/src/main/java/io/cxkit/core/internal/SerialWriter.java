package io.cxkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the compact binary serial form: a format version byte, a kind tag byte, then the payload
 * in unsigned LEB128 varints (counts), zig-zag varints (signed ints), IEEE-754 doubles (big-endian)
 * and length-prefixed UTF-8 strings.
 */
public final class SerialWriter {
  /** The format version this build writes, and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  private byte[] buffer = new byte[32];
  private int size;

  /**
   * Starts a serial form of {@code kind}.
   *
   * @param kind the kind of value that follows
   */
  public SerialWriter(SerialKind kind) {
    writeByte(FORMAT_VERSION);
    writeByte(kind.tag());
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }

  /**
   * @param value a byte, 0..255
   * @return this writer
   */
  public SerialWriter writeByte(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
    return this;
  }

  /**
   * Writes a non-negative long as an unsigned LEB128 varint (1 byte for 0..127).
   *
   * @param value a value ≥ 0
   * @return this writer
   */
  public SerialWriter writeCount(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a count must be ≥ 0: " + value);
    }
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      buffer[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buffer[size++] = (byte) v;
    return this;
  }

  /**
   * Writes a signed int as a zig-zag varint.
   *
   * @param value any int
   * @return this writer
   */
  public SerialWriter writeInt(int value) {
    return writeCount(Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  /**
   * Writes a double as its 8 IEEE-754 bytes, big-endian.
   *
   * @param value any double
   * @return this writer
   */
  public SerialWriter writeDouble(double value) {
    ensure(8);
    long bits = Double.doubleToLongBits(value);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (bits >>> shift);
    }
    return this;
  }

  /**
   * Writes a string as its UTF-8 byte length (varint) and bytes.
   *
   * @param value a string
   * @return this writer
   */
  public SerialWriter writeString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeCount(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buffer, size, utf8.length);
    size += utf8.length;
    return this;
  }

  /** @return the bytes written so far */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }
}
