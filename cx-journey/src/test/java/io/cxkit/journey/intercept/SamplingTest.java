package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.journey.InvalidJourneyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplingTest {
  private static final int PEOPLE = 100_000;

  @Test
  void theHashMatchesAnIndependentImplementation() {
    // Python 3: int.from_bytes(hashlib.sha256("exit-feedback\0customer-42".encode()).digest()[:8],
    // "big") = 18073020497028334129 (bytes fad0446317ba4231).
    assertThat(Long.toUnsignedString(Sampling.hash("exit-feedback", "customer-42")))
        .isEqualTo("18073020497028334129");
    assertThat(Sampling.hash("exit-feedback", "customer-42")).isEqualTo(0xfad0446317ba4231L);
    // Non-ASCII ids are hashed as UTF-8: "Zoë-7" gives 89f48d196fe4c43a = 9940725417904489530.
    assertThat(Long.toUnsignedString(Sampling.hash("exit-feedback", "Zoë-7")))
        .isEqualTo("9940725417904489530");
    // 18073020497028334129 / 2^64 = 0.979740…: bucket 97.974 %.
    assertThat(Sampling.bucket("exit-feedback", "customer-42")).isCloseTo(97.97404, within(1e-5));
  }

  @Test
  void moreVectorsFromPythonsHashlib() {
    // Python 3 (review): u = int.from_bytes(hashlib.sha256((s + "\0" + p).encode("utf-8"))
    // .digest()[:8], "big"); bucket = u / 2^64 × 100.
    assertThat(Long.toUnsignedString(Sampling.hash("relationship-nps", "c-1001")))
        .isEqualTo("10253307002676574894"); // 8e4b1065038ffaae, bucket 55.5833 %
    assertThat(Sampling.bucket("relationship-nps", "c-1001")).isCloseTo(55.58329, within(1e-5));
    // Three-byte UTF-8 characters (CJK).
    assertThat(Long.toUnsignedString(Sampling.hash("nps", "\u9867\u5ba2-7")))
        .isEqualTo("11710416517001228979"); // a283c1c71bb9b2b3, bucket 63.4823 %
    // A character outside the BMP (a surrogate pair in Java): four UTF-8 bytes, not two CESU ones.
    assertThat(Long.toUnsignedString(Sampling.hash("help-feedback", "visitor-\uD83D\uDE00")))
        .isEqualTo("4761183905213534336"); // 42131f89348f5080, bucket 25.8104 %
    assertThat(Sampling.percent(25.8105).includes("help-feedback", "visitor-\uD83D\uDE00"))
        .isTrue();
    assertThat(Sampling.percent(25.8104).includes("help-feedback", "visitor-\uD83D\uDE00"))
        .isFalse();
    // Ids are hashed as given, not Unicode-normalised: "Zoe" + U+0308 (decomposed) is not "Zoë-7"
    // (precomposed U+00EB, 9940725417904489530 above).
    assertThat(Long.toUnsignedString(Sampling.hash("exit-feedback", "Zoe\u0308-7")))
        .isEqualTo("12917323598723458977"); // b3438d5fc6aea7a1
  }

  @Test
  void thePersonIsInASampleExactlyBelowTheThreshold() {
    // u = 18073020497028334129; floor(98 × 2^64 / 100) = 18077809192235360583 > u: in.
    // floor(97.97 × 2^64 / 100) = 18072275169013247508 < u: out (97.97 % < bucket 97.974 %),
    // computed with Python fractions from the double nearest 97.97.
    assertThat(Sampling.percent(98).includes("exit-feedback", "customer-42")).isTrue();
    assertThat(Sampling.percent(97.97).includes("exit-feedback", "customer-42")).isFalse();
    assertThat(Sampling.percent(97.975).includes("exit-feedback", "customer-42")).isTrue();
  }

  @Test
  void fiftyPercentTakesExactlyTheHashesBelowTwoToThe63() {
    // floor(50 × 2^64 / 100) = 2^63: in the sample iff the top bit of u is 0, i.e. the hash as a
    // signed long is not negative.
    Sampling half = Sampling.percent(50);
    for (int i = 0; i < 2_000; i++) {
      String person = "p-" + i;
      assertThat(half.includes("survey", person)).isEqualTo(Sampling.hash("survey", person) >= 0);
    }
  }

  @Test
  void zeroTakesNoOneAndHundredEveryone() {
    Sampling none = Sampling.percent(0);
    Sampling all = Sampling.percent(100);
    assertThat(all).isSameAs(Sampling.all());
    for (int i = 0; i < 10_000; i++) {
      assertThat(none.includes("survey", "p-" + i)).isFalse();
      assertThat(all.includes("survey", "p-" + i)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} %")
  @CsvSource({
      // p, 4 σ of a binomial count over 100 000 people: 4 × sqrt(100 000 × p × (1 − p))
      "1, 126", // 4 × sqrt(990) = 125.9
      "10, 380", // 4 × sqrt(9 000) = 379.5
      "50, 633", // 4 × sqrt(25 000) = 632.5
  })
  void aboutPPercentOfManyPeopleAreSampled(double percent, int tolerance) {
    Sampling sampling = Sampling.percent(percent);
    int in = 0;
    for (int i = 0; i < PEOPLE; i++) {
      if (sampling.includes("exit-feedback", "visitor-" + i)) {
        in++;
      }
    }
    assertThat(in).isCloseTo((int) (PEOPLE * percent / 100), within(tolerance));
  }

  @Test
  void theSamePersonAlwaysGetsTheSameDecisionInAnyThread() throws Exception {
    Sampling tenth = Sampling.percent(10);
    List<Boolean> expected = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      expected.add(tenth.includes("nps", "c-" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Boolean>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<Boolean> got = new ArrayList<>();
          for (int i = 0; i < 5_000; i++) {
            got.add(Sampling.percent(10).includes("nps", "c-" + i));
          }
          return got;
        }));
      }
      for (Future<List<Boolean>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSurveyIdMakesDrawsIndependent() {
    // Of 10 000 people, the 10 % samples of two surveys overlap in about 1 % (independent draws):
    // 100 expected, σ = sqrt(10 000 × 0.01 × 0.99) = 9.95, so within 4 σ = 40.
    Sampling tenth = Sampling.percent(10);
    int both = 0;
    for (int i = 0; i < 10_000; i++) {
      if (tenth.includes("nps", "c-" + i) && tenth.includes("exit-feedback", "c-" + i)) {
        both++;
      }
    }
    assertThat(both).isCloseTo(100, within(40));
  }

  @Property(tries = 300)
  void aLargerSampleKeepsEveryoneOfASmallerOne(@ForAll @StringLength(min = 1, max = 40) String person,
      @ForAll @DoubleRange(min = 0, max = 100) double p,
      @ForAll @DoubleRange(min = 0, max = 100) double q) {
    double low = Math.min(p, q);
    double high = Math.max(p, q);
    if (Sampling.percent(low).includes("survey", person)) {
      assertThat(Sampling.percent(high).includes("survey", person)).isTrue();
    }
  }

  @Test
  void percentsOutsideTheScaleAreRefused() {
    assertThatThrownBy(() -> Sampling.percent(-0.5)).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("samplePercent").hasMessageContaining("-0.5")
        .hasMessageContaining("within 0..100");
    assertThatThrownBy(() -> Sampling.percent(100.01)).isInstanceOf(InvalidJourneyException.class);
    assertThatThrownBy(() -> Sampling.percent(Double.NaN))
        .isInstanceOf(InvalidJourneyException.class);
  }

  @Test
  void samplingsAreValues() {
    assertThat(Sampling.percent(10)).isEqualTo(Sampling.percent(10))
        .hasSameHashCodeAs(Sampling.percent(10)).isNotEqualTo(Sampling.percent(11));
    assertThat(Sampling.percent(12.5).percentValue()).isEqualTo(12.5);
    assertThat(Sampling.percent(10)).hasToString("Sampling[10.0 %]");
  }
}
