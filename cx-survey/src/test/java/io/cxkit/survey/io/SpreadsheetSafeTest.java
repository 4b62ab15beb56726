package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The neutralisation rule of OWASP's "CSV Injection" page: a cell starting with {@code = + - @},
 * tab or carriage return gets a leading {@code '}; cxkit adds the full-width {@code ＝ ＋ － ＠}, and a
 * quote for texts that start with quotes before one of them, so that {@link SpreadsheetSafe#restore}
 * is an exact inverse.
 */
class SpreadsheetSafeTest {
  /** OWASP's list: = + - @ tab (U+0009) carriage return (U+000D). */
  @ParameterizedTest
  @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r'})
  void everyCharacterOwaspListsGetsAQuote(char lead) {
    String text = lead + "SUM(A1:A9)";
    assertThat(SpreadsheetSafe.isDangerousLead(lead)).isTrue();
    assertThat(SpreadsheetSafe.needsNeutralising(text)).isTrue();
    assertThat(SpreadsheetSafe.neutralise(text)).isEqualTo("'" + text);
    assertThat(SpreadsheetSafe.neutralise(String.valueOf(lead))).isEqualTo("'" + lead);
  }

  /** The full-width forms U+FF1D, U+FF0B, U+FF0D, U+FF20, which East Asian input turns into ASCII. */
  @ParameterizedTest
  @ValueSource(chars = {'\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'})
  void fullWidthFormsGetAQuoteToo(char lead) {
    String text = lead + "1+1";
    assertThat(SpreadsheetSafe.neutralise(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Great service", "1+1=2", " =1+1", "\n=1", "#hash", "'quoted'",
      "'", "''", "a=b", "¡=!", "Доставка", "送货太慢了", "https://shop.example/?q=-1",
      "\u2212minus sign", "12.5"})
  void safeTextIsUnchanged(String text) {
    // Only the first character matters (after leading quotes): a space, line feed, '#', a letter,
    // a digit or the minus sign U+2212 (not the hyphen-minus) starts no formula.
    assertThat(SpreadsheetSafe.needsNeutralising(text)).isFalse();
    assertThat(SpreadsheetSafe.neutralise(text)).isSameAs(text);
    assertThat(SpreadsheetSafe.restore(text)).isSameAs(text);
  }

  @Test
  void quotesBeforeADangerousCharacterGetOneMore() {
    // "'=1" is already shown as text, but restore("'=1") must give "=1" back for a neutralised
    // "=1"; so the text "'=1" itself is written "''=1" and restored to "'=1".
    assertThat(SpreadsheetSafe.neutralise("'=1")).isEqualTo("''=1");
    assertThat(SpreadsheetSafe.neutralise("''-x")).isEqualTo("'''-x");
    assertThat(SpreadsheetSafe.restore("''=1")).isEqualTo("'=1");
    assertThat(SpreadsheetSafe.restore("'=1")).isEqualTo("=1");
    assertThat(SpreadsheetSafe.restore("'+34 600 123 456")).isEqualTo("+34 600 123 456");
  }

  @Test
  void restoreLeavesTextsThatWereNeverNeutralised() {
    assertThat(SpreadsheetSafe.restore("'quoted'")).isEqualTo("'quoted'");
    assertThat(SpreadsheetSafe.restore("'")).isEqualTo("'");
    assertThat(SpreadsheetSafe.restore("=1")).isEqualTo("=1");
  }

  @Test
  void nullIsApiMisuse() {
    assertThatThrownBy(() -> SpreadsheetSafe.neutralise(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> SpreadsheetSafe.restore(null))
        .isInstanceOf(NullPointerException.class).hasMessage("cell");
  }

  @Provide
  Arbitrary<String> texts() {
    // Dangerous and quote characters are frequent, so that every branch is met often.
    return Arbitraries.strings().withChars("=+-@\t\r'\"aZ9 \n;,＝＋－＠é中").ofMaxLength(8);
  }

  @Property
  void restoreUndoesNeutralise(@ForAll("texts") String text) {
    assertThat(SpreadsheetSafe.restore(SpreadsheetSafe.neutralise(text))).isEqualTo(text);
  }

  @Property
  void aNeutralisedCellNeverStartsWithADangerousCharacter(@ForAll("texts") String text) {
    String cell = SpreadsheetSafe.neutralise(text);
    assertThat(cell.isEmpty() || !SpreadsheetSafe.isDangerousLead(cell.charAt(0))).isTrue();
    // Only a quote is ever added, and only in front.
    assertThat(cell).endsWith(text);
    assertThat(cell.length() - text.length()).isBetween(0, 1);
  }
}
