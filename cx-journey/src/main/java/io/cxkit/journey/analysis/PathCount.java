package io.cxkit.journey.analysis;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Percentage;
import java.util.List;
import java.util.Objects;

/**
 * How many sessions or customers followed one path.
 *
 * @param touchpointIds the path's touchpoints in order, consecutive repeats collapsed; at least one;
 *     copied, unmodifiable
 * @param cut whether these units went on to further touchpoints beyond the step limit (the path is
 *     their first {@link PathDefinition#maxSteps()} steps)
 * @param count how many units followed it, ≥ 1
 * @param share {@code count} over every unit of the analysis (those counted as "other" included),
 *     on 0..100 with its Wilson interval
 */
public record PathCount(List<String> touchpointIds, boolean cut, long count, Percentage share) {

  /** @throws InvalidValueException if the path is empty, or the count is not the share's successes */
  public PathCount {
    Objects.requireNonNull(touchpointIds, "touchpointIds");
    Objects.requireNonNull(share, "share");
    touchpointIds = List.copyOf(touchpointIds);
    if (touchpointIds.isEmpty()) {
      throw new InvalidValueException("touchpointIds", "[]", "must hold at least one touchpoint");
    }
    if (count < 1 || count != share.successes()) {
      throw new InvalidValueException("count", count,
          "must be ≥ 1 and equal the share's successes " + share.successes());
    }
  }
}
