package io.cxkit.survey.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Finding text UTF-8 cannot carry in a text and in a JSON document, with where it is. */
class WritableTextTest {

  @Test
  void findsTheFirstUnpairedSurrogateAndCountsItsPositionInCodePoints() {
    assertThat(WritableText.unpairedSurrogate("plain")).isEqualTo(-1);
    // A pair (U+1F600) is one character UTF-8 writes in four bytes.
    assertThat(WritableText.unpairedSurrogate("\uD83D\uDE00 pair")).isEqualTo(-1);
    assertThat(WritableText.unpairedSurrogate("\uDE00 low first")).isZero();
    // A high surrogate followed by another high one: the first is unpaired, at index 0.
    assertThat(WritableText.unpairedSurrogate("\uD83D\uD83D\uDE00")).isZero();
    // After a pair (2 chars, 1 character) and "a": index 3, the 3rd character.
    String text = "\uD83D\uDE00a\uD800";
    assertThat(WritableText.unpairedSurrogate(text)).isEqualTo(3);
    assertThat(WritableText.rule(text, 3))
        .isEqualTo("holds an unpaired surrogate char at character 3, which UTF-8 cannot write");
  }

  @Test
  void namesThePathOfTheStringOrMemberNameHoldingOne() {
    assertThat(WritableText.inJson("{\"a\":[\"ok\",{\"b\":\"\uD83D\uDE00\"}]}")).isNull();

    WritableText.Unwritable value =
        WritableText.inJson("{\"a\":[\"ok\",{\"b c\":\"x\uDC00\"}],\"d\":\"\uD800\"}");
    // The first one in document order: a[1] member "b c" (bracket notation), character 2.
    assertThat(value).isEqualTo(new WritableText.Unwritable("a[1][\"b c\"]", "x\uDC00", 1, false));
    assertThat(value.rule())
        .isEqualTo("holds an unpaired surrogate char at character 2, which UTF-8 cannot write");

    // A member name: the path is the object holding it, "" for the document itself.
    assertThat(WritableText.inJson("{\"\uD800k\":1}"))
        .isEqualTo(new WritableText.Unwritable("", "\uD800k", 0, true));
    WritableText.Unwritable name = WritableText.inJson("{\"o\":{\"k\uD800\":1}}");
    assertThat(name).isEqualTo(new WritableText.Unwritable("o", "k\uD800", 1, true));
    assertThat(name.rule()).endsWith("at character 2, which UTF-8 cannot write (a member name)");

    assertThatThrownBy(() -> WritableText.inJson("{\"a\":\"\uD800"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
