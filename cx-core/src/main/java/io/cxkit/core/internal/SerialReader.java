package io.cxkit.core.internal;

import io.cxkit.core.SerialFormException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link SerialWriter} wrote, checking the format version and kind first and every
 * length as it goes, so that a truncated or corrupt buffer fails with a {@link SerialFormException}
 * naming the offset and field instead of an index error.
 */
public final class SerialReader {
  private final byte[] bytes;
  private final SerialKind kind;
  private int position;

  private SerialReader(byte[] bytes, SerialKind kind) {
    this.bytes = bytes;
    this.kind = kind;
  }

  /**
   * Opens a serial form, checking its header.
   *
   * @param bytes the serial form
   * @param expected the kind of value the caller wants
   * @return a reader positioned at the payload
   * @throws SerialFormException if the buffer is too short, of an unknown version or another kind
   */
  public static SerialReader open(byte[] bytes, SerialKind expected) {
    SerialReader reader = new SerialReader(bytes, expected);
    if (bytes.length < 2) {
      throw new SerialFormException("cannot read " + expected.jsonName() + ": the buffer has "
          + bytes.length + " byte(s), a serial form starts with 2 header bytes (format version, kind)");
    }
    int version = bytes[0] & 0xFF;
    if (version != SerialWriter.FORMAT_VERSION) {
      throw new SerialFormException("cannot read " + expected.jsonName() + ": format version "
          + version + " at offset 0 is unknown; this version of cxkit reads format version "
          + SerialWriter.FORMAT_VERSION);
    }
    int tag = bytes[1] & 0xFF;
    if (tag != expected.tag()) {
      SerialKind found = SerialKind.ofTag(tag);
      throw new SerialFormException("cannot read " + expected.jsonName() + ": offset 1 has kind "
          + (found == null ? "tag " + tag + " (unknown)" : found.toString()) + ", expected "
          + expected);
    }
    reader.position = 2;
    return reader;
  }

  private SerialFormException truncated(String field) {
    return new SerialFormException("cannot read " + kind.jsonName() + ": truncated at offset "
        + position + " while reading " + field + " (buffer length " + bytes.length + ")");
  }

  /**
   * @param field the field being read, for error messages
   * @return the next byte, 0..255
   */
  public int readByte(String field) {
    if (position >= bytes.length) {
      throw truncated(field);
    }
    return bytes[position++] & 0xFF;
  }

  /**
   * @param field the field being read, for error messages
   * @return the next unsigned varint, ≥ 0
   */
  public long readCount(String field) {
    int start = position;
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte(field);
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (result < 0 || (shift == 63 && b > 1)) {
          break;
        }
        return result;
      }
    }
    throw new SerialFormException("cannot read " + kind.jsonName() + ": " + field + " at offset "
        + start + " is not a valid count (varint longer than a non-negative long)");
  }

  /**
   * @param field the field being read, for error messages
   * @return the next zig-zag varint
   */
  public int readInt(String field) {
    int start = position;
    long zigzag = readCount(field);
    if (zigzag > 0xFFFF_FFFFL) {
      throw new SerialFormException("cannot read " + kind.jsonName() + ": " + field + " at offset "
          + start + " does not fit an int");
    }
    int v = (int) zigzag;
    return (v >>> 1) ^ -(v & 1);
  }

  /**
   * @param field the field being read, for error messages
   * @return the next 8-byte double
   */
  public double readDouble(String field) {
    if (bytes.length - position < 8) {
      throw truncated(field);
    }
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (bytes[position++] & 0xFF);
    }
    return Double.longBitsToDouble(bits);
  }

  /**
   * @param field the field being read, for error messages
   * @return the next length-prefixed UTF-8 string
   */
  public String readString(String field) {
    long length = readCount(field + ".length");
    if (length > bytes.length - position) {
      throw truncated(field);
    }
    int n = (int) length;
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, position, n))
          .toString();
      position += n;
      return s;
    } catch (CharacterCodingException e) {
      throw new SerialFormException("cannot read " + kind.jsonName() + ": " + field + " at offset "
          + position + " is not valid UTF-8", e);
    }
  }

  /**
   * Reads a count that will be used as a collection size, bounded by the bytes left so that a
   * corrupt length cannot make the reader allocate gigabytes.
   *
   * @param field the field being read
   * @param minBytesPerElement the fewest bytes each element takes
   * @return the size
   */
  public int readSize(String field, int minBytesPerElement) {
    int start = position;
    long size = readCount(field);
    if (size > (long) (bytes.length - position) / Math.max(1, minBytesPerElement)) {
      throw new SerialFormException("cannot read " + kind.jsonName() + ": " + field + " = " + size
          + " at offset " + start + " is more than the " + (bytes.length - position)
          + " remaining bytes can hold");
    }
    return (int) size;
  }

  /** Checks that the whole buffer was read. */
  public void finish() {
    if (position != bytes.length) {
      throw new SerialFormException("cannot read " + kind.jsonName() + ": " + (bytes.length - position)
          + " unexpected trailing byte(s) at offset " + position);
    }
  }

  /**
   * Wraps a rule violation found while rebuilding the value.
   *
   * @param cause the violation
   * @return an exception to throw
   */
  public SerialFormException invalid(RuntimeException cause) {
    return new SerialFormException("cannot read " + kind.jsonName() + ": the serial form describes "
        + "an invalid value: " + cause.getMessage(), cause);
  }
}
