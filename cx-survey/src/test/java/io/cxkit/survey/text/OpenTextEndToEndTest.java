package io.cxkit.survey.text;

import static io.cxkit.survey.text.TextGroups.DETRACTOR;
import static io.cxkit.survey.text.TextGroups.PASSIVE;
import static io.cxkit.survey.text.TextGroups.PROMOTER;
import static io.cxkit.survey.text.ThemeFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.Response;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Raw comments in English, Russian and Chinese, through the tokenizer to the e-commerce codebook's
 * theme shares per NPS group and to the phrases that set detractors apart from promoters. Every
 * comment lists, beside it, its themes and the phrases {@link PhraseSummarizer} makes of it
 * (stop words of its language dropped at a phrase's ends, phrases made within the runs of words
 * that punctuation does not break). The distinctive-phrase numbers are Monroe et al.'s formulas
 * with the default prior α0 = n_i + n_j, so α_w = y_wi + y_wj, worked out by hand beside each.
 */
class OpenTextEndToEndTest {
  private static final double EPS = 1e-4;

  static ThemeSummary themes(List<Response> responses) {
    return ThemeSummarizer.builder(Codebook.ecommerce()).question("why")
        .groupBy(TextGroups.npsGroup("nps")).build().addAll(responses.iterator()).snapshot();
  }

  static PhraseSummary phrases(List<Response> responses) {
    return PhraseSummarizer.builder().question("why").groupBy(TextGroups.npsGroup("nps")).build()
        .addAll(responses.iterator()).snapshot();
  }

  private static double share(ThemeSummary summary, String group, String theme) {
    return summary.group(group).share(theme).value().orElseThrow();
  }

  /** Ten English comments and a promoter without one; the serial-form tests use them too. */
  static List<Response> englishResponses() {
    Locale en = Locale.ENGLISH;
    return List.of(
        // themes: delivery; phrases: delivery, delivery was late, late (3)
        response("d1", 2, "The delivery was late.", en),
        // delivery; late, late delivery, delivery, rude, rude courier, courier (6)
        response("d2", 4, "Late delivery and a rude courier.", en),
        // checkout-error; checkout, checkout error, error, error at payment, payment (5)
        response("d3", 6, "Checkout error at payment.", en),
        // delivery, price; delivery, delivery was late, late | expensive (4: "too" is a stop word)
        response("d4", 3, "Delivery was late, too expensive.", en),
        // price; expensive (1)
        response("d5", 0, "Too expensive!", en),
        // price; okay | expensive (2)
        response("p1", 7, "Okay, but expensive.", en),
        // delivery; fast, fast delivery, delivery (3)
        response("r1", 10, "Fast delivery!", en),
        // delivery, price; great, great prices, prices, prices and fast, fast, fast delivery,
        // delivery (7)
        response("r2", 9, "Great prices and fast delivery.", en),
        // customer-service; great, great support, great support team, support, support team,
        // team (6)
        response("r3", 10, "Great support team.", en),
        // no theme; great, great shoes, shoes (3)
        response("r4", 9, "Great shoes!", en),
        response("r5", 10, null, en)); // no comment
  }

