/**
 * cxkit journey: journey maps, customer profiles and personas, journey events and their readers,
 * funnels, exit points, paths and traffic; cohorts, churn and lifetimes from activity; CX per
 * touchpoint, stage, channel, persona and segment with the journey scorecard; and survey triggers,
 * targeting and pacing.
 */
module io.cxkit.journey {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.survey;

  exports io.cxkit.journey;
  exports io.cxkit.journey.analysis;
  exports io.cxkit.journey.profile;
  exports io.cxkit.journey.json;
  exports io.cxkit.journey.io;
  exports io.cxkit.journey.intercept;
  exports io.cxkit.journey.cx;
  exports io.cxkit.journey.retention;
}
