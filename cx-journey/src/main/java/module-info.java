/** cxkit journey: journey maps, personas, segments and journey events. */
module io.cxkit.journey {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.survey;

  // API packages are exported here as they arrive with the cx-journey issues; none is public yet.
}
