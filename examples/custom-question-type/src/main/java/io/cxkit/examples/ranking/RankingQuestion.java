package io.cxkit.examples.ranking;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A question that asks the respondent to put every option in order, best first ("Rank these
 * features by how much you use them"). Its answers are {@link RankingAnswer}s; in JSON it is
 * {@code {"type": "ranking", "id": …, "text": {…}, "required": …, "options": [{"code": …,
 * "label": {…}}, …]}}.
 *
 * @param id the question's id: 1 to 128 letters, digits, {@code _ - .}, starting with a letter or
 *     digit, as every survey question id
 * @param text the question text
 * @param required whether a completed response must answer it
 * @param options the options to rank, 2 to {@value #MAX_OPTIONS}, codes unique; copied, unmodifiable
 */
public record RankingQuestion(String id, LocalizedText text, boolean required, List<RankingOption> options)
    implements Question {

  /** The most options a ranking question may have. */
  public static final int MAX_OPTIONS = 20;

  /** The rule of a question id in cxkit surveys, as JSON Schema's {@code pattern} takes it. */
  static final String ID_REGEX = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$";

  /** The rule of {@link #id()}, for messages. */
  static final String ID_RULE =
      "must be 1 to 128 letters, digits, '_', '-' or '.', starting with a letter or digit";

  private static final Pattern ID = Pattern.compile(ID_REGEX);

  /**
   * Checks the question.
   *
   * @throws InvalidSurveyException if the id is missing or malformed, the text is missing, there
   *     are fewer than 2 or more than {@value #MAX_OPTIONS} options, an option is null, or two
   *     options share a code
   */
  public RankingQuestion {
    // Checked here as the built-in questions do, so that a lone question read from JSON is refused
    // like the schema refuses it, not only once a survey holds it.
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidSurveyException("id", id == null ? null : '"' + id + '"', ID_RULE);
    }
    if (text == null) {
      throw new InvalidSurveyException("text", null, "must be a text, not null");
    }
    if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS) {
      throw new InvalidSurveyException("options", options == null ? null
          : options.size() == 1 ? "1 option" : options.size() + " options",
          "must hold 2 to " + MAX_OPTIONS + " options");
    }
    List<RankingOption> copy = new ArrayList<>(options.size());
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      RankingOption option = options.get(i);
      if (option == null) {
        throw new InvalidSurveyException("options[" + i + "]", null, "must be an option, not null");
      }
      Integer earlier = positions.putIfAbsent(option.code(), i);
      if (earlier != null) {
        throw new InvalidSurveyException("options[" + i + "].code", '"' + option.code() + '"',
            "duplicates the code of options[" + earlier + "]; option codes must be unique");
      }
      copy.add(option);
    }
    options = Collections.unmodifiableList(copy);
  }

  /**
   * @return the question text and every option's label ({@code options[1].label}), so that a survey
   *     checks each has a text in its default locale
   */
  @Override
  public Map<String, LocalizedText> localizedTexts() {
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    texts.put("text", text);
    for (int i = 0; i < options.size(); i++) {
      texts.put("options[" + i + "].label", options.get(i).label());
    }
    return Collections.unmodifiableMap(texts);
  }

  /** @return the options' codes, in the question's order */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(options.size());
    for (RankingOption option : options) {
      codes.add(option.code());
    }
    return Collections.unmodifiableList(codes);
  }

  /**
   * @param code an option code
   * @return the option's position in the question (0-based), or -1 if it has no such option
   */
  public int indexOf(String code) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
