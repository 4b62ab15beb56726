package io.cxkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.SerialFormException;
import java.nio.charset.CharacterCodingException;
import org.junit.jupiter.api.Test;

/** SerialWriter and SerialReader directly, for the parts no value of cx-core uses yet. */
class SerialCodecTest {

  private static SerialReader reader(SerialWriter writer) {
    return SerialReader.open(writer.toByteArray(), SerialKind.REASON_BREAKDOWN);
  }

  @Test
  void headerIsVersionThenKindTag() {
    assertThat(new SerialWriter(SerialKind.REASON_BREAKDOWN).toByteArray()).containsExactly(1, 8);
    assertThat(SerialWriter.FORMAT_VERSION).isEqualTo(1);
  }

  @Test
  void kindTagsArePartOfTheFormat() {
    // The tags reserved in the common brief; renumbering one would make old serial forms unreadable.
    assertThat(SerialKind.SCORE_DISTRIBUTION.tag()).isEqualTo(1);
    assertThat(SerialKind.NPS.tag()).isEqualTo(2);
    assertThat(SerialKind.CSAT.tag()).isEqualTo(3);
    assertThat(SerialKind.CES.tag()).isEqualTo(4);
    assertThat(SerialKind.GOAL_COMPLETION.tag()).isEqualTo(5);
    assertThat(SerialKind.PERCENTAGE.tag()).isEqualTo(6);
    assertThat(SerialKind.MEAN.tag()).isEqualTo(7);
    assertThat(SerialKind.REASON_BREAKDOWN.tag()).isEqualTo(8);
    for (SerialKind kind : SerialKind.values()) {
      assertThat(SerialKind.ofTag(kind.tag())).isSameAs(kind);
    }
    assertThat(SerialKind.ofTag(0)).isNull();
    assertThat(SerialKind.ofTag(99)).isNull();
    assertThat(SerialKind.CSAT).hasToString("csat (tag 3)");
  }

