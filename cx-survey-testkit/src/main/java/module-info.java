/**
 * cxkit survey test kit: {@link io.cxkit.survey.testkit.QuestionTypeCompatibilityKit}, the abstract
 * test class that proves a question type works with cxkit.
 */
module io.cxkit.survey.testkit {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.survey;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;
  requires com.networknt.schema;

  exports io.cxkit.survey.testkit;
}
