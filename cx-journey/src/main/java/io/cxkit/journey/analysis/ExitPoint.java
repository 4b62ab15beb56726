package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import java.util.Objects;

/**
 * One exit point: a touchpoint where customers who never reached the goal were last seen before
 * they stayed away for the horizon, with how many left there and their share of all exits.
 *
 * @param touchpoint the touchpoint they left at
 * @param stage its stage
 * @param exits how many customers left there, ≥ 0
 * @param share {@code exits} over every exit of the analysis, on 0..100 with its Wilson interval
 *     ({@link Percentage#wilsonInterval}); empty (n = 0) when nobody left anywhere
 */
public record ExitPoint(Touchpoint touchpoint, Stage stage, long exits, Percentage share) {

  /** @throws InvalidValueException if the count is negative or is not the share's successes */
  public ExitPoint {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(share, "share");
    if (exits < 0 || exits != share.successes()) {
      throw new InvalidValueException("exits", exits,
          "must be a count ≥ 0 equal to the share's successes " + share.successes());
    }
    if (!touchpoint.stageId().equals(stage.id())) {
      throw new InvalidValueException("stage", stage.id(),
          "must be the touchpoint's stage " + touchpoint.stageId());
    }
  }
}
