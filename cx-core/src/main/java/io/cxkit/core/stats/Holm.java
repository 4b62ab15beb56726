package io.cxkit.core.stats;

import io.cxkit.core.InvalidValueException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for several tests at once, which controls the
 * family-wise error rate without assuming independence and is uniformly more powerful than
 * Bonferroni's. Source: S. Holm, "A Simple Sequentially Rejective Multiple Test Procedure",
 * Scandinavian Journal of Statistics 6 (1979) 65–70.
 *
 * <p>With the m p-values sorted ascending, p(1) ≤ … ≤ p(m), the adjusted value of the i-th is
 * max over j ≤ i of min(1, (m − j + 1)·p(j)); this is R's {@code p.adjust(p, "holm")}.
 */
public final class Holm {
  private Holm() {}

  /**
   * Adjusts p-values; the result is in the order of the input.
   *
   * @param pValues the raw p-values, each in [0, 1]
   * @return the adjusted p-values, each ≥ its raw value and ≤ 1
   * @throws InvalidValueException if a p-value is not in [0, 1]
   */
  public static double[] adjust(double... pValues) {
    Objects.requireNonNull(pValues, "pValues");
    int m = pValues.length;
    for (int i = 0; i < m; i++) {
      if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
        throw new InvalidValueException("pValues[" + i + "]", pValues[i], "a p-value must lie in [0, 1]");
      }
    }
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
