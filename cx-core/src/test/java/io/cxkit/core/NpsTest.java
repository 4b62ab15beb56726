package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.internal.SerialWriter;
import io.cxkit.core.internal.SerialKind;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example-based tests of {@link Nps}. Reference values come from B. Rocks' R package {@code NPS}
 * (github.com/brendan-r/NPS, {@code tests/testthat/test_01_basics.R} and {@code R/nps_tests.R}) and
 * from hand calculations written out next to each assertion.
 *
 * <p>Rocks' package works on the −1..1 scale (its option {@code nps.100 = FALSE}, which its tests
 * set) and takes counts in the order (detractors, passives, promoters); cxkit reports NPS on
 * −100..100 and takes (promoters, passives, detractors). So R's {@code nps_(c(1, 2, 3)) = 1/3}
 * becomes {@code Nps.of(3, 2, 1).value() = 33.33}, and an R standard error of 0.304 becomes 30.4
 * NPS points. R's {@code nps_var_} is the variance term on the 0..1 scale; cxkit does not expose
 * it, so it is checked through SE = 100 · sqrt(variance / n).
 */
class NpsTest {
  /** z for 95 %: Φ⁻¹(0.975) = 1.959963984540054 (any normal table; R's qnorm(0.975)). */
  private static final double Z95 = 1.959963984540054;

  private static final double EPS = 1e-9;

  @Nested
  class ValuesFromRocksPackage {

    @Test
    void npsOfCountsMatchesNpsUnderscore() {
      // test_01_basics.R: nps_(1:3) = 1/3, i.e. 1 detractor, 2 passives, 3 promoters -> 33.33 points.
      assertThat(Nps.of(3, 2, 1).value()).hasValueCloseTo(100.0 / 3, within(EPS));
      // nps_(c(1, 0, 0)) = -1: one detractor.
      assertThat(Nps.of(0, 0, 1).value()).hasValue(-100);
      // nps_(c(0, 0, 1)) = 1: one promoter.
      assertThat(Nps.of(1, 0, 0).value()).hasValue(100);
      // nps_(c(0, 1, 0)) = 0: one passive.
      assertThat(Nps.of(0, 1, 0).value()).hasValue(0);
    }

    @Test
    void npsOfScoresMatchesNps() {
      // test_01_basics.R: nps(c(0, 7, 7, 9, 9, 9)) = 1/3; nps(0) = -1; nps(10) = 1; nps(7) = 0.
      assertThat(Nps.ofScores(0, 7, 7, 9, 9, 9).value()).hasValueCloseTo(100.0 / 3, within(EPS));
      assertThat(Nps.ofScores(0).value()).hasValue(-100);
      assertThat(Nps.ofScores(10).value()).hasValue(100);
      assertThat(Nps.ofScores(7).value()).hasValue(0);
      // "nps and nps_ agree with themselves": the scores above are the counts (1, 2, 3).
      assertThat(Nps.ofScores(0, 7, 7, 9, 9, 9)).isEqualTo(Nps.of(3, 2, 1));
    }

    @Test
    void standardErrorMatchesNpsVarAndNpsSe() {
      // nps_var_(1:3) = 5/9 with n = 6, so SE = 100·sqrt((5/9)/6) = 30.429 (nps_se_(1:3) = 0.304).
      assertThat(Nps.of(3, 2, 1).standardError()).hasValueCloseTo(100 * Math.sqrt(5.0 / 9 / 6), within(EPS));
      assertThat(Nps.of(3, 2, 1).standardError().getAsDouble()).isCloseTo(30.4, within(0.1));
      // nps_var_(c(1, 0, 1)) = 1, n = 2: SE = 100·sqrt(1/2) = 70.71 (nps_se_ = 0.707).
      assertThat(Nps.of(1, 0, 1).standardError()).hasValueCloseTo(100 * Math.sqrt(0.5), within(EPS));
      // nps_var_(c(0, 1, 1)) = 0.25, n = 2: SE = 100·sqrt(0.125) = 35.36 (nps_se_ = 0.354).
      assertThat(Nps.of(1, 1, 0).standardError()).hasValueCloseTo(100 * Math.sqrt(0.125), within(EPS));
      // nps_var_(c(1, 1, 1)) = 2/3, n = 3: SE = 100·sqrt(2/9) = 47.14 (nps_se_ = 0.471).
      assertThat(Nps.of(1, 1, 1).standardError()).hasValueCloseTo(100 * Math.sqrt(2.0 / 9), within(EPS));
      // nps_var_ of a single group is 0: c(1,0,0), c(0,1,0), c(0,0,1).
      assertThat(Nps.of(0, 0, 1).standardError()).hasValue(0);
      assertThat(Nps.of(0, 1, 0).standardError()).hasValue(0);
      assertThat(Nps.of(1, 0, 0).standardError()).hasValue(0);
    }

