package io.cxkit.cli.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals, measured in display columns rather than chars: a Chinese
 * character or an emoji takes two columns, a combining mark none (Unicode's East Asian Width,
 * UAX #11, read through ICU). Columns that do not fit the width are cut with an ellipsis, left
 * (text) columns first, so that no line is wider than asked.
 */
final class TextTable {

  private static final String ELLIPSIS = "…";
  private static final int GAP = 2;
  private static final int MIN_TEXT = 6;

  private final List<String> headers;
  private final boolean[] left;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param headers the column headers; a header starting with {@code <} is a left-aligned text
   *     column (the {@code <} is not shown), every other column is right-aligned
   */
  TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.left = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      left[i] = headers[i].startsWith("<");
      this.headers.add(left[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  /** @param cells one cell per column; missing cells are blank, extra ones ignored */
  TextTable row(String... cells) {
    String[] r = new String[headers.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = i < cells.length ? clean(cells[i]) : "";
    }
    rows.add(r);
    return this;
  }

  /** @return true when no row was added */
  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * @param maxWidth the widest a line may be, in display columns
   * @param indent put before every line (counted in the width)
   * @return the header, a rule and the rows
   */
  List<String> lines(int maxWidth, String indent) {
    int cols = headers.size();
    int[] w = new int[cols];
    for (int i = 0; i < cols; i++) {
      w[i] = width(headers.get(i));
      for (String[] r : rows) {
        w[i] = Math.max(w[i], width(r[i]));
      }
    }
    int budget = maxWidth - width(indent) - GAP * (cols - 1);
    shrink(w, budget);
    List<String> out = new ArrayList<>();
    out.add(line(indent, headers.toArray(new String[0]), w));
    StringBuilder rule = new StringBuilder(indent);
    for (int i = 0; i < cols; i++) {
      rule.append(i == 0 ? "" : " ".repeat(GAP)).append("-".repeat(w[i]));
    }
    out.add(rule.toString().stripTrailing());
    for (String[] r : rows) {
      out.add(line(indent, r, w));
    }
    return out;
  }

  /** Narrows text columns (widest first), then any column, until the widths fit the budget. */
  private void shrink(int[] w, int budget) {
    int total = 0;
    for (int x : w) {
      total += x;
    }
    while (total > budget) {
      int widest = -1;
      for (int i = 0; i < w.length; i++) {
        if (left[i] && w[i] > MIN_TEXT && (widest < 0 || w[i] > w[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        for (int i = 0; i < w.length; i++) {
          if (w[i] > 1 && (widest < 0 || w[i] > w[widest])) {
            widest = i;
          }
        }
      }
      if (widest < 0) {
        return;
      }
      w[widest]--;
      total--;
    }
  }

  private String line(String indent, String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(" ".repeat(GAP));
      }
      String c = fit(cells[i], w[i]);
      String pad = " ".repeat(w[i] - width(c));
      sb.append(left[i] ? c + pad : pad + c);
    }
    return sb.toString().stripTrailing();
  }

  /**
   * @param s any text
   * @return it safe for one terminal line: line breaks and tabs as spaces, other control and
   *     bidirectional-override characters (which could move or recolour what the terminal shows)
   *     as U+FFFD, and an LRM after right-to-left text so that the columns after it stay in place
   */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean rtl = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(cp) || isBidiControl(cp)
          || Character.getType(cp) == Character.SURROGATE) {
        sb.append('\uFFFD');
      } else {
        byte dir = Character.getDirectionality(cp);
        rtl |= dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        sb.appendCodePoint(cp);
      }
    }
    if (rtl) {
      sb.append('\u200E');
    }
    return sb.toString();
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x061C;
  }

  /** @return the display width of the text in terminal columns */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += width(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = UCharacter.getType(cp);
    if (type == ECharacterCategory.NON_SPACING_MARK || type == ECharacterCategory.ENCLOSING_MARK
        || type == ECharacterCategory.FORMAT || cp == 0x200B) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      return 2;
    }
    return 1;
  }

  /**
   * @param s clean text
   * @param max columns available
   * @return the text, or its start and an ellipsis when it is wider
   */
  static String fit(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = width(cp);
      if (w + cw > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return max >= 1 ? sb + ELLIPSIS : "";
  }

  /**
   * Word-wraps text to a width; a word wider than the width is cut.
   *
   * @param s any text (cleaned here)
   * @param max columns per line, including the indent
   * @param first put before the first line
   * @param rest put before the following lines
   * @return the lines
   */
  static List<String> wrap(String s, int max, String first, String rest) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int w = width(first);
    boolean empty = true;
    for (String word : clean(s).trim().split(" +")) {
      int ww = width(word);
      if (!empty && w + 1 + ww > max) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        w = width(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        w++;
      }
      String part = fit(word, max - w);
      line.append(part);
      w += width(part);
      empty = false;
    }
    out.add(line.toString().stripTrailing());
    return out;
  }
}
