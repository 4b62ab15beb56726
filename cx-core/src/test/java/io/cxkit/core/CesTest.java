package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CesTest {

  private static final double EXACT = 1e-12;
  /** Hand calculations below are carried to 6 significant digits. */
  private static final double HAND = 1e-5;

  /** Hand-made CES 2.0 sample: counts for 1..7 of 2, 3, 5, 10, 20, 25, 15 (n = 80). */
  private static Ces ces20() {
    return Ces.ofCounts(CesVariant.CES_2_0, 2, 3, 5, 10, 20, 25, 15);
  }

  /** Hand-made 5-point agreement sample: counts for 1..5 of 3, 7, 10, 40, 40 (n = 100). */
  private static Ces agreement5() {
    return Ces.ofCounts(CesVariant.AGREEMENT_5, 3, 7, 10, 40, 40);
  }

  /** Hand-made CES 1.0 effort sample: counts for 1..5 of 30, 40, 15, 10, 5 (n = 100). */
  private static Ces effort() {
    return Ces.ofCounts(CesVariant.EFFORT_1_0, 30, 40, 15, 10, 5);
  }

  @Nested
  class Variants {

    @Test
    void eachVariantKnowsItsScaleBandAndDirection() {
      assertThat(CesVariant.CES_2_0.scale()).isEqualTo(RatingScale.of(1, 7));
      assertThat(CesVariant.CES_2_0.favourableLowest()).isEqualTo(5);
      assertThat(CesVariant.CES_2_0.favourableHighest()).isEqualTo(7);
      assertThat(CesVariant.CES_2_0.higherIsEasier()).isTrue();
      assertThat(CesVariant.CES_2_0.favourableLabel()).isEqualTo("agree");

      assertThat(CesVariant.AGREEMENT_5.scale()).isEqualTo(RatingScale.of(1, 5));
      assertThat(CesVariant.AGREEMENT_5.favourableLowest()).isEqualTo(4);
      assertThat(CesVariant.AGREEMENT_5.favourableHighest()).isEqualTo(5);
      assertThat(CesVariant.AGREEMENT_5.higherIsEasier()).isTrue();

      assertThat(CesVariant.EFFORT_1_0.scale()).isEqualTo(RatingScale.of(1, 5));
      assertThat(CesVariant.EFFORT_1_0.favourableLowest()).isEqualTo(1);
      assertThat(CesVariant.EFFORT_1_0.favourableHighest()).isEqualTo(2);
      assertThat(CesVariant.EFFORT_1_0.higherIsEasier()).isFalse();
      assertThat(CesVariant.EFFORT_1_0.favourableLabel()).isEqualTo("low effort");
    }

    @Test
    void isFavourableFollowsTheBand() {
      assertThat(CesVariant.CES_2_0.isFavourable(4)).isFalse();
      assertThat(CesVariant.CES_2_0.isFavourable(5)).isTrue();
      assertThat(CesVariant.AGREEMENT_5.isFavourable(3)).isFalse();
      assertThat(CesVariant.AGREEMENT_5.isFavourable(4)).isTrue();
      assertThat(CesVariant.EFFORT_1_0.isFavourable(2)).isTrue();
      assertThat(CesVariant.EFFORT_1_0.isFavourable(3)).isFalse();
      assertThatThrownBy(() -> CesVariant.EFFORT_1_0.isFavourable(7))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("score = 7: must lie on scale 1..5");
    }

    @Test
    void idsAreStable() {
      // These ids are part of the JSON serial form: they must never change.
      assertThat(CesVariant.CES_2_0.id()).isEqualTo("ces-2.0");
      assertThat(CesVariant.AGREEMENT_5.id()).isEqualTo("agreement-5");
      assertThat(CesVariant.EFFORT_1_0.id()).isEqualTo("effort-1.0");
      for (CesVariant variant : CesVariant.values()) {
        assertThat(CesVariant.ofId(variant.id())).isSameAs(variant);
      }
      assertThatThrownBy(() -> CesVariant.ofId("CES_2_0"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("variant = \"CES_2_0\": must be one of \"ces-2.0\", \"agreement-5\", \"effort-1.0\"");
    }
  }

  @Nested
  class Ces20 {

    @Test
    void meanAndPercentAgree() {
      // Σx = 2·1 + 3·2 + 5·3 + 10·4 + 20·5 + 25·6 + 15·7 = 418, mean = 418/80 = 5.225.
      // Agree = 5..7 = 20 + 25 + 15 = 60 of 80 = 75 %.
      Ces ces = ces20();

      assertThat(ces.variant()).isEqualTo(CesVariant.CES_2_0);
      assertThat(ces.scale()).isEqualTo(RatingScale.CES);
      assertThat(ces.n()).isEqualTo(80);
      assertThat(ces.mean().value().getAsDouble()).isCloseTo(5.225, within(EXACT));
      assertThat(ces.value().getAsDouble()).isCloseTo(5.225, within(EXACT));
      assertThat(ces.favourable()).isEqualTo(60);
      assertThat(ces.percentFavourable()).isEqualTo(Percentage.of(60, 80));
      assertThat(ces.percentFavourable().value().getAsDouble()).isEqualTo(75.0);
    }

    @Test
    void tIntervalOfTheMean() {
      // Σx² = 2 + 12 + 45 + 160 + 500 + 900 + 735 = 2354, M2 = 2354 − 418²/80 = 169.95,
      // s² = 169.95/79 = 2.151266, SE = sqrt(2.151266/80) = 0.163984,
      // t(0.975, 79) = 1.990450, half-width = 0.326402, interval = [4.898598, 5.551402].
      Ces ces = ces20();

      assertThat(ces.standardError().getAsDouble()).isCloseTo(0.163984, within(HAND));
      Interval interval = ces.confidenceInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(4.898598, within(HAND));
      assertThat(interval.upper()).isCloseTo(5.551402, within(HAND));
      assertThat(interval).isEqualTo(ces.mean().confidenceInterval(0.95).orElseThrow());
    }

    @Test
    void wilsonIntervalOfPercentAgree() {
      // p = 0.75, n = 80, z = 1.959964: z²/n = 0.0480182,
      // centre = (0.75 + 0.0240091) / 1.0480182 = 0.738545,
      // half = z/(1 + z²/n) · sqrt(0.00234375 + 0.000150057) = 1.870153 · 0.0499380 = 0.0933922,
      // interval = [64.5153, 83.1938] %.
      Interval interval = ces20().percentFavourable().confidenceInterval(0.95).orElseThrow();

      assertThat(interval.lower()).isCloseTo(64.5153, within(1e-3));
      assertThat(interval.upper()).isCloseTo(83.1938, within(1e-3));
    }

    @Test
    void defaultFactoriesAreCes20() {
      assertThat(Ces.of(ces20().distribution())).isEqualTo(ces20());
      assertThat(Ces.ofScores(7, 5, 1)).isEqualTo(Ces.ofScores(CesVariant.CES_2_0, 7, 5, 1));
      assertThat(Ces.ofScores(new byte[] {7, 5, 1})).isEqualTo(Ces.ofScores(CesVariant.CES_2_0, 7, 5, 1));
      assertThat(Ces.empty()).isEqualTo(Ces.empty(CesVariant.CES_2_0));
    }

    @Test
    void smallSampleIntervalIsClippedToTheScale() {
      // Answers 7, 7, 6: mean = 20/3 = 6.666667, M2 = 2·(1/3)² + (2/3)² = 0.666667, s² = 0.333333,
      // SE = sqrt(0.333333/3) = 0.333333, t(0.975, 2) = 4.302653, half = 1.434218:
      // [5.232449, 8.100884], clipped to the scale's top, 7.
      Interval interval = Ces.ofScores(7, 7, 6).confidenceInterval(0.95).orElseThrow();

      assertThat(interval.lower()).isCloseTo(5.232449, within(HAND));
      assertThat(interval.upper()).isEqualTo(7.0);
    }
  }

  @Nested
  class Agreement5 {

    @Test
    void meanPercentAgreeAndIntervals() {
      // Σx = 3 + 14 + 30 + 160 + 200 = 407, mean = 4.07; agree = 4..5 = 80 of 100 = 80 %.
      // Σx² = 3 + 28 + 90 + 640 + 1000 = 1761, M2 = 1761 − 407²/100 = 104.51, s² = 1.055657,
      // SE = 0.102745, t(0.975, 99) = 1.984217, half = 0.203869, t-interval = [3.866131, 4.273869].
      // Wilson at p = 0.8, n = 100: z²/n = 0.0384146, centre = (0.8 + 0.0192073)/1.0384146 = 0.788902,
      // half = 1.887447 · sqrt(0.0016 + 0.0000960365) = 1.887447 · 0.0411830 = 0.0777311,
      // interval = [71.1171, 86.6633] %.
      Ces ces = agreement5();

      assertThat(ces.mean().value().getAsDouble()).isCloseTo(4.07, within(EXACT));
      assertThat(ces.favourable()).isEqualTo(80);
      assertThat(ces.percentFavourable().value().getAsDouble()).isEqualTo(80.0);
      Interval mean = ces.confidenceInterval(0.95).orElseThrow();
      assertThat(mean.lower()).isCloseTo(3.866131, within(HAND));
      assertThat(mean.upper()).isCloseTo(4.273869, within(HAND));
      Interval agree = ces.percentFavourable().confidenceInterval(0.95).orElseThrow();
      assertThat(agree.lower()).isCloseTo(71.1171, within(1e-3));
      assertThat(agree.upper()).isCloseTo(86.6633, within(1e-3));
    }
  }

  @Nested
  class Effort10 {

    @Test
    void meanPercentLowEffortAndIntervals() {
      // Σx = 30 + 80 + 45 + 40 + 25 = 220, mean = 2.2; low effort = 1..2 = 70 of 100 = 70 %.
      // Σx² = 30 + 160 + 135 + 160 + 125 = 610, M2 = 610 − 220²/100 = 126, s² = 1.272727,
      // SE = 0.112815, t(0.975, 99) = 1.984217, half = 0.223850, t-interval = [1.976150, 2.423850].
      // Wilson at p = 0.7, n = 100: centre = (0.7 + 0.0192073)/1.0384146 = 0.692601,
      // half = 1.887447 · sqrt(0.0021 + 0.0000960365) = 1.887447 · 0.0468619 = 0.0884498,
      // interval = [60.4151, 78.1051] %.
      Ces ces = effort();

      assertThat(ces.mean().value().getAsDouble()).isCloseTo(2.2, within(EXACT));
      assertThat(ces.favourable()).isEqualTo(70);
      assertThat(ces.percentFavourable().value().getAsDouble()).isEqualTo(70.0);
      Interval mean = ces.confidenceInterval(0.95).orElseThrow();
      assertThat(mean.lower()).isCloseTo(1.976150, within(HAND));
      assertThat(mean.upper()).isCloseTo(2.423850, within(HAND));
      Interval lowEffort = ces.percentFavourable().confidenceInterval(0.95).orElseThrow();
      assertThat(lowEffort.lower()).isCloseTo(60.4151, within(1e-3));
      assertThat(lowEffort.upper()).isCloseTo(78.1051, within(1e-3));
    }

    @Test
    void lowerIsEasier() {
      // The same answers read as effort (1 = very low effort) and as 5-point agreement
      // (1 = strongly disagree) give the same mean but opposite favourable shares:
      // 30 + 40 = 70 % low effort, but only 10 + 5 = 15 % agree.
      long[] counts = {30, 40, 15, 10, 5};
      Ces asEffort = Ces.ofCounts(CesVariant.EFFORT_1_0, counts);
      Ces asAgreement = Ces.ofCounts(CesVariant.AGREEMENT_5, counts);

      assertThat(asEffort.mean()).isEqualTo(asAgreement.mean());
      assertThat(asEffort.percentFavourable().value().getAsDouble()).isEqualTo(70.0);
      assertThat(asAgreement.percentFavourable().value().getAsDouble()).isEqualTo(15.0);
    }

    @Test
    void moreEffortIsAPositiveMeanDifferenceAndANegativeFavourableOne() {
      // A period where everyone answered 4 or 5 (high effort) against one where everyone answered 1
      // or 2: the mean rises (worse), the share of low effort falls to 0 (worse).
      Ces worse = Ces.ofScores(CesVariant.EFFORT_1_0, 4, 5, 4, 5);
      Ces better = Ces.ofScores(CesVariant.EFFORT_1_0, 1, 2, 1, 2);

      assertThat(worse.comparedWith(better).orElseThrow().difference()).isEqualTo(3.0);
      assertThat(worse.percentFavourableComparedWith(better).orElseThrow().difference()).isEqualTo(-100.0);
    }
  }

  @Nested
  class Comparisons {

    @Test
    void meanComparisonIsWelch() {
      Ces other = Ces.ofCounts(CesVariant.CES_2_0, 5, 5, 10, 20, 20, 15, 5);
      Comparison comparison = ces20().comparedWith(other).orElseThrow();
      Comparison welch = ces20().mean().comparedWith(other.mean()).orElseThrow();

      // Other mean: (5 + 10 + 30 + 80 + 100 + 90 + 35)/80 = 350/80 = 4.375; 5.225 − 4.375 = 0.85.
      assertThat(comparison.difference()).isCloseTo(0.85, within(1e-12));
      assertThat(comparison.method()).isEqualTo("Welch's t-test");
      assertThat(comparison.pValue()).isEqualTo(welch.pValue());
      assertThat(comparison.confidenceInterval(0.95)).isEqualTo(welch.confidenceInterval(0.95));
    }

    @Test
    void percentFavourableComparisonIsTwoProportions() {
      Ces other = Ces.ofCounts(CesVariant.CES_2_0, 5, 5, 10, 20, 20, 15, 5);
      Comparison comparison = ces20().percentFavourableComparedWith(other).orElseThrow();
      Comparison expected = Percentage.of(60, 80).comparedWith(Percentage.of(40, 80)).orElseThrow();

      // 60/80 − 40/80 = 75 % − 50 % = 25 percentage points.
      assertThat(comparison.difference()).isCloseTo(25.0, within(1e-12));
      assertThat(comparison.pValue()).isEqualTo(expected.pValue());
      assertThat(comparison.confidenceInterval(0.95)).isEqualTo(expected.confidenceInterval(0.95));
    }

    @Test
    void undefinedComparisonsAreAbsent() {
      assertThat(ces20().comparedWith(Ces.ofScores(5))).isEmpty();
      assertThat(ces20().percentFavourableComparedWith(Ces.empty())).isEmpty();
    }

    @Test
    void comparingDifferentVariantsFails() {
      assertThatThrownBy(() -> agreement5().comparedWith(effort()))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Ces with variant agreement-5 and Ces with variant effort-1.0: "
              + "the variants must be equal");
      assertThatThrownBy(() -> agreement5().percentFavourableComparedWith(effort()))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Ces with variant agreement-5 and Ces with variant effort-1.0: "
              + "the variants must be equal");
    }
  }

  @Nested
  class Edges {

    @Test
    void emptyHasNoValueAndNoNaN() {
      for (CesVariant variant : CesVariant.values()) {
        Ces ces = Ces.ofScores(variant);
        assertThat(ces).isEqualTo(Ces.empty(variant));
        assertThat(ces.n()).isZero();
        assertThat(ces.favourable()).isZero();
        assertThat(ces.value()).isEmpty();
        assertThat(ces.standardError()).isEmpty();
        assertThat(ces.confidenceInterval(0.95)).isEmpty();
        assertThat(ces.mean().value()).isEmpty();
        assertThat(ces.percentFavourable().value()).isEmpty();
        assertThat(ces.percentFavourable().confidenceInterval(0.95)).isEmpty();
      }
      assertThat(Ces.empty()).hasToString("Ces{ces-2.0, empty}");
    }

    @Test
    void singleAnswerHasAMeanButNoTInterval() {
      Ces ces = Ces.ofScores(CesVariant.AGREEMENT_5, 4);

      assertThat(ces.value().getAsDouble()).isEqualTo(4.0);
      assertThat(ces.standardError()).isEmpty();
      assertThat(ces.confidenceInterval(0.95)).isEmpty();
      assertThat(ces.percentFavourable().value().getAsDouble()).isEqualTo(100.0);
    }

    @Test
    void plusAddsCounts() {
      assertThat(ces20().plus(ces20())).isEqualTo(Ces.ofCounts(CesVariant.CES_2_0, 4, 6, 10, 20, 40, 50, 30));
      assertThat(Ces.empty().plus(ces20())).isEqualTo(ces20());
    }

    @Test
    void valueSemantics() {
      assertThat(effort()).isEqualTo(effort()).hasSameHashCodeAs(effort());
      assertThat(effort()).isNotEqualTo(Ces.ofCounts(CesVariant.AGREEMENT_5, 30, 40, 15, 10, 5));
      assertThat(effort()).isNotEqualTo(effort().distribution());
      assertThat(ces20()).hasToString("Ces{ces-2.0, mean=5.225 on 1..7, 75.00% agree (5..7), n=80}");
      assertThat(effort()).hasToString("Ces{effort-1.0, mean=2.200 on 1..5, 70.00% low effort (1..2), n=100}");
    }

    @Test
    void meanIsBoundedByTheScale() {
      Mean mean = Ces.ofScores(1, 7).mean();
      assertThat(mean).isEqualTo(Mean.of(ScoreDistribution.ofScores(RatingScale.CES, 1, 7)));
      // n = 2 answers 1 and 7: mean 4, s² = 18, SE = 3, t(0.975, 1) = 12.7062: clipped to [1, 7].
      assertThat(mean.confidenceInterval(0.95).orElseThrow()).isEqualTo(new Interval(1, 7, 0.95));
    }
  }

  @Nested
  class BadInput {

    @Test
    void scaleThatDoesNotMatchTheVariant() {
      ScoreDistribution oneToFive = ScoreDistribution.ofScores(RatingScale.of(1, 5), 4, 5);
      assertThatThrownBy(() -> Ces.of(oneToFive))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("distribution.scale = 1..5: must be 1..7, the scale of CES variant ces-2.0");

      ScoreDistribution oneToSeven = ScoreDistribution.ofScores(RatingScale.CES, 4, 5);
      assertThatThrownBy(() -> Ces.of(CesVariant.EFFORT_1_0, oneToSeven))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("distribution.scale = 1..7: must be 1..5, the scale of CES variant effort-1.0");
    }

    @Test
    void scoreOffTheVariantsScaleNamesItsIndex() {
      assertThatThrownBy(() -> Ces.ofScores(CesVariant.EFFORT_1_0, 1, 2, 6))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[2] = 6: must lie on scale 1..5");
      assertThatThrownBy(() -> Ces.ofScores(0, 7))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[0] = 0: must lie on scale 1..7");
    }

    @Test
    void countsThatDoNotFitTheVariant() {
      assertThatThrownBy(() -> Ces.ofCounts(CesVariant.CES_2_0, 1, 2, 3, 4, 5))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("counts.length = 5: must equal the 7 points of scale 1..7");
      assertThatThrownBy(() -> Ces.ofCounts(CesVariant.AGREEMENT_5, 1, 2, 3, -4, 5))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("counts[3] = -4: must be ≥ 0");
    }

    @Test
    void mergeOfDifferentVariants() {
      // Same scale 1..5 but opposite meanings: adding them would mean nothing.
      assertThatThrownBy(() -> agreement5().plus(effort()))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage("cannot merge Ces with variant agreement-5 and Ces with variant effort-1.0: "
              + "the variants must be equal");
    }

    @Test
    void levelOutsideZeroOne() {
      assertThatThrownBy(() -> ces20().confidenceInterval(1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 1.0: a confidence level must lie strictly between 0 and 1");
    }

    @Test
    void nullArgumentsNameTheParameter() {
      assertThatThrownBy(() -> Ces.of(null, ces20().distribution()))
          .isInstanceOf(NullPointerException.class).hasMessage("variant");
      assertThatThrownBy(() -> Ces.of(CesVariant.CES_2_0, null))
          .isInstanceOf(NullPointerException.class).hasMessage("distribution");
      assertThatThrownBy(() -> ces20().plus(null))
          .isInstanceOf(NullPointerException.class).hasMessage("other");
    }
  }

  @Nested
  class SerialForm {

    /** Format 1, kind ces (4), variant effort-1.0 (3), scale 1..5 (zig-zag 2, 10), five counts. */
    private final byte[] golden = {1, 4, 3, 2, 10, 30, 40, 15, 10, 5};

    @Test
    void bytesArePinned() {
      assertThat(effort().toBytes()).containsExactly(golden);
      assertThat(Ces.fromBytes(golden)).isEqualTo(effort());
    }

    @Test
    void everyVariantRoundTrips() {
      for (Ces ces : List.of(ces20(), agreement5(), effort(), Ces.empty(), Ces.empty(CesVariant.EFFORT_1_0))) {
        assertThat(Ces.fromBytes(ces.toBytes())).isEqualTo(ces);
        assertThat(Ces.fromJsonShape(ces.toJsonShape())).isEqualTo(ces);
      }
    }

    @Test
    void jsonShapeUsesTheVariantId() {
      Map<String, Object> shape = ces20().toJsonShape();

      assertThat(shape.keySet()).containsExactly("format", "kind", "variant", "scale", "counts");
      assertThat(shape.get("kind")).isEqualTo("ces");
      assertThat(shape.get("variant")).isEqualTo("ces-2.0");
      assertThat(shape.get("scale")).isEqualTo(Map.of("min", 1, "max", 7));
      assertThat(shape.get("counts")).isEqualTo(List.of(2L, 3L, 5L, 10L, 20L, 25L, 15L));
      assertThat(Ces.fromJsonShape(parsedEffort())).isEqualTo(effort());
    }

    @Test
    void corruptBytes() {
      byte[] unknownVariant = golden.clone();
      unknownVariant[2] = 9;
      assertThatThrownBy(() -> Ces.fromBytes(unknownVariant))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: the serial form describes an invalid value: variant = 9: is not "
              + "a known CES variant tag; known: 1 (ces-2.0), 2 (agreement-5), 3 (effort-1.0)");

      byte[] wrongScale = golden.clone();
      wrongScale[2] = 1; // CES 2.0 needs 1..7, the bytes hold 1..5
      assertThatThrownBy(() -> Ces.fromBytes(wrongScale))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: the serial form describes an invalid value: distribution.scale "
              + "= 1..5: must be 1..7, the scale of CES variant ces-2.0");

      byte[] truncated = Arrays.copyOf(golden, 3);
      assertThatThrownBy(() -> Ces.fromBytes(truncated))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: truncated at offset 3 while reading scale.min (buffer length 3)");

      byte[] csat = Csat.ofScores(5).toBytes();
      assertThatThrownBy(() -> Ces.fromBytes(csat))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: offset 1 has kind csat (tag 3), expected ces (tag 4)");

      byte[] trailing = Arrays.copyOf(golden, golden.length + 2);
      assertThatThrownBy(() -> Ces.fromBytes(trailing))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: 2 unexpected trailing byte(s) at offset 10");
    }

    @Test
    void badJsonShapes() {
      Map<String, Object> unknownVariant = parsedEffort();
      unknownVariant.put("variant", "effort");
      assertThatThrownBy(() -> Ces.fromJsonShape(unknownVariant))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: the JSON shape describes an invalid value: variant = \"effort\": "
              + "must be one of \"ces-2.0\", \"agreement-5\", \"effort-1.0\"");

      Map<String, Object> ordinal = parsedEffort();
      ordinal.put("variant", 2);
      assertThatThrownBy(() -> Ces.fromJsonShape(ordinal))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: variant = 2: must be a string");

      Map<String, Object> mismatch = parsedEffort();
      mismatch.put("variant", "ces-2.0");
      assertThatThrownBy(() -> Ces.fromJsonShape(mismatch))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: the JSON shape describes an invalid value: distribution.scale "
              + "= 1..5: must be 1..7, the scale of CES variant ces-2.0");

      Map<String, Object> negative = parsedEffort();
      negative.put("counts", List.of(30, 40, -15, 10, 5));
      assertThatThrownBy(() -> Ces.fromJsonShape(negative))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read ces: counts[2] = -15: must be a count ≥ 0");
    }

    private Map<String, Object> parsedEffort() {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("format", 1);
      shape.put("kind", "ces");
      shape.put("variant", "effort-1.0");
      shape.put("scale", Map.of("min", 1, "max", 5));
      shape.put("counts", List.of(30, 40, 15, 10, 5));
      return shape;
    }
  }

  @Test
  void countsWithoutAVariantAreCes20() {
    // 1 × "2", 1 × "4", 1 × "5", 1 × "6", 1 × "7": mean 24/5 = 4.8, 3 of 5 agree (5–7).
    Ces ces = Ces.ofCounts(0, 1, 0, 1, 1, 1, 1);
    assertThat(ces).isEqualTo(Ces.ofScores(CesVariant.CES_2_0, 7, 6, 5, 4, 2));
    assertThat(ces.value()).hasValue(4.8);
    assertThat(ces.percentFavourable().successes()).isEqualTo(3);
  }
}
