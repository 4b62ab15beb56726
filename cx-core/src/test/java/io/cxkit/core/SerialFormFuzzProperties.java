package io.cxkit.core;

import static io.cxkit.core.SerialForms.asParsedJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import io.cxkit.core.survival.LifetimeAccumulator;
import io.cxkit.core.survival.LifetimeTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz tests of every {@code fromBytes} and {@code fromJsonShape}: whatever the input, a reader
 * either returns a value or throws {@link SerialFormException}, never an index error, NPE,
 * ClassCastException or any other exception. A value read from a mangled form must itself be
 * valid: it writes a form that reads back as the same value.
 */
class SerialFormFuzzProperties {

  /** A reader and writer pair for one kind of value. */
  record Codec(String kind, Function<byte[], Object> fromBytes, Function<Object, byte[]> toBytes,
      Function<Map<String, ?>, Object> fromJson, Function<Object, Map<String, Object>> toJson) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static final Codec DISTRIBUTION = new Codec("score-distribution", ScoreDistribution::fromBytes,
      v -> ((ScoreDistribution) v).toBytes(), ScoreDistribution::fromJsonShape, v -> ((ScoreDistribution) v).toJsonShape());
  static final Codec PERCENTAGE = new Codec("percentage", Percentage::fromBytes,
      v -> ((Percentage) v).toBytes(), Percentage::fromJsonShape, v -> ((Percentage) v).toJsonShape());
  static final Codec MEAN = new Codec("mean", Mean::fromBytes,
      v -> ((Mean) v).toBytes(), Mean::fromJsonShape, v -> ((Mean) v).toJsonShape());
  static final Codec PERIOD = new Codec("period-retention", PeriodRetention::fromBytes,
      v -> ((PeriodRetention) v).toBytes(), PeriodRetention::fromJsonShape, v -> ((PeriodRetention) v).toJsonShape());
  static final Codec COHORTS = new Codec("cohort-retention", CohortRetention::fromBytes,
      v -> ((CohortRetention) v).toBytes(), CohortRetention::fromJsonShape, v -> ((CohortRetention) v).toJsonShape());
  static final Codec LIFETIMES = new Codec("lifetime-table", LifetimeTable::fromBytes,
      v -> ((LifetimeTable) v).toBytes(), LifetimeTable::fromJsonShape, v -> ((LifetimeTable) v).toJsonShape());
  static final List<Codec> CODECS = List.of(DISTRIBUTION, PERCENTAGE, MEAN, PERIOD, COHORTS, LIFETIMES);

