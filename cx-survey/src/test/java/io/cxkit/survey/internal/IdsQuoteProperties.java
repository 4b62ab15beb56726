package io.cxkit.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * What every error message relies on: {@link Ids#quote} never lets a control, format or separator
 * character or an unpaired surrogate through, stays short however long the value, and leaves a
 * short printable value as it is (in quotes).
 */
class IdsQuoteProperties {

  @Property(tries = 500)
  void aQuotedValueIsPrintableAndShort(@ForAll String value) {
    check(value);
  }

  @Property(tries = 500)
  void controlCharactersAndSurrogateHalvesAreEscaped(
      @ForAll @CharRange(from = '\u0000', to = '\u0040') @CharRange(from = '\u007f', to = '\u00a0')
          @CharRange(from = '\u2028', to = '\u202f') @CharRange(from = '\ud800', to = '\udfff')
          @StringLength(max = 200) String value) {
    check(value);
  }

  private static void check(String value) {
    String quoted = Ids.quote(value);

    assertThat(Ids.hasUnpairedSurrogate(quoted)).isFalse();
    quoted.codePoints().forEach(c -> {
      int kind = Character.getType(c);
      assertThat(kind).as("U+%04X in %s", c, quoted).isNotIn((int) Character.CONTROL,
          (int) Character.FORMAT, (int) Character.SURROGATE, (int) Character.LINE_SEPARATOR,
          (int) Character.PARAGRAPH_SEPARATOR);
    });
    // 64 code points, each at most a pair of six-character escapes, quotes, "…" and the length.
    assertThat(quoted.length()).isLessThanOrEqualTo(2 + Ids.SHOWN * 12 + 1 + 40);
  }

  @Example
  void examples() {
    assertThat(Ids.quote("nps")).isEqualTo("\"nps\"");
    assertThat(Ids.quote(null)).isEqualTo("null");
    assertThat(Ids.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Ids.quote("tab\there")).isEqualTo("\"tab\\u0009here\"");
    assertThat(Ids.quote("\u202Eevil")).isEqualTo("\"\\u202eevil\""); // a bidi override is FORMAT
    assertThat(Ids.quote("😀")).isEqualTo("\"😀\""); // a whole pair is one printable character
    assertThat(Ids.quote("\uD83D")).isEqualTo("\"\\ud83d\"");
    // 65 code points: the first 64, then … and the length in code points (not UTF-16 units).
    assertThat(Ids.quote("😀".repeat(65))).isEqualTo("\"" + "😀".repeat(64) + "…\" (65 characters)");
    assertThat(Ids.quote("x".repeat(64))).isEqualTo("\"" + "x".repeat(64) + "\"");
  }
}
