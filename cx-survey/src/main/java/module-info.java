/**
 * cxkit survey: typed surveys, the question-type SPI and its built-in types, responses, JSON and
 * JSON Schema.
 */
module io.cxkit.survey {
  requires static transitive org.jspecify;
  requires transitive io.cxkit.core;
  // The SPI speaks Jackson (schema fragments, module set-up), so users read it too.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  // Word segmentation and normalisation of open text (automatic module name of icu4j).
  requires com.ibm.icu;

  exports io.cxkit.survey;
  exports io.cxkit.survey.spi;
  exports io.cxkit.survey.condition;
  exports io.cxkit.survey.types;
  exports io.cxkit.survey.json;
  exports io.cxkit.survey.io;
  exports io.cxkit.survey.summary;
  exports io.cxkit.survey.text;
  exports io.cxkit.survey.loop;
  // The reading machinery cx-journey's readers share; not API.
  exports io.cxkit.survey.internal.io to io.cxkit.journey;

  // Jackson binds the model records by reflection.
  opens io.cxkit.survey to com.fasterxml.jackson.databind;
  opens io.cxkit.survey.types to com.fasterxml.jackson.databind;
  // Jackson instantiates the type resolver that keeps questions and answers JSON objects.
  opens io.cxkit.survey.json to com.fasterxml.jackson.databind;

  uses io.cxkit.survey.spi.QuestionType;

  // The built-in types, in this order; META-INF/services lists the same for class-path users.
  provides io.cxkit.survey.spi.QuestionType with
      io.cxkit.survey.types.NpsQuestionType,
      io.cxkit.survey.types.CsatQuestionType,
      io.cxkit.survey.types.CesQuestionType,
      io.cxkit.survey.types.RatingQuestionType,
      io.cxkit.survey.types.GoalCompletionQuestionType,
      io.cxkit.survey.types.SingleChoiceQuestionType,
      io.cxkit.survey.types.MultipleChoiceQuestionType,
      io.cxkit.survey.types.OpenTextQuestionType,
      io.cxkit.survey.types.ContactConsentQuestionType;
}
