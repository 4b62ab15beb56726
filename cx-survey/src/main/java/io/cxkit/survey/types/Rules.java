package io.cxkit.survey.types;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Violation;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks shared by the built-in question and answer records, so that every message has one shape. */
final class Rules {
  /** The code of the "other" option of the choice types; no listed choice may use it. */
  static final String OTHER = "other";

  private Rules() {}

  /** @throws InvalidSurveyException if the question id breaks {@link Ids#ID_RULE} */
  static String requireQuestionId(@Nullable String id) {
    return requireId("id", id);
  }

  /** @throws InvalidSurveyException if {@code id} breaks {@link Ids#ID_RULE} */
  static String requireId(String field, @Nullable String id) {
    try {
      return Ids.requireId(field, id);
    } catch (InvalidValueException e) {
      throw new InvalidSurveyException(e.field(), e.value(), e.rule());
    }
  }

  /** @throws InvalidSurveyException if a required setting is absent */
  static <T> T requireSetting(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidSurveyException(field, null, "must be present");
    }
    return value;
  }

  /** @throws InvalidSurveyException if the question text is absent */
  static LocalizedText requireText(@Nullable LocalizedText text) {
    return requireSetting("text", text);
  }

  /** @throws InvalidResponseException if a required part of an answer is absent */
  static <T> T requirePart(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidResponseException(field, null, "must be present");
    }
    return value;
  }

  /**
   * @return {@code text}, which may be null
   * @throws InvalidResponseException if a text of an answer holds an unpaired surrogate char
   */
  static <T extends @Nullable String> T requireWellFormedPart(String field, T text) {
    try {
      return Ids.requireWellFormed(field, text);
    } catch (InvalidValueException e) {
      throw new InvalidResponseException(e.field(), e.value(), e.rule());
    }
  }

  /**
   * Copies a list given to an answer, refusing a null list or element with a typed error.
   *
   * @throws InvalidResponseException naming the list or the index of the first null element
   */
  static List<String> copyParts(String field, @Nullable List<String> values) {
    requirePart(field, values);
    List<String> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String element = requirePart(field + "[" + i + "]", values.get(i));
      copy.add(requireWellFormedPart(field + "[" + i + "]", element));
    }
    return Collections.unmodifiableList(copy);
  }

  /** @return a violation of {@code score} if it is off {@code scale}, else null */
  static @Nullable Violation offScale(int score, RatingScale scale) {
    return scale.contains(score) ? null : Violation.of("score", score, "must lie on scale " + scale);
  }

  /** @return the violations of a score: one if it is off the scale, else none */
  static List<Violation> scoreViolations(int score, RatingScale scale) {
    Violation violation = offScale(score, scale);
    return violation == null ? List.of() : List.of(violation);
  }

  /** @return {@code text} as a message shows it ({@link Ids#quote}), or {@code null} */
  static String quoted(@Nullable String text) {
    return Ids.quote(text);
  }

  /**
   * Checks the choices of a choice question: at least one, none null, codes unique.
   *
   * @return an unmodifiable copy
   * @throws InvalidSurveyException naming the offending position
   */
  static List<Choice> copyChoices(@Nullable List<Choice> choices) {
    requireSetting("choices", choices);
    if (choices.isEmpty()) {
      throw new InvalidSurveyException("choices", "[]", "must hold at least one choice");
    }
    List<Choice> copy = new ArrayList<>(choices.size());
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      if (choice == null) {
        throw new InvalidSurveyException("choices[" + i + "]", null, "must be a choice, not null");
      }
      Integer earlier = positions.putIfAbsent(choice.code(), i);
      if (earlier != null) {
        throw new InvalidSurveyException("choices[" + i + "].code", quoted(choice.code()),
            "duplicates the code of choices[" + earlier + "]; choice codes must be unique");
      }
      copy.add(choice);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * @param text the question text
   * @param pathsAndLabels further texts as pairs of path and (possibly null) text
   * @return the question's texts by path, for {@link io.cxkit.survey.Question#localizedTexts()};
   *     absent labels left out
   */
  static Map<String, LocalizedText> texts(LocalizedText text, @Nullable Object... pathsAndLabels) {
    Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
    texts.put("text", text);
    for (int i = 0; i + 1 < pathsAndLabels.length; i += 2) {
      Object label = pathsAndLabels[i + 1];
      if (label != null) {
        texts.put((String) pathsAndLabels[i], (LocalizedText) label);
      }
    }
    return Collections.unmodifiableMap(texts);
  }

  /** @return the texts of a choice question: its text, each choice's label, the "other" label */
  static Map<String, LocalizedText> choiceTexts(LocalizedText text, List<Choice> choices,
      @Nullable LocalizedText otherLabel) {
    Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
    texts.put("text", text);
    for (int i = 0; i < choices.size(); i++) {
      texts.put("choices[" + i + "].label", choices.get(i).label());
    }
    if (otherLabel != null) {
      texts.put("otherLabel", otherLabel);
    }
    return Collections.unmodifiableMap(texts);
  }

  /** @return the codes of the choices in order, then {@code "other"} if the question offers it */
  static List<String> codes(List<Choice> choices, boolean hasOther) {
    List<String> codes = new ArrayList<>(choices.size() + 1);
    for (Choice choice : choices) {
      codes.add(choice.code());
    }
    if (hasOther) {
      codes.add(OTHER);
    }
    return Collections.unmodifiableList(codes);
  }

  /** @return the codes quoted and comma-separated, for messages */
  static String listed(List<String> codes) {
    StringBuilder text = new StringBuilder();
    for (String code : codes) {
      text.append(text.length() == 0 ? "" : ", ").append('"').append(code).append('"');
    }
    return text.toString();
  }

  /** @return the number of Unicode code points of {@code text} */
  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Checks the text of the "other" option against what was chosen.
   *
   * @param hasOther whether the question offers "other"
   * @param otherChosen whether the answer chose it
   * @param otherText the answer's text for it
   * @param violations where to report
   */
  static void checkOtherText(boolean hasOther, boolean otherChosen, @Nullable String otherText,
      List<Violation> violations) {
    if (otherText != null) {
      if (!hasOther) {
        violations.add(Violation.of("otherText", quoted(otherText),
            "must be absent: the question offers no \"other\" option"));
      } else if (!otherChosen) {
        violations.add(Violation.of("otherText", quoted(otherText),
            "must be absent unless \"other\" is chosen"));
      } else if (otherText.isBlank()) {
        violations.add(Violation.of("otherText", quoted(otherText),
            "must describe the \"other\" choice, not be blank"));
      } else if (codePoints(otherText) > OpenTextQuestion.MAX_LENGTH) {
        violations.add(Violation.of("otherText", codePoints(otherText) + " code points",
            "must be at most " + OpenTextQuestion.MAX_LENGTH + " code points, the longest open text"));
      }
    } else if (otherChosen && hasOther) {
      violations.add(Violation.of("otherText", "null",
          "must describe the \"other\" choice: it is required when \"other\" is chosen"));
    }
  }
}
