package io.cxkit.survey.text;

import static io.cxkit.survey.text.ThemeFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.GroupComparison;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.types.NpsAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeSummaryTest {
  private static final Codebook SHOP = Codebook.ecommerce();

  private static ThemeSummary npsSummary() {
    return ThemeSummarizer.builder(SHOP).question("why").groupBy(TextGroups.npsGroup("nps"))
        .expectGroups(TextGroups.NPS_GROUPS).build()
        .addAll(ThemeFixtures.npsCorpus().iterator()).snapshot();
  }

  @Test
  void whatDetractorsTalkAboutAgainstPromoters() {
    ThemeSummary summary = npsSummary();
    assertThat(summary.keyName()).isEqualTo("nps-group:nps");
    assertThat(summary.groups()).containsOnlyKeys("detractor", "passive", "promoter");

    // Detractors d1–d4: 4 covered comments; delivery in d1, d2, d4 = 3, price d2, checkout d3.
    ThemeCounts detractors = summary.group("detractor");
    assertThat(detractors.comments()).isEqualTo(4);
    assertThat(detractors.count("delivery")).isEqualTo(3);
    assertThat(detractors.count("price")).isEqualTo(1);
    assertThat(detractors.count("checkout-error")).isEqualTo(1);
    assertThat(detractors.withoutTheme()).isZero();
    assertThat(detractors.share("delivery").value()).hasValue(75.0);
    // Wilson 95 % for 3/4 (p = .75, z = 1.959964): centre (p + z²/2n)/(1 + z²/n) = 0.627529,
    // half-width z/(1 + z²/n)·sqrt(p(1−p)/n + z²/4n²) = 0.326886 → [30.064, 95.441].
    Interval interval = detractors.share("delivery").wilsonInterval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(30.064, within(0.001));
    assertThat(interval.upper()).isCloseTo(95.441, within(0.001));

    // Passives: p1 has no theme, p2 no comment (counted apart, in no group's comments).
    ThemeCounts passives = summary.group("passive");
    assertThat(passives.comments()).isEqualTo(1);
    assertThat(passives.withoutTheme()).isEqualTo(1);
    assertThat(passives.share("delivery").value()).hasValue(0.0);

    // Promoters: r1 (delivery, price), r2 (none), r4 (delivery, in Chinese); r3 is German, which
    // the codebook does not cover, so it is counted apart and not in the denominator: 2/3.
    ThemeCounts promoters = summary.group("promoter");
    assertThat(promoters.comments()).isEqualTo(3);
    assertThat(promoters.uncovered()).isEqualTo(1);
    assertThat(promoters.count("delivery")).isEqualTo(2);
    assertThat(promoters.share("delivery").value().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(promoters.withoutThemeShare()).isEqualTo(Percentage.of(1, 3));

    // n1 answered no NPS question: no group, customer service.
    assertThat(summary.withoutGroup().count("customer-service")).isEqualTo(1);
    assertThat(summary.responsesWithoutComment()).isEqualTo(1);

    // All: 4 + 1 + 3 + 1 = 9 covered comments, delivery 3 + 2 = 5, 2 without a theme, 1 uncovered.
    ThemeCounts total = summary.total();
    assertThat(total.comments()).isEqualTo(9);
    assertThat(total.count("delivery")).isEqualTo(5);
    assertThat(total.count("price")).isEqualTo(2);
    assertThat(total.withoutTheme()).isEqualTo(2);
    assertThat(total.uncovered()).isEqualTo(1);
    assertThat(total.withTheme()).isEqualTo(7);
  }

  @Test
  void eachGroupsShareAgainstTheRestHolmAdjusted() {
    List<GroupComparison<String, Percentage>> delivery = npsSummary().compare("delivery");
    assertThat(delivery).extracting(GroupComparison::group)
        .containsExactly("detractor", "passive", "promoter");
    // Detractors 3/4 against the rest 2/4 (passives 0/1 + promoters 2/3): +25 points; pooled
    // p̄ = 5/8, z = 0.25 / sqrt(5/8 · 3/8 · (1/4 + 1/4)) = 0.7303, two-sided p = 0.4652.
    GroupComparison<String, Percentage> detractors = delivery.get(0);
    assertThat(detractors.rest()).isEqualTo(Percentage.of(2, 4));
    assertThat(detractors.comparison().orElseThrow().difference()).isCloseTo(25.0, within(1e-9));
    assertThat(detractors.comparison().orElseThrow().pValue()).isCloseTo(0.4652, within(1e-4));
    // Raw p: passive 0.1675 (0/1 against 5/7), detractor 0.4652, promoter 0.8504 (2/3 against
    // 3/5). Holm: 3 · 0.1675 = 0.5026; max(2 · 0.4652, 0.5026) = 0.9304; max(0.8504, 0.9304).
    assertThat(delivery.get(1).adjustedPValue().getAsDouble()).isCloseTo(0.5026, within(1e-4));
    assertThat(detractors.adjustedPValue().getAsDouble()).isCloseTo(0.9304, within(1e-4));
    assertThat(delivery.get(2).adjustedPValue().getAsDouble()).isCloseTo(0.9304, within(1e-4));
    assertThat(detractors.isSignificant(0.05)).isFalse();
  }

  @Test
  void anExpectedGroupNobodyFellIntoSaysItIsEmpty() {
    ThemeSummary summary = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(TextGroups.npsGroup("nps")).expectGroups(TextGroups.NPS_GROUPS).build()
        .add(response("r1", 10, "Fast delivery", Locale.ENGLISH)).snapshot();
    ThemeCounts passives = summary.group("passive");
    assertThat(passives.isEmpty()).isTrue();
    assertThat(passives.share("delivery").value()).isEmpty();
    assertThat(passives.share("delivery").wilsonInterval(0.95)).isEmpty();
    // Promoters 1/1 against an empty rest: no comparison, no adjusted p-value.
    assertThat(summary.compare("delivery")).allSatisfy(c -> assertThat(c.comparison()).isEmpty());
    assertThat(ThemeSummarizer.of(SHOP).snapshot().isEmpty()).isTrue();
    assertThat(ThemeSummarizer.of(SHOP).snapshot().compare("price")).isEmpty();
  }

  @Test
  void segmentsFromCommentTriplesInRussianAndChinese() {
    Locale ru = Locale.forLanguageTag("ru");
    ThemeSummary summary = ThemeSummarizer.builder(SHOP).defaultLocale(ru).build()
        // Segment "new": 3 Russian comments; delivery in the 1st and 2nd, price in the 2nd.
        .add("new", "Доставка была очень медленной!", null)
        .add("new", "Слишком дорого, и цена доставки выросла", ru)
        .add("new", "Всё отлично, спасибо", null)
        // Segment "loyal": 2 Chinese comments; customer service in the 1st, price in the 2nd.
        .add("loyal", "送货太慢了，客服也不回复", Locale.CHINESE)
        .add("loyal", "价格太贵了，运费也很高", Locale.CHINESE)
        .snapshot();
    ThemeCounts fresh = summary.group("new");
    assertThat(fresh.comments()).isEqualTo(3);
    assertThat(fresh.count("delivery")).isEqualTo(2);
    assertThat(fresh.count("price")).isEqualTo(1);
    assertThat(fresh.withoutTheme()).isEqualTo(1);
    ThemeCounts loyal = summary.group("loyal");
    // 送货 is delivery too: delivery 1, customer service 1, price 1 of 2 comments.
    assertThat(loyal.shares()).containsEntry("delivery", Percentage.of(1, 2))
        .containsEntry("customer-service", Percentage.of(1, 2))
        .containsEntry("price", Percentage.of(1, 2))
        .containsEntry("checkout-error", Percentage.of(0, 2));
    assertThat(summary.keyName()).isEqualTo(ThemeSummarizer.DEFAULT_KEY_NAME);
    assertThat(summary.questionId()).isEmpty();
  }

  @Test
  void byTouchpoint() {
    Response checkout = Response.builder("c1", "exit", 1)
        .context(new io.cxkit.survey.ResponseContext("checkout", null, null, null, Locale.ENGLISH,
            null, Map.of()))
        .answer("why", new io.cxkit.survey.types.OpenTextAnswer("Payment declined twice")).build();
    ThemeSummary summary = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(GroupKey.touchpoint()).build().add(checkout).snapshot();
    assertThat(summary.group("checkout").count("checkout-error")).isEqualTo(1);
  }

  @Test
  void aCommentWithoutLanguageIsUncoveredNotLost() {
    ThemeSummary summary = ThemeSummarizer.of(SHOP).add(null, "delivery", null).snapshot();
    assertThat(summary.total().uncovered()).isEqualTo(1);
    assertThat(summary.total().comments()).isZero();
    assertThat(summary.isEmpty()).isFalse();
  }

  @Test
  void badInputIsRefusedAndNothingCounted() {
    ThemeSummarizer summarizer = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(TextGroups.npsGroup("nps")).build();
    Response wrongType = Response.builder("x", "nps-why", 1).answer("why", new NpsAnswer(3)).build();
    assertThatThrownBy(() -> summarizer.add(wrongType))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.why = NpsAnswer: must be an open-text answer to be tagged with themes");
    assertThatThrownBy(() -> summarizer.add(response("y", 11, "delivery", Locale.ENGLISH)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.nps = 11: an NPS score must be on 0..10 (standard variant)");
    assertThat(summarizer.snapshot().isEmpty()).isTrue();
    assertThat(summarizer.snapshot().responsesWithoutComment()).isZero();

    assertThatThrownBy(() -> ThemeSummarizer.of(SHOP).add(response("z", 1, "x", null)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ThemeSummarizer.of(SHOP).add(" ", "delivery", Locale.ENGLISH))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ThemeSummarizer.builder(SHOP).question("a").question("b"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ThemeSummarizer.builder(SHOP).maxGroups(2)
        .expectGroups(TextGroups.NPS_GROUPS).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> npsSummary().group("unknown"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("[detractor, passive, promoter]");
    assertThatThrownBy(() -> npsSummary().compare("weather")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theGroupCapRefusesOneGroupTooMany() {
    ThemeSummarizer summarizer = ThemeSummarizer.builder(SHOP).maxGroups(2).build()
        .add("a", "delivery", Locale.ENGLISH).add("b", "price", Locale.ENGLISH);
    assertThatThrownBy(() -> summarizer.add("c", "delivery", Locale.ENGLISH))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 2");
    summarizer.add("a", "checkout", Locale.ENGLISH); // an existing group still takes comments
    assertThat(summarizer.snapshot().total().comments()).isEqualTo(3);
    ThemeSummary other = ThemeSummarizer.of(SHOP).add("c", "x", Locale.ENGLISH).snapshot();
    assertThatThrownBy(() -> summarizer.merge(other)).isInstanceOf(InvalidValueException.class);
    assertThat(summarizer.snapshot().groups()).containsOnlyKeys("a", "b");
  }

  @Test
  void mergesPartitionsAndRefusesIncompatibleOnes() {
    List<Response> corpus = ThemeFixtures.npsCorpus();
    ThemeSummarizer first = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(TextGroups.npsGroup("nps")).expectGroups(TextGroups.NPS_GROUPS).build();
    ThemeSummarizer second = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(TextGroups.npsGroup("nps")).build();
    corpus.subList(0, 5).forEach(first::add);
    corpus.subList(5, corpus.size()).forEach(second::add);
    assertThat(first.snapshot().plus(second.snapshot())).isEqualTo(npsSummary());
    assertThat(first.merge(second.snapshot()).snapshot()).isEqualTo(npsSummary());

    ThemeSummary otherCodebook = ThemeSummarizer.builder(Codebook.of(
        Theme.builder("price", "Price").keywords("en", "price").build())).question("why")
        .groupBy(TextGroups.npsGroup("nps")).build().snapshot();
    assertThatThrownBy(() -> npsSummary().plus(otherCodebook))
        .isInstanceOf(IncompatibleMergeException.class);
    ThemeSummary otherKey = ThemeSummarizer.builder(SHOP).question("why")
        .groupBy(GroupKey.locale()).build().snapshot();
    assertThatThrownBy(() -> npsSummary().plus(otherKey)).isInstanceOf(IncompatibleMergeException.class);
    ThemeSummary otherQuestion = ThemeSummarizer.builder(SHOP).question("liked")
        .groupBy(TextGroups.npsGroup("nps")).build().snapshot();
    assertThatThrownBy(() -> npsSummary().plus(otherQuestion))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void countsFromPartsAreChecked() {
    ThemeCounts counts = ThemeCounts.of(Map.of("price", 2L), 3, 1, 0, 0);
    assertThat(counts.share("price")).isEqualTo(Percentage.of(2, 3));
    assertThat(counts).hasToString("ThemeCounts{comments=3, price=2, withoutTheme=1, uncovered=0}");
    assertThatThrownBy(() -> ThemeCounts.of(Map.of("price", 3L), 3, 1, 0, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("counts.price = 3");
    assertThatThrownBy(() -> ThemeCounts.of(Map.of("price", 0L), 3, 1, 0, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("withoutTheme = 1");
    assertThatThrownBy(() -> ThemeCounts.of(Map.of("price", 1L), 1, 0, -1, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("uncovered = -1");
    assertThatThrownBy(() -> counts.plus(ThemeCounts.of(Map.of("cost", 0L), 0, 0, 0, 0)))
        .isInstanceOf(IncompatibleMergeException.class);
  }
}
