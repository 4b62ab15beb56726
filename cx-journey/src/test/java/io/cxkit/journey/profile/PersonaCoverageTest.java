package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static io.cxkit.journey.profile.ShopPersonas.SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Interval;
import io.cxkit.journey.InvalidJourneyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaCoverageTest {
  private final PersonaClassifier classifier = SET.classifier(AS_OF);

  @Test
  void sharesOfTheShopsTenCustomers() {
    // See ShopPersonas: loyal 4, bargain 3, newcomer 1, unmatched 2 of 10.
    PersonaCoverage coverage = classifier.coverageOf(ShopPersonas.customers());

    assertThat(coverage.customers()).isEqualTo(10);
    assertThat(coverage.share("loyal").value()).hasValue(40.0);
    assertThat(coverage.share("bargain").value()).hasValue(30.0);
    assertThat(coverage.share("newcomer").value()).hasValue(10.0);
    assertThat(coverage.unmatchedShare().value()).hasValue(20.0);
    assertThat(coverage.unmatched()).isEqualTo(2);
    assertThat(coverage.shares().keySet()).containsExactly("loyal", "bargain", "newcomer");
  }

  @Test
  void overlapsCountCustomersMatchingSeveralRules() {
    // Only c3 matches two rules (loyal and bargain); bargain's rule holds for c3, c5, c6, c7.
    PersonaCoverage coverage = classifier.coverageOf(ShopPersonas.customers());

    assertThat(coverage.overlapping()).isEqualTo(1);
    assertThat(coverage.overlapShare().value()).hasValue(10.0);
    assertThat(coverage.overlap("loyal", "bargain")).isEqualTo(1);
    assertThat(coverage.overlap("bargain", "loyal")).isEqualTo(1);
    assertThat(coverage.overlap("loyal", "newcomer")).isZero();
    assertThat(coverage.overlap("bargain", "bargain")).isEqualTo(4);
    assertThat(coverage.matched("bargain")).isEqualTo(4);
    assertThat(coverage.assigned("bargain")).isEqualTo(3);
    assertThat(coverage.matchShare("bargain").value()).hasValue(40.0);
  }

  @Test
  void sharesCarryWilsonIntervals() {
    // Wilson 95 % for 4 of 10, z = 1.959964: centre (0.4 + z²/20) / (1 + z²/10) = 0.42775,
    // half-width z·sqrt(0.4·0.6/10 + z²/400) / (1 + z²/10) = 0.25957, so [16.82 %, 68.73 %].
    Interval interval = classifier.coverageOf(ShopPersonas.customers()).share("loyal")
        .wilsonInterval(0.95).orElseThrow();

    assertThat(interval.lower()).isCloseTo(16.82, within(0.01));
    assertThat(interval.upper()).isCloseTo(68.73, within(0.01));
  }

  @Test
  void noCustomersGiveEmptySharesNotNaN() {
    PersonaCoverage coverage = classifier.coverage().result();

    assertThat(coverage.isEmpty()).isTrue();
    assertThat(coverage.share("loyal").value()).isEmpty();
    assertThat(coverage.unmatchedShare().value()).isEmpty();
    assertThat(coverage).isEqualTo(PersonaCoverage.empty(classifier));
  }

  @Test
  void partitionsMergeToTheWhole() {
    List<CustomerProfile> all = ShopPersonas.customers();
    PersonaCoverage whole = classifier.coverageOf(all);
    PersonaCoverage first = classifier.coverageOf(all.subList(0, 4));
    PersonaCoverage rest = classifier.coverageOf(all.subList(4, 10));

    assertThat(first.plus(rest)).isEqualTo(whole);
    assertThat(classifier.coverage().addAll(all.subList(0, 4))
        .merge(classifier.coverage().addAll(all.subList(4, 10))).result()).isEqualTo(whole);
    // plus is plain addition: the coverage doubled has every count doubled.
    assertThat(whole.plus(whole).assigned("loyal")).isEqualTo(8);
  }

  @Test
  void aCustomerGivenTwiceIsRefusedAndNothingIsCounted() {
    PersonaCoverage.Accumulator accumulator = classifier.coverage()
        .add(ShopPersonas.profile("c1", 10));

    assertThatThrownBy(() -> accumulator.add(ShopPersonas.profile("c1", 0)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("customerId")
        .hasMessageContaining("\"c1\"")
        .hasMessageContaining("counted already");
    assertThat(accumulator.result().customers()).isEqualTo(1);
    assertThat(accumulator.result().assigned("loyal")).isEqualTo(1);
  }

  @Test
  void mergingAccumulatorsWithACommonCustomerIsRefused() {
    PersonaCoverage.Accumulator left = classifier.coverage().add(ShopPersonas.profile("c1", 10));
    PersonaCoverage.Accumulator right = classifier.coverage().add(ShopPersonas.profile("c2", 1))
        .add(ShopPersonas.profile("c1", 10));

    assertThatThrownBy(() -> left.merge(right)).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("\"c1\"");
    assertThat(left.customers()).isEqualTo(1);
  }

  @Test
  void anAccumulatorRefusesToMergeItself() {
    PersonaCoverage.Accumulator accumulator = classifier.coverage();

    assertThatThrownBy(() -> accumulator.merge(accumulator))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coveragesOfOtherDefinitionsDoNotMerge() {
    PersonaCoverage coverage = classifier.coverageOf(ShopPersonas.customers());
    PersonaCoverage otherDay = SET.classifier(AS_OF.plusDays(1)).coverage().result();
    Persona stricter = new Persona("loyal", "Loyal regular", "", List.of(), List.of(), List.of(), List.of(),
        ProfileFacts.attribute("orders").greaterThan(9), 2);
    PersonaCoverage otherRule = PersonaSet.of(stricter, ShopPersonas.BARGAIN,
        ShopPersonas.NEWCOMER).classifier(AS_OF).coverage().result();
    PersonaCoverage otherSet = PersonaSet.of(ShopPersonas.BARGAIN).classifier(AS_OF)
        .coverage().result();

    assertThatThrownBy(() -> coverage.plus(otherDay))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("as-of date");
    assertThatThrownBy(() -> coverage.plus(otherRule))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("definition of persona loyal");
    assertThatThrownBy(() -> coverage.plus(otherSet))
        .isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("[loyal, bargain, newcomer]");
  }

  @Test
  void anUnknownPersonaIdIsRefused() {
    PersonaCoverage coverage = classifier.coverageOf(ShopPersonas.customers());

    assertThatThrownBy(() -> coverage.share("vip"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("\"vip\"")
        .hasMessageContaining("[loyal, bargain, newcomer]");
  }

  @Test
  void resultsDoNotChangeWithLaterAdditions() {
    PersonaCoverage.Accumulator accumulator = classifier.coverage();
    PersonaCoverage before = accumulator.add(ShopPersonas.profile("c1", 10)).result();

    accumulator.add(ShopPersonas.profile("c2", 10));

    assertThat(before.customers()).isEqualTo(1);
    assertThat(before.toString()).isEqualTo("PersonaCoverage{customers=1, loyal=1, bargain=0,"
        + " newcomer=0, unmatched=0, overlapping=0, as of 2026-03-01}");
  }
}