    @Test
    void standardErrorOfScoresMatchesNpsSe() {
      // nps_var(c(1, 9)) = 1 -> SE 70.71; nps_var(c(7, 9)) = 0.25 -> 35.36;
      // nps_var(c(0, 7, 9)) = 2/3 -> 47.14; nps_var(1) = nps_var(7) = nps_var(9) = 0.
      assertThat(Nps.ofScores(1, 9).standardError()).hasValueCloseTo(100 * Math.sqrt(0.5), within(EPS));
      assertThat(Nps.ofScores(7, 9).standardError()).hasValueCloseTo(100 * Math.sqrt(0.125), within(EPS));
      assertThat(Nps.ofScores(0, 7, 9).standardError()).hasValueCloseTo(100 * Math.sqrt(2.0 / 9), within(EPS));
      assertThat(Nps.ofScores(1).standardError()).hasValue(0);
      assertThat(Nps.ofScores(7).standardError()).hasValue(0);
      assertThat(Nps.ofScores(9).standardError()).hasValue(0);
    }

    @Test
    void adjustedWaldFollowsNpsTestAdjustedWald() {
      // R/nps_tests.R, nps_test_(x, test = "adjusted.wald"): x.hat = x + c(0.75, 1.50, 0.75),
      // nps.x = nps_(x.hat), var.x = nps_var_(x.hat), n.x = sum(x.hat), se = sqrt(var.x / n.x),
      // int = nps.x ± z·se. For x = c(1, 2, 3) (scores 0, 7, 7, 9, 9, 9):
      //   x.hat = (1.75, 3.5, 3.75), n.x = 9
      //   p_pro = 3.75/9 = 0.416667, p_det = 1.75/9 = 0.194444, nps.x = 2/9 = 0.222222
      //   var.x = 0.611111 − 0.222222² = 0.611111 − 0.049383 = 0.561728
      //   se = sqrt(0.561728 / 9) = 0.249828;  z·se = 1.959964 · 0.249828 = 0.489654
      //   int = [0.222222 − 0.489654, 0.222222 + 0.489654] = [−0.267433, 0.711877]
      // i.e. [−26.7433, 71.1877] NPS points, centred on 22.22, not on the raw 33.33.
      Interval interval = Nps.ofScores(0, 7, 7, 9, 9, 9).adjustedWaldInterval(0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(-26.743258794104523, within(1e-9));
      assertThat(interval.upper()).isCloseTo(71.18770323854898, within(1e-9));
      assertThat((interval.lower() + interval.upper()) / 2).isCloseTo(200.0 / 9, within(1e-9));
    }
  }

  @Nested
  class HandWorked {
    // 40 promoters, 35 passives, 25 detractors: n = 100, p_pro = 0.40, p_det = 0.25.
    private final Nps nps = Nps.of(40, 35, 25);

    @Test
    void countsSharesAndScore() {
      assertThat(nps.n()).isEqualTo(100);
      assertThat(nps.promoters()).isEqualTo(40);
      assertThat(nps.passives()).isEqualTo(35);
      assertThat(nps.detractors()).isEqualTo(25);
      assertThat(nps.variant()).isEqualTo(NpsVariant.STANDARD);
      assertThat(nps.promoterShare()).isEqualTo(Percentage.of(40, 100));
      assertThat(nps.passiveShare()).isEqualTo(Percentage.of(35, 100));
      assertThat(nps.detractorShare()).isEqualTo(Percentage.of(25, 100));
      // NPS = 40 % − 25 % = 15 (computed as 100·(40 − 25)/100, exact in binary floating point).
      assertThat(nps.value()).hasValue(15);
      assertThat(nps.value()).hasValue(15);
      assertThat(nps.isEmpty()).isFalse();
    }

    @Test
    void standardError() {
      // variance term = p_pro + p_det − (p_pro − p_det)² = 0.40 + 0.25 − 0.15² = 0.65 − 0.0225 = 0.6275
      // SE = 100·sqrt(0.6275 / 100) = 100·sqrt(0.006275) = 100·0.0792149 = 7.92149 points
      assertThat(nps.standardError()).hasValueCloseTo(7.92148975887743, within(1e-12));
    }

    @Test
    void waldInterval() {
      // 95 %: half-width = z·SE = 1.959964 · 7.921490 = 15.525835
      //   [15 − 15.525835, 15 + 15.525835] = [−0.525835, 30.525835]
      Interval wald = nps.waldInterval(0.95).orElseThrow();
      assertThat(wald.lower()).isCloseTo(-0.525834631302633, within(1e-9));
      assertThat(wald.upper()).isCloseTo(30.525834631302637, within(1e-9));
      assertThat(wald.level()).isEqualTo(0.95);
      // 90 %: z = Φ⁻¹(0.95) = 1.644854; half-width = 1.644854 · 7.921490 = 13.029691
      //   [1.970309, 28.029691]
      Interval wald90 = nps.waldInterval(0.90).orElseThrow();
      assertThat(wald90.lower()).isCloseTo(1.9703088392515244, within(1e-9));
      assertThat(wald90.upper()).isCloseTo(28.029691160748477, within(1e-9));
    }

