package io.cxkit.journey.intercept;

import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.ComparisonBuilder;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TriggerRule}'s {@code when} is evaluated against, as cx-survey {@link Facts}: the
 * operand kind {@value #TRIGGER} gives each named trigger's result as a flag — {@code {"trigger":
 * "exit-checkout", "operator": "equals", "value": true}} — and the kinds {@value
 * ProfileFacts#ATTRIBUTE} and {@value ProfileFacts#DAYS_SINCE} are the person's profile as {@link
 * ProfileFacts} gives them (days counted to the decision's date in the input's zone). Without a
 * profile, and for a trigger the facts do not name, the fact is missing: every comparison of it is
 * false except {@code is-skipped}. Immutable.
 */
public final class TriggerFacts implements Facts {
  /** The operand kind of a named trigger's result. */
  public static final String TRIGGER = "trigger";

  private static final FlagValue TRUE = new FlagValue(true);
  private static final FlagValue FALSE = new FlagValue(false);

  private final Map<String, Integer> index;
  private final boolean[] fired;
  private final @Nullable ProfileFacts profile;

  TriggerFacts(Map<String, Integer> index, boolean[] fired, @Nullable ProfileFacts profile) {
    this.index = index;
    this.fired = fired;
    this.profile = profile;
  }

  /**
   * @param fired whether each named trigger fired, by id; copied
   * @param profile the person's profile, or null for a visitor not known
   * @param asOf the date {@code days-since} counts to
   * @return the facts
   */
  public static TriggerFacts of(Map<String, Boolean> fired, @Nullable CustomerProfile profile,
      LocalDate asOf) {
    Objects.requireNonNull(fired, "fired");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Integer> index = new HashMap<>();
    boolean[] flags = new boolean[fired.size()];
    for (Map.Entry<String, Boolean> entry : fired.entrySet()) {
      String id = Objects.requireNonNull(entry.getKey(), "fired key");
      flags[index.size()] = Objects.requireNonNull(entry.getValue(), () -> "fired[" + id + "]");
      index.put(id, index.size());
    }
    return new TriggerFacts(Map.copyOf(index), flags,
        profile == null ? null : ProfileFacts.of(profile, asOf));
  }

  /**
   * @param triggerId a trigger's id in a rule
   * @return a builder of a comparison of whether it fired: {@code trigger("exit").equalTo(true)}
   */
  public static ComparisonBuilder trigger(String triggerId) {
    return Condition.on(new Operand(TRIGGER, Objects.requireNonNull(triggerId, "triggerId")));
  }

  @Override
  public @Nullable AnswerValue valueOf(Operand operand) {
    Objects.requireNonNull(operand, "operand");
    if (TRIGGER.equals(operand.kind())) {
      Integer i = index.get(operand.name());
      return i == null ? null : fired[i] ? TRUE : FALSE;
    }
    return profile == null ? null : profile.valueOf(operand);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("TriggerFacts{");
    for (Map.Entry<String, Integer> entry : index.entrySet()) {
      out.append(out.length() == 13 ? "" : ", ").append(entry.getKey()).append('=')
          .append(fired[entry.getValue()]);
    }
    return out.append(profile == null ? ", no profile}" : ", with a profile}").toString();
  }
}
