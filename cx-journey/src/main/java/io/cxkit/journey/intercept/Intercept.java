package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One way of asking for one survey: when (its {@link TriggerRule}: named triggers, and perhaps a
 * {@code when} condition combining them with and/or/not and the profile), whom
 * (its {@link Audience} and {@link Sampling}), how often (a display limit per person, and whether
 * a person who completed the survey is ever asked again), and how it ranks against other
 * intercepts firing at the same moment ({@link #priority()}: <strong>the higher wins</strong>, as
 * persona priorities do; equal priorities go to the intercept given to the engine first).
 *
 * <p>Defaults: everyone, 100 % sampled, priority 0, at most {@value #DEFAULT_MAX_DISPLAYS}
 * displays per person (the cap of the Webstatus visitor survey, userneeds.com: "a maximum of
 * three times within 30 days", and of Promolayer's example), never again after completing.
 * Recurring surveys (a quarterly relationship survey) switch both off with {@link
 * Builder#unlimitedDisplays()} and {@link Builder#askAgainAfterCompleting()}; their trigger then
 * decides, from the history, whether the survey was shown since the current occasion. Immutable
 * and thread-safe when its triggers are (as {@link Trigger} requires).
 *
 * <pre>{@code
 * Intercept exit = Intercept.builder("checkout-exit", "exit-feedback")
 *     .when(TriggerRule.of("exit-checkout", new ExitIntentTrigger(PagePattern.of("/checkout/**"))))
 *     .priority(10)
 *     .build();
 * }</pre>
 */
public final class Intercept {
  /** The display limit of an intercept that does not set one. */
  public static final int DEFAULT_MAX_DISPLAYS = 3;

  private final String id;
  private final String surveyId;
  private final TriggerRule rule;
  private final Audience audience;
  private final Sampling sampling;
  private final int priority;
  /** The display limit, or 0 for none. */
  private final int maxDisplays;
  private final boolean neverAgainAfterCompleting;

  private Intercept(Builder b, TriggerRule rule) {
    this.id = b.id;
    this.surveyId = b.surveyId;
    this.rule = rule;
    this.audience = b.audience == null ? Audience.everyone() : b.audience;
    this.sampling = b.sampling == null ? Sampling.all() : b.sampling;
    this.priority = b.priority == null ? 0 : b.priority;
    this.maxDisplays = b.maxDisplays == null ? DEFAULT_MAX_DISPLAYS : b.maxDisplays;
    this.neverAgainAfterCompleting = b.askAgain == null || !b.askAgain;
  }

  /**
   * @param id the intercept's id, unique within an engine (letters, digits, {@code _ . -})
   * @param surveyId the survey it shows
   * @return a builder of the intercept
   */
  public static Builder builder(String id, String surveyId) {
    return new Builder(Objects.requireNonNull(id, "id"),
        Objects.requireNonNull(surveyId, "surveyId"));
  }

  /** @return the intercept's id */
  public String id() {
    return id;
  }

  /** @return the survey it shows */
  public String surveyId() {
    return surveyId;
  }

  /** @return when it fires: its named triggers and their optional {@code when} condition */
  public TriggerRule triggerRule() {
    return rule;
  }

  /** @return whom it may ask */
  public Audience audience() {
    return audience;
  }

  /** @return which share of its audience it asks */
  public Sampling sampling() {
    return sampling;
  }

  /** @return its rank among intercepts firing at once: the higher wins */
  public int priority() {
    return priority;
  }

  /** @return how often its survey may be shown to one person, or empty for no limit */
  public OptionalInt maxDisplays() {
    return maxDisplays == 0 ? OptionalInt.empty() : OptionalInt.of(maxDisplays);
  }

  /** @return whether a person who completed the survey is never asked again */
  public boolean neverAgainAfterCompleting() {
    return neverAgainAfterCompleting;
  }

  /**
   * Checks the trigger rule for this intercept's survey ({@link TriggerInput#forSurvey}) — the one
   * place the triggers are asked. Every trigger of the rule is checked once, so the result holds
   * each one's {@link TriggerCheck} by its id.
   *
   * @param input the decision's input
   * @return whether the intercept fires, and each trigger's own check
   */
  public TriggerRuleCheck check(TriggerInput input) {
    return rule.check(Objects.requireNonNull(input, "input").forSurvey(surveyId));
  }

  /**
   * The "why not" of a rule that did not fire, for {@link Reason.NotTriggered}: each trigger's id
   * and detail, {@code "exit-checkout: latest event is a page-view on /cart, not an exit intent;
   * long-help: on /cart, not on /help/**"}; a rule with a {@code when} condition starts with its
   * own account ({@code "when does not hold; fired: exit-checkout; exit-checkout: …"}).
   */
  static String whyNot(TriggerRule rule, TriggerRuleCheck check) {
    StringBuilder out = new StringBuilder(64 * check.checks().size() + 32);
    if (rule.when().isPresent()) {
      out.append(check.detail());
    }
    for (Map.Entry<String, TriggerCheck> entry : check.checks().entrySet()) {
      out.append(out.length() == 0 ? "" : "; ").append(entry.getKey()).append(": ")
          .append(entry.getValue().detail());
    }
    return out.toString();
  }

  /** Value equality over every part (triggers are values, as {@link Trigger} requires). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Intercept other && id.equals(other.id) && surveyId.equals(other.surveyId)
        && rule.equals(other.rule) && audience.equals(other.audience)
        && sampling.equals(other.sampling) && priority == other.priority
        && maxDisplays == other.maxDisplays
        && neverAgainAfterCompleting == other.neverAgainAfterCompleting;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, surveyId, rule, audience, sampling, priority, maxDisplays,
        neverAgainAfterCompleting);
  }

  /** @return the id, the survey, the trigger ids and the priority */
  @Override
  public String toString() {
    return "Intercept[" + JourneyIds.quote(id) + " -> survey " + JourneyIds.quote(surveyId)
        + ", triggers " + rule.triggers().keySet() + (rule.when().isPresent() ? " with when" : "")
        + ", priority " + priority + "]";
  }

  /**
   * Collects an intercept; each option may be set once ({@link IllegalStateException} otherwise),
   * and {@link #build()} checks them. The trigger rule is required: {@link #when(TriggerRule)}, or
   * its shorthand {@link #triggers(Trigger...)}.
   */
  public static final class Builder {
    private final String id;
    private final String surveyId;
    private @Nullable TriggerRule rule;
    private @Nullable Audience audience;
    private @Nullable Sampling sampling;
    private @Nullable Integer priority;
    private @Nullable Integer maxDisplays;
    private @Nullable Boolean askAgain;

    private Builder(String id, String surveyId) {
      this.id = id;
      this.surveyId = surveyId;
    }

    /**
     * @param rule when the intercept fires: named triggers, and perhaps a {@code when} condition
     *     over them and the profile
     * @return this builder
     * @throws IllegalStateException if the rule (or {@link #triggers}) was set already
     */
    public Builder when(TriggerRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (this.rule != null) {
        throw new IllegalStateException("the trigger rule (when or triggers) is already set");
      }
      this.rule = rule;
      return this;
    }

    /**
     * The shorthand for a rule that fires when any of the triggers fires: {@link #when(TriggerRule)}
     * with each trigger named by its {@link Trigger#type()}, and a repeated type by its type and
     * its place among the triggers of that type ({@code dwell}, {@code dwell-2}, {@code dwell-3}; the first of these not taken).
     *
     * @param triggers one or more triggers; the intercept fires when any fires
     * @return this builder
     * @throws IllegalStateException if the rule was set already
     * @throws InvalidTriggerException if a trigger's type is not an id ({@link TriggerRule.Builder#trigger})
     */
    public Builder triggers(Trigger... triggers) {
      Objects.requireNonNull(triggers, "triggers");
      return triggers(List.of(triggers));
    }

    /**
     * The shorthand of {@link #triggers(Trigger...)} for a list.
     *
     * @param triggers one or more triggers; the intercept fires when any fires
     * @return this builder
     * @throws IllegalStateException if the rule was set already
     * @throws InvalidJourneyException if the list is empty
     * @throws InvalidTriggerException if a trigger's type is not an id
     */
    public Builder triggers(List<? extends Trigger> triggers) {
      Objects.requireNonNull(triggers, "triggers");
      if (this.rule != null) {
        throw new IllegalStateException("the trigger rule (when or triggers) is already set");
      }
      if (triggers.isEmpty()) {
        throw new InvalidJourneyException("triggers", "[]",
            "intercept " + JourneyIds.quote(id) + " needs at least one trigger");
      }
      TriggerRule.Builder builder = TriggerRule.builder();
      Set<String> used = new HashSet<>();
      for (int i = 0; i < triggers.size(); i++) {
        Trigger trigger = Objects.requireNonNull(triggers.get(i), "triggers[" + i + "]");
        String type = Objects.requireNonNull(trigger.type(), "triggers[" + i + "].type()");
        String name = type;
        for (int n = 2; !used.add(name); n++) {
          name = type + "-" + n;
        }
        builder.trigger(name, trigger);
      }
      return when(builder.build());
    }

    /**
     * @param audience whom it may ask (default {@link Audience#everyone()})
     * @return this builder
     */
    public Builder audience(Audience audience) {
      Objects.requireNonNull(audience, "audience");
      if (this.audience != null) {
        throw new IllegalStateException("audience is already set");
      }
      this.audience = audience;
      return this;
    }

    /**
     * @param percent the share of the audience asked, on 0..100 (default 100)
     * @return this builder
     */
    public Builder samplePercent(double percent) {
      if (this.sampling != null) {
        throw new IllegalStateException("samplePercent is already set");
      }
      this.sampling = Sampling.percent(percent);
      return this;
    }

    /**
     * @param priority the rank among intercepts firing at once, any int: the higher wins (default
     *     0)
     * @return this builder
     */
    public Builder priority(int priority) {
      if (this.priority != null) {
        throw new IllegalStateException("priority is already set");
      }
      this.priority = priority;
      return this;
    }

    /**
     * @param maxDisplays how often the survey may be shown to one person, at least 1 (default
     *     {@value Intercept#DEFAULT_MAX_DISPLAYS}), whatever each showing's outcome
     * @return this builder
     */
    public Builder maxDisplays(int maxDisplays) {
      if (this.maxDisplays != null) {
        throw new IllegalStateException("maxDisplays is already set");
      }
      if (maxDisplays < 1) {
        throw new InvalidJourneyException("maxDisplays", maxDisplays,
            "must be at least 1; use unlimitedDisplays() for no limit");
      }
      this.maxDisplays = maxDisplays;
      return this;
    }

    /**
     * Lifts the display limit, for recurring surveys.
     *
     * @return this builder
     */
    public Builder unlimitedDisplays() {
      if (this.maxDisplays != null) {
        throw new IllegalStateException("maxDisplays is already set");
      }
      this.maxDisplays = 0;
      return this;
    }

    /**
     * Lets a person who completed the survey be asked again (by default never), for recurring
     * surveys whose trigger fires once per occasion.
     *
     * @return this builder
     */
    public Builder askAgainAfterCompleting() {
      if (this.askAgain != null) {
        throw new IllegalStateException("askAgainAfterCompleting is already set");
      }
      this.askAgain = true;
      return this;
    }

    /**
     * @return the intercept
     * @throws InvalidJourneyException if an id is malformed or no trigger rule is given
     */
    public Intercept build() {
      JourneyIds.requireId("id", id);
      JourneyIds.requireId("surveyId", surveyId);
      if (rule == null) {
        throw new InvalidJourneyException("triggers", "[]",
            "intercept " + JourneyIds.quote(id) + " needs at least one trigger: when(rule) or"
                + " triggers(...)");
      }
      return new Intercept(this, rule);
    }
  }
}
