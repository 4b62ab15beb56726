package io.cxkit.survey;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A text in one or more locales, keyed by BCP 47 language tag ({@code en}, {@code ru}, {@code
 * zh-Hans}), in the order given. {@link #resolve(Locale, Locale)} finds the best text for a
 * respondent's locale and falls back to the survey's default locale, so a survey written in
 * English, Russian and Chinese shows a Swiss-German visitor the English text rather than nothing.
 *
 * <p>In JSON a localized text is an object of tag to text: {@code {"en": "How likely…", "ru":
 * "Насколько вероятно…"}}.
 *
 * @param texts the text per language tag; tags are normalised to their canonical form
 *     ({@code EN-us} becomes {@code en-US}), and no text may be blank
 */
public record LocalizedText(Map<String, String> texts) {

  /**
   * Checks and copies the texts.
   *
   * @throws InvalidValueException if there is no text, a tag is not well-formed BCP 47, two tags
   *     are the same once normalised, or a text is blank or holds an unpaired surrogate char
   */
  public LocalizedText {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new InvalidValueException("texts", "{}", "must hold a text in at least one locale");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String tag = canonicalTag("texts", entry.getKey());
      String text = entry.getValue();
      if (text == null || text.isBlank()) {
        throw new InvalidValueException("texts." + tag, text == null ? null : Ids.quote(text),
            "must not be blank");
      }
      Ids.requireWellFormed("texts." + tag, text);
      if (copy.put(tag, text) != null) {
        throw new InvalidValueException("texts", Ids.quote(entry.getKey()),
            "names locale " + tag + " twice");
      }
    }
    texts = Collections.unmodifiableMap(copy);
  }

  /**
   * @param languageTag a BCP 47 tag such as {@code en}
   * @param text the text in that locale
   * @return a text in one locale
   */
  public static LocalizedText of(String languageTag, String text) {
    Objects.requireNonNull(languageTag, "languageTag");
    Objects.requireNonNull(text, "text");
    return new LocalizedText(Map.of(languageTag, text));
  }

  /**
   * @param languageTag a BCP 47 tag such as {@code ru}
   * @param text the text in that locale
   * @return this text with one more locale (or with the text for that locale replaced)
   */
  public LocalizedText and(String languageTag, String text) {
    Objects.requireNonNull(languageTag, "languageTag");
    Objects.requireNonNull(text, "text");
    Map<String, String> more = new LinkedHashMap<>(texts);
    more.put(canonicalTag("languageTag", languageTag), text);
    return new LocalizedText(more);
  }

  /** @return the locales this text is written in, in the order given */
  public Set<Locale> locales() {
    Set<Locale> locales = new java.util.LinkedHashSet<>();
    for (String tag : texts.keySet()) {
      locales.add(Locale.forLanguageTag(tag));
    }
    return Collections.unmodifiableSet(locales);
  }

  /**
   * @param locale a locale
   * @return the text written for exactly that locale's language tag, if any
   */
  public Optional<String> exactly(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Optional.ofNullable(texts.get(locale.toLanguageTag()));
  }

  /**
   * Finds the best text for {@code requested}: its full tag, then ever shorter prefixes of it
   * ({@code zh-Hans-CN}, {@code zh-Hans}, {@code zh}; RFC 4647 lookup), then the same for {@code
   * fallback}, then the first text given.
   *
   * @param requested the respondent's locale
   * @param fallback the survey's default locale
   * @return the text to show; never null
   */
  public String resolve(Locale requested, Locale fallback) {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(fallback, "fallback");
    String found = lookup(requested.toLanguageTag());
    if (found == null) {
      found = lookup(fallback.toLanguageTag());
    }
    return found != null ? found : texts.values().iterator().next();
  }

  /**
   * @param locale a locale
   * @return whether {@link #resolve} finds a text for {@code locale} without the final fallback
   */
  public boolean covers(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return lookup(locale.toLanguageTag()) != null;
  }

  private @Nullable String lookup(String tag) {
    String candidate = tag;
    while (!candidate.isEmpty()) {
      String text = texts.get(candidate);
      if (text != null) {
        return text;
      }
      int dash = candidate.lastIndexOf('-');
      candidate = dash < 0 ? "" : candidate.substring(0, dash);
    }
    return null;
  }

  private static String canonicalTag(String field, @Nullable String tag) {
    if (tag == null || tag.isBlank()) {
      throw new InvalidValueException(field, tag == null ? null : Ids.quote(tag),
          "a locale must be a BCP 47 language tag such as \"en\" or \"zh-Hans\"");
    }
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException(field, Ids.quote(tag),
          "must be a well-formed BCP 47 language tag such as \"en\" or \"zh-Hans\"");
    }
  }
}
