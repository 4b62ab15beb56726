/**
 * cxkit journey: journey maps, customer profiles and personas, journey events and their readers,
 * funnels, exit points and paths.
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
  exports io.cxkit.journey.retention;
}
