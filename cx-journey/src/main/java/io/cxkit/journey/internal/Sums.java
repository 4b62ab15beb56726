package io.cxkit.journey.internal;

import io.cxkit.core.CountOverflowException;

/**
 * Adding the counts of two results, as every {@code plus} of a partitioned analysis does: exact,
 * or a {@link CountOverflowException} naming the count, never a silent wrap past {@link
 * Long#MAX_VALUE}.
 */
public final class Sums {
  private Sums() {}

  /**
   * @param field the count, for the message
   * @param a a count
   * @param b another count
   * @return {@code a + b}
   * @throws CountOverflowException if the sum exceeds {@link Long#MAX_VALUE}
   */
  public static long add(String field, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new CountOverflowException(field, a, b);
    }
    return sum;
  }

  /**
   * @param field the counts, for the message
   * @param a counts
   * @param b as many other counts
   * @return a new array of their sums, index by index
   * @throws CountOverflowException if a sum exceeds {@link Long#MAX_VALUE}
   */
  public static long[] add(String field, long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = add(field, a[i], b[i]);
    }
    return sum;
  }
}
