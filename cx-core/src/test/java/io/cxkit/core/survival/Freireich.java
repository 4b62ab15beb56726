package io.cxkit.core.survival;

/**
 * The leukaemia remission data of E. J. Freireich et al., "The effect of 6-mercaptopurine on the
 * duration of steroid-induced remissions in acute leukemia", Blood 21 (1963) 699–716: weeks in
 * remission of 21 patients on 6-MP (12 still in remission when last seen, marked +) and 21 on
 * placebo (all relapsed). The textbook data set of D. G. Kleinbaum and M. Klein, Survival Analysis:
 * A Self-Learning Text (Springer), and D. Collett, Modelling Survival Data in Medical Research
 * (Chapman &amp; Hall); R's {@code MASS::gehan}.
 */
final class Freireich {
  private Freireich() {}

  /** 6-MP: 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+. */
  static final double[] MP_WEEKS = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
  static final boolean[] MP_RELAPSED = {true, true, true, false, true, false, true, false, false, true, true,
      false, false, false, true, true, false, false, false, false, false};

  /** Placebo: 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23, all relapses. */
  static final double[] PLACEBO_WEEKS = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
  static final boolean[] PLACEBO_RELAPSED = new boolean[21];

  static {
    java.util.Arrays.fill(PLACEBO_RELAPSED, true);
  }

  static LifetimeTable mp() {
    return LifetimeTable.ofDurations(MP_WEEKS, MP_RELAPSED);
  }

  static LifetimeTable placebo() {
    return LifetimeTable.ofDurations(PLACEBO_WEEKS, PLACEBO_RELAPSED);
  }
}
