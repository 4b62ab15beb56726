package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * The traffic of one journey stage: the events at its touchpoints, the distinct customers who
 * visited at least one of them (a customer who visits two of its touchpoints counts once), their
 * share of every customer, and the share of them who reached the goal at or after their first
 * visit to the stage.
 *
 * @param stage the stage
 * @param events the events at its touchpoints, ≥ {@code visitors}
 * @param visitors the distinct customers with at least one event at one of its touchpoints
 * @param share {@code visitors} over every customer of the analysis, on 0..100 with its Wilson
 *     interval; empty (n = 0) when there are no customers
 * @param conversion the visitors who reached the goal at or after their first visit to the stage
 *     over {@code visitors}, on 0..100 with its Wilson interval; empty (n = 0) when nobody visited;
 *     absent when the definition has no goal
 */
public record TrafficStage(Stage stage, long events, long visitors, Percentage share,
    Optional<Percentage> conversion) {

  /**
   * @throws InvalidValueException if a count is negative, the visitors exceed the events or are
   *     not the share's successes, or the conversion is not over the visitors
   */
  public TrafficStage {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(conversion, "conversion");
    check(events, visitors, share, conversion);
  }

  /** @return the visitors who converted: the conversion's successes, 0 without a goal */
  public long converted() {
    return conversion.map(Percentage::successes).orElse(0L);
  }

  static void check(long events, long visitors, Percentage share,
      Optional<Percentage> conversion) {
    if (visitors < 0 || visitors > events) {
      throw new InvalidValueException("visitors", visitors,
          "must be a count in 0..events = " + events + ": every visitor has an event there");
    }
    if (visitors != share.successes()) {
      throw new InvalidValueException("visitors", visitors,
          "must equal the share's successes " + share.successes());
    }
    if (conversion.isPresent() && conversion.get().n() != visitors) {
      throw new InvalidValueException("conversion.n", conversion.get().n(),
          "must be the visitors " + visitors + ": conversion is a share of them");
    }
  }
}
