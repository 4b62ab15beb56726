package io.cxkit.survey.types;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.CellFormat;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cell parsing the built-in types share ({@link io.cxkit.survey.spi.QuestionType#cellParser}):
 * scores, yes/no words, and options found by code or label. Bad text gets an {@link
 * InvalidValueException} with the value and the rule, and never another exception.
 */
final class Cells {
  /** The words of a yes, folded as {@link #fold} folds them. */
  private static final List<String> YES = List.of("true", "yes", "y", "1", "ja", "oui", "да", "是");

  /** The words of a no, folded as {@link #fold} folds them. */
  private static final List<String> NO = List.of("false", "no", "n", "0", "nein", "non", "нет", "否");

  /** The rule a yes/no cell breaks, listing every word accepted. */
  static final String FLAG_RULE = "must be a yes or no: true/false, yes/no, y/n, 1/0, ja/nein, "
      + "oui/non, да/нет or 是/否 (in any case)";

  /** Scores beyond this many digits are off every scale; stops the accumulator overflowing. */
  private static final int MAX_SCORE_DIGITS = 9;

  private Cells() {}

  /**
   * Reads a score: a whole number such as {@code 9}, or an integral decimal such as {@code 9.0}
   * ({@code 9,0} when the format uses a decimal comma), with surrounding white space, and on the
   * scale. Only the format's decimal separator is accepted, so {@code 1.000} in a decimal-comma
   * file is refused rather than read as 1.
   *
   * @param cell the cell's text
   * @param scale the question's scale
   * @param format how the export writes numbers
   * @return the score
   * @throws InvalidValueException at field {@code score}, naming the value and the scale, if the
   *     text is no whole number or is off the scale
   */
  static int score(String cell, RatingScale scale, CellFormat format) {
    char decimal = format.decimalComma() ? ',' : '.';
    int start = 0;
    int end = cell.length();
    while (start < end && isBlank(cell.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(cell.charAt(end - 1))) {
      end--;
    }
    int i = start;
    boolean negative = false;
    if (i < end && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
      negative = cell.charAt(i) == '-';
      i++;
    }
    int digitsStart = i;
    long value = 0;
    int significant = 0;
    for (; i < end && isDigit(cell.charAt(i)); i++) {
      int digit = cell.charAt(i) - '0';
      if (significant > 0 || digit != 0) {
        significant++;
      }
      if (significant <= MAX_SCORE_DIGITS) {
        value = value * 10 + digit;
      }
    }
    boolean integral = i > digitsStart;
    if (integral && i < end && cell.charAt(i) == decimal) {
      int fractionStart = ++i;
      for (; i < end && isDigit(cell.charAt(i)); i++) {
        integral &= cell.charAt(i) == '0';
      }
      integral &= i > fractionStart;
    }
    if (!integral || i != end) {
      throw new InvalidValueException("score", Ids.quote(cell), "must be a whole number on the scale "
          + scale + ", such as " + scale.max() + " or " + scale.max() + decimal + "0");
    }
    long score = negative ? -value : value;
    if (significant > MAX_SCORE_DIGITS || !scale.contains((int) score)) {
      throw new InvalidValueException("score", Ids.quote(cell), "must lie on scale " + scale);
    }
    return (int) score;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * @param cell the cell's text
   * @return whether it says yes ({@link #YES}) rather than no ({@link #NO})
   * @throws InvalidValueException at field {@code consent} if it is neither
   */
  static boolean flag(String cell) {
    String folded = fold(cell);
    if (YES.contains(folded)) {
      return true;
    }
    if (NO.contains(folded)) {
      return false;
    }
    throw new InvalidValueException("consent", Ids.quote(cell), FLAG_RULE);
  }

  /**
   * Folds a text for matching codes and labels: white space around it removed (Unicode spaces such
   * as the no-break space included), composed to Unicode NFC (so {@code é} typed as {@code e} plus
   * an accent matches), and lower-cased by {@link Locale#ROOT} rules, never the JVM's locale (a
   * Turkish JVM would otherwise fold {@code I} to a dotless {@code ı}).
   *
   * @param text a text
   * @return its folded form
   */
  static String fold(String text) {
    return Normalizer.normalize(strip(text), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /**
   * @param text a text
   * @return it without white space or Unicode space characters (such as U+00A0) around it
   */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * @param question a single or multiple choice
   * @return a lookup of its options by code and label, with {@code other} and the "other" label
   *     naming {@value Choice#OTHER} when the question offers it
   */
  static Lookup<String> options(ChoiceQuestion question) {
    Lookup<String> lookup = new Lookup<>();
    for (Choice choice : question.choices()) {
      lookup.code(choice.code(), choice.code());
    }
    if (question.hasOther()) {
      lookup.code(Choice.OTHER, Choice.OTHER);
    }
    for (Choice choice : question.choices()) {
      lookup.label(choice.label(), choice.code());
    }
    lookup.label(question.otherLabel(), Choice.OTHER);
    return lookup;
  }

  /** @return the rule a text that names none of the question's options breaks */
  static String optionRule(ChoiceQuestion question) {
    return "must name an option: one of the codes " + Rules.listed(question.codes())
        + " or an option's label";
  }

  /**
   * Finds what a cell names among a question's options, in this order: its exact code; its code
   * folded ({@link #fold}: trimmed, in any case); any of its labels in any language, folded. A
   * folded text that two options share at the same step (two labels alike, two codes that differ
   * only in case) names neither: it is refused as ambiguous rather than guessed. Codes come before
   * labels, so a label that is another option's code still names that code's option.
   *
   * @param <T> what the options are (codes, outcomes)
   */
  static final class Lookup<T> {
    private final Map<String, T> exact = new HashMap<>();
    private final Map<String, T> codes = new HashMap<>();
    private final Map<String, T> labels = new HashMap<>();
    private final Map<String, String> clashes = new HashMap<>();
    private final Map<T, String> names = new HashMap<>();

    /**
     * Adds an option by its code; codes take precedence over labels.
     *
     * @param code the code, as answers and exports write it
     * @param option what it names
     */
    void code(String code, T option) {
      exact.put(code, option);
      names.putIfAbsent(option, "\"" + code + "\"");
      add(codes, "c", fold(code), option);
    }

    /**
     * Adds an option's label in every language it has.
     *
     * @param label the label, or null when there is none
     * @param option what it names, already added by its {@link #code}
     */
    void label(@Nullable LocalizedText label, T option) {
      if (label != null) {
        for (String text : label.texts().values()) {
          add(labels, "l", fold(text), option);
        }
      }
    }

    private void add(Map<String, T> map, String kind, String key, T option) {
      T earlier = map.putIfAbsent(key, option);
      if (earlier != null && !earlier.equals(option)) {
        clashes.putIfAbsent(kind + key, (kind.equals("c") ? "the codes of " : "the labels of ")
            + names.get(earlier) + " and " + names.get(option));
      }
    }

    /**
     * @param text a cell or part of one
     * @param field the field to name in an error
     * @return the option it names, or null when it names none
     * @throws InvalidValueException at {@code field} if it names two options alike
     */
    @Nullable T find(String text, String field) {
      T found = exact.get(text);
      if (found == null) {
        found = exact.get(strip(text));
      }
      if (found != null) {
        return found;
      }
      String key = fold(text);
      found = match(codes, "c", key, text, field);
      return found != null ? found : match(labels, "l", key, text, field);
    }

    private @Nullable T match(Map<String, T> map, String kind, String key, String text,
        String field) {
      String clash = clashes.get(kind + key);
      if (clash != null) {
        throw new InvalidValueException(field, Ids.quote(text), "matches " + clash
            + " alike: write the code instead");
      }
      return map.get(key);
    }
  }
}
