package io.cxkit.journey.retention;

import static io.cxkit.journey.ShapeFixtures.throughText;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.PeriodRetention;
import io.cxkit.core.survival.LifetimeTable;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.survey.summary.Period;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the churn and lifetime analyses over random subscription shops: the counts of
 * every period hold together, groups add up to the total, partitions split by customer merge to
 * the whole, and results come back equal through their JSON text.
 */
class ChurnLifetimeProperties {
  private static final Instant BASE = Instant.parse("2025-11-01T00:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** A customer: group number (−1 none), partition, and events as (minutes after BASE, type). */
  record Customer(int group, int partition, List<int[]> events) {}

  /** A shop: its customers and whether the rule is subscriptions (else inactivity, k periods). */
  record Shop(List<Customer> customers, boolean subscriptions, int k, Period period) {
    CustomerGroups groups() {
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < customers.size(); i++) {
        if (customers.get(i).group() >= 0) {
          map.put("c" + i, "g" + customers.get(i).group());
        }
      }
      return CustomerGroups.of(map);
    }

    ChurnRule rule() {
      return subscriptions ? ChurnShop.SUBSCRIPTIONS : ChurnRule.inactivity(ChurnShop.APP, k);
    }

    ChurnDefinition churn() {
      return ChurnDefinition.builder(ChurnShop.MAP).rule(rule()).period(period, ZONE)
          .from(LocalDate.of(2025, 12, 1)).asOf(ChurnShop.AS_OF).groups("g", groups()).build();
    }

    LifetimeDefinition lifetimes() {
      LifetimeDefinition.Builder b = LifetimeDefinition.builder(ChurnShop.MAP).rule(rule())
          .asOf(ChurnShop.AS_OF).groups("g", groups());
      return (subscriptions ? b : b.period(period, ZONE)).build();
    }

    /** The events of the customers of one partition (−1: all), each customer's in time order. */
    List<JourneyEvent> events(int partition) {
      List<JourneyEvent> out = new ArrayList<>();
      for (int i = 0; i < customers.size(); i++) {
        Customer c = customers.get(i);
        if (partition >= 0 && c.partition() != partition) {
          continue;
        }
        boolean open = false;
        for (int[] e : c.events()) {
          Instant at = BASE.plus(Duration.ofMinutes(e[0]));
          int type = e[1];
          if (type == 1 && !open) {
            type = 2; // a cancel with nothing open becomes a visit: the shop stays valid
          }
          String id = "c" + i;
          out.add(switch (type) {
            case 0 -> ChurnShop.start(id, at.toString());
            case 1 -> ChurnShop.cancel(id, at.toString());
            default -> ChurnShop.visit(id, at.toString());
          });
          if (type == 0) {
            open = true;
          } else if (type == 1) {
            open = false;
          }
        }
      }
      out.sort(Comparator.comparing(JourneyEvent::at)); // stable: a customer's ties keep order
      return out;
    }
  }

