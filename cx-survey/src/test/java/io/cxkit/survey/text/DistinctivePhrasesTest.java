package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, eq.
 * 16–22) on small corpora whose numbers are worked out by hand below (and were re-checked with a
 * short Python script evaluating the same formulas).
 */
class DistinctivePhrasesTest {
  private static final Offset<Double> TIGHT = within(1e-12);
  private static final Phrases WORDS = Phrases.of(1, PhrasesTest.EN_STOP::contains);

  /**
   * Detractors: "delivery was slow", "slow delivery", "price too high", "delivery late";
   * promoters: "fast delivery", "great price", "fast and easy". Single words without stop words.
   */
  static PhraseGroupCounts english() {
    return new PhraseGroupCounter(WORDS)
        .add("detractor", List.of("delivery", "was", "slow"))
        .add("detractor", List.of("slow", "delivery"))
        .add("detractor", List.of("price", "too", "high"))
        .add("detractor", List.of("delivery", "late"))
        .add("promoter", List.of("fast", "delivery"))
        .add("promoter", List.of("great", "price"))
        .add("promoter", List.of("fast", "and", "easy"))
        .snapshot();
  }

  @Test
  void detractorsAgainstPromotersWithThePooledPrior() {
    // Detractors: delivery 3, slow 2, price 1, high 1, late 1 → n_i = 8.
    // Promoters:  fast 2, delivery 1, great 1, price 1, easy 1 → n_j = 6.
    // Default α0 = n_i + n_j = 14, so α_w = y_wi + y_wj.
    //   slow:     α = 2, δ = log(4 / (8+14−2−2)) − log(2 / (6+14−0−2)) = log(4/18) − log(2/18)
    //             = log 2 = 0.6931471806; σ² = 1/4 + 1/2 = 0.75; z = 0.8003774226
    //   delivery: α = 4, δ = log(7/15) − log(5/15) = log(7/5) = 0.3364722366;
    //             σ² = 1/7 + 1/5 = 0.3428571429; z = 0.5746357405
    //   fast:     α = 2, δ = log(2/20) − log(4/16) = log 0.4 = −0.9162907319; σ² = 0.75;
    //             z = −1.0580414014
    //   high, late: α = 1, δ = log(2/20) − log(1/19) = log 1.9 = 0.6418538862; σ² = 1.5;
    //             z = 0.5240715035
    //   price:    α = 2, δ = log(3/19) − log(3/17) = log(17/19) = −0.1112256351; z = −0.1362230262
    //   easy, great: α = 1, δ = log(1/21) − log(2/18) = log(3/7) = −0.8472978604; z = −0.6918158060
    DistinctiveComparison c = DistinctivePhrases.standard().compare(english(), "detractor", "promoter");
    assertThat(c.focusComments()).isEqualTo(4);
    assertThat(c.referenceComments()).isEqualTo(3);
    assertThat(c.focusPhrases()).isEqualTo(8);
    assertThat(c.referencePhrases()).isEqualTo(6);
    assertThat(c.priorStrength()).isEqualTo(14);
    assertThat(c.exact()).isTrue();
    assertThat(c.phrases()).extracting(DistinctivePhrase::phrase)
        .containsExactly("slow", "delivery", "high", "late", "price", "easy", "great", "fast");

    DistinctivePhrase slow = c.phrase("slow").orElseThrow();
    assertThat(slow.focusCount()).isEqualTo(2);
    assertThat(slow.referenceCount()).isZero();
    assertThat(slow.prior()).isCloseTo(2, TIGHT);
    assertThat(slow.logOddsRatio()).isCloseTo(Math.log(2), TIGHT);
    assertThat(slow.variance()).isCloseTo(0.75, TIGHT);
    assertThat(slow.z()).isCloseTo(0.8003774226, within(1e-9));
    DistinctivePhrase delivery = c.phrase("delivery").orElseThrow();
    assertThat(delivery.logOddsRatio()).isCloseTo(Math.log(7.0 / 5), TIGHT);
    assertThat(delivery.variance()).isCloseTo(1.0 / 7 + 1.0 / 5, TIGHT);
    assertThat(delivery.z()).isCloseTo(0.5746357405, within(1e-9));
    assertThat(delivery.standardError()).isCloseTo(Math.sqrt(12.0 / 35), TIGHT);
    DistinctivePhrase fast = c.phrase("fast").orElseThrow();
    assertThat(fast.logOddsRatio()).isCloseTo(Math.log(0.4), TIGHT);
    assertThat(fast.z()).isCloseTo(-1.0580414014, within(1e-9));
    assertThat(c.phrase("price").orElseThrow().logOddsRatio()).isCloseTo(Math.log(17.0 / 19), TIGHT);
    assertThat(c.phrase("high").orElseThrow().z()).isCloseTo(0.5240715035, within(1e-9));
    assertThat(c.phrase("great").orElseThrow().z()).isCloseTo(-0.6918158060, within(1e-9));

    assertThat(c.topOfFocus(2)).extracting(DistinctivePhrase::phrase).containsExactly("slow", "delivery");
    assertThat(c.topOfReference(2)).extracting(DistinctivePhrase::phrase).containsExactly("fast", "great");
    // Only four phrases lean towards the promoters; asking for more gives those four.
    assertThat(c.topOfReference(10)).hasSize(4);
    assertThat(c.phrase("stock")).isEmpty();
  }

