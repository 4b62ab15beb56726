package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One theme of a {@link Codebook}, such as delivery or checkout error: its id, a label for reports,
 * and per language the keywords and phrases that show a comment is about it. A keyword is matched
 * as the sequence of tokens the same {@link Tokenizer} gives it, so {@code "out of stock"} matches
 * the tokens {@code [out, of, stock]} and {@code "客服"} matches the two tokens {@code [客, 服]}
 * ICU's dictionary splits it into. A word of a keyword that ends in {@code *} matches every token
 * that starts with it: {@code "достав*"} matches доставка, доставки, доставили, which Russian
 * inflection needs.
 *
 * <p>Where the segmenter splits a word differently in context than alone, the keyword misses it:
 * ICU gives {@code 太贵} alone as {@code [太, 贵]} but {@code 太贵了} as {@code [太, 贵了]}. Write
 * the form the comments have as a keyword too, or a prefix ({@code 贵*}).
 *
 * @param id the theme's id, such as {@code checkout-error}
 * @param label its name for reports, such as {@code Checkout error}
 * @param keywords the keywords by language ({@code en}, {@code ru}, {@code zh}: ISO 639-1 codes
 *     as {@link Locale#getLanguage()} gives them), each list non-empty; copied, unmodifiable, in the
 *     order given
 */
public record Theme(String id, String label, Map<String, List<String>> keywords) {

  /**
   * Checks and copies the theme.
   *
   * @throws InvalidValueException if the id is malformed, the label blank, there are no keywords,
   *     a language is not an ISO 639-1 code, a language has no keywords, or a keyword is blank,
   *     has no word, misplaces a {@code *} or repeats another of its language
   */
  public Theme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(keywords, "keywords");
    Ids.requireId("id", id);
    if (label.isBlank()) {
      throw new InvalidValueException("themes[" + id + "].label", Ids.quote(label), "must not be blank");
    }
    Ids.requireWellFormed("themes[" + id + "].label", label);
    if (keywords.isEmpty()) {
      throw new InvalidValueException("themes[" + id + "].keywords", "{}",
          "a theme needs keywords in at least one language");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : keywords.entrySet()) {
      String language = Objects.requireNonNull(entry.getKey(), "keywords key");
      List<String> list = Objects.requireNonNull(entry.getValue(), "keywords value");
      String field = "themes[" + id + "].keywords." + language;
      requireLanguage("themes[" + id + "].keywords", language);
      if (list.isEmpty()) {
        throw new InvalidValueException(field, "[]", "a language listed needs at least one keyword");
      }
      Set<List<Keyword.Part>> seen = new HashSet<>();
      List<String> kept = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        String keyword = Objects.requireNonNull(list.get(i), "keywords element");
        Keyword compiled = Keyword.compile(field + "[" + i + "]", keyword, language);
        if (!seen.add(compiled.parts())) {
          throw new InvalidValueException(field + "[" + i + "]", Ids.quote(keyword),
              "repeats an earlier keyword of the language (the same tokens " + compiled + ")");
        }
        kept.add(keyword);
      }
      copy.put(language, List.copyOf(kept));
    }
    keywords = Collections.unmodifiableMap(copy);
  }

  /**
   * @param id the theme's id
   * @param label its name for reports
   * @return a builder that takes the keywords language by language
   */
  public static Builder builder(String id, String label) {
    return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(label, "label"));
  }

  /**
   * @param language an ISO 639-1 code such as {@code ru}
   * @return the keywords of that language; empty if the theme has none in it
   */
  public List<String> keywords(String language) {
    Objects.requireNonNull(language, "language");
    return keywords.getOrDefault(language, List.of());
  }

  /** The ISO 639-1 codes Java knows ({@code en}, {@code ru}, {@code zh}…). */
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /**
   * @param field the path of the language, for the message
   * @param language a language code
   * @return {@code language}
   * @throws InvalidValueException if it is not a lower-case ISO 639-1 code Java knows
   */
  static String requireLanguage(String field, String language) {
    if (!LANGUAGES.contains(language)) {
      throw new InvalidValueException(field, Ids.quote(language),
          "must be a known ISO 639-1 language code in lower case, such as \"en\", \"ru\" or \"zh\"");
    }
    return language;
  }

  /** Builds a {@link Theme}: each language's keywords given once; {@link #build()} checks all. */
  public static final class Builder {
    private final String id;
    private final String label;
    private final Map<String, List<String>> keywords = new LinkedHashMap<>();

    private Builder(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /**
     * @param language an ISO 639-1 code such as {@code zh}
     * @param words the keywords and phrases of that language
     * @return this builder
     * @throws IllegalStateException if the language's keywords were given already
     */
    public Builder keywords(String language, String... words) {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(words, "words");
      if (keywords.containsKey(language)) {
        throw new IllegalStateException("the keywords of " + language + " are set already");
      }
      keywords.put(language, Arrays.asList(words.clone()));
      return this;
    }

    /**
     * @return the theme
     * @throws InvalidValueException as {@link Theme#Theme} does
     */
    public Theme build() {
      return new Theme(id, label, keywords);
    }
  }
}