  @Provide
  Arbitrary<Shop> shops() {
    Arbitrary<int[]> event = Combinators.combine(Arbitraries.integers().between(0, 220 * 24 * 60),
        Arbitraries.integers().between(0, 2)).as((m, t) -> new int[] {m, t});
    Arbitrary<Customer> customer = Combinators.combine(Arbitraries.integers().between(-1, 2),
        Arbitraries.integers().between(0, 2), event.list().ofMaxSize(8)).as((g, p, events) -> {
          List<int[]> sorted = new ArrayList<>(events);
          sorted.sort(Comparator.comparingInt(e -> e[0]));
          return new Customer(g, p, sorted);
        });
    return Combinators.combine(customer.list().ofMaxSize(30), Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 3), Arbitraries.of(Period.MONTH, Period.ISO_WEEK))
        .as(Shop::new);
  }

  private static ChurnResult churn(Shop shop, int partition) {
    return ChurnAnalyzer.of(shop.churn()).acceptAll(shop.events(partition).iterator()).result();
  }

  private static LifetimeResult lifetimes(Shop shop, int partition) {
    return LifetimeAnalyzer.of(shop.lifetimes()).acceptAll(shop.events(partition).iterator())
        .result();
  }

  @Property(tries = 150)
  void periodCountsHoldTogetherAndGroupsAddUpToTheTotal(@ForAll("shops") Shop shop) {
    ChurnResult result = churn(shop, -1);
    List<ChurnPeriod> total = result.total();
    boolean everyoneGrouped = shop.customers().stream().allMatch(c -> c.group() >= 0);
    for (int i = 0; i < total.size(); i++) {
      PeriodRetention p = total.get(i).counts();
      // S − L ≤ E ≤ S − L + N, and a period starts with the customers the one before ended with.
      assertThat(p.atEnd()).isBetween(p.atStart() - p.lost(),
          p.atStart() - p.lost() + p.newCustomers());
      if (i > 0) {
        assertThat(p.atStart()).isEqualTo(total.get(i - 1).counts().atEnd());
      }
      PeriodRetention sum = PeriodRetention.empty();
      for (List<ChurnPeriod> group : result.groups().values()) {
        sum = sum.plus(group.get(i).counts());
      }
      if (everyoneGrouped) {
        assertThat(sum).isEqualTo(p);
      } else {
        assertThat(sum.atStart()).isLessThanOrEqualTo(p.atStart());
        assertThat(sum.lost()).isLessThanOrEqualTo(p.lost());
        assertThat(sum.newCustomers()).isLessThanOrEqualTo(p.newCustomers());
        assertThat(sum.atEnd()).isLessThanOrEqualTo(p.atEnd());
      }
    }
    LifetimeResult lifetimes = lifetimes(shop, -1);
    LifetimeTable groupSum = LifetimeTable.empty();
    for (LifetimeTable table : lifetimes.groups().values()) {
      groupSum = groupSum.plus(table);
    }
    if (everyoneGrouped) {
      assertThat(groupSum).isEqualTo(lifetimes.total());
    } else {
      assertThat(groupSum.size()).isLessThanOrEqualTo(lifetimes.total().size());
    }
    // One lifetime per customer with a first activity or start.
    assertThat(lifetimes.total().size()).isLessThanOrEqualTo(shop.customers().size());
  }

  @Property(tries = 100)
  void partitionsSplitByCustomerMergeToTheWhole(@ForAll("shops") Shop shop) {
    assertThat(churn(shop, 0).plus(churn(shop, 1)).plus(churn(shop, 2)))
        .isEqualTo(churn(shop, -1));
    assertThat(lifetimes(shop, 0).plus(lifetimes(shop, 1)).plus(lifetimes(shop, 2)))
        .isEqualTo(lifetimes(shop, -1));
  }

  @Property(tries = 60)
  void resultsComeBackEqualThroughTheirJsonText(@ForAll("shops") Shop shop) throws IOException {
    ChurnResult churn = churn(shop, -1);
    assertThat(ChurnResult.fromJsonShape(throughText(churn.toJsonShape()), shop.churn()))
        .isEqualTo(churn);
    LifetimeResult lifetimes = lifetimes(shop, -1);
    assertThat(LifetimeResult.fromJsonShape(throughText(lifetimes.toJsonShape()), shop.lifetimes()))
        .isEqualTo(lifetimes);
    // Comparisons are defined on any shop: one per group, Holm-adjusted p-values in [0, 1].
    assertThat(lifetimes.compare()).allSatisfy(c -> c.adjustedPValue()
        .ifPresent(p -> assertThat(p).isBetween(0.0, 1.0)));
    for (LocalDate start : churn.periods()) {
      assertThat(churn.compare(start)).hasSize(churn.groups().size() < 2 ? 0 : churn.groups().size());
    }
  }
}
