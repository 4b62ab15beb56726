package io.cxkit.sample;

import io.cxkit.core.InvalidValueException;
import java.util.Objects;

/**
 * A figure the sample shop is built to produce, with the range it falls in for almost every seed
 * at {@value ShopSample#HEADLINE_CUSTOMERS} customers or more over the default twelve months (tests
 * check it at 10 000 and 100 000 customers). The ranges are wide enough for the sampling noise of
 * 10 000 customers, about 3.5 standard errors each side, so a seed falls outside one rarely, and
 * then just: of the 400 seeds 1000 to 1399 at 10 000 customers one did, gift shoppers' NPS of seed
 * 1367 being −7.02 against −7. At 100 000 the figures sit near the middle.
 *
 * @param id a stable id, such as {@code cart-abandonment} or {@code nps:loyal-member}
 * @param description what is counted and how, in one sentence
 * @param low the lowest value expected, inclusive
 * @param high the highest value expected, inclusive
 * @param unit the unit: {@code %} for rates on 0..100, {@code NPS} for NPS on −100..100, {@code
 *     points} for a difference of rates in percentage points, {@code mean} for a mean on the
 *     answer's scale (CES 2.0 on 1..7)
 */
public record Headline(String id, String description, double low, double high, String unit) {

  /** @throws InvalidValueException if the range is empty or not finite */
  public Headline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new InvalidValueException("headline " + id, "[" + low + ", " + high + "]",
          "must be a finite range with low ≤ high");
    }
  }

  /**
   * @param value a measured figure
   * @return whether it lies in the range, ends included
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  @Override
  public String toString() {
    return id + " " + low + ".." + high + " " + unit;
  }
}
