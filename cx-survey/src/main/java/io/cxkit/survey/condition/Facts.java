package io.cxkit.survey.condition;

import io.cxkit.survey.spi.AnswerValue;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a condition is evaluated against: the value of each {@link Operand}, or none when the fact
 * is missing (an unanswered question is <em>skipped</em>). Implementations must not throw for an
 * operand they do not know: they return {@code null}, and the condition treats it as missing.
 */
@FunctionalInterface
public interface Facts {

  /**
   * @param operand the fact asked for
   * @return its value, or {@code null} when it is missing
   */
  @Nullable AnswerValue valueOf(Operand operand);

  /** @return facts in which every operand is missing */
  static Facts none() {
    return operand -> null;
  }

  /**
   * @param values values by operand; copied
   * @return facts holding exactly those values
   */
  static Facts of(Map<Operand, ? extends AnswerValue> values) {
    Objects.requireNonNull(values, "values");
    // Map.copyOf would refuse a null too, but without saying where.
    for (Map.Entry<Operand, ? extends AnswerValue> entry : values.entrySet()) {
      Operand operand = Objects.requireNonNull(entry.getKey(), "values key");
      Objects.requireNonNull(entry.getValue(), () -> "values[" + operand + "]");
    }
    Map<Operand, AnswerValue> copy = Map.copyOf(values);
    return copy::get;
  }
}
