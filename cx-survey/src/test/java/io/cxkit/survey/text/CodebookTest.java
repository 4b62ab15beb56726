package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodebookTest {
  private static final Codebook SHOP = Codebook.ecommerce();
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void ecommerceCodebookHasTheFiveThemesInThreeLanguages() {
    assertThat(SHOP.themeIds()).containsExactly("delivery", "price", "missing-information",
        "checkout-error", "customer-service");
    assertThat(SHOP.languages()).containsExactly("en", "ru", "zh");
    assertThat(SHOP.theme("price").label()).isEqualTo("Price");
    assertThat(SHOP.covers(Locale.forLanguageTag("zh-CN"))).isTrue();
    assertThat(SHOP.covers(Locale.GERMAN)).isFalse();
  }

  @Test
  void tagsEnglishComments() {
    // Each expected set is read off the keywords: "delivery", "courier" → delivery; "shipping" →
    // delivery and "expensive", "fee*", "price*" → price; "checkout", "crash*", "postcode" →
    // checkout error; "couldn't find", "size chart" → missing information; "support", "replied" →
    // customer service.
    assertThat(SHOP.tag("The delivery took two weeks and the courier was rude.", Locale.ENGLISH))
        .containsExactly("delivery");
    assertThat(SHOP.tag("Way too expensive, and the shipping fee doubled the price.", Locale.ENGLISH))
        .containsExactly("delivery", "price");
    assertThat(SHOP.tag("Checkout CRASHED when I entered my postcode", Locale.ENGLISH))
        .containsExactly("checkout-error");
    assertThat(SHOP.tag("I couldn’t find the size chart.", Locale.ENGLISH))
        .containsExactly("missing-information");
    assertThat(SHOP.tag("Support never replied to my e-mail", Locale.UK))
        .containsExactly("customer-service");
    assertThat(SHOP.tag("Lovely shoes, thank you!", Locale.ENGLISH)).isEmpty();
  }

  @Test
  void tagsRussianCommentsWithPrefixes() {
    // "достав*" matches доставка and доставки, "цен*" цена, "ошибк*" ошибка, "оплат*" оплате,
    // "размерн* сетк*" размерную сетку, "оператор*" оператор, "поддержк*" поддержки.
    assertThat(SHOP.tag("Доставка была очень медленной!", RU)).containsExactly("delivery");
    assertThat(SHOP.tag("Слишком дорого, и цена доставки выросла", RU))
        .containsExactly("delivery", "price");
    assertThat(SHOP.tag("Ошибка при оплате заказа", RU)).containsExactly("checkout-error");
    assertThat(SHOP.tag("Не нашла размерную сетку", RU)).containsExactly("missing-information");
    assertThat(SHOP.tag("Оператор поддержки не ответил", RU)).containsExactly("customer-service");
    assertThat(SHOP.tag("Всё отлично, спасибо", RU)).isEmpty();
  }

  @Test
  void tagsChineseCommentsOnTheSegmentersTokens() {
    // 送货 → delivery; 客服 is [客, 服] in the keyword and in the text, and 回复 → customer service.
    assertThat(SHOP.tag("送货太慢了，客服也不回复", Locale.CHINESE))
        .containsExactly("delivery", "customer-service");
    // 价格, 运费 and 贵* (the text has 贵了) → price.
    assertThat(SHOP.tag("价格太贵了，运费也很高", Locale.CHINESE)).containsExactly("price");
    // 结账 [结, 账], 错误, 付款 → checkout error.
    assertThat(SHOP.tag("结账时出现错误，无法付款", Locale.SIMPLIFIED_CHINESE))
        .containsExactly("checkout-error");
    // 描述, 不清楚 [不, 清楚], 尺寸, 信息 → missing information.
    assertThat(SHOP.tag("商品描述不清楚，缺少尺寸信息", Locale.CHINESE))
        .containsExactly("missing-information");
    assertThat(SHOP.tag("快递很快，包装很好", Locale.CHINESE)).containsExactly("delivery");
    assertThat(SHOP.tag("东西不错", Locale.CHINESE)).isEmpty();
  }

  @Test
  void commentsAreMatchedOnlyAgainstTheirOwnLanguage() {
    // An English word in a comment said to be Russian finds no Russian keyword, and a language
    // without keywords tags nothing.
    assertThat(SHOP.tag("delivery", RU)).isEmpty();
    assertThat(SHOP.tag("Lieferung delivery", Locale.GERMAN)).isEmpty();
  }

  @Test
  void phrasesMatchAsTokenSequences() {
    Codebook stock = Codebook.of(Theme.builder("availability", "Availability")
        .keywords("en", "out of stock").build());
    // [it, was, out, of, stock, again] holds [out, of, stock]; "out of the stock" does not.
    assertThat(stock.tag("It was OUT of stock again", Locale.ENGLISH)).containsExactly("availability");
    assertThat(stock.tag("out of the stock", Locale.ENGLISH)).isEmpty();
    assertThat(stock.tagTokens(List.of("out", "of", "stock"), "en")).containsExactly("availability");
    assertThat(stock.tagTokens(List.of("out", "of"), "en")).isEmpty();
  }

  @Test
  void aKeywordTheSegmenterSplitsDifferentlyInContextMisses() {
    // Documented on Theme: alone 太贵 is [太, 贵], in 太贵了 the text is [太, 贵了], so the exact
    // keyword misses and the prefix 贵* finds it.
    Codebook exact = Codebook.of(Theme.builder("price", "Price").keywords("zh", "太贵").build());
    Codebook prefix = Codebook.of(Theme.builder("price", "Price").keywords("zh", "太贵*").build());
    assertThat(Tokenizer.CHINESE.tokens("太贵")).containsExactly("太", "贵");
    assertThat(exact.tag("太贵了", Locale.CHINESE)).isEmpty();
    assertThat(exact.tag("运费太贵", Locale.CHINESE)).containsExactly("price");
    assertThat(prefix.tag("太贵了", Locale.CHINESE)).containsExactly("price");
  }

  @Test
  void refusesBadCodebooks() {
    Theme delivery = Theme.builder("delivery", "Delivery").keywords("en", "delivery").build();
    assertThatThrownBy(() -> Codebook.of(List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one theme");
    assertThatThrownBy(() -> Codebook.of(delivery, delivery))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("themes[1].id = \"delivery\": theme ids must be unique: an earlier theme has it");
    assertThatThrownBy(() -> SHOP.theme("weather"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("weather");
  }

  @Test
  void refusesBadThemes() {
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("en", "price", " ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("themes[price].keywords.en[1] = \" \": a keyword must not be blank");
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("en", "!!!").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one word");
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("xx", "price").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("themes[price].keywords = \"xx\"").hasMessageContaining("ISO 639-1");
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("EN", "price").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("en", "*price").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'*' must directly follow a word");
    // "Price" and "price" are the same tokens.
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("en", "price", "Price").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("repeats an earlier keyword");
    assertThatThrownBy(() -> new Theme("price", "Price", Map.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Theme("price", "Price", Map.of("en", List.of())))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Theme("bad id", "Price", Map.of("en", List.of("price"))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Theme("price", " ", Map.of("en", List.of("price"))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Theme.builder("price", "Price").keywords("en", "a").keywords("en", "b"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void codebooksAreValues() {
    Codebook a = Codebook.of(Theme.builder("price", "Price").keywords("en", "price").build());
    Codebook b = Codebook.of(new Theme("price", "Price", Map.of("en", List.of("price"))));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("Codebook[price]");
    assertThat(a.themes().get(0).keywords("ru")).isEmpty();
  }
}
