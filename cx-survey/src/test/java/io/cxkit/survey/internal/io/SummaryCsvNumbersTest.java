package io.cxkit.survey.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How the CSV writers format numbers ({@link CsvWriteNumbers}): ASCII digits in any default locale,
 * no exponent, no grouping; round-trip digits by default, or rounding half away from zero from the
 * decimal form.
 */
class SummaryCsvNumbersTest {

  @Test
  void plainDigitsReadBackAsTheSameDouble() {
    assertThat(CsvWriteNumbers.plain(9.0, false)).isEqualTo("9");
    assertThat(CsvWriteNumbers.plain(-12.5, false)).isEqualTo("-12.5");
    assertThat(CsvWriteNumbers.plain(-0.0, false)).isEqualTo("0");
    // Double.toString would write 1.0E-7 and 1.0E21: exponents a spreadsheet may misread.
    assertThat(CsvWriteNumbers.plain(1e-7, false)).isEqualTo("0.0000001");
    assertThat(CsvWriteNumbers.plain(1e21, false)).isEqualTo("1000000000000000000000");
    assertThat(CsvWriteNumbers.plain(0.1 + 0.2, false)).isEqualTo("0.30000000000000004");
    assertThat(Double.parseDouble(CsvWriteNumbers.plain(100.0 / 3, false))).isEqualTo(100.0 / 3);
    assertThat(CsvWriteNumbers.plain(4.5, true)).isEqualTo("4,5");
    assertThat(CsvWriteNumbers.plain(-1e-7, true)).isEqualTo("-0,0000001");
  }

  @Test
  void fixedDecimalsRoundHalfAwayFromZeroFromTheDecimalForm() {
    // The double nearest 2.675 is 2.67499999…, but its decimal form is "2.675", which a person
    // (and a spreadsheet's ROUND) rounds to 2.68.
    assertThat(CsvWriteNumbers.fixed(2.675, 2, false)).isEqualTo("2.68");
    assertThat(CsvWriteNumbers.fixed(2.5, 0, false)).isEqualTo("3");
    assertThat(CsvWriteNumbers.fixed(-2.5, 0, false)).isEqualTo("-3");
    assertThat(CsvWriteNumbers.fixed(40, 2, false)).isEqualTo("40.00");
    assertThat(CsvWriteNumbers.fixed(100.0 / 3, 2, true)).isEqualTo("33,33");
    assertThat(CsvWriteNumbers.fixed(-29.782658786036343, 2, false)).isEqualTo("-29.78");
    // A negative value that rounds to zero loses its sign.
    assertThat(CsvWriteNumbers.fixed(-0.001, 2, false)).isEqualTo("0.00");
    assertThat(CsvWriteNumbers.fixed(1e-7, 3, false)).isEqualTo("0.000");
  }

  @Test
  void theDefaultLocaleDoesNotMatter() {
    Locale before = Locale.getDefault();
    try {
      // Arabic-Indic digits and a decimal comma are what a locale-aware formatter would give here.
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(CsvWriteNumbers.plain(-12.5, false)).isEqualTo("-12.5");
      assertThat(CsvWriteNumbers.fixed(1234.5, 1, false)).isEqualTo("1234.5");
      Locale.setDefault(Locale.GERMANY);
      assertThat(CsvWriteNumbers.fixed(1234.5, 1, false)).isEqualTo("1234.5");
    } finally {
      Locale.setDefault(before);
    }
  }
}
