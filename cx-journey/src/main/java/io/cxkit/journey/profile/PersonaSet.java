package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The personas of a shop, in order, with unique ids: what a {@link PersonaClassifier} assigns
 * customers to. The order is the tie rule of equal {@linkplain Persona#priority() priorities}: the
 * persona listed first wins. A set holds 1 to {@value #MAX_PERSONAS} personas.
 */
public final class PersonaSet {
  /** The most personas a set holds; coverage keeps a count per pair of personas. */
  public static final int MAX_PERSONAS = 256;

  private final List<Persona> personas;
  private final Map<String, Integer> index;

  private PersonaSet(List<Persona> personas) {
    this.personas = personas;
    this.index = new HashMap<>(personas.size() * 2);
    for (int i = 0; i < personas.size(); i++) {
      Integer first = index.putIfAbsent(personas.get(i).id(), i);
      if (first != null) {
        throw new InvalidJourneyException("personas[" + i + "].id",
            JourneyIds.quote(personas.get(i).id()),
            "duplicates the id of personas[" + first + "]; persona ids must be unique");
      }
    }
  }

  /**
   * @param personas the personas, in order (the earlier wins a tie of priorities)
   * @return the set
   * @throws InvalidJourneyException if an id repeats, or there are none or more than {@value
   *     #MAX_PERSONAS}
   */
  public static PersonaSet of(List<Persona> personas) {
    Objects.requireNonNull(personas, "personas");
    for (int i = 0; i < personas.size(); i++) {
      Objects.requireNonNull(personas.get(i), "personas[" + i + "]");
    }
    if (personas.isEmpty()) {
      throw new InvalidJourneyException("personas", "[]", "must hold at least one persona");
    }
    if (personas.size() > MAX_PERSONAS) {
      throw new InvalidJourneyException("personas", personas.size() + " personas",
          "must hold at most " + MAX_PERSONAS);
    }
    return new PersonaSet(List.copyOf(personas));
  }

  /**
   * @param personas the personas, in order
   * @return the set
   * @throws InvalidJourneyException as {@link #of(List)} does
   */
  public static PersonaSet of(Persona... personas) {
    return of(List.of(Objects.requireNonNull(personas, "personas")));
  }

  /** @return the personas in order; unmodifiable */
  public List<Persona> personas() {
    return personas;
  }

  /** @return the number of personas */
  public int size() {
    return personas.size();
  }

  /** @return the persona ids in order; unmodifiable */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(personas.size());
    for (Persona persona : personas) {
      ids.add(persona.id());
    }
    return List.copyOf(ids);
  }

  /**
   * @param personaId a persona's id
   * @return the persona, or empty if the set has none of that id
   */
  public Optional<Persona> persona(String personaId) {
    int i = indexOf(personaId);
    return i < 0 ? Optional.empty() : Optional.of(personas.get(i));
  }

  /**
   * @param personaId a persona's id
   * @return its place in the set (0-based), or -1 if the set has none of that id
   */
  public int indexOf(String personaId) {
    Integer i = index.get(Objects.requireNonNull(personaId, "personaId"));
    return i == null ? -1 : i;
  }

  /**
   * @param personaId a persona's id
   * @return its place in the set
   * @throws InvalidJourneyException naming the set's ids if it has none of that id
   */
  int requireIndex(String personaId) {
    int i = indexOf(personaId);
    if (i < 0) {
      throw new InvalidJourneyException("personaId", JourneyIds.quote(personaId),
          "is not a persona of the set; its personas are " + ids());
    }
    return i;
  }

  /**
   * @param asOf the date {@value ProfileFacts#DAYS_SINCE} rules count to
   * @return a classifier of profiles into these personas
   */
  public PersonaClassifier classifier(LocalDate asOf) {
    return new PersonaClassifier(this, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * @param clock the clock whose date, in the clock's own zone, {@value ProfileFacts#DAYS_SINCE}
   *     rules count to (such as {@code Clock.system(ZoneId.of("Europe/Berlin"))}; the JVM's
   *     default zone is never consulted)
   * @return a classifier of profiles into these personas as of the clock's current date
   */
  public PersonaClassifier classifier(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return classifier(LocalDate.ofInstant(clock.instant(), clock.getZone()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonaSet other && personas.equals(other.personas);
  }

  @Override
  public int hashCode() {
    return personas.hashCode();
  }

  /** @return the persona ids, such as {@code PersonaSet[bargain-hunter, loyal]} */
  @Override
  public String toString() {
    return "PersonaSet" + ids();
  }
}