    @Test
    void adjustedWaldInterval() {
      // Add ¾ promoter, 1½ passives, ¾ detractor: 40.75 / 36.5 / 25.75, n' = 103.
      //   p'_pro = 40.75/103 = 0.3956311, p'_det = 25.75/103 = 0.25
      //   NPS'   = 100·(0.3956311 − 0.25) = 100·15/103 = 14.5631068
      //   variance term = 0.3956311 + 0.25 − 0.1456311² = 0.6456311 − 0.0212084 = 0.6244227
      //   SE'    = 100·sqrt(0.6244227 / 103) = 100·sqrt(0.00606236) = 7.7861132
      //   95 %: half-width = 1.959964 · 7.7861132 = 15.2605015
      //   [14.5631068 − 15.2605015, 14.5631068 + 15.2605015] = [−0.6973947, 29.8236083]
      Interval adjusted = nps.adjustedWaldInterval(0.95).orElseThrow();
      assertThat(adjusted.lower()).isCloseTo(-0.6973947134123151, within(1e-9));
      assertThat(adjusted.upper()).isCloseTo(29.823608305645323, within(1e-9));
      // 90 %: half-width = 1.644854 · 7.7861132 = 12.8070166 -> [1.7560902, 27.3701234]
      Interval adjusted90 = nps.adjustedWaldInterval(0.90).orElseThrow();
      assertThat(adjusted90.lower()).isCloseTo(1.7560902105860148, within(1e-9));
      assertThat(adjusted90.upper()).isCloseTo(27.37012338164699, within(1e-9));
      // The default interval is the adjusted-Wald one.
      assertThat(nps.confidenceInterval(0.95)).contains(adjusted);
    }

    @Test
    void intervalsAreClippedToTheNpsRange() {
      // 1000 promoters: Wald SE = 0, so the Wald interval is the point [100, 100].
      Nps allPromoters = Nps.of(1000, 0, 0);
      assertThat(allPromoters.waldInterval(0.95)).contains(new Interval(100, 100, 0.95));
      // Adjusted: 1000.75 / 1.5 / 0.75, n' = 1003; p'_pro = 0.9977567, p'_det = 0.0007478
      //   NPS' = 99.7008973; variance term = 0.0044776; SE' = 100·sqrt(0.0044776/1003) = 0.2112866
      //   99.7008973 ± 1.959964·0.2112866 = 99.7008973 ± 0.4141141 = [99.2867832, 100.1150114]
      //   -> upper bound clipped to 100.
      Interval adjusted = allPromoters.adjustedWaldInterval(0.95).orElseThrow();
      assertThat(adjusted.lower()).isCloseTo(99.28678323739766, within(1e-9));
      assertThat(adjusted.upper()).isEqualTo(100);
    }

    @Test
    void comparisonUsesRocksAdjustedWaldTest() {
      // Baseline: 30 promoters, 40 passives, 30 detractors (NPS 0).
      // R/nps_tests.R, two-sample "adjusted.wald": pseudo-counts on both sides, then a Wald z-test.
      //   this:     40.75 / 36.5 / 25.75, n' = 103: NPS' = 14.5631068, SE'² = 7.7861132² = 60.6235592
      //   baseline: 30.75 / 41.5 / 30.75, n' = 103: p'_pro = p'_det = 0.2985437, NPS' = 0
      //             variance term = 0.5970874, SE'² = 100²·0.5970874/103 = 57.9696484
      //   d' = 14.5631068 − 0 = 14.5631068
      //   SE = sqrt(60.6235592 + 57.9696484) = sqrt(118.5932076) = 10.8900509
      //   z  = 14.5631068 / 10.8900509 = 1.3372855; p = 2·(1 − Φ(1.3372855)) = 2·(1 − 0.9094353)
      //      = 0.1811295
      //   95 %: 14.5631068 ± 1.959964·10.8900509 = 14.5631068 ± 21.3441075 = [−6.7810007, 35.9072143]
      // The reported difference is d', the interval's centre (the plain one is 15 − 0 = 15).
      Comparison comparison = Nps.of(40, 35, 25).comparedWith(Nps.of(30, 40, 30)).orElseThrow();
      assertThat(comparison.difference()).isCloseTo(14.563106796116504, within(1e-9));
      assertThat(comparison.standardError()).isCloseTo(10.890050855509166, within(1e-9));
      assertThat(comparison.pValue()).isCloseTo(0.18112947142656566, within(1e-9));
      Interval interval = comparison.confidenceInterval(0.95);
      assertThat(interval.lower()).isCloseTo(-6.781000670491061, within(1e-9));
      assertThat(interval.upper()).isCloseTo(35.90721426272407, within(1e-9));
      assertThat(comparison.method()).startsWith("adjusted-Wald z-test");
      assertThat(comparison.isSignificant(0.05)).isFalse();
    }