  @Test
  void aFixedPriorStrengthAndAMinimumCount() {
    // α0 = 7: α_w = 7 (y_wi + y_wj) / 14 = (y_wi + y_wj) / 2.
    //   slow:     α = 1, δ = log(3 / (8+7−2−1)) − log(1 / (6+7−0−1)) = log(3/12) − log(1/12) = log 3
    //             σ² = 1/3 + 1 = 4/3; z = 0.9514261509
    //   delivery: α = 2, δ = log(5/10) − log(3/10) = log(5/3); σ² = 1/5 + 1/3 = 8/15
    // With minCount 2 only phrases in at least 2 comments overall remain: delivery (4), slow
    // (2), price (2), fast (2).
    DistinctivePhrases analyser = DistinctivePhrases.builder().priorStrength(7).minCount(2).build();
    DistinctiveComparison c = analyser.compare(english(), "detractor", "promoter");
    assertThat(c.priorStrength()).isEqualTo(7);
    assertThat(c.phrases()).extracting(DistinctivePhrase::phrase)
        .containsExactly("slow", "delivery", "price", "fast");
    assertThat(c.phrase("slow").orElseThrow().logOddsRatio()).isCloseTo(Math.log(3), TIGHT);
    assertThat(c.phrase("slow").orElseThrow().z()).isCloseTo(0.9514261509, within(1e-9));
    assertThat(c.phrase("delivery").orElseThrow().logOddsRatio()).isCloseTo(Math.log(5.0 / 3), TIGHT);
    assertThat(c.phrase("delivery").orElseThrow().variance()).isCloseTo(8.0 / 15, TIGHT);
    assertThat(analyser.priorStrength()).hasValue(7);
    assertThat(analyser.minCount()).isEqualTo(2);
    assertThat(DistinctivePhrases.standard().priorStrength()).isEmpty();
  }

