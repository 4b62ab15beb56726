package io.cxkit.survey;

import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * A response is inconsistent in itself: a dismissed response that holds answers, a partial one
 * without the last question seen, contact details without consent. The message reads {@code path =
 * value: rule}. Checking a response against its survey ({@link ResponseValidator#requireValid})
 * throws one holding every {@linkplain #violations() violation} found; {@link #field()}, {@link
 * #value()} and {@link #rule()} are then the first one's.
 */
public class InvalidResponseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Every violation; a list of {@link Violation} records, which are serializable as text parts. */
  private final List<Violation> violations;

  /**
   * @param path where in the response, such as {@code answers.q3}
   * @param value the offending value
   * @param rule the rule it broke
   */
  public InvalidResponseException(String path, Object value, String rule) {
    super(path, value, rule);
    this.violations = List.of(new Violation(path, String.valueOf(value), rule));
  }

  /**
   * @param violations every violation found, at least one, in the order found
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidResponseException(List<Violation> violations) {
    this(first(violations), violations);
  }

  private InvalidResponseException(Violation first, List<Violation> violations) {
    super(first.path(), first.value(), first.rule());
    this.violations = List.copyOf(violations);
  }

  private static Violation first(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must hold at least one violation");
    }
    for (int i = 0; i < violations.size(); i++) {
      int index = i;
      Objects.requireNonNull(violations.get(i), () -> "violations[" + index + "]");
    }
    return violations.get(0);
  }

  private static String summary(List<Violation> violations) {
    StringBuilder out = new StringBuilder(" (and ").append(violations.size() - 1)
        .append(violations.size() == 2 ? " more violation:" : " more violations:");
    for (int i = 1; i < violations.size(); i++) {
      out.append(i == 1 ? " " : "; ").append(violations.get(i));
    }
    return out.append(')').toString();
  }

  /**
   * @return {@code path = value: rule} of the first violation, followed for several by {@code (and
   *     N more violations: …)} listing the others
   */
  @Override
  public String getMessage() {
    String first = super.getMessage();
    return violations.size() <= 1 ? first : first + summary(violations);
  }

  /** @return every violation found, in order; one for an exception made from a single rule */
  public List<Violation> violations() {
    return violations;
  }
}