    @Test
    void theAdjustedDifferenceLiesInItsOwnInterval() {
      // 3 promoters against 3 detractors: plain difference 100 − (−100) = 200.
      // Adjusted: (3.75 − 0.75)/6 = 50 against (0.75 − 3.75)/6 = −50, so d' = 100;
      // each side: p'_pro + p'_det − (p'_pro − p'_det)² = 0.625 + 0.125 − 0.5² = 0.5, SE'² = 100²·0.5/6
      // = 833.333; SE = sqrt(2·833.333) = 40.8248; 95 %: 100 ± 1.959964·40.8248 = [19.985, 180.015].
      Comparison comparison = Nps.of(3, 0, 0).comparedWith(Nps.of(0, 0, 3)).orElseThrow();
      assertThat(comparison.difference()).isCloseTo(100, within(1e-9));
      Interval interval = comparison.confidenceInterval(0.95);
      assertThat(interval.lower()).isCloseTo(19.98480539407818, within(1e-9));
      assertThat(interval.upper()).isCloseTo(180.0151946059218, within(1e-9));
      assertThat(interval.contains(comparison.difference())).isTrue();
    }

    @Test
    void waldComparison() {
      //   this: NPS 15, SE² = 7.9214898² = 62.75;  baseline: NPS 0, variance term 0.6, SE² = 60
      //   d = 15, SE = sqrt(122.75) = 11.0792599, z = 1.3538810
      //   p = 2·(1 − Φ(1.3538810)) = 2·(1 − 0.9121128) = 0.1757743
      //   95 %: 15 ± 1.959964·11.0792599 = 15 ± 21.7149504 = [−6.7149504, 36.7149504]
      Comparison comparison = Nps.of(40, 35, 25).waldComparedWith(Nps.of(30, 40, 30)).orElseThrow();
      assertThat(comparison.difference()).isCloseTo(15, within(1e-9));
      assertThat(comparison.standardError()).isCloseTo(11.07925990308017, within(1e-9));
      assertThat(comparison.pValue()).isCloseTo(0.1757743310668649, within(1e-9));
      Interval interval = comparison.confidenceInterval(0.95);
      assertThat(interval.lower()).isCloseTo(-6.714950385395854, within(1e-9));
      assertThat(interval.upper()).isCloseTo(36.71495038539586, within(1e-9));
      assertThat(comparison.method()).isEqualTo("Wald z-test for two independent NPS");
    }

    @Test
    void comparisonIntervalIsClippedToTwoHundredPoints() {
      // 99/0/1 (NPS 98, variance term 1 − 0.98² = 0.0396, SE² = 3.96) against 1/0/99 (NPS −98, SE² 3.96):
      //   d = 196, SE = sqrt(7.92) = 2.8142495; 196 ± 1.959964·2.8142495 = [190.4841724, 201.5158276]
      //   -> upper bound clipped to 200.
      Interval interval = Nps.of(99, 0, 1).waldComparedWith(Nps.of(1, 0, 99)).orElseThrow()
          .confidenceInterval(0.95);
      assertThat(interval.lower()).isCloseTo(190.4841724229362, within(1e-9));
      assertThat(interval.upper()).isEqualTo(200);
    }

    @Test
    void comparisonOfIdenticalSingleGroupSamples() {
      // Two all-promoter samples: Wald SE = 0 and d = 0, so p = 1 (Comparison.normal's rule);
      // the adjusted test still has a positive SE from the pseudo-counts and d = 0, so p = 1 too.
      assertThat(Nps.of(5, 0, 0).waldComparedWith(Nps.of(8, 0, 0)).orElseThrow().pValue()).isEqualTo(1);
      Comparison adjusted = Nps.of(5, 0, 0).comparedWith(Nps.of(5, 0, 0)).orElseThrow();
      assertThat(adjusted.difference()).isEqualTo(0);
      assertThat(adjusted.standardError()).isPositive();
      assertThat(adjusted.pValue()).isEqualTo(1);
    }

    @Test
    void worksWithGroupComparisons() {
      Map<String, Nps> groups = new LinkedHashMap<>();
      groups.put("web", Nps.of(40, 35, 25));
      groups.put("app", Nps.of(30, 40, 30));
      groups.put("store", Nps.empty());
      List<GroupComparison<String, Nps>> result = GroupComparison.eachAgainstRest(groups);
      // "web" against app + store pooled = 30/40/30: the comparison worked out above.
      assertThat(result.get(0).comparison().orElseThrow().pValue()).isCloseTo(0.18112947142656566, within(1e-9));
      assertThat(result.get(2).comparison()).isEmpty();
      assertThat(result.get(2).adjustedPValue()).isEmpty();
    }
  }

  @Nested
  class SampleSize {