  @Test
  void english() {
    List<Response> responses = englishResponses();
    ThemeSummary themes = themes(responses);
    // Detractors: delivery d1, d2, d4 = 3 of 5; price d4, d5 = 2 of 5; checkout-error d3 = 1 of 5.
    assertThat(share(themes, DETRACTOR, "delivery")).isEqualTo(60.0);
    assertThat(share(themes, DETRACTOR, "price")).isEqualTo(40.0);
    assertThat(share(themes, DETRACTOR, "checkout-error")).isEqualTo(20.0);
    assertThat(share(themes, DETRACTOR, "customer-service")).isEqualTo(0.0);
    // Promoters (4 comments; r5 wrote none): delivery r1, r2; price r2; customer-service r3.
    assertThat(share(themes, PROMOTER, "delivery")).isEqualTo(50.0);
    assertThat(share(themes, PROMOTER, "price")).isEqualTo(25.0);
    assertThat(share(themes, PROMOTER, "customer-service")).isEqualTo(25.0);
    assertThat(themes.group(PROMOTER).withoutTheme()).isEqualTo(1); // r4
    assertThat(share(themes, PASSIVE, "price")).isEqualTo(100.0);
    assertThat(themes.responsesWithoutComment()).isEqualTo(1);
    // Wilson 95 % for 3 of 5: centre (0.6 + z²/10) / (1 + z²/5) = 0.98415 / 1.76829 = 0.55655,
    // half-width z·sqrt(0.6·0.4/5 + z²/100) / 1.76829 = 1.95996 · 0.29396 / 1.76829 = 0.32582.
    Interval wilson = themes.group(DETRACTOR).share("delivery").wilsonInterval(0.95).orElseThrow();
    assertThat(wilson.lower()).isCloseTo(23.07, within(0.01));
    assertThat(wilson.upper()).isCloseTo(88.24, within(0.01));
    // Detractors against the rest (passive + promoters, 5 comments, delivery r1, r2 = 40 %):
    // 60 − 40 = 20 points.
    GroupComparison<String, Percentage> detractors = themes.compare("delivery").get(0);
    assertThat(detractors.group()).isEqualTo(DETRACTOR);
    assertThat(detractors.rest().value().orElseThrow()).isEqualTo(40.0);
    assertThat(detractors.comparison().orElseThrow().difference()).isCloseTo(20.0, within(1e-9));

    PhraseSummary said = phrases(responses);
    // n_i = 3 + 6 + 5 + 4 + 1 = 19 pairs in 5 comments; n_j = 3 + 7 + 6 + 3 = 19 in 4.
    assertThat(said.group(DETRACTOR).totalPhrases()).isEqualTo(19);
    assertThat(said.group(PROMOTER).totalPhrases()).isEqualTo(19);
    assertThat(said.group(DETRACTOR).count("late").count()).isEqualTo(3);
    assertThat(said.group(DETRACTOR).asMap()).doesNotContainKey("late too expensive");
    assertThat(said.responsesWithoutComment()).isEqualTo(1);
    DistinctiveComparison d = DistinctivePhrases.standard().compare(said.groups(), DETRACTOR, PROMOTER);
    assertThat(d.focusComments()).isEqualTo(5);
    assertThat(d.referenceComments()).isEqualTo(4);
    // "late", 3 against 0: α = 3, δ = ln(6 / (19 + 38 − 3 − 3)) − ln(3 / (19 + 38 − 3)) =
    // ln(6/51) − ln(3/54) = ln(324/153) = 0.750306, σ² = 1/6 + 1/3 = 0.5, z = 1.061092,
    // p = 2·(1 − Φ(1.061092)) = 0.288648.
    DistinctivePhrase late = d.topOfFocus(1).get(0);
    assertThat(late.phrase()).isEqualTo("late");
    assertThat(late.logOddsRatio()).isCloseTo(0.750306, within(EPS));
    assertThat(late.variance()).isCloseTo(0.5, within(EPS));
    assertThat(late.z()).isCloseTo(1.061092, within(EPS));
    assertThat(late.pValue()).isCloseTo(0.288648, within(EPS));
    // "great", 0 against 3: the mirror image (n_i = n_j), z = −1.061092.
    assertThat(d.topOfReference(1).get(0).phrase()).isEqualTo("great");
    assertThat(d.topOfReference(1).get(0).z()).isCloseTo(-1.061092, within(EPS));
    // "delivery", 3 against 2: α = 5, δ = ln(8/49) − ln(7/50) = ln(400/343) = 0.153734,
    // σ² = 1/8 + 1/7 = 0.267857, z = 0.297043: said by both, hardly distinctive.
    assertThat(d.phrase("delivery").orElseThrow().z()).isCloseTo(0.297043, within(EPS));
    // "expensive" and "delivery was late", 2 against 0: α = 2, δ = ln(4/53) − ln(2/55) =
    // 0.730188, σ² = 0.75, z = 0.843149; they follow "late", ties in phrase order.
    assertThat(d.topOfFocus(3)).extracting(DistinctivePhrase::phrase)
        .containsExactly("late", "delivery was late", "expensive");
    assertThat(d.phrase("expensive").orElseThrow().z()).isCloseTo(0.843149, within(EPS));
    // Ten comments are far too few: not one of the 26 phrases survives Holm at 5 %.
    assertThat(d.significant(0.05)).isEmpty();
  }

