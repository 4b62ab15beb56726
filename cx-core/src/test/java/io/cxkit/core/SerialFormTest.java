package io.cxkit.core;

import static io.cxkit.core.SerialForms.asParsedJson;
import static io.cxkit.core.SerialForms.golden;
import static io.cxkit.core.SerialForms.hex;
import static io.cxkit.core.SerialForms.toHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The serial forms of format version 1. The golden files under {@code src/test/resources/golden/}
 * were written by hand from the format description, byte by byte; today's {@code toBytes()} must
 * produce them and every later version of cxkit must still read them.
 */
class SerialFormTest {
  private static final String OVERFLOW = ": exceeds the largest count, 9223372036854775807";

  /** A golden file, the value it holds, and that value type's reader. */
  record Form(String file, Object value, Function<byte[], Object> fromBytes, String kind) {
    byte[] toBytes() {
      if (value instanceof ScoreDistribution d) {
        return d.toBytes();
      }
      return value instanceof Percentage p ? p.toBytes() : ((Mean) value).toBytes();
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Form> goldenForms() {
    return Stream.of(
        new Form("score-distribution-csat-v1.hex", ScoreDistributionTest.DELIGHTED,
            ScoreDistribution::fromBytes, "score-distribution"),
        new Form("score-distribution-bipolar-v1.hex",
            ScoreDistribution.ofCounts(RatingScale.of(-3, 3), 0, 1, 300, 0, 127, 128, 16384),
            ScoreDistribution::fromBytes, "score-distribution"),
        new Form("score-distribution-max-count-v1.hex",
            ScoreDistribution.ofCounts(RatingScale.of(0, 1), Long.MAX_VALUE, 0),
            ScoreDistribution::fromBytes, "score-distribution"),
        new Form("percentage-v1.hex", Percentage.of(74, 107), Percentage::fromBytes, "percentage"),
        new Form("percentage-large-v1.hex", Percentage.of(624485, 1_000_000), Percentage::fromBytes, "percentage"),
        new Form("percentage-empty-v1.hex", Percentage.empty(), Percentage::fromBytes, "percentage"),
        new Form("mean-bounded-v1.hex", Mean.of(5, 3.0, 2.5).withBounds(1, 5), Mean::fromBytes, "mean"),
        new Form("mean-unbounded-v1.hex", Mean.of(4, -1.5, 0.25), Mean::fromBytes, "mean"),
        new Form("mean-empty-v1.hex", Mean.empty(), Mean::fromBytes, "mean"));
  }

  // ---- golden bytes ------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("goldenForms")
  void todaysBytesAreTheGoldenBytes(Form form) {
    assertThat(toHex(form.toBytes())).isEqualTo(toHex(golden(form.file())));
  }

  @ParameterizedTest
  @MethodSource("goldenForms")
  void goldenBytesReadBackAsTheirValue(Form form) {
    assertThat(form.fromBytes().apply(golden(form.file()))).isEqualTo(form.value());
  }

  @Test
  void goldenValuesMeanWhatTheFilesSay() {
    ScoreDistribution csat = ScoreDistribution.fromBytes(golden("score-distribution-csat-v1.hex"));
    assertThat(csat.scale()).isEqualTo(RatingScale.CSAT);
    assertThat(csat.counts()).containsExactly(14, 9, 10, 32, 42);
    Percentage p = Percentage.fromBytes(golden("percentage-v1.hex"));
    assertThat(p.successes()).isEqualTo(74);
    assertThat(p.n()).isEqualTo(107);
    Mean bounded = Mean.fromBytes(golden("mean-bounded-v1.hex"));
    assertThat(bounded.n()).isEqualTo(5);
    assertThat(bounded.value()).hasValue(3.0);
    assertThat(bounded.sampleVariance()).hasValue(2.5); // M2 10.0 / (5 − 1)
    // Bounded to 1..5: the t-interval 3 ± 2.776445·sqrt(2.5/5) = 3 ± 1.963 stays inside, so check
    // the bounds through a merge instead: an unbounded mean does not merge with it.
    assertThatThrownBy(() -> bounded.plus(Mean.fromBytes(golden("mean-unbounded-v1.hex"))))
        .isInstanceOf(IncompatibleMergeException.class);
    Mean unbounded = Mean.fromBytes(golden("mean-unbounded-v1.hex"));
    assertThat(unbounded.value()).hasValue(-1.5);
    assertThat(unbounded.sampleVariance()).hasValue(0.25); // M2 0.75 / (4 − 1)
    assertThat(Mean.fromBytes(golden("mean-empty-v1.hex")).isEmpty()).isTrue();
  }

  @Test
  void documentedSizeOfASmallNpsDistribution() {
    // ScoreDistribution.toBytes javadoc: "A 0..10 distribution of small counts takes 15 bytes":
    // 2 header bytes, 1 each for min and max, 11 one-byte counts.
    assertThat(ScoreDistribution.ofScores(RatingScale.NPS, 0, 5, 10, 10).toBytes()).hasSize(15);
  }

  // ---- corrupt bytes: the header -----------------------------------------------------------------

  @Test
  void emptyAndOneByteBuffers() {
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(new byte[0]))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: the buffer has 0 byte(s), a serial form starts with "
            + "2 header bytes (format version, kind)");
    assertThatThrownBy(() -> Percentage.fromBytes(new byte[] {1}))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: the buffer has 1 byte(s), a serial form starts with "
            + "2 header bytes (format version, kind)");
    assertThatThrownBy(() -> Mean.fromBytes(new byte[] {1}))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read mean: the buffer has 1 byte(s), a serial form starts with "
            + "2 header bytes (format version, kind)");
  }

  @Test
  void unknownFormatVersion() {
    byte[] bytes = golden("score-distribution-csat-v1.hex");
    bytes[0] = 7;
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(bytes))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: format version 7 at offset 0 is unknown; "
            + "this version of cxkit reads format version 1");
    assertThatThrownBy(() -> Percentage.fromBytes(hex("ff064a6b")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: format version 255 at offset 0 is unknown; "
            + "this version of cxkit reads format version 1");
    assertThatThrownBy(() -> Mean.fromBytes(hex("0007")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read mean: format version 0 at offset 0 is unknown; "
            + "this version of cxkit reads format version 1");
  }

  @Test
  void wrongKindTag() {
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(golden("percentage-v1.hex")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: offset 1 has kind percentage (tag 6), "
            + "expected score-distribution (tag 1)");
    assertThatThrownBy(() -> Mean.fromBytes(golden("percentage-v1.hex")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read mean: offset 1 has kind percentage (tag 6), expected mean (tag 7)");
    assertThatThrownBy(() -> Percentage.fromBytes(golden("mean-unbounded-v1.hex")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: offset 1 has kind mean (tag 7), expected percentage (tag 6)");
    // A tag reserved for a metric that has no serial form in cx-core yet is still named.
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01024a6b")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: offset 1 has kind nps (tag 2), expected percentage (tag 6)");
  }

  @Test
  void unknownKindTag() {
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("0163020a")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: offset 1 has kind tag 99 (unknown), "
            + "expected score-distribution (tag 1)");
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01ff0000")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: offset 1 has kind tag 255 (unknown), expected percentage (tag 6)");
  }

  // ---- corrupt bytes: truncation and trailing bytes ----------------------------------------------

  @ParameterizedTest
  @MethodSource("goldenForms")
  void everyProperPrefixIsRefusedWithASerialFormException(Form form) {
    byte[] full = golden(form.file());
    for (int length = 0; length < full.length; length++) {
      byte[] prefix = Arrays.copyOf(full, length);
      ThrowableAssertAlternative<SerialFormException> thrown =
          assertThatExceptionOfSerialForm(() -> form.fromBytes().apply(prefix))
              .withMessageStartingWith("cannot read " + form.kind() + ": ");
      if (length >= 2) {
        // The offset is where the unfinished field starts (a varint is read byte by byte, so its
        // offset is the buffer length; a double is checked whole, so its offset is its start).
        thrown.withMessageContaining(": truncated at offset ")
            .withMessageEndingWith("(buffer length " + length + ")");
      }
    }
  }

  @Test
  void truncationNamesTheFieldBeingRead() {
    // 01 01 02 0a 0e | 09 ...: counts[0] = 14 was read, counts[1] is missing at offset 5.
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("0101020a0e")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: truncated at offset 5 while reading counts[1] (buffer length 5)");
    // In the middle of a varint: ac has the continuation bit, its next byte is missing.
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("0101050600 01ac".replace(" ", ""))))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: truncated at offset 7 while reading counts[2] (buffer length 7)");
    // Three bytes into the 8 of the mean's double.
    assertThatThrownBy(() -> Mean.fromBytes(hex("010704bff800")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read mean: truncated at offset 3 while reading mean (buffer length 6)");
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01064a")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: truncated at offset 3 while reading n (buffer length 3)");
  }

  @ParameterizedTest
  @MethodSource("goldenForms")
  void trailingBytesAreRefused(Form form) {
    byte[] full = golden(form.file());
    byte[] longer = Arrays.copyOf(full, full.length + 2);
    assertThatExceptionOfSerialForm(() -> form.fromBytes().apply(longer))
        .withMessage("cannot read " + form.kind() + ": 2 unexpected trailing byte(s) at offset " + full.length);
  }

  // ---- corrupt bytes: bad varints ----------------------------------------------------------------

  @Test
  void overlongVarintsAreRefused() {
    // Ten bytes with the continuation bit: more than the 63 bits of a non-negative long.
    assertThatThrownBy(() -> Percentage.fromBytes(hex("0106" + "80".repeat(10) + "0000")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: successes at offset 2 is not a valid count "
            + "(varint longer than a non-negative long)");
    // 2^63: nine groups of 0 with continuation, then 1 in the 64th bit.
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01064a" + "80".repeat(9) + "01")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: n at offset 3 is not a valid count "
            + "(varint longer than a non-negative long)");
    // The tenth byte may only be 0 or 1; 0x02 would set bit 64.
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01064a" + "80".repeat(9) + "02")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: n at offset 3 is not a valid count "
            + "(varint longer than a non-negative long)");
    // A scale bound whose zig-zag varint is 2^32 does not fit an int.
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("0101" + "8080808010" + "0a")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: scale.min at offset 2 does not fit an int");
  }

  // ---- corrupt bytes: well-formed, but describing an invalid value -------------------------------

  @Test
  void scaleWithMaxNotAboveMin() {
    // min = 5 (zig-zag 0a), max = 1 (zig-zag 02), then 5 counts that are never read.
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("01010a02" + "0000000000")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: the serial form describes an invalid value: "
            + "scale = 5..1: max must be greater than min")
        .hasCauseExactlyInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("01010a0a")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: the serial form describes an invalid value: "
            + "scale = 5..5: max must be greater than min");
  }

  @Test
  void scaleWithTooManyPoints() {
    // max = 5000: zig-zag 10000 = 0x2710 -> varint 90 4e. Refused before 5001 counts are allocated.
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(hex("0101" + "00" + "904e")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: the serial form describes an invalid value: "
            + "scale = 0..5000: must have at most 1001 points");
  }

  @Test
  void distributionWhoseTotalOverflows() {
    byte[] bytes = new SerialWriter(SerialKind.SCORE_DISTRIBUTION)
        .writeInt(0).writeInt(1).writeCount(Long.MAX_VALUE).writeCount(1).toByteArray();
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(bytes))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read score-distribution: the serial form describes an invalid value: "
            + "total = 9223372036854775807 + 1" + OVERFLOW)
        .hasCauseExactlyInstanceOf(CountOverflowException.class);
  }

  @Test
  void percentageWithMoreSuccessesThanTrials() {
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01060503")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: the serial form describes an invalid value: "
            + "successes = 5: must be ≤ n = 3");
    assertThatThrownBy(() -> Percentage.fromBytes(hex("01060100")))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read percentage: the serial form describes an invalid value: "
            + "successes = 1: must be ≤ n = 0");
  }

  private static byte[] mean(long n, double mean, double m2, int flag, double... bounds) {
    SerialWriter writer = new SerialWriter(SerialKind.MEAN).writeCount(n).writeDouble(mean).writeDouble(m2)
        .writeByte(flag);
    for (double bound : bounds) {
      writer.writeDouble(bound);
    }
    return writer.toByteArray();
  }

  @Test
  void meanWithABadM2() {
    String prefix = "cannot read mean: the serial form describes an invalid value: ";
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, Double.NaN, 0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "m2 = NaN: must be a finite number");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, Double.POSITIVE_INFINITY, 0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "m2 = Infinity: must be a finite number");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, -1.0, 0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "m2 = -1.0: must be ≥ 0");
    // One observation has no spread (regression: this used to be accepted).
    assertThatThrownBy(() -> Mean.fromBytes(mean(1, 2.0, 0.5, 0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "m2 = 0.5: must be 0 when n = 1");
  }

  @Test
  void meanWithABadMeanOrBounds() {
    String prefix = "cannot read mean: the serial form describes an invalid value: ";
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, Double.NaN, 1.0, 0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "mean = NaN: must be a finite number");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, 1.0, 2)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "bounded = 2: must be 0 or 1");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, 1.0, 1, 5.0, 1.0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "bounds = [5.0, 1.0]: min must be less than max");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 7.0, 1.0, 1, 1.0, 5.0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "mean = 7.0: must lie within the bounds [1.0, 5.0]");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, 1.0, 1, Double.NEGATIVE_INFINITY, 5.0)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "bounds.min = -Infinity: must be a finite number");
    assertThatThrownBy(() -> Mean.fromBytes(mean(3, 2.0, 1.0, 1, 1.0, Double.NaN)))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage(prefix + "bounds.max = NaN: must be a finite number");
  }

  @Test
  void anEmptyMeanIgnoresItsMeanAndM2() {
    // n = 0: mean and M2 are placeholders; whatever finite values they hold, the result is empty.
    assertThat(Mean.fromBytes(mean(0, 4.0, 9.0, 0))).isEqualTo(Mean.empty());
  }

  @Test
  void nullBuffersAreNamed() {
    assertThatThrownBy(() -> ScoreDistribution.fromBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    assertThatThrownBy(() -> Percentage.fromBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    assertThatThrownBy(() -> Mean.fromBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
  }

  // ---- JSON shapes -------------------------------------------------------------------------------

  @Test
  void jsonShapeOfADistribution() {
    Map<String, Object> shape = ScoreDistributionTest.DELIGHTED.toJsonShape();
    assertThat(shape).isEqualTo(Map.of(
        "format", 1,
        "kind", "score-distribution",
        "scale", Map.of("min", 1, "max", 5),
        "counts", List.of(14L, 9L, 10L, 32L, 42L)));
    // Member order is fixed, so that the JSON text is the same in every run.
    assertThat(shape.keySet()).containsExactly("format", "kind", "scale", "counts");
    assertThat(member(shape, "scale").keySet()).containsExactly("min", "max");
  }

  @Test
  void jsonShapeOfAPercentage() {
    Map<String, Object> shape = Percentage.of(74, 107).toJsonShape();
    assertThat(shape).isEqualTo(Map.of("format", 1, "kind", "percentage", "successes", 74L, "n", 107L));
    assertThat(shape.keySet()).containsExactly("format", "kind", "successes", "n");
    assertThat(Percentage.empty().toJsonShape())
        .isEqualTo(Map.of("format", 1, "kind", "percentage", "successes", 0L, "n", 0L));
  }

  @Test
  void jsonShapeOfAMean() {
    Map<String, Object> bounded = Mean.of(5, 3.0, 2.5).withBounds(1, 5).toJsonShape();
    assertThat(bounded).isEqualTo(Map.of("format", 1, "kind", "mean", "n", 5L, "mean", 3.0,
        "sumOfSquaredDeviations", 10.0, "bounds", Map.of("min", 1.0, "max", 5.0)));
    assertThat(bounded.keySet()).containsExactly("format", "kind", "n", "mean", "sumOfSquaredDeviations", "bounds");
    assertThat(member(bounded, "bounds").keySet()).containsExactly("min", "max");
    Map<String, Object> unbounded = Mean.of(4, -1.5, 0.25).toJsonShape();
    assertThat(unbounded).isEqualTo(Map.of("format", 1, "kind", "mean", "n", 4L, "mean", -1.5,
        "sumOfSquaredDeviations", 0.75));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonShapesAreUnmodifiableAllTheWayDown() {
    Map<String, Object> distribution = ScoreDistributionTest.DELIGHTED.toJsonShape();
    assertThatThrownBy(() -> distribution.put("kind", "nps")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) distribution.get("scale")).put("min", 0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) distribution.get("counts")).set(0, 0L))
        .isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> mean = Mean.of(5, 3.0, 2.5).withBounds(1, 5).toJsonShape();
    assertThatThrownBy(() -> ((Map<String, Object>) mean.get("bounds")).put("min", 0.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @MethodSource("goldenForms")
  void jsonShapesReadBackAsAJsonLibraryParsesThem(Form form) {
    Object value = form.value();
    Object back;
    if (value instanceof ScoreDistribution d) {
      back = ScoreDistribution.fromJsonShape(asParsedJson(d.toJsonShape()));
    } else if (value instanceof Percentage p) {
      back = Percentage.fromJsonShape(asParsedJson(p.toJsonShape()));
    } else {
      back = Mean.fromJsonShape(asParsedJson(((Mean) value).toJsonShape()));
    }
    assertThat(back).isEqualTo(value);
  }

  @Test
  void jsonNumbersOfAnyWholeTypeAreAccepted() {
    // Jackson gives Integer, Long or BigInteger depending on magnitude; other libraries may give Short.
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", (short) 1);
    shape.put("kind", "percentage");
    shape.put("successes", BigInteger.valueOf(74));
    shape.put("n", 107);
    assertThat(Percentage.fromJsonShape(shape)).isEqualTo(Percentage.of(74, 107));
    // A whole-valued mean may come back as an Integer.
    Map<String, Object> mean = asParsedJson(Mean.of(4, -1.5, 0.25).toJsonShape());
    mean.put("mean", -2);
    assertThat(Mean.fromJsonShape(mean).value()).hasValue(-2.0);
  }

  private static Map<String, Object> distributionShape() {
    return asParsedJson(ScoreDistributionTest.DELIGHTED.toJsonShape());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> shape, String name) {
    return (Map<String, Object>) shape.get(name);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> counts(Map<String, Object> shape) {
    return (List<Object>) shape.get("counts");
  }

  private static ThrowableAssertAlternative<SerialFormException> assertThatExceptionOfSerialForm(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return org.assertj.core.api.Assertions.assertThatExceptionOfType(SerialFormException.class).isThrownBy(call);
  }

  private static void assertDistributionShapeFails(Map<String, Object> shape, String message) {
    assertThatExceptionOfSerialForm(() -> ScoreDistribution.fromJsonShape(shape))
        .withMessage("cannot read score-distribution: " + message);
  }

  @Test
  void missingAndNullMembers() {
    Map<String, Object> noCounts = distributionShape();
    noCounts.remove("counts");
    assertDistributionShapeFails(noCounts, "member counts is missing");
    Map<String, Object> nullScale = distributionShape();
    nullScale.put("scale", null);
    assertDistributionShapeFails(nullScale, "member scale is null");
    Map<String, Object> noMin = distributionShape();
    member(noMin, "scale").remove("min");
    assertDistributionShapeFails(noMin, "member scale.min is missing");
    Map<String, Object> nullMax = distributionShape();
    member(nullMax, "scale").put("max", null);
    assertDistributionShapeFails(nullMax, "member scale.max is null");
    Map<String, Object> noFormat = distributionShape();
    noFormat.remove("format");
    assertDistributionShapeFails(noFormat, "member format is missing");
    Map<String, Object> noKind = distributionShape();
    noKind.remove("kind");
    assertDistributionShapeFails(noKind, "member kind is missing");
  }

  @Test
  void wrongTypes() {
    Map<String, Object> stringMin = distributionShape();
    member(stringMin, "scale").put("min", "1");
    assertDistributionShapeFails(stringMin, "scale.min = \"1\": must be a whole number");
    Map<String, Object> fractionalMax = distributionShape();
    member(fractionalMax, "scale").put("max", 5.5);
    assertDistributionShapeFails(fractionalMax, "scale.max = 5.5: must be a whole number");
    // A whole number read as a double (Gson, JavaScript) is fine up to 2^53, where doubles stop being exact.
    Map<String, Object> doubleMax = distributionShape();
    member(doubleMax, "scale").put("max", 5.0);
    assertThat(ScoreDistribution.fromJsonShape(doubleMax).scale()).isEqualTo(RatingScale.CSAT);
    Map<String, Object> inexactCount = distributionShape();
    counts(inexactCount).set(2, 0x1p60);
    assertDistributionShapeFails(inexactCount, "counts[2] = 1.15292150460684698E18: must be a whole number");
    Map<String, Object> hugeMin = distributionShape();
    member(hugeMin, "scale").put("min", 1L << 40);
    assertDistributionShapeFails(hugeMin, "scale.min = 1099511627776: must be an int");
    Map<String, Object> stringScale = distributionShape();
    stringScale.put("scale", "1..5");
    assertDistributionShapeFails(stringScale, "scale = \"1..5\": must be an object");
    Map<String, Object> stringCounts = distributionShape();
    stringCounts.put("counts", "14,9,10,32,42");
    assertDistributionShapeFails(stringCounts, "counts = \"14,9,10,32,42\": must be an array of counts");
    Map<String, Object> fractionalCount = distributionShape();
    counts(fractionalCount).set(2, 3.5);
    assertDistributionShapeFails(fractionalCount, "counts[2] = 3.5: must be a whole number");
    Map<String, Object> stringCount = distributionShape();
    counts(stringCount).set(2, "10");
    assertDistributionShapeFails(stringCount, "counts[2] = \"10\": must be a whole number");
    Map<String, Object> nullCount = distributionShape();
    counts(nullCount).set(2, null);
    assertDistributionShapeFails(nullCount, "counts[2] = null: must be a count ≥ 0");
    Map<String, Object> hugeCount = distributionShape();
    counts(hugeCount).set(0, BigInteger.ONE.shiftLeft(64));
    assertDistributionShapeFails(hugeCount, "counts[0] = 18446744073709551616: must be a whole number");
    Map<String, Object> numericKind = distributionShape();
    numericKind.put("kind", 1);
    assertDistributionShapeFails(numericKind, "kind = 1: must be a string");
  }

  @Test
  void negativeCount() {
    Map<String, Object> shape = distributionShape();
    counts(shape).set(2, -1);
    assertDistributionShapeFails(shape, "counts[2] = -1: must be a count ≥ 0");
    Map<String, Object> percentage = asParsedJson(Percentage.of(1, 3).toJsonShape());
    percentage.put("n", -3);
    assertThatExceptionOfSerialForm(() -> Percentage.fromJsonShape(percentage))
        .withMessage("cannot read percentage: n = -3: must be ≥ 0");
  }

  @Test
  void wrongFormatOrKind() {
    Map<String, Object> format2 = distributionShape();
    format2.put("format", 2);
    assertDistributionShapeFails(format2, "format = 2 is unknown; this version of cxkit reads format 1");
    Map<String, Object> formatText = distributionShape();
    formatText.put("format", "1");
    assertDistributionShapeFails(formatText, "format = \"1\": must be a whole number");
    Map<String, Object> npsKind = distributionShape();
    npsKind.put("kind", "nps");
    assertDistributionShapeFails(npsKind, "kind = \"nps\", expected \"score-distribution\"");
    assertThatExceptionOfSerialForm(() -> Mean.fromJsonShape(Percentage.of(1, 2).toJsonShape()))
        .withMessage("cannot read mean: kind = \"percentage\", expected \"mean\"");
  }

  @Test
  void shapesDescribingAnInvalidDistribution() {
    String prefix = "the JSON shape describes an invalid value: ";
    Map<String, Object> shortCounts = distributionShape();
    counts(shortCounts).remove(4);
    assertDistributionShapeFails(shortCounts, prefix + "counts.length = 4: must equal the 5 points of scale 1..5");
    Map<String, Object> inverted = distributionShape();
    member(inverted, "scale").put("min", 5);
    member(inverted, "scale").put("max", 1);
    assertDistributionShapeFails(inverted, prefix + "scale = 5..1: max must be greater than min");
    Map<String, Object> overflow = distributionShape();
    counts(overflow).set(0, Long.MAX_VALUE);
    assertDistributionShapeFails(overflow, prefix + "total = 9223372036854775807 + 9" + OVERFLOW);
  }

  @Test
  void percentageShapeErrors() {
    Map<String, Object> fractional = asParsedJson(Percentage.of(1, 3).toJsonShape());
    fractional.put("successes", 3.5);
    assertThatExceptionOfSerialForm(() -> Percentage.fromJsonShape(fractional))
        .withMessage("cannot read percentage: successes = 3.5: must be a whole number");
    Map<String, Object> tooMany = asParsedJson(Percentage.of(1, 3).toJsonShape());
    tooMany.put("successes", 5);
    assertThatExceptionOfSerialForm(() -> Percentage.fromJsonShape(tooMany))
        .withMessage("cannot read percentage: the JSON shape describes an invalid value: successes = 5: must be ≤ n = 3");
    Map<String, Object> noN = asParsedJson(Percentage.of(1, 3).toJsonShape());
    noN.remove("n");
    assertThatExceptionOfSerialForm(() -> Percentage.fromJsonShape(noN))
        .withMessage("cannot read percentage: member n is missing");
  }

  private static Map<String, Object> boundedMeanShape() {
    return asParsedJson(Mean.of(5, 3.0, 2.5).withBounds(1, 5).toJsonShape());
  }

  private static void assertMeanShapeFails(Map<String, Object> shape, String message) {
    assertThatExceptionOfSerialForm(() -> Mean.fromJsonShape(shape)).withMessage("cannot read mean: " + message);
  }

  @Test
  void meanShapeErrors() {
    String prefix = "the JSON shape describes an invalid value: ";
    Map<String, Object> textMean = boundedMeanShape();
    textMean.put("mean", "3.0");
    assertMeanShapeFails(textMean, "mean = \"3.0\": must be a finite number");
    Map<String, Object> nanMean = boundedMeanShape();
    nanMean.put("mean", Double.NaN);
    assertMeanShapeFails(nanMean, "mean = NaN: must be a finite number");
    Map<String, Object> fractionalN = boundedMeanShape();
    fractionalN.put("n", 5.5);
    assertMeanShapeFails(fractionalN, "n = 5.5: must be a whole number");
    Map<String, Object> noM2 = boundedMeanShape();
    noM2.remove("sumOfSquaredDeviations");
    assertMeanShapeFails(noM2, "member sumOfSquaredDeviations is missing");
    // Errors found while rebuilding name the JSON member, not the binary form's "m2" (regression).
    Map<String, Object> negativeM2 = boundedMeanShape();
    negativeM2.put("sumOfSquaredDeviations", -1.0);
    assertMeanShapeFails(negativeM2, prefix + "sumOfSquaredDeviations = -1.0: must be ≥ 0");
    Map<String, Object> spreadOfOne = asParsedJson(Mean.ofValues(2).toJsonShape());
    spreadOfOne.put("sumOfSquaredDeviations", 0.5);
    assertMeanShapeFails(spreadOfOne, prefix + "sumOfSquaredDeviations = 0.5: must be 0 when n = 1");
    Map<String, Object> noMin = boundedMeanShape();
    member(noMin, "bounds").remove("min");
    assertMeanShapeFails(noMin, "member bounds.min is missing");
    Map<String, Object> textBounds = boundedMeanShape();
    textBounds.put("bounds", "1..5");
    assertMeanShapeFails(textBounds, "bounds = \"1..5\": must be an object");
    Map<String, Object> inverted = boundedMeanShape();
    member(inverted, "bounds").put("min", 6.0);
    assertMeanShapeFails(inverted, prefix + "bounds = [6.0, 5.0]: min must be less than max");
    Map<String, Object> outside = boundedMeanShape();
    outside.put("mean", 6.5);
    assertMeanShapeFails(outside, prefix + "mean = 6.5: must lie within the bounds [1.0, 5.0]");
    // A null bounds member is read as no bounds, like a missing one.
    Map<String, Object> nullBounds = boundedMeanShape();
    nullBounds.put("bounds", null);
    assertThat(Mean.fromJsonShape(nullBounds)).isEqualTo(Mean.of(5, 3.0, 2.5));
  }

  @Test
  void nullShapesAreNamed() {
    assertThatThrownBy(() -> ScoreDistribution.fromJsonShape(null)).isInstanceOf(NullPointerException.class).hasMessage("shape");
    assertThatThrownBy(() -> Percentage.fromJsonShape(null)).isInstanceOf(NullPointerException.class).hasMessage("shape");
    assertThatThrownBy(() -> Mean.fromJsonShape(null)).isInstanceOf(NullPointerException.class).hasMessage("shape");
  }

  @Test
  void aShapeWithNonStringKeysIsRefused() {
    Map<Object, Object> scale = new LinkedHashMap<>();
    scale.put(1, 1);
    Map<String, Object> shape = distributionShape();
    shape.put("scale", scale);
    assertDistributionShapeFails(shape, "scale has the key 1 (Integer): object keys must be strings");
  }
}
