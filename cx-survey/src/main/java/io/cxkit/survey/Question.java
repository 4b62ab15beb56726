package io.cxkit.survey;

import java.util.Map;

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

  /**
   * Every text this question shows, by its path within the question ({@code text}, {@code
   * lowLabel}, {@code choices[2].label}), so that the survey can check each has a text in its
   * default locale. The default lists {@code text} alone; a type with labels lists them all.
   *
   * @return the texts by path, in order
   */
  default Map<String, LocalizedText> localizedTexts() {
    return Map.of("text", text());
  }

  /**
   * The other questions this one refers to, by member name ({@code followUpOf} to {@code nps} for
   * the "why this score?" of an NPS question), so that the survey can check each is an earlier
   * question. The default is none.
   *
   * @return the referenced question ids by member name
   */
  default Map<String, String> questionReferences() {
    return Map.of();
  }
}
