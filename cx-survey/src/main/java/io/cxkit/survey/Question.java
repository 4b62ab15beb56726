package io.cxkit.survey;

/**
 * One question of a {@link Survey}. Every question type (built-in or a team's own, see {@link
 * io.cxkit.survey.spi.QuestionType}) has its own immutable question class implementing this
 * interface; the type's id, not the class name, names it in JSON ({@code "type": "nps"}).
 *
 * <p>Implementations validate their own settings on construction (a threshold off the scale, a
 * blank choice) by throwing {@link io.cxkit.core.InvalidValueException}; the survey checks ids and
 * texts across questions.
 */
public interface Question {
  /** @return the question's id, unique within its survey: the key of its answer in a response */
  String id();

  /** @return the question text in the survey's locales */
  LocalizedText text();

  /** @return whether a completed response must answer this question */
  boolean required();
}