    @Test
    void worstCase() {
      // Variance term 1 (p_pro = p_det = 0.5): n = ⌈z²·100²/margin²⌉ with z² = 1.959964² = 3.8414588
      //   ±5 points:  3.8414588·10000/25  = 1536.58 -> 1537
      //   ±10 points: 3.8414588·10000/100 = 384.15  -> 385
      //   ±3 points:  3.8414588·10000/9   = 4268.29 -> 4269
      assertThat(Nps.requiredSampleSize(5, 0.95)).isEqualTo(1537);
      assertThat(Nps.requiredSampleSize(10, 0.95)).isEqualTo(385);
      assertThat(Nps.requiredSampleSize(3, 0.95)).isEqualTo(4269);
      // 90 %: z² = 1.6448536² = 2.7055435; ±5: 2.7055435·400 = 1082.22 -> 1083
      assertThat(Nps.requiredSampleSize(5, 0.90)).isEqualTo(1083);
    }

    @Test
    void withExpectedShares() {
      // 40 % promoters, 25 % detractors: variance term 0.65 − 0.15² = 0.6275
      //   ±5 at 95 %: 3.8414588·0.6275·10000/25 = 3.8414588·251 = 964.21 -> 965
      assertThat(Nps.requiredSampleSize(5, 0.95, 40, 25)).isEqualTo(965);
      // 50 % / 50 % is the worst case.
      assertThat(Nps.requiredSampleSize(5, 0.95, 50, 50)).isEqualTo(1537);
      // All promoters: variance term 0, yet one answer is still needed for an estimate.
      assertThat(Nps.requiredSampleSize(5, 0.95, 100, 0)).isEqualTo(1);
      // Shares that sum to 100 up to rounding are accepted.
      assertThat(Nps.requiredSampleSize(5, 0.95, 60.1, 39.9)).isPositive();
    }

