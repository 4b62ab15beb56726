package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.Stage;
import java.util.Objects;

/**
 * The exits of one journey stage: every exit at one of its touchpoints, and their share of all
 * exits.
 *
 * @param stage the stage
 * @param exits how many customers left at one of its touchpoints, ≥ 0
 * @param share {@code exits} over every exit of the analysis, on 0..100 with its Wilson interval;
 *     empty (n = 0) when nobody left anywhere
 */
public record ExitStage(Stage stage, long exits, Percentage share) {

  /** @throws InvalidValueException if the count is negative or is not the share's successes */
  public ExitStage {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(share, "share");
    if (exits < 0 || exits != share.successes()) {
      throw new InvalidValueException("exits", exits,
          "must be a count ≥ 0 equal to the share's successes " + share.successes());
    }
  }
}