  @Test
  void russian() {
    Locale ru = Locale.forLanguageTag("ru");
    List<Response> responses = List.of(
        // delivery (достав*); доставка, доставка опять задержалась, задержалась (3)
        response("d1", 1, "Доставка опять задержалась.", ru),
        // delivery (курьер*); курьер, курьер опоздал, опоздал, дня (4: на, три are stop words)
        response("d2", 3, "Курьер опоздал на три дня.", ru),
        // checkout-error (ошибк*, оплат*); ошибка, ошибка при оплате, оплате, оплате картой,
        // картой (5)
        response("d3", 5, "Ошибка при оплате картой.", ru),
        // price (дорого); слишком, слишком дорого, дорого (3)
        response("d4", 6, "Слишком дорого.", ru),
        // delivery, customer-service (поддержк*); доставка, доставка задержалась, задержалась |
        // поддержка, поддержка не отвечает, отвечает (6)
        response("d5", 2, "Доставка задержалась, поддержка не отвечает.", ru),
        // price; нормально | дорого (2)
        response("p1", 8, "Нормально, но дорого.", ru),
        // delivery; быстрая, быстрая доставка, доставка | спасибо (4)
        response("r1", 10, "Быстрая доставка, спасибо!", ru),
        // price (цен*); отличные, отличные цены, цены (3)
        response("r2", 9, "Отличные цены.", ru),
        // delivery; быстрая, быстрая доставка, доставка | отличный, отличный магазин, магазин (6)
        response("r3", 10, "Быстрая доставка, отличный магазин.", ru),
        // no theme; отлично (1: всё is a stop word)
        response("r4", 9, "Всё отлично.", ru),
        // customer-service; отличная, отличная поддержка, поддержка (3)
        response("r5", 10, "Отличная поддержка.", ru));

    ThemeSummary themes = themes(responses);
    // Detractors: delivery d1, d2, d5 = 3 of 5; checkout-error, price, customer-service 1 each.
    assertThat(share(themes, DETRACTOR, "delivery")).isEqualTo(60.0);
    assertThat(share(themes, DETRACTOR, "checkout-error")).isEqualTo(20.0);
    assertThat(share(themes, DETRACTOR, "price")).isEqualTo(20.0);
    assertThat(share(themes, DETRACTOR, "customer-service")).isEqualTo(20.0);
    // Promoters: delivery r1, r3 = 2 of 5; price r2; customer-service r5; r4 no theme.
    assertThat(share(themes, PROMOTER, "delivery")).isEqualTo(40.0);
    assertThat(share(themes, PROMOTER, "price")).isEqualTo(20.0);
    assertThat(share(themes, PROMOTER, "customer-service")).isEqualTo(20.0);
    assertThat(themes.group(PROMOTER).withoutTheme()).isEqualTo(1);
    assertThat(share(themes, PASSIVE, "price")).isEqualTo(100.0);

    PhraseSummary said = phrases(responses);
    // n_i = 3 + 4 + 5 + 3 + 6 = 21; n_j = 4 + 3 + 6 + 1 + 3 = 17; α0 = 38.
    assertThat(said.group(DETRACTOR).totalPhrases()).isEqualTo(21);
    assertThat(said.group(PROMOTER).totalPhrases()).isEqualTo(17);
    DistinctiveComparison d = DistinctivePhrases.standard().compare(said.groups(), DETRACTOR, PROMOTER);
    // "задержалась", 2 against 0: α = 2, δ = ln(4 / (21 + 38 − 4)) − ln(2 / (17 + 38 − 2)) =
    // ln(212/110) = 0.656106, σ² = 0.75, z = 0.757606 — above every 1-against-0 phrase
    // (α = 1: δ = ln(2/57) − ln(1/54) = 0.639080, σ² = 1.5, z = 0.521807).
    DistinctivePhrase delayed = d.topOfFocus(1).get(0);
    assertThat(delayed.phrase()).isEqualTo("задержалась");
    assertThat(delayed.z()).isCloseTo(0.757606, within(EPS));
    assertThat(d.phrase("курьер опоздал").orElseThrow().z()).isCloseTo(0.521807, within(EPS));
    // "быстрая доставка" (and "быстрая"), 0 against 2: α = 2, δ = ln(2/57) − ln(4/51) =
    // ln(102/228) = −0.804373, σ² = 0.75, z = −0.928810; "быстрая" sorts first, so the phrase
    // is the last of the list and first of the reference.
    DistinctivePhrase fast = d.topOfReference(1).get(0);
    assertThat(fast.phrase()).isEqualTo("быстрая доставка");
    assertThat(fast.z()).isCloseTo(-0.928810, within(EPS));
    assertThat(fast.pValue()).isCloseTo(0.352988, within(EPS));
    // "доставка", 2 against 2: α = 4, δ = ln(6/53) − ln(6/49) = ln(49/53) = −0.078472: equal
    // counts lean to the promoters, whose comments have fewer phrases; σ² = 1/3, z = −0.135917.
    assertThat(d.phrase("доставка").orElseThrow().z()).isCloseTo(-0.135917, within(EPS));
  }