    @Test
    void rejectsBadArguments() {
      assertThatThrownBy(() -> Nps.requiredSampleSize(0, 0.95))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("marginOfError = 0.0: must lie in (0, 200] NPS points");
      assertThatThrownBy(() -> Nps.requiredSampleSize(200.5, 0.95))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("marginOfError = 200.5: must lie in (0, 200] NPS points");
      assertThatThrownBy(() -> Nps.requiredSampleSize(Double.NaN, 0.95))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("marginOfError = NaN: must lie in (0, 200] NPS points");
      assertThatThrownBy(() -> Nps.requiredSampleSize(5, 1.0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 1.0: a confidence level must lie strictly between 0 and 1");
      assertThatThrownBy(() -> Nps.requiredSampleSize(5, 0.95, 101, 0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("expectedPromoterShare = 101.0: a share must lie in [0, 100]");
      assertThatThrownBy(() -> Nps.requiredSampleSize(5, 0.95, 40, -1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("expectedDetractorShare = -1.0: a share must lie in [0, 100]");
      assertThatThrownBy(() -> Nps.requiredSampleSize(5, 0.95, 60, 50))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("expectedPromoterShare + expectedDetractorShare = 110.0: the shares must sum to at most 100");
      assertThatThrownBy(() -> Nps.requiredSampleSize(1e-200, 0.95))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("marginOfError = 1.0E-200: is too small: it would need more than "
              + "9223372036854775807 answers");
    }
  }

  @Nested
  class OneToTen {

    @Test
    void groupsScoresFromOne() {
      // Scores 1..10 once each: detractors 1–6 (6), passives 7–8 (2), promoters 9–10 (2):
      // NPS = 100·(2 − 6)/10 = −40.
      Nps nps = Nps.ofScores(NpsVariant.ONE_TO_TEN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(nps.variant()).isEqualTo(NpsVariant.ONE_TO_TEN);
      assertThat(nps.detractors()).isEqualTo(6);
      assertThat(nps.passives()).isEqualTo(2);
      assertThat(nps.promoters()).isEqualTo(2);
      assertThat(nps.value()).hasValue(-40);
      // variance term = 0.2 + 0.6 − 0.4² = 0.64; SE = 100·sqrt(0.064) = 25.2982
      assertThat(nps.standardError()).hasValueCloseTo(25.298221281347033, within(1e-9));
      byte[] bytes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
      assertThat(Nps.ofScores(NpsVariant.ONE_TO_TEN, bytes)).isEqualTo(nps);
      assertThat(Nps.of(NpsVariant.ONE_TO_TEN, 2, 2, 6)).isEqualTo(nps);
    }

    @Test
    void variantsExposeTheirScalesAndGroups() {
      assertThat(NpsVariant.STANDARD.scale()).isEqualTo(RatingScale.NPS);
      assertThat(NpsVariant.ONE_TO_TEN.scale()).isEqualTo(RatingScale.ONE_TO_TEN);
      assertThat(NpsVariant.STANDARD.lowestDetractorScore()).isZero();
      assertThat(NpsVariant.ONE_TO_TEN.lowestDetractorScore()).isEqualTo(1);
      for (NpsVariant variant : NpsVariant.values()) {
        assertThat(variant.highestDetractorScore()).isEqualTo(6);
        assertThat(variant.lowestPassiveScore()).isEqualTo(7);
        assertThat(variant.lowestPromoterScore()).isEqualTo(9);
        assertThat(NpsVariant.forScale(variant.scale())).isEqualTo(variant);
      }
      assertThat(NpsVariant.ONE_TO_TEN.id()).isEqualTo("one-to-ten");
    }

    @Test
    void fromInfersTheVariantFromTheScale() {
      ScoreDistribution oneToTen = ScoreDistribution.ofScores(RatingScale.ONE_TO_TEN, 1, 9, 10);
      assertThat(Nps.of(oneToTen)).isEqualTo(Nps.of(NpsVariant.ONE_TO_TEN, 2, 0, 1));
      ScoreDistribution standard = ScoreDistribution.ofScores(RatingScale.NPS, 0, 9, 10);
      assertThat(Nps.of(standard)).isEqualTo(Nps.of(2, 0, 1));
    }

    @Test
    void theHotPathCountsInAnAccumulator() {
      ScoreAccumulator scores = new ScoreAccumulator(RatingScale.NPS);
      scores.addAll(new int[] {10, 9, 8, 7, 6, 0});
      scores.addAll(new byte[] {9, 3});
      assertThat(Nps.of(scores.snapshot())).isEqualTo(Nps.of(3, 2, 3));
    }

    @Test
    void zeroIsOffTheOneToTenScale() {
      assertThatThrownBy(() -> Nps.ofScores(NpsVariant.ONE_TO_TEN, 5, 0))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[1] = 0: must lie on scale 1..10");
    }
  }

  @Nested
  class Empty {

    @Test
    void hasNoValueNoErrorAndNoInterval() {
      for (Nps empty : List.of(Nps.empty(), Nps.ofScores(), Nps.ofScores(new byte[0]),
          Nps.of(ScoreDistribution.empty(RatingScale.NPS)), Nps.of(0, 0, 0),
          Nps.empty(NpsVariant.ONE_TO_TEN))) {
        assertThat(empty.n()).isZero();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.value()).isEmpty();
        assertThat(empty.value()).isEmpty();
        assertThat(empty.standardError()).isEmpty();
        assertThat(empty.waldInterval(0.95)).isEmpty();
        assertThat(empty.adjustedWaldInterval(0.95)).isEmpty();
        assertThat(empty.confidenceInterval(0.95)).isEmpty();
        assertThat(empty.promoterShare()).isEqualTo(Percentage.empty());
        assertThat(empty.passiveShare().value()).isEmpty();
        assertThat(empty.detractorShare().value()).isEmpty();
        assertThat(empty.toString()).doesNotContain("NaN");
      }
      assertThat(Nps.empty()).isEqualTo(Nps.of(0, 0, 0)).hasToString("Nps{empty, standard}");
      assertThat(Nps.empty(NpsVariant.ONE_TO_TEN)).isNotEqualTo(Nps.empty());
    }

    @Test
    void comparisonsWithAnEmptySideAreAbsent() {
      assertThat(Nps.empty().comparedWith(Nps.of(1, 2, 3))).isEmpty();
      assertThat(Nps.of(1, 2, 3).comparedWith(Nps.empty())).isEmpty();
      assertThat(Nps.empty().waldComparedWith(Nps.empty())).isEmpty();
    }

    @Test
    void emptyIsTheIdentityOfPlus() {
      assertThat(Nps.empty().plus(Nps.of(4, 5, 6))).isEqualTo(Nps.of(4, 5, 6));
      assertThat(Nps.of(4, 5, 6).plus(Nps.empty())).isEqualTo(Nps.of(4, 5, 6));
    }

    @Test
    void stillChecksTheLevel() {
      assertThatThrownBy(() -> Nps.empty().confidenceInterval(0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 0.0: a confidence level must lie strictly between 0 and 1");
    }
  }

  @Nested
  class ValueSemantics {

    @Test
    void plusAddsCounts() {
      assertThat(Nps.of(1, 2, 3).plus(Nps.of(10, 20, 30))).isEqualTo(Nps.of(11, 22, 33));
      Nps a = Nps.of(4, 5, 6);
      assertThat(a.plus(a)).isEqualTo(Nps.of(8, 10, 12));
    }

    @Test
    void equalsHashCodeAndToString() {
      assertThat(Nps.of(40, 35, 25)).isEqualTo(Nps.of(40, 35, 25))
          .hasSameHashCodeAs(Nps.of(40, 35, 25))
          .isNotEqualTo(Nps.of(40, 25, 35))
          .isNotEqualTo(Nps.of(NpsVariant.ONE_TO_TEN, 40, 35, 25))
          .isNotEqualTo(null)
          .hasToString("Nps{15.00, n=100: 40 promoters, 35 passives, 25 detractors, standard}");
      assertThat(Nps.of(NpsVariant.ONE_TO_TEN, 1, 0, 2))
          .hasToString("Nps{-33.33, n=3: 1 promoters, 0 passives, 2 detractors, one-to-ten}");
    }
  }

  @Nested
  class BadInput {

    @Test
    void scoreOffTheScaleNamesItsIndex() {
      assertThatThrownBy(() -> Nps.ofScores(5, 11, 3))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[1] = 11: must lie on scale 0..10");
      assertThatThrownBy(() -> Nps.ofScores(new byte[] {3, 10, -1}))
          .isInstanceOf(ScoreOutOfScaleException.class)
          .hasMessage("scores[2] = -1: must lie on scale 0..10");
    }

    @Test
    void negativeCount() {
      assertThatThrownBy(() -> Nps.of(-1, 0, 0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("promoters = -1: must be ≥ 0");
      assertThatThrownBy(() -> Nps.of(NpsVariant.ONE_TO_TEN, 0, -5, 0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("passives = -5: must be ≥ 0");
      assertThatThrownBy(() -> Nps.of(0, 0, Long.MIN_VALUE))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("detractors = -9223372036854775808: must be ≥ 0");
    }

    @Test
    void totalOverflow() {
      assertThatThrownBy(() -> Nps.of(Long.MAX_VALUE, 0, 1))
          .isInstanceOf(CountOverflowException.class)
          .hasMessage("n = 9223372036854775807 + 1: exceeds the largest count, 9223372036854775807");
      Nps half = Nps.of(Long.MAX_VALUE / 2 + 1, 0, 0);
      assertThatThrownBy(() -> half.plus(half))
          .isInstanceOf(CountOverflowException.class)
          .hasMessage("promoters = 4611686018427387904 + 4611686018427387904: exceeds the largest count, "
              + "9223372036854775807");
    }

    @Test
    void unsupportedScaleForFrom() {
      ScoreDistribution csat = ScoreDistribution.ofScores(RatingScale.CSAT, 1, 5);
      assertThatThrownBy(() -> Nps.of(csat))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("scale = 1..5: an NPS needs scale 0..10 (STANDARD) or 1..10 (ONE_TO_TEN); "
              + "for another scale, map the scores onto one of these first");
      assertThatThrownBy(() -> NpsVariant.forScale(RatingScale.of(0, 5)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("scale = 0..5: an NPS needs scale 0..10");
    }

    @Test
    void levelOutsideZeroOne() {
      Nps nps = Nps.of(40, 35, 25);
      assertThatThrownBy(() -> nps.waldInterval(1.0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 1.0: a confidence level must lie strictly between 0 and 1");
      assertThatThrownBy(() -> nps.adjustedWaldInterval(-0.5))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = -0.5: a confidence level must lie strictly between 0 and 1");
      assertThatThrownBy(() -> nps.confidenceInterval(Double.NaN))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = NaN: a confidence level must lie strictly between 0 and 1");
      assertThatThrownBy(() -> nps.comparedWith(nps).orElseThrow().confidenceInterval(95))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("level = 95.0: a confidence level must lie strictly between 0 and 1");
    }

    @Test
    void differentVariantsDoNotMergeOrCompare() {
      Nps standard = Nps.of(1, 2, 3);
      Nps oneToTen = Nps.of(NpsVariant.ONE_TO_TEN, 1, 2, 3);
      String message = "cannot merge Nps with variant standard and Nps with variant one-to-ten: "
          + "the variants must be equal";
      assertThatThrownBy(() -> standard.plus(oneToTen))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> standard.comparedWith(oneToTen))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> standard.waldComparedWith(oneToTen))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage(message);
      // Even an empty NPS keeps its variant.
      assertThatThrownBy(() -> Nps.empty().plus(Nps.empty(NpsVariant.ONE_TO_TEN)))
          .isInstanceOf(IncompatibleMergeException.class)
          .hasMessage(message);
    }

    @Test
    void nullArgumentsNameTheParameter() {
      assertThatThrownBy(() -> Nps.of(null)).isInstanceOf(NullPointerException.class).hasMessage("distribution");
      assertThatThrownBy(() -> Nps.of(null, 1, 2, 3)).isInstanceOf(NullPointerException.class).hasMessage("variant");
      assertThatThrownBy(() -> Nps.ofScores((int[]) null)).isInstanceOf(NullPointerException.class).hasMessage("scores");
      assertThatThrownBy(() -> Nps.empty().plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
      assertThatThrownBy(() -> Nps.fromBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    }
  }

  @Nested
  class SerialForms {
    private final Nps nps = Nps.of(40, 35, 25);

    @Test
    void bytesAreVersionKindVariantAndThreeVarints() {
      // format 1, kind nps (tag 2), variant standard (0), then 40, 35, 25 as one-byte varints.
      assertThat(nps.toBytes()).containsExactly(1, 2, 0, 40, 35, 25);
      // 300 = 0b10_0101100 -> LEB128 0xAC 0x02; variant one-to-ten is 1.
      assertThat(Nps.of(NpsVariant.ONE_TO_TEN, 300, 0, 1).toBytes())
          .containsExactly(1, 2, 1, 0xAC, 0x02, 0, 1);
      assertThat(Nps.fromBytes(nps.toBytes())).isEqualTo(nps);
      assertThat(Nps.fromBytes(new byte[] {1, 2, 1, (byte) 0xAC, 0x02, 0, 1}))
          .isEqualTo(Nps.of(NpsVariant.ONE_TO_TEN, 300, 0, 1));
      assertThat(Nps.fromBytes(Nps.empty().toBytes())).isEqualTo(Nps.empty());
    }

    @Test
    void jsonShape() {
      assertThat(nps.toJsonShape()).containsExactly(entry("format", 1), entry("kind", "nps"),
          entry("variant", "standard"), entry("promoters", 40L), entry("passives", 35L),
          entry("detractors", 25L));
      assertThat(Nps.fromJsonShape(nps.toJsonShape())).isEqualTo(nps);
      // A JSON library parses small numbers as Integer; that reads back too.
      Map<String, Object> parsed = Map.of("format", 1, "kind", "nps", "variant", "one-to-ten",
          "promoters", 2, "passives", 0, "detractors", 1);
      assertThat(Nps.fromJsonShape(parsed)).isEqualTo(Nps.of(NpsVariant.ONE_TO_TEN, 2, 0, 1));
    }

    @Test
    void corruptBytes() {
      byte[] bytes = nps.toBytes();
      assertThatThrownBy(() -> Nps.fromBytes(Arrays.copyOf(bytes, 5)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: truncated at offset 5 while reading detractors (buffer length 5)");
      assertThatThrownBy(() -> Nps.fromBytes(Arrays.copyOf(bytes, 2)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: truncated at offset 2 while reading variant (buffer length 2)");
      assertThatThrownBy(() -> Nps.fromBytes(new byte[0]))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: the buffer has 0 byte(s), a serial form starts with 2 header "
              + "bytes (format version, kind)");
      assertThatThrownBy(() -> Nps.fromBytes(Arrays.copyOf(bytes, 7)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: 1 unexpected trailing byte(s) at offset 6");
      assertThatThrownBy(() -> Nps.fromBytes(new byte[] {9, 2, 0, 1, 1, 1}))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: format version 9 at offset 0 is unknown; this version of cxkit "
              + "reads format version 1");
      assertThatThrownBy(() -> Nps.fromBytes(new byte[] {1, 2, 7, 1, 1, 1}))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: the serial form describes an invalid value: variant = 7: "
              + "must be 0 (standard) or 1 (one-to-ten)");
      // A continuation bit on the last byte: the varint runs off the end.
      assertThatThrownBy(() -> Nps.fromBytes(new byte[] {1, 2, 0, 1, 1, (byte) 0x81}))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: truncated at offset 6 while reading detractors (buffer length 6)");
    }

    @Test
    void wrongKindOfBytes() {
      assertThatThrownBy(() -> Nps.fromBytes(Percentage.of(1, 2).toBytes()))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: offset 1 has kind percentage (tag 6), expected nps (tag 2)");
      assertThatThrownBy(() -> Nps.fromBytes(ScoreDistribution.ofScores(RatingScale.NPS, 9).toBytes()))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: offset 1 has kind score-distribution (tag 1), expected nps (tag 2)");
    }

    @Test
    void bytesWhoseCountsOverflow() {
      byte[] bytes = new SerialWriter(SerialKind.NPS).writeByte(0)
          .writeCount(Long.MAX_VALUE).writeCount(1).writeCount(0).toByteArray();
      assertThatThrownBy(() -> Nps.fromBytes(bytes))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: the serial form describes an invalid value: n = "
              + "9223372036854775807 + 1: exceeds the largest count, 9223372036854775807")
          .hasCauseInstanceOf(CountOverflowException.class);
    }

    @Test
    void jsonShapeWithMissingOrMistypedMembers() {
      assertThatThrownBy(() -> Nps.fromJsonShape(without("passives")))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: member passives is missing");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("variant", null)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: member variant is null");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("promoters", "40")))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: promoters = \"40\": must be a whole number");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("detractors", 2.5)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: detractors = 2.5: must be a whole number");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("detractors", -1)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: detractors = -1: must be ≥ 0");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("variant", 0)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: variant = 0: must be a string");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("variant", "zero-to-ten")))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: the JSON shape describes an invalid value: variant = "
              + "\"zero-to-ten\": must be \"standard\" or \"one-to-ten\"");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("kind", "csat")))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: kind = \"csat\", expected \"nps\"");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("format", 2)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: format = 2 is unknown; this version of cxkit reads format 1");
      assertThatThrownBy(() -> Nps.fromJsonShape(with("promoters", Long.MAX_VALUE)))
          .isInstanceOf(SerialFormException.class)
          .hasMessage("cannot read nps: the JSON shape describes an invalid value: n = "
              + "9223372036854775807 + 35: exceeds the largest count, 9223372036854775807");
    }

    private Map<String, Object> with(String member, Object value) {
      Map<String, Object> shape = new HashMap<>(nps.toJsonShape());
      shape.put(member, value);
      return shape;
    }

    private Map<String, Object> without(String member) {
      Map<String, Object> shape = new HashMap<>(nps.toJsonShape());
      shape.remove(member);
      return shape;
    }
  }
}
