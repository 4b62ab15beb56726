package io.cxkit.journey.retention;

import static io.cxkit.journey.ShapeFixtures.throughText;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.RetentionMode;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random shops: the analyzer agrees with a plain recomputation from the
 * definitions' words (sets of periods per customer, through {@link Period#start} and {@link
 * LocalDate#ofInstant}); per-group cohort sizes and cells add up to the total when every customer
 * has a group; partitions split by customer merge to the whole, also through their JSON text;
 * unbounded rows never increase and never fall below N-day cells.
 */
class CohortProperties {
  private static final JourneyMap MAP = CohortShop.map();
  private static final EventKind[] KINDS = {EventKind.VIEW, EventKind.START, EventKind.PURCHASE};
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** One event: customer, touchpoint, kind, minutes after {@link #T0}. */
  record Raw(int customer, int touchpoint, int kind, int minutes) {}

  /** The options of a random definition. */
  record Options(boolean recurring, boolean unbounded, int period, int zone, int offsets,
      boolean purchaseEntry, boolean homeActivity, int asOfHours) {}

  @Provide
  Arbitrary<List<Raw>> shops() {
    return Combinators.combine(Arbitraries.integers().between(0, 11),
        Arbitraries.integers().between(0, MAP.touchpoints().size() - 1),
        Arbitraries.integers().between(0, KINDS.length - 1),
        Arbitraries.integers().between(0, 100 * 24 * 60)).as(Raw::new).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<Options> options() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 110 * 24))
        .as(Options::new);
  }

  private static final Period[] PERIODS = {Period.DAY, Period.ISO_WEEK, Period.MONTH};
  private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata")};
  private static final int[][] OFFSETS = {{1}, {1, 2, 3}, {2, 5}, {1, 3, 4, 7, 12}};

  private static CohortDefinition.Builder builder(Options o) {
    CohortDefinition.Builder b = CohortDefinition.builder(MAP)
        .basis(o.recurring() ? CohortBasis.RECURRING : CohortBasis.FIRST_TIME)
        .mode(o.unbounded() ? RetentionMode.UNBOUNDED : RetentionMode.N_DAY)
        .period(PERIODS[o.period()], ZONES[o.zone()]).offsets(OFFSETS[o.offsets()])
        .asOf(T0.plusSeconds(o.asOfHours() * 3600L));
    if (o.purchaseEntry()) {
      b.entry(EventMatch.builder().kinds(EventKind.PURCHASE, EventKind.START).build());
    }
    if (o.homeActivity()) {
      b.activity(EventMatch.atTouchpoints("home", "cart"));
    }
    return b;
  }

  private static CustomerGroups someGrouped() {
    // Customers 0, 3, 6, 9 have no group.
    return id -> {
      int c = Integer.parseInt(id.substring(1));
      return c % 3 == 0 ? null : "g" + c % 3;
    };
  }

  private static List<JourneyEvent> events(List<Raw> raws) {
    List<JourneyEvent> events = new ArrayList<>();
    for (Raw r : raws) {
      events.add(JourneyEvent.of("c" + r.customer(), MAP.touchpoints().get(r.touchpoint()).id(),
          T0.plusSeconds(r.minutes() * 60L), KINDS[r.kind()]));
    }
    events.sort(Comparator.comparing(JourneyEvent::at));
    return events;
  }

  /** The matrices recomputed from the definition's words, customer by customer. */
  private static Map<String, CohortRetention> oracle(CohortDefinition d, List<JourneyEvent> events,
      CustomerGroups groups) {
    Period period = d.period();
    EventMatch.Bound entry = d.entry().bind(MAP);
    EventMatch.Bound activity = d.activity().bind(MAP);
    LocalDate asOfPeriod = period.start(d.asOf(), d.zone());
    Map<String, TreeSet<LocalDate>> entries = new HashMap<>();
    Map<String, TreeSet<LocalDate>> active = new HashMap<>();
    for (JourneyEvent e : events) {
      if (!e.at().isBefore(d.asOf())) {
        continue;
      }
      LocalDate p = period.start(e.at(), d.zone());
      if (entry.test(e)) {
        entries.computeIfAbsent(e.customerId(), k -> new TreeSet<>()).add(p);
      }
      if (activity.test(e)) {
        active.computeIfAbsent(e.customerId(), k -> new TreeSet<>()).add(p);
      }
    }
    int[] offsets = d.offsets();
    // label → [size, cells...] per group key ("" = total)
    Map<String, TreeMap<String, long[]>> rows = new HashMap<>();
    for (Map.Entry<String, TreeSet<LocalDate>> customer : entries.entrySet()) {
      TreeSet<LocalDate> acts = active.getOrDefault(customer.getKey(), new TreeSet<>());
      List<LocalDate> cohorts = d.basis() == CohortBasis.FIRST_TIME
          ? List.of(customer.getValue().first()) : List.copyOf(customer.getValue());
      String group = groups.groupOf(customer.getKey());
      for (LocalDate p : cohorts) {
        for (String key : group == null ? List.of("") : List.of("", group)) {
          long[] row = rows.computeIfAbsent(key, k -> new TreeMap<>())
              .computeIfAbsent(p.toString(), k -> new long[1 + offsets.length]);
          row[0]++;
          for (int i = 0; i < offsets.length; i++) {
            LocalDate cell = p;
            for (int k = 0; k < offsets[i]; k++) {
              cell = period.next(cell);
            }
            boolean retained = d.mode() == RetentionMode.N_DAY ? acts.contains(cell)
                : !acts.isEmpty() && !acts.last().isBefore(cell);
            if (cell.isBefore(asOfPeriod) && retained) {
              row[1 + i]++;
            }
          }
        }
      }
    }
    Map<String, CohortRetention> out = new HashMap<>();
    rows.putIfAbsent("", new TreeMap<>());
    rows.forEach((key, byLabel) -> {
      CohortRetention.Builder b = CohortRetention.builder(d.mode(), offsets);
      byLabel.forEach((label, row) -> {
        LocalDate p = LocalDate.parse(label);
        int observed = 0;
        while (observed < offsets.length) {
          LocalDate cell = p;
          for (int k = 0; k < offsets[observed]; k++) {
            cell = period.next(cell);
          }
          if (!cell.isBefore(asOfPeriod)) {
            break;
          }
          observed++;
        }
        b.cohort(label, row[0], java.util.Arrays.copyOfRange(row, 1, 1 + observed));
      });
      out.put(key, b.build());
    });
    return out;
  }

  @Property(tries = 200)
  void agreesWithTheDefinitionsWords(@ForAll("shops") List<Raw> raws,
      @ForAll("options") Options options) {
    CohortDefinition d = builder(options).groups(someGrouped()).build();
    List<JourneyEvent> events = events(raws);

    CohortResult result = CohortShop.run(d, events);

    Map<String, CohortRetention> expected = oracle(d, events, someGrouped());
    assertThat(result.total()).isEqualTo(expected.get(""));
    Map<String, CohortRetention> groups = new HashMap<>(expected);
    groups.remove("");
    assertThat(result.groups()).isEqualTo(groups);
    long customers = events.stream().filter(e -> e.at().isBefore(d.asOf())
        && d.entry().bind(MAP).test(e)).map(JourneyEvent::customerId).distinct().count();
    assertThat(result.customers()).isEqualTo(customers);
  }

  @Property(tries = 150)
  void groupsAddUpToTheTotalWhenEveryCustomerHasOne(@ForAll("shops") List<Raw> raws,
      @ForAll("options") Options options) {
    CohortDefinition d = builder(options)
        .groups(id -> "g" + Integer.parseInt(id.substring(1)) % 2).build();

    CohortResult result = CohortShop.run(d, events(raws));

    CohortRetention sum = CohortRetention.empty(d.mode(), d.offsets());
    for (CohortRetention group : result.groups().values()) {
      sum = sum.plus(group);
    }
    assertThat(sum).isEqualTo(result.total());
  }

  @Property(tries = 150)
  void partitionsByCustomerMergeToTheWholeAlsoThroughJson(@ForAll("shops") List<Raw> raws,
      @ForAll("options") Options options) throws Exception {
    CohortDefinition d = builder(options).groups("persona", someGrouped()).build();
    List<JourneyEvent> events = events(raws);
    CohortAnalyzer left = CohortAnalyzer.of(d);
    CohortAnalyzer right = CohortAnalyzer.of(d);
    for (JourneyEvent e : events) {
      (e.customerId().hashCode() % 2 == 0 ? left : right).accept(e);
    }
    CohortResult whole = CohortShop.run(d, events);

    assertThat(left.result().plus(right.result())).isEqualTo(whole);
    assertThat(read(left.result(), d).plus(read(right.result(), d))).isEqualTo(whole);
  }

  private static CohortResult read(CohortResult result, CohortDefinition d) throws Exception {
    return CohortResult.fromJsonShape(throughText(result.toJsonShape()), d);
  }

  @Property(tries = 150)
  void unboundedRowsNeverIncreaseAndNeverFallBelowNDay(@ForAll("shops") List<Raw> raws,
      @ForAll("options") Options options) {
    Options nDayOptions = new Options(options.recurring(), false, options.period(),
        options.zone(), options.offsets(), options.purchaseEntry(), options.homeActivity(),
        options.asOfHours());
    Options unboundedOptions = new Options(options.recurring(), true, options.period(),
        options.zone(), options.offsets(), options.purchaseEntry(), options.homeActivity(),
        options.asOfHours());
    List<JourneyEvent> events = events(raws);

    CohortRetention nDay = CohortShop.run(builder(nDayOptions).build(), events).total();
    CohortRetention unbounded = CohortShop.run(builder(unboundedOptions).build(), events).total();

    assertThat(unbounded.cohorts()).hasSameSizeAs(nDay.cohorts());
    for (int c = 0; c < nDay.cohorts().size(); c++) {
      long[] n = nDay.cohorts().get(c).retained();
      long[] u = unbounded.cohorts().get(c).retained();
      assertThat(u).hasSameSizeAs(n);
      for (int i = 0; i < u.length; i++) {
        assertThat(u[i]).isGreaterThanOrEqualTo(n[i]);
        if (i > 0) {
          assertThat(u[i]).isLessThanOrEqualTo(u[i - 1]);
        }
      }
    }
  }
}
