package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a survey may be shown: named {@link Trigger}s and, optionally, a {@code when} condition in
 * cx-survey's condition language over {@link TriggerFacts} — each trigger's result (operand kind
 * {@value TriggerFacts#TRIGGER}) and the person's profile ({@code attribute}, {@code days-since}).
 * Without {@code when} the rule fires when any of its triggers fires; with it, when {@code when}
 * holds (and so a rule may fire on the profile alone, or when a trigger did <em>not</em> fire).
 *
 * <pre>{@code
 * TriggerRule rule = TriggerRule.builder()
 *     .trigger("exit-checkout", new ExitIntentTrigger(PagePattern.of("/checkout/**")))
 *     .trigger("long-help", DwellTrigger.seconds("/help/**", 60))
 *     .when(TriggerFacts.trigger("exit-checkout").equalTo(true)
 *         .and(ProfileFacts.attribute("country").equalTo("US").negate()))
 *     .build();
 * }</pre>
 *
 * <p>{@link #check} evaluates every trigger exactly once, in the rule's order, so that the result
 * says for each why it did or did not fire. A rule is validated when built: at least one trigger,
 * ids following the id rule, and a {@code when} whose comparisons are of the kinds {@code trigger}
 * (naming a trigger of the rule, compared with {@code equals} or {@code one-of} and flags), {@code
 * attribute} or {@code days-since}. Immutable and thread-safe.
 */
public final class TriggerRule {
  /** The most triggers a rule may have. */
  public static final int MAX_TRIGGERS = 64;

  private final Map<String, Trigger> triggers;
  private final @Nullable Condition when;
  private final String[] ids;
  private final Trigger[] array;
  private final Map<String, Integer> index;

  private TriggerRule(Map<String, Trigger> triggers, @Nullable Condition when) {
    this.triggers = Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
    this.when = when;
    this.ids = triggers.keySet().toArray(new String[0]);
    this.array = triggers.values().toArray(new Trigger[0]);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      positions.put(ids[i], i);
    }
    this.index = Map.copyOf(positions);
  }

  /**
   * @param id the trigger's id
   * @param trigger the trigger
   * @return the rule that fires when that trigger fires
   * @throws InvalidTriggerException if the id is malformed
   */
  public static TriggerRule of(String id, Trigger trigger) {
    return builder().trigger(id, trigger).build();
  }

  /** @return a builder of a rule */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the triggers by id, in the order given; unmodifiable */
  public Map<String, Trigger> triggers() {
    return triggers;
  }

  /** @return the condition the rule fires on, or empty when any trigger firing is enough */
  public Optional<Condition> when() {
    return Optional.ofNullable(when);
  }

  /**
   * @param input the session, events, profile, history and instant of the decision
   * @return whether the rule fires, why, and every trigger's own check
   */
  public TriggerRuleCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    boolean[] fired = new boolean[array.length];
    TriggerCheck[] checks = new TriggerCheck[array.length];
    StringBuilder firedIds = null;
    for (int i = 0; i < array.length; i++) {
      Trigger trigger = array[i];
      TriggerCheck check = Objects.requireNonNull(trigger.check(input),
          () -> "the check of a trigger of type " + trigger.type());
      checks[i] = check;
      if (check.fired()) {
        fired[i] = true;
        if (firedIds == null) {
          firedIds = new StringBuilder(7 + 16 * array.length).append("fired: ");
        } else {
          firedIds.append(", ");
        }
        firedIds.append(ids[i]);
      }
    }
    boolean any = firedIds != null;
    TriggerRuleCheck.Checks byId = new TriggerRuleCheck.Checks(ids, checks);
    String which = any ? firedIds.toString() : "no trigger fired";
    if (when == null) {
      return new TriggerRuleCheck(any, which, byId);
    }
    CustomerProfile person = input.profileOrNull();
    ProfileFacts profile = person == null ? null
        : ProfileFacts.of(person, LocalDate.ofInstant(input.now(), input.zone()));
    boolean holds = when.test(new TriggerFacts(index, fired, profile));
    return new TriggerRuleCheck(holds, (holds ? "when holds; " : "when does not hold; ") + which,
        byId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    // The order of the triggers is part of the value: it is the order of the checks.
    return o instanceof TriggerRule other
        && java.util.List.copyOf(triggers.entrySet()).equals(
            java.util.List.copyOf(other.triggers.entrySet()))
        && Objects.equals(when, other.when);
  }

  @Override
  public int hashCode() {
    return Objects.hash(triggers, when);
  }

  @Override
  public String toString() {
    return "TriggerRule{triggers=" + triggers + (when == null ? "" : ", when=" + when) + "}";
  }

  /** A builder of a {@link TriggerRule}. */
  public static final class Builder {
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
    private @Nullable Condition when;

    private Builder() {}

    /**
     * @param id the trigger's id in the rule (letters, digits, {@code _ . -}), as {@code when}
     *     names it
     * @param trigger the trigger
     * @return this builder
     * @throws InvalidTriggerException if the id is malformed or given already
     */
    public Builder trigger(String id, Trigger trigger) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(trigger, "trigger");
      if (!JourneyIds.isId(id)) {
        throw new InvalidTriggerException("triggers", JourneyIds.quote(id),
            "a trigger's id " + JourneyIds.ID_RULE);
      }
      if (triggers.containsKey(id)) {
        throw new InvalidTriggerException("triggers." + id, JourneyIds.quote(id),
            "a rule's trigger ids must be unique");
      }
      triggers.put(id, trigger);
      return this;
    }

    /**
     * @param condition the condition the rule fires on, over {@link TriggerFacts}
     * @return this builder
     * @throws IllegalStateException if the condition was set already
     */
    public Builder when(Condition condition) {
      Objects.requireNonNull(condition, "condition");
      if (when != null) {
        throw new IllegalStateException("when is set already");
      }
      when = condition;
      return this;
    }

    /**
     * @return the rule
     * @throws InvalidTriggerException if it has no trigger, more than {@value #MAX_TRIGGERS}, or a
     *     {@code when} that names a trigger it lacks, compares a trigger other than with flags, or
     *     has an operand kind other than {@code trigger}, {@code attribute} and {@code days-since}
     */
    public TriggerRule build() {
      if (triggers.isEmpty()) {
        throw new InvalidTriggerException("triggers", "{}", "a rule needs at least one trigger");
      }
      if (triggers.size() > MAX_TRIGGERS) {
        throw new InvalidTriggerException("triggers", triggers.size() + " triggers",
            "a rule may have at most " + MAX_TRIGGERS);
      }
      if (when != null) {
        for (Comparison comparison : when.comparisons()) {
          check(comparison);
        }
      }
      return new TriggerRule(triggers, when);
    }

    private void check(Comparison comparison) {
      String kind = comparison.operand().kind();
      String name = comparison.operand().name();
      if (kind.equals(ProfileFacts.ATTRIBUTE) || kind.equals(ProfileFacts.DAYS_SINCE)) {
        return;
      }
      if (!kind.equals(TriggerFacts.TRIGGER)) {
        throw new InvalidTriggerException("when", JourneyIds.quote(kind),
            "a rule's condition compares operands of the kinds \"trigger\", \"attribute\" and"
                + " \"days-since\", not " + JourneyIds.quote(kind));
      }
      if (!triggers.containsKey(name)) {
        throw new InvalidTriggerException("when", comparison.operand().toString(),
            "names no trigger of the rule; its triggers are " + triggers.keySet());
      }
      ConditionOperator operator = comparison.operator();
      boolean flags = operator == ConditionOperator.EQUALS || operator == ConditionOperator.ONE_OF;
      for (AnswerValue argument : comparison.arguments()) {
        flags &= argument instanceof AnswerValue.FlagValue;
      }
      if (!flags) {
        throw new InvalidTriggerException("when", comparison.toString(),
            "a trigger's result is a flag: compare it with \"equals\" true or false");
      }
    }
  }
}