  /** Lifetime tables of a few whole and fractional durations. */
  static Arbitrary<LifetimeTable> lifetimeTables() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.oneOf(Arbitraries.integers().between(0, 20).map(Integer::doubleValue),
                Arbitraries.doubles().between(0, 50)).list().ofMaxSize(12),
            Arbitraries.of(true, false).list().ofSize(12))
        .as((durations, churned) -> {
          LifetimeAccumulator acc = new LifetimeAccumulator();
          for (int i = 0; i < durations.size(); i++) {
            acc.add(durations.get(i), churned.get(i));
          }
          return acc.snapshot();
        });
  }

  /** Reads {@code bytes} with every codec; each must succeed (and round-trip) or throw SerialFormException. */
  private static void readsOrRefuses(byte[] bytes) {
    for (Codec codec : CODECS) {
      Object value;
      try {
        value = codec.fromBytes().apply(bytes.clone());
      } catch (SerialFormException expected) {
        assertThat(expected.getMessage()).startsWith("cannot read " + codec.kind() + ": ");
        continue;
      }
      assertThat(codec.fromBytes().apply(codec.toBytes().apply(value))).isEqualTo(value);
    }
  }

  @Property
  void randomBytes(@ForAll("randomBytes") byte[] bytes) {
    readsOrRefuses(bytes);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
  }

  /** Random payloads behind a valid header, so that the readers get past the first two bytes. */
  @Property
  void randomPayloads(@ForAll("randomBytes") byte[] payload, @ForAll("tags") int tag) {
    byte[] bytes = new byte[payload.length + 2];
    bytes[0] = 1;
    bytes[1] = (byte) tag;
    System.arraycopy(payload, 0, bytes, 2, payload.length);
    readsOrRefuses(bytes);
  }

  @Provide
  Arbitrary<Integer> tags() {
    return Arbitraries.of(1, 6, 7, 9, 10, 11);
  }

  @Provide
  Arbitrary<byte[]> validForms() {
    return Arbitraries.oneOf(
        CoreArbitraries.distributions().map(ScoreDistribution::toBytes),
        CoreArbitraries.percentages().map(Percentage::toBytes),
        CoreArbitraries.means().map(Mean::toBytes),
        PeriodRetentionProperties.periods(1000).map(PeriodRetention::toBytes),
        CohortRetentionProperties.matrices(RetentionMode.UNBOUNDED).map(CohortRetention::toBytes),
        lifetimeTables().map(LifetimeTable::toBytes));
  }

  /** Valid serial forms with a few random edits: set, flip, insert or delete a byte, or cut the end. */
  @Property
  void mutatedValidForms(@ForAll("validForms") byte[] valid, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] bytes = valid;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      bytes = mutate(bytes, random);
    }
    readsOrRefuses(bytes);
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(6)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
      }
      case 1 -> {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
      }
      case 2 -> {
        byte[] copy = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        copy[at] = (byte) (random.nextBoolean() ? 0x80 | random.nextInt(128) : random.nextInt(256));
        System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
        return copy;
      }
      case 3 -> {
        byte[] copy = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(bytes, at + 1, copy, at, bytes.length - at - 1);
        return copy;
      }
      case 4 -> {
        return Arrays.copyOf(bytes, at);
      }
      default -> {
        // Turn a byte into 0xFF: long varints and NaN-like doubles.
        byte[] copy = bytes.clone();
        copy[at] = (byte) 0xFF;
        return copy;
      }
    }
  }

  // ---- JSON shapes -------------------------------------------------------------------------------

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.oneOf(
        CoreArbitraries.distributions().map(d -> (Object) d),
        CoreArbitraries.percentages().map(p -> (Object) p),
        CoreArbitraries.means().map(m -> (Object) m),
        PeriodRetentionProperties.periods(1000).map(p -> (Object) p),
        CohortRetentionProperties.matrices(RetentionMode.N_DAY).map(m -> (Object) m),
        lifetimeTables().map(t -> (Object) t));
  }

  private static final Object[] JUNK = {
      null, "", "1", "NaN", -1, -1L, 0, 1, 3.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Long.MAX_VALUE,
      Long.MIN_VALUE, Integer.MAX_VALUE, BigInteger.ONE.shiftLeft(70), BigInteger.valueOf(-5), true,
      List.of(), List.of(1, 2), Arrays.asList(1, null), Map.of(), Map.of("min", 1), Map.of(1, 2),
      List.of(Map.of()), new Object()};

  /** A valid JSON shape with one member (top level, nested, or an array element) replaced by junk. */
  @Property
  void jsonShapesWithABrokenMember(@ForAll("values") Object value, @ForAll long seed) {
    Random random = new Random(seed);
    Codec codec = value instanceof ScoreDistribution ? DISTRIBUTION : value instanceof Percentage ? PERCENTAGE
        : value instanceof Mean ? MEAN : value instanceof PeriodRetention ? PERIOD
        : value instanceof CohortRetention ? COHORTS : LIFETIMES;
    Map<String, Object> shape = asParsedJson(codec.toJson().apply(value));
    Object junk = JUNK[random.nextInt(JUNK.length)];
    List<String> keys = new ArrayList<>(shape.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    Object member = shape.get(key);
    if (member instanceof Map<?, ?> nested && !nested.isEmpty() && random.nextBoolean()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) nested;
      List<String> innerKeys = new ArrayList<>(inner.keySet());
      inner.put(innerKeys.get(random.nextInt(innerKeys.size())), junk);
    } else if (member instanceof List<?> list && !list.isEmpty() && random.nextBoolean()) {
      @SuppressWarnings("unchecked")
      List<Object> elements = (List<Object>) list;
      elements.set(random.nextInt(elements.size()), junk);
    } else if (random.nextInt(5) == 0) {
      shape.remove(key);
    } else {
      shape.put(key, junk);
    }
    if (random.nextInt(10) == 0) {
      shape.put("unexpected", junk); // unknown members are ignored
    }
    Object read;
    try {
      read = codec.fromJson().apply(shape);
    } catch (SerialFormException expected) {
      assertThat(expected.getMessage()).startsWith("cannot read " + codec.kind() + ": ");
      return;
    }
    assertThat(codec.fromJson().apply(codec.toJson().apply(read))).isEqualTo(read);
  }

  @Property(tries = 200)
  void jsonShapesThatAreNotMapsOfStrings(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, Object> shape = new LinkedHashMap<>();
    int members = random.nextInt(6);
    String[] names = {"format", "kind", "scale", "counts", "successes", "n", "mean", "sumOfSquaredDeviations", "bounds",
        "atStart", "lost", "newCustomers", "atEnd", "mode", "offsets", "cohorts", "times", "events", "censored"};
    for (int i = 0; i < members; i++) {
      shape.put(names[random.nextInt(names.length)], JUNK[random.nextInt(JUNK.length)]);
    }
    if (random.nextBoolean()) {
      shape.put("format", 1);
    }
    for (Codec codec : CODECS) {
      if (random.nextBoolean()) {
        shape.put("kind", codec.kind());
      }
      try {
        codec.fromJson().apply(shape);
      } catch (SerialFormException expected) {
        assertThat(expected.getMessage()).startsWith("cannot read " + codec.kind() + ": ");
      }
    }
  }
}
