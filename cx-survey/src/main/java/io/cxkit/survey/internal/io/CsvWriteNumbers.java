package io.cxkit.survey.internal.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the CSV writers format numbers: ASCII digits whatever the default locale, a minus sign for
 * negative numbers, never an exponent or a grouping separator, and a decimal comma when the
 * options ask for one.
 */
public final class CsvWriteNumbers {
  /** Integral doubles up to this magnitude are exact as longs (2^53). */
  private static final double EXACT_LONG = 9_007_199_254_740_992.0;

  private CsvWriteNumbers() {}

  /**
   * @param value a finite number
   * @param decimalComma whether to write {@code ,} instead of {@code .}
   * @return an integral value without a fraction ({@code 9}, {@code -12}), any other with the
   *     digits of {@link Double#toString(double)} in plain notation ({@code 4.5}, {@code 0.00012}),
   *     which read back as the same double; {@code -0.0} as {@code 0}
   */
  public static String plain(double value, boolean decimalComma) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
      return Long.toString((long) value);
    }
    String text = Double.toString(value);
    if (text.indexOf('E') >= 0) {
      text = new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
    return decimalComma ? text.replace('.', ',') : text;
  }

  /**
   * @param value a finite number
   * @param decimals how many digits after the decimal separator, ≥ 0
   * @param decimalComma whether to write {@code ,} instead of {@code .}
   * @return the value rounded half away from zero (as a spreadsheet's ROUND does) from its decimal
   *     form ({@link Double#toString}), with exactly {@code decimals} digits after the separator;
   *     a value that rounds to zero is {@code 0}, {@code 0.0}, … without a minus sign
   */
  public static String fixed(double value, int decimals, boolean decimalComma) {
    String text = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
    if (text.startsWith("-") && isZero(text)) {
      text = text.substring(1);
    }
    return decimalComma ? text.replace('.', ',') : text;
  }

  private static boolean isZero(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
