/** cxkit survey: typed surveys, question types and responses. */
module io.cxkit.survey {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.core;

  // API packages are exported here as they arrive with the cx-survey issues; none is public yet.
}
