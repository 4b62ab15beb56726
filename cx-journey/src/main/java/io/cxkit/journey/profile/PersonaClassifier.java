package io.cxkit.journey.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Assigns each customer profile its persona of a {@link PersonaSet}, as of a date (the date
 * {@value ProfileFacts#DAYS_SINCE} rules count to). Of the personas whose rules a profile matches,
 * the one of highest {@linkplain Persona#priority() priority} is assigned; among equal priorities
 * the one listed first in the set. A profile matching none is <em>unmatched</em>. Immutable and
 * thread-safe; every rule is evaluated for every profile, so overlaps are always known.
 */
public final class PersonaClassifier implements ProfileGrouping {
  private final PersonaSet personas;
  private final LocalDate asOf;
  private final Persona[] list;
  /** Set positions by descending priority, set order among equals: the first match here wins. */
  private final int[] byRank;

  PersonaClassifier(PersonaSet personas, LocalDate asOf) {
    this.personas = personas;
    this.asOf = asOf;
    this.list = personas.personas().toArray(new Persona[0]);
    Integer[] order = new Integer[list.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // A stable sort keeps set order among equal priorities.
    Arrays.sort(order, (a, b) -> Integer.compare(list[b].priority(), list[a].priority()));
    this.byRank = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      byRank[i] = order[i];
    }
  }

  /** @return the personas assigned */
  public PersonaSet personas() {
    return personas;
  }

  /** @return the date {@value ProfileFacts#DAYS_SINCE} rules count to */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * @param profile a customer's profile
   * @return the assigned persona (or unmatched) and every persona matched
   */
  public Classification classify(CustomerProfile profile) {
    boolean[] matched = new boolean[list.length];
    int assigned = evaluate(profile, matched);
    List<Persona> matches = new ArrayList<>(2);
    for (int i = 0; i < list.length; i++) {
      if (matched[i]) {
        matches.add(list[i]);
      }
    }
    return new Classification(profile.customerId(), assigned < 0 ? null : list[assigned], matches);
  }

  /**
   * @param profile a customer's profile
   * @return the assigned persona's id, or null when the profile is unmatched
   */
  @Override
  public @Nullable String groupOf(CustomerProfile profile) {
    Objects.requireNonNull(profile, "profile");
    ProfileFacts facts = ProfileFacts.of(profile, asOf);
    for (int i : byRank) {
      if (list[i].rule().test(facts)) {
        return list[i].id();
      }
    }
    return null;
  }

  /**
   * Evaluates every rule into {@code matched} (by set position), without allocating beyond the
   * profile's facts.
   *
   * @return the set position of the assigned persona, or -1 when none matched
   */
  int evaluate(CustomerProfile profile, boolean[] matched) {
    Objects.requireNonNull(profile, "profile");
    ProfileFacts facts = ProfileFacts.of(profile, asOf);
    for (int i = 0; i < list.length; i++) {
      matched[i] = list[i].rule().test(facts);
    }
    for (int i : byRank) {
      if (matched[i]) {
        return i;
      }
    }
    return -1;
  }

  /** @return an empty accumulator of the coverage of these personas */
  public PersonaCoverage.Accumulator coverage() {
    return new PersonaCoverage.Accumulator(this);
  }

  /**
   * @param profiles customers' profiles, each customer once
   * @return their coverage by these personas
   * @throws io.cxkit.journey.InvalidJourneyException if a customer's profile is given twice
   */
  public PersonaCoverage coverageOf(Iterable<CustomerProfile> profiles) {
    return coverage().addAll(profiles).result();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonaClassifier other && personas.equals(other.personas)
        && asOf.equals(other.asOf);
  }

  @Override
  public int hashCode() {
    return 31 * personas.hashCode() + asOf.hashCode();
  }

  /** @return the persona ids and the as-of date */
  @Override
  public String toString() {
    return "PersonaClassifier{" + personas.ids() + " as of " + asOf + "}";
  }
}