  @Test
  void countsRoundTripAtTheirEdges() {
    long[] values = {0, 1, 127, 128, 16383, 16384, Integer.MAX_VALUE, 1L << 62, Long.MAX_VALUE};
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN);
    for (long v : values) {
      writer.writeCount(v);
    }
    SerialReader reader = reader(writer);
    for (int i = 0; i < values.length; i++) {
      assertThat(reader.readCount("values[" + i + "]")).isEqualTo(values[i]);
    }
    reader.finish();
    assertThatThrownBy(() -> new SerialWriter(SerialKind.MEAN).writeCount(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count must be ≥ 0: -1");
  }

  @Test
  void intsAreZigZagEncoded() {
    // Zig-zag (protobuf's sint32): 0 -> 0, -1 -> 1, 1 -> 2, -2 -> 3, so small magnitudes take 1 byte.
    assertThat(new SerialWriter(SerialKind.MEAN).writeInt(0).writeInt(-1).writeInt(1).writeInt(-2).writeInt(63)
        .writeInt(-64).toByteArray()).containsExactly(1, 7, 0, 1, 2, 3, 126, 127);
    int[] values = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, -3, 1000};
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN);
    for (int v : values) {
      writer.writeInt(v);
    }
    SerialReader reader = reader(writer);
    for (int v : values) {
      assertThat(reader.readInt("v")).isEqualTo(v);
    }
    reader.finish();
  }

  @Test
  void doublesRoundTripBitForBit() {
    double[] values = {0.0, -0.0, 1.5, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
        Double.NEGATIVE_INFINITY};
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN);
    for (double v : values) {
      writer.writeDouble(v);
    }
    SerialReader reader = reader(writer);
    for (double v : values) {
      assertThat(Double.doubleToRawLongBits(reader.readDouble("v"))).isEqualTo(Double.doubleToRawLongBits(v));
    }
    reader.finish();
  }

  @Test
  void stringsRoundTripAsUtf8() {
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN)
        .writeString("").writeString("delivery").writeString("Lieferung verspätet").writeString("配送 🚚");
    byte[] bytes = writer.toByteArray();
    // "配送 🚚" is 3 + 3 + 1 + 4 = 11 UTF-8 bytes.
    assertThat(bytes[bytes.length - 12]).isEqualTo((byte) 11);
    SerialReader reader = reader(writer);
    assertThat(reader.readString("a")).isEmpty();
    assertThat(reader.readString("b")).isEqualTo("delivery");
    assertThat(reader.readString("c")).isEqualTo("Lieferung verspätet");
    assertThat(reader.readString("d")).isEqualTo("配送 🚚");
    reader.finish();
  }

  @Test
  void invalidUtf8IsRefusedNamingFieldAndOffset() {
    // Length 2, then 0xC3 0x28: a two-byte lead byte followed by a non-continuation byte.
    byte[] bytes = {1, 8, 2, (byte) 0xC3, 0x28};
    SerialReader reader = SerialReader.open(bytes, SerialKind.REASON_BREAKDOWN);
    assertThatThrownBy(() -> reader.readString("reasons[0].label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: reasons[0].label at offset 3 is not valid UTF-8")
        .hasCauseInstanceOf(CharacterCodingException.class);
    // A lone surrogate encoded in UTF-8 (ED A0 80) is malformed too.
    byte[] surrogate = {1, 8, 3, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThatThrownBy(() -> SerialReader.open(surrogate, SerialKind.REASON_BREAKDOWN).readString("label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: label at offset 3 is not valid UTF-8");
  }

  @Test
  void aStringLongerThanTheBufferIsTruncation() {
    byte[] bytes = {1, 8, 5, 'a', 'b'};
    assertThatThrownBy(() -> SerialReader.open(bytes, SerialKind.REASON_BREAKDOWN).readString("label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: truncated at offset 3 while reading label (buffer length 5)");
    byte[] noLength = {1, 8};
    assertThatThrownBy(() -> SerialReader.open(noLength, SerialKind.REASON_BREAKDOWN).readString("label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: truncated at offset 2 while reading label.length (buffer length 2)");
    // A length near Long.MAX_VALUE must not be cast to a negative int and slip through.
    byte[] huge = new SerialWriter(SerialKind.REASON_BREAKDOWN).writeCount(Long.MAX_VALUE).toByteArray();
    assertThatThrownBy(() -> SerialReader.open(huge, SerialKind.REASON_BREAKDOWN).readString("label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: truncated at offset 11 while reading label (buffer length 11)");
  }

  @Test
  void readSizeIsBoundedByTheBytesLeft() {
    // 3 elements of at least 2 bytes each need 6 bytes; 5 are left.
    byte[] bytes = {1, 8, 3, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> SerialReader.open(bytes, SerialKind.REASON_BREAKDOWN).readSize("reasons.size", 2))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: reasons.size = 3 at offset 2 is more than the 5 remaining bytes can hold");
    SerialReader ok = SerialReader.open(new byte[] {1, 8, 2, 0, 0, 0, 0}, SerialKind.REASON_BREAKDOWN);
    assertThat(ok.readSize("reasons.size", 2)).isEqualTo(2);
    // A size of Long.MAX_VALUE is refused before anything is allocated.
    byte[] huge = new SerialWriter(SerialKind.REASON_BREAKDOWN).writeCount(Long.MAX_VALUE).toByteArray();
    assertThatThrownBy(() -> SerialReader.open(huge, SerialKind.REASON_BREAKDOWN).readSize("reasons.size", 0))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessageContaining("reasons.size = 9223372036854775807 at offset 2 is more than the 0 remaining bytes");
  }

  @Test
  void readByteAndFinish() {
    SerialReader reader = SerialReader.open(new byte[] {1, 8, (byte) 0xFF}, SerialKind.REASON_BREAKDOWN);
    assertThat(reader.readByte("flag")).isEqualTo(255);
    reader.finish();
    assertThatThrownBy(() -> reader.readByte("more"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: truncated at offset 3 while reading more (buffer length 3)");
  }

  @Test
  void writerGrowsPastItsInitialBuffer() {
    SerialWriter writer = new SerialWriter(SerialKind.REASON_BREAKDOWN);
    String longText = "x".repeat(1000);
    writer.writeString(longText);
    for (int i = 0; i < 100; i++) {
      writer.writeCount(Long.MAX_VALUE).writeDouble(i);
    }
    SerialReader reader = reader(writer);
    assertThat(reader.readString("text")).isEqualTo(longText);
    for (int i = 0; i < 100; i++) {
      assertThat(reader.readCount("c")).isEqualTo(Long.MAX_VALUE);
      assertThat(reader.readDouble("d")).isEqualTo(i);
    }
    reader.finish();
  }
}
