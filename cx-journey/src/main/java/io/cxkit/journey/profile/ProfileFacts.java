package io.cxkit.journey.profile;

import io.cxkit.survey.condition.ComparisonBuilder;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer profile as {@link Facts} for cx-survey's condition language, so that persona and
 * segment rules are conditions like any other. Two operand kinds:
 *
 * <ul>
 *   <li>{@value #ATTRIBUTE}: an attribute's {@linkplain AttributeValue#asFact() plain value} —
 *       {@code {"attribute": "country", "operator": "equals", "value": "DE"}};
 *   <li>{@value #DAYS_SINCE}: whole days from a date attribute to the as-of date, a number —
 *       {@code {"days-since": "signed-up", "operator": "less-than", "value": 90}} ("new
 *       customers"); missing when the attribute is missing or not a date.
 * </ul>
 *
 * A missing attribute is a missing fact: every comparison is false except {@code is-skipped}.
 */
public final class ProfileFacts implements Facts {
  /** The operand kind of a profile attribute's value. */
  public static final String ATTRIBUTE = "attribute";

  /** The operand kind of the days from a date attribute to the as-of date. */
  public static final String DAYS_SINCE = "days-since";

  private final CustomerProfile profile;
  private final LocalDate asOf;

  private ProfileFacts(CustomerProfile profile, LocalDate asOf) {
    this.profile = profile;
    this.asOf = asOf;
  }

  /**
   * @param profile a customer's profile
   * @param asOf the date {@value #DAYS_SINCE} counts to (the analysis date)
   * @return the profile's facts
   */
  public static ProfileFacts of(CustomerProfile profile, LocalDate asOf) {
    return new ProfileFacts(Objects.requireNonNull(profile, "profile"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * @param name an attribute's name
   * @return a builder of a comparison of that attribute's value
   */
  public static ComparisonBuilder attribute(String name) {
    return Condition.on(new Operand(ATTRIBUTE, Objects.requireNonNull(name, "name")));
  }

  /**
   * @param name a date attribute's name
   * @return a builder of a comparison of the whole days from that date to the as-of date
   */
  public static ComparisonBuilder daysSince(String name) {
    return Condition.on(new Operand(DAYS_SINCE, Objects.requireNonNull(name, "name")));
  }

  @Override
  public @Nullable AnswerValue valueOf(Operand operand) {
    Objects.requireNonNull(operand, "operand");
    AttributeValue value = profile.attributes().get(operand.name());
    if (value == null) {
      return null;
    }
    switch (operand.kind()) {
      case ATTRIBUTE:
        return value.asFact();
      case DAYS_SINCE:
        return value instanceof AttributeValue.DateAttribute date
            ? new AnswerValue.NumberValue(ChronoUnit.DAYS.between(date.value(), asOf))
            : null;
      default:
        return null;
    }
  }

  @Override
  public String toString() {
    return "ProfileFacts{" + profile.customerId() + " as of " + asOf + "}";
  }
}
