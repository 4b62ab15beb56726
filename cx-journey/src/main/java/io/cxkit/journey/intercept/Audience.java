package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Not;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Whom an intercept may ask: a rule over the person's profile (cx-survey's condition language over
 * {@link ProfileFacts}: {@code attribute} and {@code days-since} operands, counted to the
 * decision's date in the engine's zone), and/or a list of personas (the person's assigned persona,
 * as the engine's persona set classifies the profile on the decision's date, must be one of them).
 * When both are given, both must hold.
 *
 * <p>Visitors without a profile (not signed in, not known) cannot be checked against a rule or a
 * persona: {@link #everyone()} includes them, an audience with a rule or personas excludes them
 * unless {@link Builder#anonymousVisitors(boolean) anonymousVisitors(true)} lets them in — then a
 * visitor without a profile is in the audience and one with a profile must meet the rule.
 * Immutable and thread-safe.
 */
public final class Audience {
  private static final Audience EVERYONE = new Audience(null, List.of(), true);

  private final @Nullable Condition rule;
  private final List<String> personaIds;
  private final boolean anonymousVisitors;

  private Audience(@Nullable Condition rule, List<String> personaIds, boolean anonymousVisitors) {
    this.rule = rule;
    this.personaIds = personaIds;
    this.anonymousVisitors = anonymousVisitors;
  }

  /** @return the audience of everyone, visitors without a profile included: an intercept's default */
  public static Audience everyone() {
    return EVERYONE;
  }

  /**
   * @param rule a rule over profiles
   * @return the audience of the profiles meeting it (visitors without a profile excluded)
   * @throws InvalidJourneyException if the rule compares an operand kind other than {@code
   *     attribute} and {@code days-since}
   */
  public static Audience matching(Condition rule) {
    return builder().rule(rule).build();
  }

  /**
   * @param personaIds persona ids, each once
   * @return the audience of the profiles assigned one of these personas
   * @throws InvalidJourneyException if an id is malformed or repeated, or none is given
   */
  public static Audience personas(String... personaIds) {
    return builder().personas(personaIds).build();
  }

  /** @return a builder of an audience */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the rule profiles must meet, or empty if there is none */
  public Optional<Condition> rule() {
    return Optional.ofNullable(rule);
  }

  /** @return the personas a profile must be assigned one of, or empty for any; unmodifiable */
  public List<String> personaIds() {
    return personaIds;
  }

  /** @return whether visitors without a profile are in the audience */
  public boolean anonymousVisitors() {
    return anonymousVisitors;
  }

  /**
   * Checks one person, for the engine.
   *
   * @param profile the person's profile, or null for a visitor not known
   * @param facts the profile's facts as of the decision's date (null exactly when profile is)
   * @param persona the assigned persona's id, or null when unmatched; asked only when this audience
   *     names personas
   * @return null when the person is in the audience, else why not, without personal data
   */
  @Nullable String exclusion(@Nullable CustomerProfile profile, @Nullable ProfileFacts facts,
      Supplier<@Nullable String> persona) {
    if (profile == null || facts == null) {
      return anonymousVisitors ? null
          : "no profile: visitors not known are not in this audience";
    }
    List<String> why = null;
    if (rule != null && !rule.test(facts)) {
      why = new ArrayList<>(2);
      why.add("the profile does not meet the audience rule");
    }
    if (!personaIds.isEmpty()) {
      String assigned = persona.get();
      if (assigned == null || !personaIds.contains(assigned)) {
        if (why == null) {
          why = new ArrayList<>(1);
        }
        why.add((assigned == null ? "no persona matches the profile"
            : "persona " + JourneyIds.quote(assigned)) + "; the audience is personas "
            + personaIds);
      }
    }
    return why == null ? null : String.join("; ", why);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Audience other && Objects.equals(rule, other.rule)
        && personaIds.equals(other.personaIds) && anonymousVisitors == other.anonymousVisitors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, personaIds, anonymousVisitors);
  }

  /** @return the rule, the personas and whether visitors without a profile are in */
  @Override
  public String toString() {
    if (this == EVERYONE) {
      return "Audience[everyone]";
    }
    return "Audience[" + (rule == null ? "" : "rule " + rule + ", ")
        + (personaIds.isEmpty() ? "" : "personas " + personaIds + ", ")
        + (anonymousVisitors ? "with" : "without") + " visitors not known]";
  }

  /**
   * Collects an audience; each option may be set once ({@link IllegalStateException} otherwise).
   * Without a rule and personas it is {@link Audience#everyone()}; with either, visitors without
   * a profile are excluded unless {@link #anonymousVisitors(boolean)} says otherwise.
   */
  public static final class Builder {
    private @Nullable Condition rule;
    private @Nullable List<String> personaIds;
    private @Nullable Boolean anonymousVisitors;

    private Builder() {}

    /**
     * @param rule a rule over profiles ({@code attribute} and {@code days-since} operands)
     * @return this builder
     */
    public Builder rule(Condition rule) {
      Objects.requireNonNull(rule, "rule");
      if (this.rule != null) {
        throw new IllegalStateException("rule is already set");
      }
      this.rule = rule;
      return this;
    }

    /**
     * @param personaIds the personas of the audience, each once
     * @return this builder
     */
    public Builder personas(String... personaIds) {
      Objects.requireNonNull(personaIds, "personaIds");
      if (this.personaIds != null) {
        throw new IllegalStateException("personas are already set");
      }
      List<String> ids = new ArrayList<>(personaIds.length);
      for (int i = 0; i < personaIds.length; i++) {
        ids.add(Objects.requireNonNull(personaIds[i], "personaIds[" + i + "]"));
      }
      this.personaIds = ids;
      return this;
    }

    /**
     * @param included whether visitors without a profile are in the audience
     * @return this builder
     */
    public Builder anonymousVisitors(boolean included) {
      if (this.anonymousVisitors != null) {
        throw new IllegalStateException("anonymousVisitors is already set");
      }
      this.anonymousVisitors = included;
      return this;
    }

    /**
     * @return the audience
     * @throws InvalidJourneyException if the rule compares an operand that is not a profile's, a
     *     persona id is malformed or repeated, or personas were set to none
     */
    public Audience build() {
      List<String> ids = List.of();
      if (personaIds != null) {
        if (personaIds.isEmpty()) {
          throw new InvalidJourneyException("audience.personas", "[]",
              "must name at least one persona when set");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < personaIds.size(); i++) {
          String id = JourneyIds.requireId("audience.personas[" + i + "]", personaIds.get(i));
          if (!seen.add(id)) {
            throw new InvalidJourneyException("audience.personas[" + i + "]",
                JourneyIds.quote(id), "is listed twice; each persona is listed once");
          }
        }
        ids = List.copyOf(seen);
      }
      if (rule != null) {
        requireProfileOperands("audience.rule", rule);
      }
      if (rule == null && ids.isEmpty()) {
        return anonymousVisitors == null || anonymousVisitors ? EVERYONE
            : new Audience(null, ids, false);
      }
      return new Audience(rule, ids, anonymousVisitors != null && anonymousVisitors);
    }

    /** The same check as a persona's rule: every comparison looks at a profile. */
    private static void requireProfileOperands(String path, Condition condition) {
      if (condition instanceof Comparison comparison) {
        String kind = comparison.operand().kind();
        if (!kind.equals(ProfileFacts.ATTRIBUTE) && !kind.equals(ProfileFacts.DAYS_SINCE)) {
          throw new InvalidJourneyException(path, JourneyIds.quote(kind),
              "is not an operand kind of a profile; an audience rule compares \"attribute\" or"
                  + " \"days-since\" operands");
        }
      } else if (condition instanceof AllOf all) {
        parts(path + ".allOf", all.conditions());
      } else if (condition instanceof AnyOf any) {
        parts(path + ".anyOf", any.conditions());
      } else {
        requireProfileOperands(path + ".not", ((Not) condition).condition());
      }
    }

    private static void parts(String path, List<Condition> parts) {
      for (int i = 0; i < parts.size(); i++) {
        requireProfileOperands(path + "[" + i + "]", parts.get(i));
      }
    }
  }
}
