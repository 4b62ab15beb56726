package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The rule that turns a comment's tokens into its phrases: every run of 1 to {@link #maxWords()}
 * consecutive tokens, joined by one space ({@code U+0020}) — also for Chinese, whose tokens are
 * written without spaces, so that {@code [送货, 太, 慢]} gives the phrase {@code "送货 太"} and the
 * joined form is never ambiguous. A phrase that starts or ends with a stop word is dropped, which
 * also drops every phrase made only of stop words: "the delivery" is not a phrase, but "out of
 * stock" is, because a stop word inside a phrase is part of what it says.
 *
 * <p>Tokens come from a tokenizer, already lower-cased (with {@code Locale.ROOT}); this class does
 * not change them. A token must not be null, empty or hold whitespace (the separator), and a
 * comment breaking that rule is refused whole, naming the index of the first bad token. Immutable
 * and thread-safe if the stop-word test is.
 */
public final class Phrases {
  /** The default longest phrase, in tokens: 3. */
  public static final int DEFAULT_MAX_WORDS = 3;

  /** The largest {@link #maxWords()} allowed: 5; longer runs are sentences, not phrases. */
  public static final int MAX_WORDS_LIMIT = 5;

  /**
   * The longest token, in chars, that is part of a phrase: 64, beyond the longest words of real
   * languages (German compounds reach about 60). A longer token — a hash, a pasted log line, a
   * URL without breaks — is no phrase and ends the phrases around it, so that a held phrase is at
   * most {@code maxWords · 65} chars and counts stay bounded in bytes, not only in phrases.
   */
  public static final int MAX_TOKEN_LENGTH = 64;

  private static final Predicate<String> NO_STOP_WORDS = token -> false;

  private final int maxWords;
  private final Predicate<String> stopWords;

  private Phrases(int maxWords, Predicate<String> stopWords) {
    this.maxWords = maxWords;
    this.stopWords = stopWords;
  }

  /**
   * @param maxWords the longest phrase in tokens, in 1..{@value #MAX_WORDS_LIMIT}
   * @param stopWords whether a token is a stop word (for instance the tokenizer's language's list)
   * @return the rule
   * @throws InvalidValueException if {@code maxWords} is out of range
   */
  public static Phrases of(int maxWords, Predicate<String> stopWords) {
    Objects.requireNonNull(stopWords, "stopWords");
    if (maxWords < 1 || maxWords > MAX_WORDS_LIMIT) {
      throw new InvalidValueException("maxWords", maxWords, "must be in 1.." + MAX_WORDS_LIMIT);
    }
    return new Phrases(maxWords, stopWords);
  }

  /**
   * @param stopWords whether a token is a stop word
   * @return 1- to {@value #DEFAULT_MAX_WORDS}-word phrases under that stop-word test
   */
  public static Phrases upToThreeWords(Predicate<String> stopWords) {
    return of(DEFAULT_MAX_WORDS, stopWords);
  }

  /**
   * @param maxWords the longest phrase in tokens, in 1..{@value #MAX_WORDS_LIMIT}
   * @return the rule with no stop words: every run of tokens is a phrase
   * @throws InvalidValueException if {@code maxWords} is out of range
   */
  public static Phrases withoutStopWords(int maxWords) {
    return of(maxWords, NO_STOP_WORDS);
  }

  /** @return the longest phrase, in tokens */
  public int maxWords() {
    return maxWords;
  }

  /** @return the stop-word test */
  public Predicate<String> stopWords() {
    return stopWords;
  }

  /**
   * The distinct phrases of one comment, shortest first at each position, in order of first
   * appearance: {@code [out, of, stock]} with "of" a stop word gives {@code [out, out of stock,
   * stock]}.
   *
   * @param tokens the comment's tokens
   * @return its distinct phrases, unmodifiable; empty if it has none
   * @throws InvalidValueException naming {@code tokens[i]} if a token is null, empty or holds
   *     whitespace
   */
  public List<String> phrases(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Set<String> out = new LinkedHashSet<>();
    forEach(tokens, new boolean[tokens.size()], new StringBuilder(), out::add);
    return Collections.unmodifiableList(new ArrayList<>(out));
  }

  /**
   * Checks the tokens and marks the stop words, then hands every phrase to {@code sink}, repeats
   * included; nothing reaches the sink if a token is bad.
   *
   * @param stop scratch space of at least {@code tokens.size()} flags, overwritten
   * @param phrase scratch space for building a phrase, overwritten
   */
  void forEach(List<String> tokens, boolean[] stop, StringBuilder phrase, Consumer<String> sink) {
    int size = tokens.size();
    // Check every token before the first phrase goes out, so that a bad comment counts nothing.
    for (int i = 0; i < size; i++) {
      String token = tokens.get(i);
      checkToken(i, token);
      stop[i] = stopWords.test(token);
    }
    for (int start = 0; start < size; start++) {
      if (stop[start] || tokens.get(start).length() > MAX_TOKEN_LENGTH) {
        continue;
      }
      phrase.setLength(0);
      int end = Math.min(size, start + maxWords);
      for (int i = start; i < end; i++) {
        if (tokens.get(i).length() > MAX_TOKEN_LENGTH) {
          break; // a token too long for a phrase ends the phrases that would hold it
        }
        if (i > start) {
          phrase.append(' ');
        }
        phrase.append(tokens.get(i));
        if (!stop[i]) {
          sink.accept(phrase.toString());
        }
      }
    }
  }

  private static void checkToken(int index, String token) {
    if (token == null) {
      throw new InvalidValueException("tokens[" + index + "]", null, "must be a token, not null");
    }
    if (token.isEmpty()) {
      throw new InvalidValueException("tokens[" + index + "]", "\"\"", "must not be empty");
    }
    for (int i = 0, n = token.length(); i < n; i++) {
      if (Character.isWhitespace(token.charAt(i)) || Character.isSpaceChar(token.charAt(i))) {
        throw new InvalidValueException("tokens[" + index + "]", "\"" + token + "\"",
            "must not hold whitespace: a phrase joins its tokens with one space");
      }
    }
  }

  @Override
  public String toString() {
    return "Phrases{maxWords=" + maxWords + "}";
  }
}
