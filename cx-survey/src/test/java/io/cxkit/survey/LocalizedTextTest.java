package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private final LocalizedText nps = LocalizedText.of("en", "How likely are you to recommend us?")
      .and("ru", "Насколько вероятно, что вы порекомендуете нас?")
      .and("zh-Hans", "您向朋友推荐我们的可能性有多大？");

  @Test
  void resolvesTheFullTagThenShorterPrefixesThenTheFallback() {
    // RFC 4647 lookup: ru-RU is not written, its prefix ru is.
    assertThat(nps.resolve(Locale.forLanguageTag("ru-RU"), Locale.ENGLISH))
        .isEqualTo("Насколько вероятно, что вы порекомендуете нас?");
    // zh-Hans-CN falls back to zh-Hans.
    assertThat(nps.resolve(Locale.forLanguageTag("zh-Hans-CN"), Locale.ENGLISH))
        .startsWith("您");
    // de-CH has no text of its own: the survey's default locale answers.
    assertThat(nps.resolve(Locale.forLanguageTag("de-CH"), Locale.ENGLISH))
        .isEqualTo("How likely are you to recommend us?");
    // Neither the locale nor the fallback is written: the first text given.
    assertThat(nps.resolve(Locale.GERMAN, Locale.FRENCH)).isEqualTo("How likely are you to recommend us?");
  }

  @Test
  void plainZhIsNotCoveredByAScriptTag() {
    // "zh" is a prefix of "zh-Hans", not the other way round: a plain zh reader needs a zh text.
    assertThat(nps.covers(Locale.forLanguageTag("zh"))).isFalse();
    assertThat(nps.covers(Locale.forLanguageTag("zh-Hans-CN"))).isTrue();
    assertThat(nps.exactly(Locale.forLanguageTag("ru"))).hasValue("Насколько вероятно, что вы порекомендуете нас?");
    assertThat(nps.exactly(Locale.forLanguageTag("ru-RU"))).isEmpty();
  }

  @Test
  void normalisesTagsAndKeepsTheirOrder() {
    LocalizedText text = LocalizedText.of("EN-us", "Hello").and("ru", "Привет");
    assertThat(text.texts()).containsExactly(Map.entry("en-US", "Hello"), Map.entry("ru", "Привет"));
    assertThat(text.locales()).containsExactly(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("ru"));
  }

  @Test
  void refusesEmptyBlankMalformedAndDoubledLocales() {
    assertThatThrownBy(() -> new LocalizedText(Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("texts = {}: must hold a text in at least one locale");
    assertThatThrownBy(() -> LocalizedText.of("en", "  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("texts.en = \"  \": must not be blank");
    assertThatThrownBy(() -> LocalizedText.of("english!", "Hi"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"english!\": must be a well-formed BCP 47 language tag");
    Map<String, String> doubled = new LinkedHashMap<>();
    doubled.put("en-US", "Hi");
    doubled.put("en-us", "Hello");
    assertThatThrownBy(() -> new LocalizedText(doubled))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("texts = \"en-us\": names locale en-US twice");
    Map<String, String> nullText = new LinkedHashMap<>();
    nullText.put("en", null);
    assertThatThrownBy(() -> new LocalizedText(nullText))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("texts.en = null: must not be blank");
  }

  @Test
  void textsAreUnmodifiable() {
    assertThatThrownBy(() -> nps.texts().put("de", "Wie wahrscheinlich"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
