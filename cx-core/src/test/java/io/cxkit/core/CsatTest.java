package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsatTest {

  private static final double EXACT = 1e-12;
  /** Hand calculations below are carried to 6 significant digits. */
  private static final double HAND = 1e-5;

  /**
   * Source: Delighted, "What is customer satisfaction score (CSAT)?" (delighted.com): 42 answers of
   * 5, 32 of 4, 10 of 3, 9 of 2 and 14 of 1; satisfied = 4 or 5, so CSAT = 74 / 107 = 69.16 %.
   */
  private static Csat delighted() {
    return Csat.ofCounts(14, 9, 10, 32, 42);
  }

  @Nested
  class DelightedExample {

    @Test
    void percentSatisfiedIs74Of107() {
      Csat csat = delighted();

      assertThat(csat.scale()).isEqualTo(RatingScale.CSAT);
      assertThat(csat.threshold()).isEqualTo(4);
      assertThat(csat.n()).isEqualTo(107);
      assertThat(csat.satisfied()).isEqualTo(74);
      assertThat(csat.percentSatisfied()).isEqualTo(Percentage.of(74, 107));
      // 74 / 107 × 100 = 69.158878...; Delighted rounds to 69 %.
      assertThat(csat.value().getAsDouble()).isCloseTo(69.158878, within(HAND));
      assertThat(csat.percentSatisfied().value().getAsDouble()).isCloseTo(100.0 * 74 / 107, within(EXACT));
    }

    @Test
    void wilsonIntervalMatchesTheHandCalculation() {
      // Wilson (1927), with p = 74/107 = 0.691589, n = 107, z = 1.959964 (95 %):
      //   z² = 3.841459, z²/n = 0.0359015
      //   centre     = (p + z²/2n) / (1 + z²/n) = 0.709540 / 1.035901 = 0.684949
      //   half-width = z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²)
      //              = 1.892037 · sqrt(0.00199340 + 0.0000838820) = 1.892037 · 0.0455772 = 0.0862338
      //   interval   = [0.684949 − 0.0862338, 0.684949 + 0.0862338] = [0.598715, 0.771183]
      Interval interval = delighted().confidenceInterval(0.95).orElseThrow();

      assertThat(interval.lower()).isCloseTo(59.8715, within(1e-3));
      assertThat(interval.upper()).isCloseTo(77.1183, within(1e-3));
      assertThat(interval.level()).isEqualTo(0.95);
      assertThat((interval.lower() + interval.upper()) / 2).isCloseTo(68.4949, within(1e-3));
      assertThat(interval.width() / 2).isCloseTo(8.62338, within(1e-4));
      assertThat(interval).isEqualTo(Percentage.of(74, 107).wilsonInterval(0.95).orElseThrow());
    }

    @Test
    void standardErrorIsTheBinomialOne() {
      // 100 · sqrt(p(1 − p)/n) = 100 · sqrt(0.00199340) = 4.46475 percentage points.
      assertThat(delighted().standardError().getAsDouble()).isCloseTo(4.46475, within(HAND));
    }

    @Test
    void meanHasAHandWorkedTInterval() {
      // Σx = 14·1 + 9·2 + 10·3 + 32·4 + 42·5 = 400, so mean = 400/107 = 3.738318.
      // Σx² = 14·1 + 9·4 + 10·9 + 32·16 + 42·25 = 1702, M2 = 1702 − 400²/107 = 206.672897,
      // s² = M2/106 = 1.949744, SE = sqrt(s²/107) = 0.134989.
      // t(0.975, df = 106) = 1.982597, half-width = 1.982597 · 0.134989 = 0.267628,
      // interval = [3.470690, 4.005946] (inside 1..5, so not clipped).
      Mean mean = delighted().mean();

      assertThat(mean.n()).isEqualTo(107);
      assertThat(mean.value().getAsDouble()).isCloseTo(400.0 / 107, within(EXACT));
      assertThat(mean.sampleVariance().getAsDouble()).isCloseTo(1.949744, within(HAND));
      assertThat(mean.standardError().getAsDouble()).isCloseTo(0.134989, within(HAND));
      Interval interval = mean.confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(3.470690, within(HAND));
      assertThat(interval.upper()).isCloseTo(4.005946, within(HAND));
    }

    @Test
    void theHelpCentreExampleIs70() {
      // Source: Delighted Help Center, "CSAT Surveys" (help.delighted.com/article/533-csat-surveys):
      // 5: 40, 4: 30, 3: 10, 2: 5, 1: 15 -> (70 / 100) × 100 = 70.
      Csat csat = Csat.ofCounts(15, 5, 10, 30, 40);

      assertThat(csat.satisfied()).isEqualTo(70);
      assertThat(csat.value().getAsDouble()).isEqualTo(70.0);
    }
  }

  @Nested
  class OtherScales {

    @Test
    void oneToSevenIsTopTwoBoxSixAndSeven() {
      // Counts for 1..7: 2, 3, 5, 10, 15, 20, 25 -> n = 80, satisfied = 20 + 25 = 45, 45/80 = 56.25 %.
      // Wilson 95 %: p = 0.5625, z²/n = 0.0480182, centre = (0.5625 + 0.0240091)/1.0480182 = 0.559636,
      // half = 1.870153 · sqrt(0.00307617 + 0.000150057) = 1.870153 · 0.0568000 = 0.106225,
      // interval = [45.3411, 66.5861].
      Csat csat = Csat.ofCounts(RatingScale.of(1, 7), 2, 3, 5, 10, 15, 20, 25);

      assertThat(csat.threshold()).isEqualTo(6);
      assertThat(csat.satisfied()).isEqualTo(45);
      assertThat(csat.value().getAsDouble()).isEqualTo(56.25);
      Interval interval = csat.confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(45.3411, within(1e-3));
      assertThat(interval.upper()).isCloseTo(66.5861, within(1e-3));
      // Mean: Σx = 433, mean = 433/80 = 5.4125.
      assertThat(csat.mean().value().getAsDouble()).isCloseTo(5.4125, within(EXACT));
    }

    @Test
    void oneToTenIsTopTwoBoxNineAndTen() {
      // Counts for 1..10: 1, 1, 2, 3, 5, 8, 10, 20, 25, 25 -> n = 100, satisfied = 25 + 25 = 50.
      // Wilson 95 % at p = 0.5 is symmetric: centre 0.5, half = 1.887447 · sqrt(0.0025 + 0.0000960365)
      // = 1.887447 · 0.0509513 = 0.0961685, interval = [40.3832, 59.6168].
      Csat csat = Csat.ofCounts(RatingScale.ONE_TO_TEN, 1, 1, 2, 3, 5, 8, 10, 20, 25, 25);

      assertThat(csat.threshold()).isEqualTo(9);
      assertThat(csat.satisfied()).isEqualTo(50);
      assertThat(csat.value().getAsDouble()).isEqualTo(50.0);
      Interval interval = csat.confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(40.3832, within(1e-3));
      assertThat(interval.upper()).isCloseTo(59.6168, within(1e-3));
    }

    @Test
    void defaultThresholdIsTopTwoBoxExceptOnATwoPointScale() {
      // Top-2-box is max − 1; on a 2-point scale that would make every answer satisfied, so the
      // default there is the top point (documented on Csat.defaultThreshold).
      assertThat(Csat.defaultThreshold(RatingScale.CSAT)).isEqualTo(4);
      assertThat(Csat.defaultThreshold(RatingScale.CES)).isEqualTo(6);
      assertThat(Csat.defaultThreshold(RatingScale.ONE_TO_TEN)).isEqualTo(9);
      assertThat(Csat.defaultThreshold(RatingScale.NPS)).isEqualTo(9);
      assertThat(Csat.defaultThreshold(RatingScale.of(1, 3))).isEqualTo(2);
      assertThat(Csat.defaultThreshold(RatingScale.of(0, 1))).isEqualTo(1);
    }

    @Test
    void scoresOnAnyScale() {
      // 1..7 answers 7, 6, 5, 7 -> 3 of 4 are 6 or 7 = 75 %.
      Csat csat = Csat.ofScores(RatingScale.of(1, 7), 7, 6, 5, 7);

      assertThat(csat.satisfied()).isEqualTo(3);
      assertThat(csat.value().getAsDouble()).isEqualTo(75.0);
      assertThat(Csat.ofScores(RatingScale.of(1, 7), new byte[] {7, 6, 5, 7})).isEqualTo(csat);
    }
  }

  @Nested
  class CustomThreshold {

    @Test
    void topBoxOnly() {
      // Delighted example with satisfied = 5 only: 42 / 107 = 39.2523 %.
      Csat csat = Csat.of(delighted().distribution(), 5);

      assertThat(csat.threshold()).isEqualTo(5);
      assertThat(csat.satisfied()).isEqualTo(42);
      assertThat(csat.value().getAsDouble()).isCloseTo(39.2523, within(1e-4));
      assertThat(delighted().withThreshold(5)).isEqualTo(csat);
    }

    @Test
    void topThreeBoxes() {
      // Satisfied = 3, 4 or 5: 10 + 32 + 42 = 84 of 107 = 78.5047 %.
      Csat csat = delighted().withThreshold(3);

      assertThat(csat.satisfied()).isEqualTo(84);
      assertThat(csat.value().getAsDouble()).isCloseTo(78.5047, within(1e-4));
      assertThat(csat.distribution()).isEqualTo(delighted().distribution());
    }

    @Test
    void theThresholdDoesNotChangeTheMean() {
      assertThat(delighted().withThreshold(5).mean()).isEqualTo(delighted().mean());
    }

    @Test
    void sameThresholdReturnsTheSameValue() {
      Csat csat = delighted();
      assertThat(csat.withThreshold(4)).isSameAs(csat);
    }
  }

  @Nested
  class Edges {

    @Test
    void emptyInputHasNoValueAndNoNaN() {
      Csat csat = Csat.ofScores();

      assertThat(csat).isEqualTo(Csat.empty());
      assertThat(csat.n()).isZero();
      assertThat(csat.isEmpty()).isTrue();
      assertThat(csat.satisfied()).isZero();
      assertThat(csat.threshold()).isEqualTo(4);
      assertThat(csat.value()).isEmpty();
      assertThat(csat.standardError()).isEmpty();
      assertThat(csat.confidenceInterval(0.95)).isEmpty();
      assertThat(csat.percentSatisfied()).isEqualTo(Percentage.empty());
      assertThat(csat.mean().n()).isZero();
      assertThat(csat.mean().value()).isEmpty();
      assertThat(csat.mean().confidenceInterval(0.95)).isEmpty();
      assertThat(csat).hasToString("Csat{empty, satisfied = 4..5 on 1..5}");
    }

    @Test
    void emptyOnOtherScales() {
      assertThat(Csat.empty(RatingScale.ONE_TO_TEN).threshold()).isEqualTo(9);
      assertThat(Csat.empty(RatingScale.ONE_TO_TEN, 8).threshold()).isEqualTo(8);
      assertThat(Csat.empty(RatingScale.ONE_TO_TEN, 8).n()).isZero();
    }

    @Test
    void singleResponseHasAMeanButNoTInterval() {
      // One answer of 4: 100 % satisfied. Wilson at p = 1, n = 1 reduces to
      // [1/(1 + z²), 1] = [1/4.841459, 1] = [0.206549, 1].
      Csat csat = Csat.ofScores(4);

      assertThat(csat.n()).isEqualTo(1);
      assertThat(csat.value().getAsDouble()).isEqualTo(100.0);
      Interval wilson = csat.confidenceInterval(0.95).orElseThrow();
      assertThat(wilson.lower()).isCloseTo(20.6549, within(1e-3));
      assertThat(wilson.upper()).isEqualTo(100.0);
      assertThat(csat.mean().value().getAsDouble()).isEqualTo(4.0);
      assertThat(csat.mean().standardError()).isEmpty();
      assertThat(csat.mean().confidenceInterval(0.95)).isEmpty();
    }

    @Test
    void noneOrAllSatisfiedGivesAWilsonIntervalThatReachesTheBound() {
      // Wilson at p = 0 is exactly [0, z²/(n + z²)]; for n = 3 at 95 %: 3.841459/6.841459 = 0.561496.
      // At p = 1 it is the mirror image, [1 − 0.561496, 1].
      Interval none = Csat.ofScores(1, 2, 3).confidenceInterval(0.95).orElseThrow();
      assertThat(none.lower()).isEqualTo(0.0);
      assertThat(none.upper()).isCloseTo(56.1496, within(1e-3));
      Interval all = Csat.ofScores(4, 5, 5).confidenceInterval(0.95).orElseThrow();
      assertThat(all.lower()).isCloseTo(100 - 56.1496, within(1e-3));
      assertThat(all.upper()).isEqualTo(100.0);
      // Rounding must never push the bound past the point estimate, at any level.
      for (int permille = 1; permille < 1000; permille++) {
        assertThat(Csat.ofScores(1).confidenceInterval(permille / 1000.0).orElseThrow().lower()).isZero();
        assertThat(Csat.ofScores(5).confidenceInterval(permille / 1000.0).orElseThrow().upper()).isEqualTo(100.0);
      }
    }

    @Test
    void emptyPlusIsIdentity() {
      assertThat(Csat.empty().plus(delighted())).isEqualTo(delighted());
      assertThat(delighted().plus(Csat.empty())).isEqualTo(delighted());
    }

    @Test
    void plusAddsCounts() {
      // a.plus(a) doubles every count: 148 of 214 is still 69.16 %.
      Csat doubled = delighted().plus(delighted());

      assertThat(doubled).isEqualTo(Csat.ofCounts(28, 18, 20, 64, 84));
      assertThat(doubled.satisfied()).isEqualTo(148);
      assertThat(doubled.n()).isEqualTo(214);
    }

    @Test
    void valueSemantics() {
      assertThat(delighted()).isEqualTo(delighted()).hasSameHashCodeAs(delighted());
      assertThat(delighted()).isNotEqualTo(delighted().withThreshold(5));
      assertThat(delighted()).isNotEqualTo(Csat.ofCounts(14, 9, 10, 32, 43));
      assertThat(delighted()).isNotEqualTo(delighted().distribution());
      assertThat(delighted()).hasToString("Csat{69.16% satisfied (4..5 on 1..5), n=107}");
    }
  }

  @Nested
  class Comparisons {

    @Test
    void percentSatisfiedComparisonDelegatesToPercentage() {
      // Delighted 74/107 = 69.1589 % against the help-centre example 70/100 = 70 %:
      // difference = 69.1589 − 70 = −0.841121 percentage points.
      Csat helpCentre = Csat.ofCounts(15, 5, 10, 30, 40);
      Comparison comparison = delighted().comparedWith(helpCentre).orElseThrow();
      Comparison expected = Percentage.of(74, 107).comparedWith(Percentage.of(70, 100)).orElseThrow();

      assertThat(comparison.difference()).isCloseTo(-0.841121, within(HAND));
      assertThat(comparison.pValue()).isEqualTo(expected.pValue());
      assertThat(comparison.standardError()).isEqualTo(expected.standardError());
      assertThat(comparison.confidenceInterval(0.95)).isEqualTo(expected.confidenceInterval(0.95));
    }

    @Test
    void meanComparisonDelegatesToWelch() {
      // Means: 400/107 = 3.738318 against 375/100 = 3.75, difference −0.0116822.
      Csat helpCentre = Csat.ofCounts(15, 5, 10, 30, 40);
      Comparison comparison = delighted().meanComparedWith(helpCentre).orElseThrow();

      assertThat(comparison.difference()).isCloseTo(-0.0116822, within(HAND));
      assertThat(comparison.pValue())
          .isEqualTo(delighted().mean().comparedWith(helpCentre.mean()).orElseThrow().pValue());
      // Thresholds do not matter for means.
      assertThat(delighted().withThreshold(5).meanComparedWith(helpCentre)).isPresent();
    }

    @Test
    void comparisonWithAnEmptySideIsAbsent() {
      assertThat(delighted().comparedWith(Csat.empty())).isEmpty();
      assertThat(Csat.empty().comparedWith(delighted())).isEmpty();
      assertThat(Csat.ofScores(5).meanComparedWith(delighted())).isEmpty();
    }

    @Test
    void comparingDifferentThresholdsFails() {
      assertThatThrownBy(() -> delighted().comparedWith(delighted().withThreshold(5)))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Csat with threshold 4 and Csat with threshold 5: the thresholds must be equal");
    }

    @Test
    void comparingDifferentScalesFails() {
      assertThatThrownBy(() -> delighted().comparedWith(Csat.empty(RatingScale.ONE_TO_TEN)))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Csat with scale 1..5 and Csat with scale 1..10: the scales must be equal");
      assertThatThrownBy(() -> delighted().meanComparedWith(Csat.empty(RatingScale.ONE_TO_TEN)))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Csat with scale 1..5 and Csat with scale 1..10: the scales must be equal");
    }
  }

  @Nested
  class SerialForm {

    /** Format 1, kind csat (3), threshold 4 (zig-zag 8), scale 1..5 (zig-zag 2, 10), five counts. */
    private final byte[] golden = {1, 3, 8, 2, 10, 14, 9, 10, 32, 42};

    @Test
    void bytesArePinned() {
      assertThat(delighted().toBytes()).containsExactly(golden);
      assertThat(Csat.fromBytes(golden)).isEqualTo(delighted());
    }

    @Test
    void bytesRoundTripACustomThresholdAndLargeCounts() {
      Csat csat = Csat.ofCounts(RatingScale.of(-3, 3), 0, 1, 2, 3, Long.MAX_VALUE / 2, 5, 6).withThreshold(2);
      assertThat(Csat.fromBytes(csat.toBytes())).isEqualTo(csat);
      assertThat(Csat.fromBytes(Csat.empty().toBytes())).isEqualTo(Csat.empty());
    }

    @Test
    void jsonShapeHasTheDocumentedMembers() {
      Map<String, Object> shape = delighted().toJsonShape();

      assertThat(shape.keySet()).containsExactly("format", "kind", "threshold", "scale", "counts");
      assertThat(shape.get("format")).isEqualTo(1);
      assertThat(shape.get("kind")).isEqualTo("csat");
      assertThat(shape.get("threshold")).isEqualTo(4);
      assertThat(shape.get("scale")).isEqualTo(Map.of("min", 1, "max", 5));
      assertThat(shape.get("counts")).isEqualTo(List.of(14L, 9L, 10L, 32L, 42L));
      assertThat(Csat.fromJsonShape(shape)).isEqualTo(delighted());
    }

    @Test
    void jsonShapeAsAJsonLibraryParsesIt() {
      // Jackson gives Integer for small numbers.
      assertThat(Csat.fromJsonShape(parsedDelighted())).isEqualTo(delighted());
    }

    @Test
    void corruptBytesFailWithTheOffset() {
      byte[] truncated = java.util.Arrays.copyOf(golden, golden.length - 1);
      assertThatThrownBy(() -> Csat.fromBytes(truncated))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: truncated at offset 9 while reading counts[4] (buffer length 9)");

      byte[] trailing = java.util.Arrays.copyOf(golden, golden.length + 1);
      assertThatThrownBy(() -> Csat.fromBytes(trailing))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: 1 unexpected trailing byte(s) at offset 10");

      assertThatThrownBy(() -> Csat.fromBytes(new byte[0]))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: the buffer has 0 byte(s), a serial form starts with 2 header "
              + "bytes (format version, kind)");
    }

    @Test
    void bytesOfAnotherKindFail() {
      byte[] distribution = delighted().distribution().toBytes();
      assertThatThrownBy(() -> Csat.fromBytes(distribution))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: offset 1 has kind score-distribution (tag 1), expected csat (tag 3)");
    }

    @Test
    void bytesDescribingAnInvalidCsatFail() {
      byte[] thresholdSix = golden.clone();
      thresholdSix[2] = 12; // zig-zag of 6
      assertThatThrownBy(() -> Csat.fromBytes(thresholdSix))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: the serial form describes an invalid value: threshold = 6: "
              + "must lie on scale 1..5")
          .hasCauseInstanceOf(InvalidValueException.class);

      byte[] reversedScale = {1, 3, 8, 10, 2};
      assertThatThrownBy(() -> Csat.fromBytes(reversedScale))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: the serial form describes an invalid value: scale = 5..1: "
              + "max must be greater than min");
    }

    @Test
    void badJsonShapesNameTheMember() {
      Map<String, Object> noThreshold = parsedDelighted();
      noThreshold.remove("threshold");
      assertThatThrownBy(() -> Csat.fromJsonShape(noThreshold))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: member threshold is missing");

      Map<String, Object> textThreshold = parsedDelighted();
      textThreshold.put("threshold", "4");
      assertThatThrownBy(() -> Csat.fromJsonShape(textThreshold))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: threshold = \"4\": must be a whole number");

      Map<String, Object> offScale = parsedDelighted();
      offScale.put("threshold", 9);
      assertThatThrownBy(() -> Csat.fromJsonShape(offScale))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: the JSON shape describes an invalid value: threshold = 9: "
              + "must lie on scale 1..5");

      Map<String, Object> shortCounts = parsedDelighted();
      shortCounts.put("counts", List.of(1, 2, 3, 4));
      assertThatThrownBy(() -> Csat.fromJsonShape(shortCounts))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: the JSON shape describes an invalid value: counts.length = 4: "
              + "must equal the 5 points of scale 1..5");

      Map<String, Object> nps = parsedDelighted();
      nps.put("kind", "nps");
      assertThatThrownBy(() -> Csat.fromJsonShape(nps))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read csat: kind = \"nps\", expected \"csat\"");
    }

    private Map<String, Object> parsedDelighted() {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("format", 1);
      shape.put("kind", "csat");
      shape.put("threshold", 4);
      shape.put("scale", Map.of("min", 1, "max", 5));
      shape.put("counts", List.of(14, 9, 10, 32, 42));
      return shape;
    }
  }

  @Nested
  class BadInput {

    @Test
    void outOfScaleScoreNamesItsIndex() {
      assertThatThrownBy(() -> Csat.ofScores(5, 4, 6))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[2] = 6: must lie on scale 1..5");
      assertThatThrownBy(() -> Csat.ofScores(new byte[] {5, 0}))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[1] = 0: must lie on scale 1..5");
    }

    @Test
    void negativeCount() {
      assertThatThrownBy(() -> Csat.ofCounts(1, 2, -3, 4, 5))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("counts[2] = -3: must be ≥ 0");
    }

    @Test
    void wrongNumberOfCounts() {
      assertThatThrownBy(() -> Csat.ofCounts(1, 2, 3))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("counts.length = 3: must equal the 5 points of scale 1..5");
    }

    @Test
    void thresholdOutsideTheScale() {
      ScoreDistribution answers = delighted().distribution();
      assertThatThrownBy(() -> Csat.of(answers, 6))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("threshold = 6: must lie on scale 1..5");
      assertThatThrownBy(() -> Csat.of(answers, 0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("threshold = 0: must lie on scale 1..5");
      assertThatThrownBy(() -> Csat.empty(RatingScale.ONE_TO_TEN, 11))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("threshold = 11: must lie on scale 1..10");
    }

    @Test
    void thresholdAtTheLowestPoint() {
      assertThatThrownBy(() -> delighted().withThreshold(1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("threshold = 1: must be above the lowest point 1 of scale 1..5, or no answer "
              + "could count as dissatisfied");
    }

    @Test
    void levelOutsideZeroOne() {
      for (double level : new double[] {0, 1, 1.5, -0.5, Double.NaN}) {
        assertThatThrownBy(() -> delighted().confidenceInterval(level))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage("level = " + level + ": a confidence level must lie strictly between 0 and 1");
      }
      // Also when there is no data: the level is checked first.
      assertThatThrownBy(() -> Csat.empty().confidenceInterval(2))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 2.0: a confidence level must lie strictly between 0 and 1");
    }

    @Test
    void mergeOfDifferentScales() {
      Csat oneToSeven = Csat.ofScores(RatingScale.of(1, 7), 7);
      assertThatThrownBy(() -> delighted().plus(oneToSeven))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Csat with scale 1..5 and Csat with scale 1..7: the scales must be equal");
    }

    @Test
    void mergeOfDifferentThresholds() {
      assertThatThrownBy(() -> delighted().plus(delighted().withThreshold(5)))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Csat with threshold 4 and Csat with threshold 5: the thresholds must be equal");
    }

    @Test
    void mergeOverflow() {
      Csat huge = Csat.ofCounts(0, 0, 0, 0, Long.MAX_VALUE);
      assertThatThrownBy(() -> huge.plus(Csat.ofScores(5)))
          .isInstanceOf(CountOverflowException.class)
          .hasMessage("counts[4] = " + Long.MAX_VALUE + " + 1: exceeds the largest count, " + Long.MAX_VALUE);
    }

    @Test
    void nullArgumentsNameTheParameter() {
      assertThatThrownBy(() -> Csat.of(null))
          .isInstanceOf(NullPointerException.class).hasMessage("distribution");
      assertThatThrownBy(() -> delighted().plus(null))
          .isInstanceOf(NullPointerException.class).hasMessage("other");
      assertThatThrownBy(() -> Csat.fromBytes(null))
          .isInstanceOf(NullPointerException.class).hasMessage("bytes");
      assertThatThrownBy(() -> Csat.fromJsonShape(null))
          .isInstanceOf(NullPointerException.class).hasMessage("shape");
    }
  }
}
