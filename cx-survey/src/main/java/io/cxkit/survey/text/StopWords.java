package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The stop words of one language: function words (articles, pronouns, particles, prepositions)
 * that say little about what a comment is about, to leave out of phrase counts. As a {@code
 * Predicate<String>} it answers whether a {@linkplain Tokenizer token} is one. Immutable.
 *
 * <p>The built-in lists are resource files that name their source and licence: English and
 * Russian are the Snowball project's lists (BSD 3-Clause), with English contractions and Russian
 * spellings with ё added; Chinese is a list of particles, pronouns, prepositions, conjunctions and
 * adverbs compiled for cxkit. A language without a built-in list has none: {@link #of} gives an
 * empty list for it ({@link #isEmpty()}), so that nothing is filtered rather than failing. A team
 * adds its own words with {@link #with} (the shop's name) and removes some with {@link #without}.
 *
 * <p>Words are kept in the form the tokenizer gives: NFKC-normalised and lower-cased with {@link
 * Locale#ROOT}.
 */
public final class StopWords implements Predicate<String> {
  /** The languages with a built-in list. */
  public static final Set<String> BUILT_IN_LANGUAGES = Set.of("en", "ru", "zh");

  private static final Map<String, Set<String>> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final Set<String> words;

  private StopWords(String language, Set<String> words) {
    this.language = language;
    this.words = words;
  }

  /**
   * @param locale a locale; only its language counts ({@code zh-TW} and {@code zh-CN} share one
   *     list)
   * @return the built-in list of that language, or an empty list for a language without one
   */
  public static StopWords of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    if (!BUILT_IN_LANGUAGES.contains(language)) {
      return new StopWords(language, Set.of());
    }
    return new StopWords(language, LOADED.computeIfAbsent(language, StopWords::load));
  }

  /** @return the Snowball English list, with contractions */
  public static StopWords english() {
    return of(Locale.ENGLISH);
  }

  /** @return the Snowball Russian list */
  public static StopWords russian() {
    return of(Locale.forLanguageTag("ru"));
  }

  /** @return cxkit's Chinese list */
  public static StopWords chinese() {
    return of(Locale.CHINESE);
  }

  private static Set<String> load(String language) {
    String name = "stopwords-" + language + ".txt";
    Set<String> words = new TreeSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("cx-survey's resource " + name + " is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(Tokenizer.normalize(word).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cx-survey's resource " + name, e);
    }
    return Collections.unmodifiableSet(words);
  }

  /**
   * @param more words to add, such as the shop's name; each is normalised as tokens are
   * @return a list with these words too
   * @throws InvalidValueException if a word is blank or is not a single token to the tokenizer of
   *     this language (so that it could never match), naming the tokens it gives
   */
  public StopWords with(String... more) {
    Objects.requireNonNull(more, "more");
    Set<String> copy = new TreeSet<>(words);
    for (int i = 0; i < more.length; i++) {
      copy.add(requireWord("with[" + i + "]", more[i]));
    }
    return new StopWords(language, Collections.unmodifiableSet(copy));
  }

  /**
   * @param fewer words to remove, such as {@code не} when negations matter; each is normalised as
   *     tokens are; a word not in the list is ignored
   * @return a list without these words
   */
  public StopWords without(String... fewer) {
    Objects.requireNonNull(fewer, "fewer");
    Set<String> copy = new TreeSet<>(words);
    for (String word : fewer) {
      copy.remove(Tokenizer.normalize(Objects.requireNonNull(word, "fewer element")).toLowerCase(Locale.ROOT));
    }
    return new StopWords(language, Collections.unmodifiableSet(copy));
  }

  private String requireWord(String field, @Nullable String word) {
    Objects.requireNonNull(word, field);
    String normalized = Tokenizer.normalize(word).toLowerCase(Locale.ROOT);
    List<String> tokens = Tokenizer.of(language.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(language))
        .tokens(word);
    if (tokens.size() != 1 || !tokens.get(0).equals(normalized.replace('\u2019', '\''))) {
      throw new InvalidValueException(field, Ids.quote(word),
          "a stop word must be one token, since tokens are compared one by one; the tokenizer gives "
              + tokens);
    }
    return tokens.get(0);
  }

  /**
   * @param token a token as a {@link Tokenizer} gives it
   * @return whether it is a stop word
   */
  @Override
  public boolean test(String token) {
    return words.contains(Objects.requireNonNull(token, "token"));
  }

  /** @return the language of the list, such as {@code ru}; empty for {@link Locale#ROOT} */
  public String language() {
    return language;
  }

  /** @return the words, sorted; unmodifiable */
  public Set<String> words() {
    return words;
  }

  /** @return the number of words */
  public int size() {
    return words.size();
  }

  /** @return whether the list has no word (a language without a built-in list) */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** @return {@code true} for a list of the same language and words */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StopWords s && s.language.equals(language) && s.words.equals(words);
  }

  @Override
  public int hashCode() {
    return language.hashCode() * 31 + words.hashCode();
  }

  /** @return {@code StopWords[ru, 163 words]} */
  @Override
  public String toString() {
    return "StopWords[" + (language.isEmpty() ? "root" : language) + ", " + words.size() + " words]";
  }
}
