/**
 * cxkit survey: typed surveys, the question-type SPI and its built-in types, responses, JSON and
 * JSON Schema.
 */
module io.cxkit.survey {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.core;
  // The SPI speaks Jackson (schema fragments, module set-up), so users read it too.
  requires transitive com.fasterxml.jackson.databind;

  exports io.cxkit.survey;
  exports io.cxkit.survey.spi;
  exports io.cxkit.survey.json;

  // Jackson binds the model records by reflection.
  opens io.cxkit.survey to com.fasterxml.jackson.databind;

  uses io.cxkit.survey.spi.QuestionType;
}
