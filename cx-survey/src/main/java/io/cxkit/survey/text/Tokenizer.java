package io.cxkit.survey.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Splits a comment into its words, right for its language: ICU4J's word {@link BreakIterator}
 * finds the boundaries by the Unicode word-break rules (UAX #29) and, for Chinese and Japanese,
 * which are written without spaces, by ICU's dictionary of words. Only word-like segments are kept
 * (ICU's rule status says letters, numbers, kana or ideographs); spaces, punctuation, symbols and
 * emoji are dropped. So {@code "Доставка была очень медленной!"} gives {@code [доставка, была,
 * очень, медленной]} and {@code "送货太慢了"} gives {@code [送货, 太慢, 了]}.
 *
 * <p>The text is first normalised to NFKC, so that full-width Latin letters and digits in Chinese
 * text ({@code ＡＢＣ１２３}) and ligatures read as their plain forms, then each word is lower-cased
 * with {@link Locale#ROOT}, not with the text's locale: the tokens are compared with codebook
 * keywords and stop words that may have been written in another locale, and locale-sensitive case
 * mapping would make them differ (in a Turkish locale {@code "I".toLowerCase()} is a dotless
 * {@code ı}, so {@code "INFO"} would never match {@code "info"}). The typographic apostrophe
 * U+2019 inside a word becomes {@code '}, so {@code don’t} and {@code don't} are one token.
 *
 * <p>A comment is read up to {@value #MAX_TEXT_LENGTH} chars; the rest is ignored, and so is a word
 * the cut runs through, so that one pasted log file cannot cost unbounded time and memory. {@link
 * #tokenize} says when that happened. A tokenizer is immutable and thread-safe: ICU's break
 * iterators are not, so each call works on its own clone of a prototype.
 */
public final class Tokenizer {
  /** The most chars of one comment that are read; the rest is ignored (see {@link #tokenize}). */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /** Tokenizers kept by locale; beyond this many distinct locales new ones are made, not kept. */
  private static final int CACHED_LOCALES = 256;

  private static final Map<Locale, Tokenizer> CACHE = new ConcurrentHashMap<>();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Words of English text. */
  public static final Tokenizer ENGLISH = of(Locale.ENGLISH);

  /** Words of Russian text. */
  public static final Tokenizer RUSSIAN = of(Locale.forLanguageTag("ru"));

  /** Words of Chinese text, simplified or traditional: ICU's dictionary segmentation. */
  public static final Tokenizer CHINESE = of(Locale.CHINESE);

  private final Locale locale;
  private final BreakIterator prototype;

  private Tokenizer(Locale locale) {
    this.locale = locale;
    this.prototype = BreakIterator.getWordInstance(ULocale.forLocale(locale));
  }

  /**
   * @param locale the language of the texts; ICU's rules are shared by most languages and
   *     dictionary segmentation applies to Chinese and Japanese script in any locale
   * @return the tokenizer for that locale
   */
  public static Tokenizer of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Tokenizer cached = CACHE.get(locale);
    if (cached != null) {
      return cached;
    }
    Tokenizer made = new Tokenizer(locale);
    if (CACHE.size() < CACHED_LOCALES) {
      Tokenizer raced = CACHE.putIfAbsent(locale, made);
      return raced == null ? made : raced;
    }
    return made;
  }

  /** @return the locale whose word rules this tokenizer follows */
  public Locale locale() {
    return locale;
  }

  /**
   * @param text a comment, of any length (only its first {@value #MAX_TEXT_LENGTH} chars are read)
   * @return its words in order, NFKC-normalised and lower-cased with {@code Locale.ROOT};
   *     unmodifiable, empty for a text without words
   */
  public List<String> tokens(CharSequence text) {
    return tokenize(text).tokens();
  }

  /**
   * @param text a comment, of any length
   * @return its words, and whether it was longer than {@value #MAX_TEXT_LENGTH} chars: then only
   *     the words before the cut are given (a word the cut runs through is left out, and a
   *     surrogate pair is never split)
   */
  public TokenizedText tokenize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Cut cut = cut(text);
    List<String> tokens = new ArrayList<>(cut.segments().size());
    for (Segment segment : cut.segments()) {
      tokens.add(segment.token());
    }
    return new TokenizedText(tokens, cut.truncated());
  }

  /**
   * The words of a comment in runs that punctuation ends: a run breaks where the text between two
   * words holds a sentence or clause mark (Unicode's other, opening or closing punctuation: {@code
   * . , ! ? ; : 。 ， ！ ？ 、 ( )}) or a line break, but not at spaces, dashes, quotes or symbols.
   * Phrases are made within a run, so that "late, too expensive" has no phrase "late too".
   */
  List<List<String>> runs(CharSequence text, boolean[] truncated) {
    Cut cut = cut(text);
    truncated[0] = cut.truncated();
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int previousEnd = -1;
    for (Segment segment : cut.segments()) {
      if (previousEnd >= 0 && breaksRun(cut.normalized(), previousEnd, segment.start())) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(segment.token());
      previousEnd = segment.end();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static boolean breaksRun(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
          || type == Character.END_PUNCTUATION || c == '\n' || c == '\r' || c == '\u2028'
          || c == '\u2029' || c == '\u0085') {
        return true;
      }
    }
    return false;
  }

  /** Whether a code point right after the cut would have been part of the word before it. */
  private static boolean continuesWord(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || type == Character.CONNECTOR_PUNCTUATION;
  }

  /** The words of the part of a text that is read, and whether the text was cut. */
  private record Cut(String normalized, List<Segment> segments, boolean truncated) {}

  private Cut cut(CharSequence text) {
    int limit = text.length();
    boolean truncated = limit > MAX_TEXT_LENGTH;
    if (truncated) {
      limit = MAX_TEXT_LENGTH;
      if (Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit))) {
        limit--;
      }
    }
    String normalized = normalize(text.subSequence(0, limit));
    List<Segment> segments = segments(normalized);
    if (truncated && !segments.isEmpty()
        && segments.get(segments.size() - 1).end() == normalized.length()
        && continuesWord(Character.codePointAt(text, limit))) {
      segments.remove(segments.size() - 1); // the cut ran through this word
    }
    return new Cut(normalized, segments, truncated);
  }

  /**
   * @param text a comment
   * @return whether it is longer than {@value #MAX_TEXT_LENGTH} chars, so that a tokenizer reads
   *     only its beginning
   */
  public static boolean exceedsLimit(CharSequence text) {
    return Objects.requireNonNull(text, "text").length() > MAX_TEXT_LENGTH;
  }

  /** NFKC, as every text and keyword is read. */
  static String normalize(CharSequence text) {
    return NFKC.normalize(text);
  }

  /** A word of a normalised text: its token and where it lies in that text. */
  record Segment(String token, int start, int end) {}

  /** The word-like segments of an already normalised text, with their offsets. */
  List<Segment> segments(String normalized) {
    BreakIterator words = (BreakIterator) prototype.clone();
    words.setText(normalized);
    List<Segment> segments = new ArrayList<>();
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      // Rule status ≥ WORD_NONE_LIMIT: numbers, letters, kana, ideographs; below it spaces and
      // punctuation.
      if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        String token = normalized.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        segments.add(new Segment(token, start, end));
      }
    }
    return segments;
  }

  /** @return {@code true} for a tokenizer of the same locale */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tokenizer t && t.locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return locale.hashCode();
  }

  /** @return {@code Tokenizer[zh]} */
  @Override
  public String toString() {
    return "Tokenizer[" + locale.toLanguageTag() + "]";
  }
}