  @Test
  void chineseDetractorsAgainstPromoters() {
    // Detractors 送货慢 ×2, 客服差; promoters 送货快, 质量好 (segmented into two words each).
    // Detractors: 送货 2, 慢 2, 客服 1, 差 1 → n_i = 6; promoters: 送货 1, 快 1, 质量 1, 好 1 → n_j = 4.
    // α0 = 10, α_w = pooled count.
    //   慢:  α = 2, δ = log(4/12) − log(2/12) = log 2, σ² = 0.75, z = 0.8003774226
    //   客服, 差: α = 1, δ = log(2/14) − log(1/13) = log(13/7), σ² = 1.5, z = 0.5054...
    //   送货: α = 3, δ = log(5/11) − log(4/10) = log(25/22), σ² = 1/5 + 1/4 = 0.45
    //   快, 质量, 好: α = 1, δ = log(1/15) − log(2/12) = log 0.4, σ² = 1.5
    PhraseGroupCounts groups = new PhraseGroupCounter(Phrases.withoutStopWords(1))
        .add("detractor", List.of("送货", "慢")).add("detractor", List.of("送货", "慢"))
        .add("detractor", List.of("客服", "差"))
        .add("promoter", List.of("送货", "快")).add("promoter", List.of("质量", "好"))
        .snapshot();
    DistinctiveComparison c = DistinctivePhrases.standard().compare(groups, "detractor", "promoter");
    assertThat(c.phrases()).extracting(DistinctivePhrase::phrase)
        .containsExactly("慢", "客服", "差", "送货", "好", "快", "质量");
    assertThat(c.phrase("慢").orElseThrow().logOddsRatio()).isCloseTo(Math.log(2), TIGHT);
    assertThat(c.phrase("客服").orElseThrow().logOddsRatio()).isCloseTo(Math.log(13.0 / 7), TIGHT);
    assertThat(c.phrase("客服").orElseThrow().z()).isCloseTo(Math.log(13.0 / 7) / Math.sqrt(1.5), TIGHT);
    assertThat(c.phrase("送货").orElseThrow().logOddsRatio()).isCloseTo(Math.log(25.0 / 22), TIGHT);
    assertThat(c.phrase("送货").orElseThrow().variance()).isCloseTo(0.45, TIGHT);
    assertThat(c.phrase("快").orElseThrow().logOddsRatio()).isCloseTo(Math.log(0.4), TIGHT);
  }

  @Test
  void russianEachGroupAgainstTheRest() {
    // Detractors "доставка долго" ×2; passives "цена высокая"; promoters "быстро доставка".
    // Detractors against the rest: focus доставка 2, долго 2 → n_i = 4; rest (passives and
    // promoters pooled) цена 1, высокая 1, быстро 1, доставка 1 → n_j = 4; α0 = 8.
    //   долго:    α = 2, δ = log(4/8) − log(2/10) = log 2.5, σ² = 1/4 + 1/2, z = 1.0580414014
    //   доставка: α = 3, δ = log(5/7) − log(4/8) = log(10/7), σ² = 1/5 + 1/4
    //   цена, высокая, быстро: α = 1, δ = log(1/11) − log(2/10) = log(5/11), σ² = 1.5
    // Promoters against the rest: focus быстро 1, доставка 1 → n_i = 2; rest доставка 2, долго 2,
    // цена 1, высокая 1 → n_j = 6; α0 = 8.
    //   быстро:   α = 1, δ = log(2/(2+8−1−1)) − log(1/(6+8−0−1)) = log(2/8) − log(1/13) = log(13/4)
    PhraseGroupCounts groups = new PhraseGroupCounter(Phrases.withoutStopWords(1))
        .add("detractor", List.of("доставка", "долго")).add("detractor", List.of("доставка", "долго"))
        .add("passive", List.of("цена", "высокая"))
        .add("promoter", List.of("быстро", "доставка"))
        .snapshot();
    Map<String, DistinctiveComparison> each = DistinctivePhrases.standard().eachAgainstRest(groups);
    assertThat(each).containsOnlyKeys("detractor", "passive", "promoter");
    DistinctiveComparison detractors = each.get("detractor");
    assertThat(detractors.referenceComments()).isEqualTo(2);
    assertThat(detractors.referencePhrases()).isEqualTo(4);
    assertThat(detractors.priorStrength()).isEqualTo(8);
    assertThat(detractors.topOfFocus(1)).singleElement().satisfies(p -> {
      assertThat(p.phrase()).isEqualTo("долго");
      assertThat(p.focusCount()).isEqualTo(2);
      assertThat(p.referenceCount()).isZero();
      assertThat(p.logOddsRatio()).isCloseTo(Math.log(2.5), TIGHT);
      assertThat(p.z()).isCloseTo(1.0580414014, within(1e-9));
    });
    assertThat(detractors.phrase("доставка").orElseThrow().logOddsRatio()).isCloseTo(Math.log(10.0 / 7), TIGHT);
    assertThat(detractors.phrase("доставка").orElseThrow().referenceCount()).isEqualTo(1);
    assertThat(detractors.phrase("цена").orElseThrow().logOddsRatio()).isCloseTo(Math.log(5.0 / 11), TIGHT);
    assertThat(each.get("promoter").phrase("быстро").orElseThrow().logOddsRatio())
        .isCloseTo(Math.log(13.0 / 4), TIGHT);
    // The same as comparing the promoters with the other two groups merged by hand.
    PhraseCounts rest = groups.group("detractor").orElseThrow().plus(groups.group("passive").orElseThrow());
    assertThat(each.get("promoter"))
        .isEqualTo(DistinctivePhrases.standard().compare(groups.group("promoter").orElseThrow(), rest));
  }

