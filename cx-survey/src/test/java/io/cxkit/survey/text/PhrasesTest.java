package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Phrases from hand-written token lists in English, Russian and Chinese (as a tokenizer gives
 * them: lower-cased, no punctuation); every expected list is worked out by hand from the rule
 * "runs of 1..maxWords tokens that neither start nor end with a stop word".
 */
class PhrasesTest {
  static final Set<String> EN_STOP = Set.of("the", "was", "of", "is", "too", "and", "a");
  static final Set<String> RU_STOP = Set.of("не", "была", "очень", "и");
  static final Set<String> ZH_STOP = Set.of("了", "的", "也");

  @Test
  void englishPhrasesDropThoseThatStartOrEndWithAStopWord() {
    Phrases phrases = Phrases.upToThreeWords(EN_STOP::contains);
    // "the delivery was out of stock": from "delivery": delivery, (delivery was: ends with a stop
    // word), delivery was out; from "out": out, (out of), out of stock; from "stock": stock.
    assertThat(phrases.phrases(List.of("the", "delivery", "was", "out", "of", "stock")))
        .containsExactly("delivery", "delivery was out", "out", "out of stock", "stock");
    assertThat(phrases.phrases(List.of("the", "was", "of"))).isEmpty();
    assertThat(phrases.phrases(List.of())).isEmpty();
    assertThat(phrases.maxWords()).isEqualTo(3);
  }

  @Test
  void russianPhrasesKeepANegationInside() {
    Phrases phrases = Phrases.upToThreeWords(RU_STOP::contains);
    // "товар не пришёл вовремя": "товар не" ends with a stop word, but "товар не пришёл" keeps
    // the negation that gives it its meaning.
    assertThat(phrases.phrases(List.of("товар", "не", "пришёл", "вовремя")))
        .containsExactly("товар", "товар не пришёл", "пришёл", "пришёл вовремя", "вовремя");
    // "доставка была очень медленной": the two stop words in the middle leave only the ends.
    assertThat(phrases.phrases(List.of("доставка", "была", "очень", "медленной")))
        .containsExactly("доставка", "медленной");
  }

  @Test
  void chinesePhrasesAreTokensJoinedByOneSpace() {
    Phrases phrases = Phrases.upToThreeWords(ZH_STOP::contains);
    // 送货太慢了 segmented as [送货, 太, 慢, 了]; 了 is a stop word, so 慢 了 and 太 慢 了 go.
    assertThat(phrases.phrases(List.of("送货", "太", "慢", "了")))
        .containsExactly("送货", "送货 太", "送货 太 慢", "太", "太 慢", "慢");
  }

  @Test
  void aCommentsRepeatsAreListedOnce() {
    Phrases phrases = Phrases.withoutStopWords(2);
    // slow, slow delivery, delivery, delivery slow, then slow, slow delivery, delivery again.
    assertThat(phrases.phrases(List.of("slow", "delivery", "slow", "delivery")))
        .containsExactly("slow", "slow delivery", "delivery", "delivery slow");
  }

  @Test
  void phraseLengthGoesFromOneToFive() {
    List<String> tokens = List.of("a1", "b2", "c3", "d4", "e5", "f6");
    assertThat(Phrases.withoutStopWords(1).phrases(tokens)).containsExactlyElementsOf(tokens);
    // Five-word phrases: 6 + 5 + 4 + 3 + 2 = 20 runs of 1..5 tokens in 6 tokens.
    assertThat(Phrases.withoutStopWords(5).phrases(tokens)).hasSize(20)
        .contains("a1 b2 c3 d4 e5", "b2 c3 d4 e5 f6").doesNotContain("a1 b2 c3 d4 e5 f6");
    assertThatThrownBy(() -> Phrases.withoutStopWords(0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("maxWords = 0: must be in 1..5");
    assertThatThrownBy(() -> Phrases.of(6, EN_STOP::contains))
        .isInstanceOf(InvalidValueException.class).hasMessage("maxWords = 6: must be in 1..5");
  }

  @Test
  void badTokensAreRefusedByIndex() {
    Phrases phrases = Phrases.upToThreeWords(EN_STOP::contains);
    assertThatThrownBy(() -> phrases.phrases(Arrays.asList("late", "delivery", null)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("tokens[2]"))
        .hasMessage("tokens[2] = null: must be a token, not null");
    assertThatThrownBy(() -> phrases.phrases(List.of("late", "")))
        .isInstanceOf(InvalidValueException.class).hasMessage("tokens[1] = \"\": must not be empty");
    assertThatThrownBy(() -> phrases.phrases(List.of("out of", "stock")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tokens[0] = \"out of\": must not hold whitespace: a phrase joins its tokens with one space");
    // An ideographic space (U+3000) is a separator too.
    assertThatThrownBy(() -> phrases.phrases(List.of("送货\u3000慢")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("tokens[0] = ");
    assertThatThrownBy(() -> phrases.phrases(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("tokens");
    assertThatThrownBy(() -> Phrases.of(3, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stopWords");
  }
}
