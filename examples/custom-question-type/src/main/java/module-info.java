/**
 * An example of a team's own question type: {@code ranking}. It is registered only here, with
 * {@code provides} (for the module path) and {@code META-INF/services} (for the class path).
 */
module io.cxkit.examples.ranking {
  requires static org.jspecify;
  // The API of this module speaks in cx-survey's types, so its users read cx-survey too.
  requires transitive io.cxkit.survey;

  exports io.cxkit.examples.ranking;
  // Jackson binds the question and answer records by reflection.
  opens io.cxkit.examples.ranking to com.fasterxml.jackson.databind;

  provides io.cxkit.survey.spi.QuestionType with io.cxkit.examples.ranking.RankingQuestionType;
}
