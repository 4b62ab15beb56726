package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StopWordsTest {

  @Test
  void englishIsTheSnowballListWithContractions() {
    StopWords en = StopWords.english();
    // Snowball's English list has 127 words; cxkit adds 50 contractions and "cannot".
    assertThat(en.size()).isEqualTo(127 + 51);
    assertThat(en.test("the")).isTrue();
    assertThat(en.test("don't")).isTrue();
    assertThat(en.test("delivery")).isFalse();
  }

  @Test
  void russianIsTheSnowballListWithYo() {
    StopWords ru = StopWords.russian();
    // Snowball's Russian list has 151 words; cxkit adds её, ещё, всё.
    assertThat(ru.size()).isEqualTo(151 + 3);
    assertThat(ru.test("не")).isTrue();
    assertThat(ru.test("её")).isTrue();
    assertThat(ru.test("доставка")).isFalse();
  }

  @Test
  void chineseListHasParticlesNotContentWords() {
    StopWords zh = StopWords.chinese();
    assertThat(zh.test("的")).isTrue();
    assertThat(zh.test("了")).isTrue();
    assertThat(zh.test("客服")).isFalse();
    assertThat(zh.test("价格")).isFalse();
  }

  @Test
  void filtersTokensAsAPredicate() {
    // "Доставка была очень медленной!" → [доставка, была, очень, медленной].
    List<String> kept = Tokenizer.RUSSIAN.tokens("Доставка была очень медленной!").stream()
        .filter(StopWords.russian().negate()).collect(Collectors.toList());
    // Snowball's Russian list has была but not очень.
    assertThat(kept).containsExactly("доставка", "очень", "медленной");

    // 送货太慢了，客服也不回复 → [送货, 太慢, 了, 客, 服, 也不, 回复]: only 了 is a stop word (也不 is
    // one token that the list does not hold).
    List<String> zh = Tokenizer.CHINESE.tokens("送货太慢了，客服也不回复").stream()
        .filter(StopWords.chinese().negate()).collect(Collectors.toList());
    assertThat(zh).containsExactly("送货", "太慢", "客", "服", "也不", "回复");
  }

  @Test
  void aTeamAddsAndRemovesWords() {
    StopWords shop = StopWords.english().with("Shop", "ＡＣＭＥ");
    assertThat(shop.test("shop")).isTrue();
    assertThat(shop.test("acme")).isTrue(); // normalised as tokens are
    assertThat(shop.size()).isEqualTo(StopWords.english().size() + 2);
    assertThat(StopWords.english().test("shop")).isFalse(); // immutable

    StopWords negations = StopWords.russian().without("не", "ни");
    assertThat(negations.test("не")).isFalse();
    assertThat(negations.size()).isEqualTo(StopWords.russian().size() - 2);
  }

  @Test
  void aWordThatIsNotOneTokenIsRefused() {
    assertThatThrownBy(() -> StopWords.english().with("out of"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("with[0] = \"out of\"")
        .hasMessageContaining("[out, of]");
    assertThatThrownBy(() -> StopWords.english().with("  "))
        .isInstanceOf(InvalidValueException.class);
    // 客服 is two tokens to ICU's dictionary, so as a stop word it could never match.
    assertThatThrownBy(() -> StopWords.chinese().with("客服"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("[客, 服]");
  }

  @Test
  void unknownLanguageHasAnEmptyList() {
    StopWords de = StopWords.of(Locale.GERMAN);
    assertThat(de.isEmpty()).isTrue();
    assertThat(de.test("und")).isFalse();
    assertThat(de.language()).isEqualTo("de");
    // Regional variants share their language's list.
    assertThat(StopWords.of(Locale.forLanguageTag("zh-TW"))).isEqualTo(StopWords.chinese());
    assertThat(StopWords.russian()).hasToString("StopWords[ru, 154 words]");
  }
}
