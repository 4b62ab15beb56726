package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of coverage over random shop customers (orders 0..10, maybe a sale category, maybe a
 * signup date up to 200 days back): assigned and unmatched customers add up to all of them (so the
 * shares sum to 100 %), any split by customer merges back to the whole, and groups agree.
 */
class PersonaCoverageProperties {
  private final PersonaClassifier classifier = ShopPersonas.SET.classifier(AS_OF);

  @Provide
  Arbitrary<List<CustomerProfile>> customers() {
    Arbitrary<int[]> traits = Combinators.combine(Arbitraries.integers().between(-1, 10),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-1, 200))
        .as((orders, sale, days) -> new int[] {orders, sale, days});
    return traits.list().ofMaxSize(60).map(list -> {
      List<CustomerProfile> profiles = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        int[] t = list.get(i);
        CustomerProfile profile = CustomerProfile.of("c" + i);
        if (t[0] >= 0) {
          profile = profile.with("orders", AttributeValue.number(t[0]));
        }
        if (t[1] == 1) {
          profile = profile.with("categories", AttributeValue.set("sale"));
        } else if (t[1] == 2) {
          profile = profile.with("categories", AttributeValue.set("shoes"));
        }
        if (t[2] >= 0) {
          profile = profile.with("signed-up", AttributeValue.date(AS_OF.minusDays(t[2])));
        }
        profiles.add(profile);
      }
      return profiles;
    });
  }

  @Property(tries = 300)
  void sharesSumToOneHundredPercent(@ForAll("customers") List<CustomerProfile> profiles) {
    PersonaCoverage coverage = classifier.coverageOf(profiles);

    long assigned = coverage.unmatched();
    double percent = coverage.unmatchedShare().value().orElse(0);
    for (String id : coverage.personaIds()) {
      assigned += coverage.assigned(id);
      percent += coverage.share(id).value().orElse(0);
    }
    assertThat(assigned).isEqualTo(profiles.size());
    if (!profiles.isEmpty()) {
      assertThat(percent).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
    }
    assertThat(coverage.overlapping()).isLessThanOrEqualTo(coverage.customers());
  }

  @Property(tries = 300)
  void partitionsByCustomerMergeToTheWhole(@ForAll("customers") List<CustomerProfile> profiles,
      @ForAll @IntRange(min = 0, max = 60) int cut) {
    int at = Math.min(cut, profiles.size());
    List<CustomerProfile> left = profiles.subList(0, at);
    List<CustomerProfile> right = profiles.subList(at, profiles.size());
    PersonaCoverage whole = classifier.coverageOf(profiles);

    assertThat(classifier.coverageOf(left).plus(classifier.coverageOf(right))).isEqualTo(whole);
    assertThat(classifier.coverage().addAll(right).merge(classifier.coverage().addAll(left))
        .result()).isEqualTo(whole);
  }

  @Property(tries = 200)
  void groupsCountWhatCoverageAssigns(@ForAll("customers") List<CustomerProfile> profiles) {
    PersonaCoverage coverage = classifier.coverageOf(profiles);
    ProfileGroups groups = ProfileGroups.collect(classifier, profiles);

    for (String id : coverage.personaIds()) {
      assertThat(groups.count(id)).isEqualTo(coverage.assigned(id));
    }
    assertThat(groups.ungrouped()).isEqualTo(coverage.unmatched());
  }
}
