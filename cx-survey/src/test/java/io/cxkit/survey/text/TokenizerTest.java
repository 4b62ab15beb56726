package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void englishWordsAreLowerCasedWithoutPunctuation() {
    // UAX #29: "12.5" is one number (a full stop between digits is MidNum), the hyphen of
    // "e-mail" separates two words, and the apostrophe of "Don’t" stays inside the word.
    assertThat(Tokenizer.ENGLISH.tokens("Delivery was SLOW, and the checkout page crashed twice! "
        + "Don’t use e-mail: 12.5 kg"))
        .containsExactly("delivery", "was", "slow", "and", "the", "checkout", "page", "crashed",
            "twice", "don't", "use", "e", "mail", "12.5", "kg");
  }

  @Test
  void russianWordsFromTheIssue() {
    // The issue's example: punctuation dropped, words lower-cased.
    assertThat(Tokenizer.RUSSIAN.tokens("Доставка была очень медленной!"))
        .containsExactly("доставка", "была", "очень", "медленной");
    // A dash between words is punctuation; ё stays ё.
    assertThat(Tokenizer.RUSSIAN.tokens("Не могу оплатить заказ — ошибка при оформлении. Ёлка"))
        .containsExactly("не", "могу", "оплатить", "заказ", "ошибка", "при", "оформлении", "ёлка");
  }

  @Test
  void chineseIsSegmentedByTheDictionary() {
    // The tokens ICU4J 78.1's dictionary gives (run once and checked to be sensible words: 送货
    // deliver, 太慢 too slow, 了 particle, 客/服 for 客服 customer service, which the dictionary
    // lacks as one word, 也不 "also not", 回复 reply). The full-width comma is dropped.
    assertThat(Tokenizer.CHINESE.tokens("送货太慢了，客服也不回复"))
        .containsExactly("送货", "太慢", "了", "客", "服", "也不", "回复");
    // 价格 price, 太 too, 贵了 expensive + particle, 运费 shipping fee, 也 also, 很高 very high.
    assertThat(Tokenizer.CHINESE.tokens("价格太贵了，运费也很高"))
        .containsExactly("价格", "太", "贵了", "运费", "也", "很高");
    assertThat(Tokenizer.CHINESE.tokens("商品描述不清楚，缺少尺寸信息"))
        .containsExactly("商品", "描述", "不", "清楚", "缺少", "尺寸", "信息");
  }

  @Test
  void fullWidthLatinIsNormalisedByNfkc() {
    // NFKC maps full-width Ａ (U+FF21) to A and １ (U+FF11) to 1; lower-casing then gives abc123.
    assertThat(Tokenizer.CHINESE.tokens("ＡＢＣ１２３全角")).containsExactly("abc123", "全角");
    // The ligature ﬁ (U+FB01) is fi under NFKC.
    assertThat(Tokenizer.ENGLISH.tokens("ﬁle")).containsExactly("file");
  }

  @Test
  void lowerCasingIgnoresTheTurkishDottedI() {
    // Locale.ROOT lower-cases I to i even for Turkish text, so "INFO" matches a keyword "info";
    // "INFO".toLowerCase(tr) would be "ınfo" with a dotless ı (U+0131).
    assertThat(Tokenizer.of(Locale.forLanguageTag("tr")).tokens("INFO")).containsExactly("info");
    assertThat("INFO".toLowerCase(Locale.forLanguageTag("tr"))).isEqualTo("\u0131nfo");
  }

  @Test
  void textWithoutWordsGivesNoTokens() {
    assertThat(Tokenizer.ENGLISH.tokens("")).isEmpty();
    assertThat(Tokenizer.ENGLISH.tokens("  !!! … 👍 ")).isEmpty();
  }

  @Test
  void aTextOverTheLimitIsCutAndSaysSo() {
    // 99 999 chars of "a " pairs end in a space at index 99 999; "tail" starts after the limit.
    StringBuilder text = new StringBuilder();
    while (text.length() < Tokenizer.MAX_TEXT_LENGTH) {
      text.append("a ");
    }
    text.append("tail");
    TokenizedText cut = Tokenizer.ENGLISH.tokenize(text);
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.tokens()).hasSize(Tokenizer.MAX_TEXT_LENGTH / 2).doesNotContain("tail");
    assertThat(Tokenizer.exceedsLimit(text)).isTrue();

    // A word the cut runs through is left out rather than counted as a shorter word.
    String through = "x".repeat(Tokenizer.MAX_TEXT_LENGTH - 3) + " word";
    assertThat(Tokenizer.ENGLISH.tokenize(through).tokens()).containsExactly("x".repeat(Tokenizer.MAX_TEXT_LENGTH - 3));

    TokenizedText whole = Tokenizer.ENGLISH.tokenize("short text");
    assertThat(whole.truncated()).isFalse();
    assertThat(whole.tokens()).containsExactly("short", "text");
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    // 𠀀 (U+20000, a CJK ideograph outside the BMP) is two chars; placed across the limit it is
    // dropped whole, and no lone surrogate appears in a token.
    String text = "a".repeat(Tokenizer.MAX_TEXT_LENGTH - 1) + "\uD840\uDC00" + "b";
    List<String> tokens = Tokenizer.CHINESE.tokenize(text).tokens();
    assertThat(tokens).allSatisfy(t -> assertThat(t).doesNotContain("\uD840"));
  }

  @Test
  void tokenizersAreValuesByLocale() {
    assertThat(Tokenizer.of(Locale.ENGLISH)).isEqualTo(Tokenizer.ENGLISH).hasToString("Tokenizer[en]");
    assertThat(Tokenizer.of(Locale.forLanguageTag("ru")).locale()).isEqualTo(Locale.forLanguageTag("ru"));
    assertThatNullPointerException().isThrownBy(() -> Tokenizer.ENGLISH.tokens(null))
        .withMessage("text");
  }

  @Test
  void tokensAreUnmodifiable() {
    List<String> tokens = Tokenizer.ENGLISH.tokens("a b");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