  @Test
  void emptyGroupsGiveEmptyComparisons() {
    PhraseGroupCounts one = new PhraseGroupCounter(WORDS).add("detractor", List.of("slow")).snapshot();
    // One group alone has no rest to be compared with.
    assertThat(DistinctivePhrases.standard().eachAgainstRest(one).get("detractor").isEmpty()).isTrue();
    // A group whose comments had only stop words has no phrase either.
    PhraseCounts stopOnly = new PhraseCounter(WORDS).add(List.of("the", "was")).snapshot();
    DistinctiveComparison c = DistinctivePhrases.standard()
        .compare(one.group("detractor").orElseThrow(), stopOnly);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.referenceComments()).isEqualTo(1);
    assertThat(c.topOfFocus(3)).isEmpty();
    // A single phrase making up every pair of both groups has no odds to compare.
    PhraseCounts same = new PhraseCounter(WORDS).add(List.of("slow")).snapshot();
    assertThat(DistinctivePhrases.standard().compare(same, same).isEmpty()).isTrue();
    assertThat(DistinctivePhrases.standard().eachAgainstRest(PhraseGroupCounts.of(1, 5, Map.of()))).isEmpty();
  }

  @Test
  void sketchedCountsAreRefusedUnlessAllowed() {
    // Capacity 1: "slow" then "late" drops slow, so the detractors' counts are estimates.
    PhraseGroupCounts groups = new PhraseGroupCounter(WORDS, 1)
        .add("detractor", List.of("slow")).add("detractor", List.of("late"))
        .add("promoter", List.of("fast"))
        .snapshot();
    assertThat(groups.isExact()).isFalse();
    assertThatThrownBy(() -> DistinctivePhrases.standard().compare(groups, "detractor", "promoter"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("focus.unmonitoredBound = 1: must be 0 (exact counts)");
    assertThatThrownBy(() -> DistinctivePhrases.standard().eachAgainstRest(groups))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("groups[detractor].unmonitoredBound = 1: must be 0");
    // Allowed: held phrases at their estimate (late 2 with error 1), and the comparison says so.
    DistinctiveComparison c = DistinctivePhrases.builder().allowInexactCounts().build()
        .compare(groups, "detractor", "promoter");
    assertThat(c.exact()).isFalse();
    assertThat(c.phrases()).extracting(DistinctivePhrase::phrase, DistinctivePhrase::focusCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("late", 2L),
            org.assertj.core.groups.Tuple.tuple("fast", 0L));
  }

  @Test
  void badSettingsAndUnknownGroupsAreTyped() {
    assertThatThrownBy(() -> DistinctivePhrases.standard().compare(english(), "detractor", "passive"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reference = \"passive\": must be one of the groups [detractor, promoter]");
    assertThatThrownBy(() -> DistinctivePhrases.builder().priorStrength(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("priorStrength = 0.0: must be finite and > 0");
    assertThatThrownBy(() -> DistinctivePhrases.builder().priorStrength(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DistinctivePhrases.builder().minCount(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("minCount = 0: must be ≥ 1");
    assertThatThrownBy(() -> DistinctivePhrases.builder().minCount(2).minCount(3))
        .isInstanceOf(IllegalStateException.class).hasMessage("minCount is set already");
    assertThatThrownBy(() -> DistinctivePhrases.builder().priorStrength(2).priorStrength(3))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DistinctivePhrases.builder().allowInexactCounts().allowInexactCounts())
        .isInstanceOf(IllegalStateException.class);
    DistinctiveComparison c = DistinctivePhrases.standard().compare(english(), "detractor", "promoter");
    assertThatThrownBy(() -> c.topOfFocus(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("n = -1: must be ≥ 0");
  }
}