  @Test
  void chinese() {
    Locale zh = Locale.CHINESE;
    List<Response> responses = List.of(
        // delivery (快递); ICU: [快递, 太慢, 了], 了 a stop word; 快递, 快递 太慢, 太慢 (3)
        response("d1", 0, "快递太慢了", zh),
        // delivery (送货); [送货, 太慢]; 送货, 送货 太慢, 太慢 (3)
        response("d2", 4, "送货太慢", zh),
        // checkout-error (付款, 失败); 付款, 付款 失败, 失败 (3)
        response("d3", 6, "付款失败", zh),
        // price (价格, 贵*); [价格, 太, 贵了], 太 a stop word inside; 价格, 价格 太 贵了, 贵了 (3)
        response("d4", 2, "价格太贵了", zh),
        // delivery (物流); 物流, 物流 太慢, 太慢 (3)
        response("d5", 5, "物流太慢", zh),
        // price (贵*); [还, 行] | [就是, 有点, 贵]; 行, 有点, 有点 贵, 贵 (4)
        response("p1", 7, "还行，就是有点贵", zh),
        // delivery; 送货, 送货 很快, 很快 (3)
        response("r1", 10, "送货很快", zh),
        // price (价格, 便宜); 价格, 价格 便宜, 便宜 (3)
        response("r2", 9, "价格便宜", zh),
        // delivery; 质量, 质量 很好, 很好 | 送货, 送货 很快, 很快 (6)
        response("r3", 10, "质量很好，送货很快", zh),
        // customer-service (客服 as [客, 服]); 客, 客 服, 客 服 很好, 服, 服 很好, 很好 (6)
        response("r4", 9, "客服很好", zh),
        // no theme; 很好 (1)
        response("r5", 10, "很好", zh));

    ThemeSummary themes = themes(responses);
    // Detractors: delivery d1, d2, d5 = 3 of 5; checkout-error d3; price d4.
    assertThat(share(themes, DETRACTOR, "delivery")).isEqualTo(60.0);
    assertThat(share(themes, DETRACTOR, "checkout-error")).isEqualTo(20.0);
    assertThat(share(themes, DETRACTOR, "price")).isEqualTo(20.0);
    assertThat(share(themes, DETRACTOR, "customer-service")).isEqualTo(0.0);
    // Promoters: delivery r1, r3 = 2 of 5; price r2; customer-service r4; r5 no theme.
    assertThat(share(themes, PROMOTER, "delivery")).isEqualTo(40.0);
    assertThat(share(themes, PROMOTER, "price")).isEqualTo(20.0);
    assertThat(share(themes, PROMOTER, "customer-service")).isEqualTo(20.0);
    assertThat(share(themes, PASSIVE, "price")).isEqualTo(100.0);

    PhraseSummary said = phrases(responses);
    // n_i = 5 · 3 = 15; n_j = 3 + 3 + 6 + 6 + 1 = 19; α0 = 34.
    assertThat(said.group(DETRACTOR).totalPhrases()).isEqualTo(15);
    assertThat(said.group(PROMOTER).totalPhrases()).isEqualTo(19);
    // The comma of r3 ends a run: no phrase "很好 送货".
    assertThat(said.group(PROMOTER).asMap()).doesNotContainKey("很好 送货");
    DistinctiveComparison d = DistinctivePhrases.standard().compare(said.groups(), DETRACTOR, PROMOTER);
    // "太慢" (too slow), 3 against 0: α = 3, δ = ln(6 / (15 + 34 − 6)) − ln(3 / (19 + 34 − 3)) =
    // ln(300/129) = 0.843970, σ² = 0.5, z = 1.193554, p = 0.232653.
    DistinctivePhrase slow = d.topOfFocus(1).get(0);
    assertThat(slow.phrase()).isEqualTo("太慢");
    assertThat(slow.z()).isCloseTo(1.193554, within(EPS));
    assertThat(slow.pValue()).isCloseTo(0.232653, within(EPS));
    // "很好" (very good), 0 against 3: α = 3, δ = ln(3/46) − ln(6/47) = ln(141/276) = −0.671641,
    // z = −0.949844; above "很快" (0 against 2: δ = ln(2/47) − ln(4/49) = −0.651474, σ² = 0.75,
    // z = −0.752258).
    assertThat(d.topOfReference(1).get(0).phrase()).isEqualTo("很好");
    assertThat(d.topOfReference(1).get(0).z()).isCloseTo(-0.949844, within(EPS));
    assertThat(d.phrase("很快").orElseThrow().z()).isCloseTo(-0.752258, within(EPS));
  }
}
