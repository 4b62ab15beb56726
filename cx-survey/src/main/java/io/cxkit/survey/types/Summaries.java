package io.cxkit.survey.types;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.internal.Ids;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counting per choice code, shared by the choice summaries. */
final class Summaries {
  private Summaries() {}

  /**
   * Checks and copies counts per code, keeping their order.
   *
   * @param max the largest count allowed (the respondents of a multiple choice)
   * @throws InvalidValueException if there is no code, a code is malformed, or a count is null,
   *     negative or above {@code max}
   * @throws CountOverflowException if the counts add up to more than {@link Long#MAX_VALUE}
   */
  static Map<String, Long> copyCounts(Map<String, Long> counts, long max) {
    Objects.requireNonNull(counts, "counts");
    if (counts.isEmpty()) {
      throw new InvalidValueException("counts", "{}", "must count at least one code");
    }
    Map<String, Long> copy = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      String code = Ids.requireId("counts", entry.getKey());
      Long count = entry.getValue();
      String field = "counts[\"" + code + "\"]";
      if (count == null || count < 0) {
        throw new InvalidValueException(field, count, "must be a count ≥ 0");
      }
      if (count > max) {
        throw new InvalidValueException(field, count, "must be ≤ respondents = " + max
            + " (a respondent counts at most once per option)");
      }
      if (total + count < 0) {
        throw new CountOverflowException("answered", total, count);
      }
      total += count;
      copy.put(code, count);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** @return every code with count 0, in order */
  static Map<String, Long> zeros(List<String> codes) {
    Map<String, Long> zeros = new LinkedHashMap<>();
    for (String code : codes) {
      zeros.put(code, 0L);
    }
    return zeros;
  }

  /** @return each code's position */
  static Map<String, Integer> index(List<String> codes) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    return index;
  }

  /** @throws InvalidValueException if {@code code} is not counted */
  static long count(Map<String, Long> counts, String code) {
    Objects.requireNonNull(code, "code");
    Long count = counts.get(code);
    if (count == null) {
      throw new InvalidValueException("code", Rules.quoted(code),
          "must be one of " + Rules.listed(List.copyOf(counts.keySet())));
    }
    return count;
  }

  /** @return each code's share of {@code n}, in order */
  static Map<String, Percentage> shares(Map<String, Long> counts, long n) {
    Map<String, Percentage> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      shares.put(entry.getKey(), Percentage.of(entry.getValue(), n));
    }
    return Collections.unmodifiableMap(shares);
  }

  /** @return each share as the estimate {@code "share:<code>"}, in order */
  static Map<String, MergeableEstimate<?>> shareEstimates(Map<String, Percentage> shares) {
    Map<String, MergeableEstimate<?>> estimates = new LinkedHashMap<>();
    for (Map.Entry<String, Percentage> entry : shares.entrySet()) {
      estimates.put("share:" + entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(estimates);
  }

  /** @throws IncompatibleMergeException if the codes (or their order) differ */
  static void requireSameCodes(String what, List<String> left, List<String> right) {
    if (!left.equals(right)) {
      throw new IncompatibleMergeException(what, "choices", left, right);
    }
  }

  /**
   * @return the counts of two maps with the same codes, added code by code
   * @throws CountOverflowException if a sum exceeds {@link Long#MAX_VALUE}
   */
  static Map<String, Long> add(Map<String, Long> left, Map<String, Long> right) {
    Map<String, Long> sum = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : left.entrySet()) {
      long a = entry.getValue();
      long b = right.get(entry.getKey());
      if (a + b < 0) {
        throw new CountOverflowException("counts[\"" + entry.getKey() + "\"]", a, b);
      }
      sum.put(entry.getKey(), a + b);
    }
    return sum;
  }
}
