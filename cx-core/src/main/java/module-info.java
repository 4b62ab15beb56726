/**
 * cxkit core: scales, score distributions, accumulators and the NPS, CSAT, CES and goal-completion
 * calculators with honest intervals; churn, retention, cohorts and customer-lifetime survival.
 */
module io.cxkit.core {
  requires static transitive org.jspecify;
  requires hipparchus.core;

  exports io.cxkit.core;
  exports io.cxkit.core.stats;
  exports io.cxkit.core.survival;
}
