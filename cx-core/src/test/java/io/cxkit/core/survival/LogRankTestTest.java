package io.cxkit.core.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class LogRankTestTest {

  /**
   * 6-MP against placebo (Freireich et al. 1963). The log-rank statistic is 16.79 on 1 degree of
   * freedom, p = 4.17e-5: Kleinbaum and Klein, Survival Analysis, Chapter 2 ("Log-rank = 16.79"),
   * and R's {@code survdiff(Surv(time, cens) ~ treat, data = MASS::gehan)}. By hand over the 17
   * distinct event times: O = 9 relapses on 6-MP, E = 19.2505, V = 6.2570, (9 − 19.2505)² / 6.2570 =
   * 16.7929.
   */
  @Test
  void freireichSixMpAgainstPlacebo() {
    LogRankTest test = LogRankTest.of(Freireich.mp(), Freireich.placebo()).orElseThrow();
    assertThat(test.observed()).isEqualTo(9);
    assertThat(test.expected()).isCloseTo(19.250501, within(1e-6));
    assertThat(test.baselineObserved()).isEqualTo(21);
    assertThat(test.baselineExpected()).isCloseTo(10.749499, within(1e-6));
    assertThat(test.variance()).isCloseTo(6.256961, within(1e-6));
    assertThat(test.chiSquare()).isCloseTo(16.7929, within(1e-4));
    assertThat(test.degreesOfFreedom()).isEqualTo(1);
    assertThat(test.z()).isNegative();
    assertThat(test.pValue()).isCloseTo(4.1688e-5, within(1e-8));
    // The same p-value as the chi-squared distribution's upper tail, from Hipparchus.
    assertThat(test.pValue()).isCloseTo(
        1 - new ChiSquaredDistribution(1).cumulativeProbability(test.chiSquare()), within(1e-12));
    assertThat(test.isSignificant(0.001)).isTrue();
    assertThat(test).hasToString("LogRankTest{O=9, E=19.25, chi2=16.79, p=4.169e-05}");
  }

  @Test
  void swappingTheGroupsGivesTheSameTest() {
    LogRankTest a = LogRankTest.of(Freireich.mp(), Freireich.placebo()).orElseThrow();
    LogRankTest b = KaplanMeier.of(Freireich.placebo()).comparedWith(KaplanMeier.of(Freireich.mp())).orElseThrow();
    assertThat(b.chiSquare()).isCloseTo(a.chiSquare(), within(1e-9));
    assertThat(b.expected()).isCloseTo(a.baselineExpected(), within(1e-9));
    assertThat(b.z()).isCloseTo(-a.z(), within(1e-9));
  }

  @Test
  void identicalGroupsFindNoDifference() {
    LogRankTest same = LogRankTest.of(Freireich.mp(), Freireich.mp()).orElseThrow();
    assertThat(same.chiSquare()).isCloseTo(0, within(1e-12));
    assertThat(same.pValue()).isCloseTo(1, within(1e-12));
  }

  @Test
  void undefinedWithoutEvents() {
    LifetimeTable censoredOnly = LifetimeTable.ofDurations(new double[] {1, 2}, new boolean[] {false, false});
    assertThat(LogRankTest.of(censoredOnly, censoredOnly)).isEmpty();
    assertThat(LogRankTest.of(LifetimeTable.empty(), Freireich.mp())).isEmpty();
    // Every customer of both groups churns at week 4: V = 3·3·6·(6 − 6)/(6²·5) = 0, no test.
    LifetimeTable allAtFour = LifetimeTable.ofDurations(new double[] {4, 4, 4}, new boolean[] {true, true, true});
    assertThat(LogRankTest.of(allAtFour, allAtFour)).isEmpty();
  }
}
