package io.cxkit.benchmarks;

import io.cxkit.core.CohortRetention;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.analysis.TrafficAnalyzer;
import io.cxkit.journey.analysis.TrafficDefinition;
import io.cxkit.journey.analysis.TrafficResult;
import io.cxkit.journey.analysis.TrafficTouchpoint;
import io.cxkit.journey.retention.ChurnAnalyzer;
import io.cxkit.journey.retention.ChurnDefinition;
import io.cxkit.journey.retention.ChurnPeriod;
import io.cxkit.journey.retention.ChurnRule;
import io.cxkit.journey.retention.CohortAnalyzer;
import io.cxkit.journey.retention.CohortDefinition;
import io.cxkit.journey.retention.LifetimeAnalyzer;
import io.cxkit.journey.retention.LifetimeDefinition;
import io.cxkit.journey.retention.LifetimeResult;
import io.cxkit.survey.summary.Period;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Issue 8's activity analyses of {@link ShopJourneys}' events, run together: weekly first-time
 * cohorts of any activity, monthly churn (lost after a month without an event), lifetimes (churned
 * after two weeks without an event) and traffic with a purchase goal, all in Europe/Berlin and as of
 * the end of the generated days. Used by {@link JourneyScaleCheck} ({@code --retention}).
 */
final class ShopRetention {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final EventMatch PURCHASE = EventMatch.builder().touchpoints("order-confirmation")
      .kinds(EventKind.PURCHASE).build();

  final CohortAnalyzer cohorts;
  final ChurnAnalyzer churn;
  final LifetimeAnalyzer lifetimes;
  final TrafficAnalyzer traffic;

  /** @param days how many days the events span from {@link ShopJourneys#START} */
  ShopRetention(int days) {
    Instant asOf = ShopJourneys.START.plus(Duration.ofDays(days));
    cohorts = CohortAnalyzer.of(CohortDefinition.builder(ShopJourneys.MAP)
        .period(Period.ISO_WEEK, BERLIN).asOf(asOf).build());
    churn = ChurnAnalyzer.of(ChurnDefinition.builder(ShopJourneys.MAP)
        .rule(ChurnRule.inactivity(EventMatch.any(), 1)).period(Period.MONTH, BERLIN)
        .from(LocalDate.ofInstant(ShopJourneys.START, ZoneOffset.UTC)).asOf(asOf).build());
    lifetimes = LifetimeAnalyzer.of(LifetimeDefinition.builder(ShopJourneys.MAP)
        .rule(ChurnRule.inactivity(EventMatch.any(), 2)).period(Period.ISO_WEEK, BERLIN)
        .asOf(asOf).build());
    traffic = TrafficAnalyzer.of(TrafficDefinition.builder(ShopJourneys.MAP).goal(PURCHASE)
        .build());
  }

  void accept(JourneyEvent event) {
    cohorts.accept(event);
    churn.accept(event);
    lifetimes.accept(event);
    traffic.accept(event);
  }

  void print(PrintStream out) {
    CohortRetention matrix = cohorts.result().total();
    List<Percentage> curve = matrix.averageCurve();
    out.printf(Locale.ROOT, "cohorts: %d weekly cohorts; average retention week 1 %s, week 4 %s%n",
        matrix.cohorts().size(), curve.isEmpty() ? "-" : ShopAnalyses.percent(curve.get(0)),
        curve.size() < 4 ? "-" : ShopAnalyses.percent(curve.get(3)));
    for (ChurnPeriod period : churn.result().total()) {
      out.printf(Locale.ROOT, "churn %s: S %,d L %,d N %,d E %,d, churn %s%n", period.start(),
          period.counts().atStart(), period.counts().lost(), period.counts().newCustomers(),
          period.counts().atEnd(), ShopAnalyses.percent(period.churnRate()));
    }
    LifetimeResult life = lifetimes.result();
    out.printf(Locale.ROOT, "lifetimes: %,d customers, %,d churned, median %s days%n",
        life.total().size(), life.total().totalEvents(),
        life.medianLifetime().isPresent()
            ? String.format(Locale.ROOT, "%.1f", life.medianLifetime().getAsDouble()) : "-");
    TrafficResult t = traffic.result();
    out.printf(Locale.ROOT, "traffic: %,d customers, conversion %s%n", t.customers(),
        t.conversion().map(ShopAnalyses::percent).orElse("-"));
    for (TrafficTouchpoint row : t.touchpoints().stream().limit(4).toList()) {
      out.printf(Locale.ROOT, "  %-20s %,10d visitors, conversion %s%n", row.touchpoint().id(),
          row.visitors(), row.conversion().map(ShopAnalyses::percent).orElse("-"));
    }
  }
}
