package io.cxkit.survey.io;

import java.util.Objects;

/**
 * Keeps a spreadsheet from running free text of a CSV file as a formula ("CSV injection", also
 * called formula injection). A cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * tab (U+0009) or carriage return (U+000D) is taken by Excel, LibreOffice Calc and Google Sheets
 * as the start of a formula, which can reach other cells, other files and the network ({@code
 * =HYPERLINK(…)}, DDE). Following the OWASP recommendation (OWASP Foundation, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection), {@link #neutralise} puts a single quote
 * {@code '} in front of such a cell, so that the programs show it as text. The rule applies to
 * text that came from people — open-text answers, "other" texts, attribute values, page URLs,
 * devices, variants, group names — not to numbers cxkit formats itself: a negative NPS {@code
 * -12.5} or score is a number, is meant to be read as one, and is written unchanged.
 *
 * <p>Two decisions go beyond the OWASP list:
 *
 * <ul>
 *   <li>The full-width forms {@code ＝} (U+FF1D), {@code ＋} (U+FF0B), {@code －} (U+FF0D) and
 *       {@code ＠} (U+FF20) count as dangerous too: spreadsheet programs in East Asian locales
 *       convert them to their ASCII forms on input, and a quote in front of a rare text costs
 *       nothing, while a formula let through can do harm.
 *   <li>A text that already starts with quotes followed by a dangerous character ({@code '=1},
 *       {@code ''+x}) gets one more quote too. It is no formula, but without that quote {@link
 *       #restore} could not tell it from a neutralised text; with it, {@code restore(neutralise(t))}
 *       is {@code t} for every text {@code t}, so a file written this way reads back losslessly.
 * </ul>
 *
 * <p>So the whole rule: a text that matches {@code '*[=+\-@\t\r＝＋－＠].*} (any number of quotes,
 * then a dangerous character) gets a leading {@code '}; every other text is left as it is.
 * Neutralised text no longer reads back identical unless the reader applies {@link #restore}:
 * cxkit's CSV writers add the quote, and {@link ResponseCsv#readerOfExport} (or any mapping with
 * {@link ResponseCsv.Builder#restoreNeutralised()}) removes it again.
 */
public final class SpreadsheetSafe {
  /** The character put in front of a dangerous text: the single quote (apostrophe), U+0027. */
  public static final char QUOTE = '\'';

  private SpreadsheetSafe() {}

  /**
   * @param c a character
   * @return whether a cell starting with it is run as a formula: {@code = + - @}, tab, carriage
   *     return, or the full-width {@code ＝ ＋ － ＠}
   */
  public static boolean isDangerousLead(char c) {
    switch (c) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case '\uFF1D':
      case '\uFF0B':
      case '\uFF0D':
      case '\uFF20':
        return true;
      default:
        return false;
    }
  }

  /**
   * @param text a cell's text
   * @return whether {@link #neutralise} would change it: it starts with a dangerous character, or
   *     with quotes followed by one
   */
  public static boolean needsNeutralising(String text) {
    Objects.requireNonNull(text, "text");
    return dangerousFrom(text, 0);
  }

  private static boolean dangerousFrom(String text, int start) {
    int i = start;
    int n = text.length();
    while (i < n && text.charAt(i) == QUOTE) {
      i++;
    }
    return i < n && isDangerousLead(text.charAt(i));
  }

  /**
   * @param text a cell's text; may be empty
   * @return {@code text} with a leading {@code '} when it starts with a dangerous character (or with
   *     quotes followed by one); {@code text} itself otherwise
   */
  public static String neutralise(String text) {
    return needsNeutralising(text) ? QUOTE + text : text;
  }

  /**
   * Undoes {@link #neutralise}: {@code restore(neutralise(t)).equals(t)} for every {@code t}.
   *
   * @param cell a cell's text as written
   * @return the cell without its leading {@code '} when it is one or more quotes followed by a
   *     dangerous character; {@code cell} itself otherwise (so a text that was never neutralised,
   *     such as {@code 'quoted'}, is left alone)
   */
  public static String restore(String cell) {
    Objects.requireNonNull(cell, "cell");
    return !cell.isEmpty() && cell.charAt(0) == QUOTE && dangerousFrom(cell, 1)
        ? cell.substring(1) : cell;
  }
}
