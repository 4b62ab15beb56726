/**
 * cxkit core: scales, score distributions, accumulators and the NPS, CSAT, CES and goal-completion
 * calculators with honest intervals.
 */
module io.cxkit.core {
  requires static transitive org.jspecify;
  requires hipparchus.core;

  exports io.cxkit.core;
  exports io.cxkit.core.stats;
}
