package io.cxkit.benchmarks;

import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.analysis.ExitAnalyzer;
import io.cxkit.journey.analysis.ExitDefinition;
import io.cxkit.journey.analysis.ExitResult;
import io.cxkit.journey.analysis.FrictionAnalyzer;
import io.cxkit.journey.analysis.FrictionDefinition;
import io.cxkit.journey.analysis.FrictionPair;
import io.cxkit.journey.analysis.FrictionResult;
import io.cxkit.journey.analysis.FunnelAnalyzer;
import io.cxkit.journey.analysis.FunnelDefinition;
import io.cxkit.journey.analysis.FunnelResult;
import io.cxkit.journey.analysis.FunnelStepResult;
import io.cxkit.journey.analysis.PathAnalyzer;
import io.cxkit.journey.analysis.PathCount;
import io.cxkit.journey.analysis.PathDefinition;
import io.cxkit.journey.analysis.PathResult;
import io.cxkit.journey.analysis.PathUnit;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The four journey analyses of an online shop over {@link ShopJourneys}' events, run at once: a
 * funnel from the product page to the purchase within a day, exit points with the purchase as the
 * goal and a 30-day horizon, back-and-forth friction (3 switches within 10 minutes) and session
 * paths (10 steps, the default cap of trie nodes). One instance is one partition's mutable state.
 */
final class ShopAnalyses {
  static final FunnelDefinition FUNNEL = FunnelDefinition.builder("purchase", ShopJourneys.MAP)
      .touchpoint("product-page")
      .touchpoint("cart", EventKind.START)
      .touchpoint("checkout", EventKind.START)
      .touchpoint("order-confirmation", EventKind.PURCHASE)
      .window(Duration.ofDays(1))
      .build();
  static final ExitDefinition EXITS = ExitDefinition.builder(ShopJourneys.MAP)
      .goal("order-confirmation", EventKind.PURCHASE)
      .horizon(Duration.ofDays(30))
      .build();
  static final FrictionDefinition FRICTION =
      FrictionDefinition.of(ShopJourneys.MAP, 3, Duration.ofMinutes(10));
  static final PathDefinition PATHS = PathDefinition.builder(ShopJourneys.MAP)
      .unit(PathUnit.SESSION)
      .maxSteps(10)
      .build();

  final FunnelAnalyzer funnel = FunnelAnalyzer.of(FUNNEL);
  final ExitAnalyzer exits = ExitAnalyzer.of(EXITS);
  final FrictionAnalyzer friction = FrictionAnalyzer.of(FRICTION);
  final PathAnalyzer paths = PathAnalyzer.of(PATHS);

  /** Feeds one event to all four analyzers. */
  void accept(JourneyEvent event) {
    funnel.accept(event);
    exits.accept(event);
    friction.accept(event);
    paths.accept(event);
  }

  /** Prints the headline numbers of each result. */
  void print(PrintStream out) {
    FunnelResult f = funnel.result();
    out.printf(Locale.ROOT, "funnel %s: %,d customers seen, %,d entered%n", FUNNEL.name(),
        funnel.customersSeen(), f.entered());
    for (FunnelStepResult step : f.steps()) {
      out.printf(Locale.ROOT, "  %-20s %,10d  %s of previous, %s of first%n", step.step().name(),
          step.customers(), percent(step.fromPrevious()), percent(step.fromFirst()));
    }
    out.printf(Locale.ROOT, "  conversion %s, time to convert: median %s, quartiles %s to %s%n",
        percent(f.conversion()), f.timeToConvert().median().map(Duration::toString).orElse("-"),
        f.timeToConvert().lowerQuartile().map(Duration::toString).orElse("-"),
        f.timeToConvert().upperQuartile().map(Duration::toString).orElse("-"));

    ExitResult e = exits.result();
    out.printf(Locale.ROOT, "exits: %,d customers: %,d converted (%s), %,d still active, %,d left"
        + " (%s)%n", e.customers(), e.converted(), percent(e.convertedShare()), e.stillActive(),
        e.exits(), percent(e.exitShare()));
    e.exitPoints().stream().limit(4).forEach(p -> out.printf(Locale.ROOT,
        "  %-20s %,10d  %s of exits%n", p.touchpoint().id(), p.exits(), percent(p.share())));

    FrictionResult r = friction.result();
    out.printf(Locale.ROOT, "friction: %,d customers, %,d episodes%n", r.customers(), r.episodes());
    for (FrictionPair pair : r.pairs().stream().limit(3).toList()) {
      out.printf(Locale.ROOT, "  %s <-> %s: %,d episodes%n", pair.first().id(),
          pair.second().id(), pair.episodes());
    }

    PathResult p = paths.result();
    out.printf(Locale.ROOT, "paths: %,d units, %,d trie nodes, %s, %,d distinct paths%n",
        p.units(), paths.nodes(), p.isExact() ? "exact" : "not exact (" + p.other() + " other)",
        p.paths().size());
    for (PathCount path : p.top(3)) {
      out.printf(Locale.ROOT, "  %,10d  %s  %s%n", path.count(), percent(path.share()),
          String.join(" > ", path.touchpointIds()));
    }
  }

  static String percent(Percentage share) {
    OptionalDouble value = share.value();
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f %%", value.getAsDouble()) : "-";
  }
}
