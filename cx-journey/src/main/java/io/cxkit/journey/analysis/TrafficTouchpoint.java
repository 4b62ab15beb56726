package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import java.util.Objects;
import java.util.Optional;

/**
 * The traffic of one touchpoint: its events, the distinct customers who visited it, their share
 * of every customer of the analysis, and the share of those visitors who reached the goal at or
 * after their first visit there.
 *
 * @param touchpoint the touchpoint
 * @param stage its stage
 * @param events the events at the touchpoint, ≥ {@code visitors}
 * @param visitors the distinct customers with at least one event there (its traffic)
 * @param share {@code visitors} over every customer of the analysis, on 0..100 with its Wilson
 *     interval; empty (n = 0) when there are no customers
 * @param conversion the visitors who reached the goal at or after their first visit here over
 *     {@code visitors}, on 0..100 with its Wilson interval ({@link Percentage#wilsonInterval});
 *     empty (n = 0) when nobody visited; absent when the definition has no goal
 */
public record TrafficTouchpoint(Touchpoint touchpoint, Stage stage, long events, long visitors,
    Percentage share, Optional<Percentage> conversion) {

  /**
   * @throws InvalidValueException if a count is negative, the visitors exceed the events or are
   *     not the share's successes, the conversion is not over the visitors, or the stage is not the
   *     touchpoint's
   */
  public TrafficTouchpoint {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(conversion, "conversion");
    TrafficStage.check(events, visitors, share, conversion);
    if (!touchpoint.stageId().equals(stage.id())) {
      throw new InvalidValueException("stage", stage.id(),
          "must be the touchpoint's stage " + touchpoint.stageId());
    }
  }

  /** @return the visitors who converted: the conversion's successes, 0 without a goal */
  public long converted() {
    return conversion.map(Percentage::successes).orElse(0L);
  }
}
