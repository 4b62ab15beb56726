package io.cxkit.journey.profile;

import io.cxkit.journey.internal.JourneyIds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which persona a customer was assigned, and every persona whose rule the customer's profile
 * matched (to see overlaps). A customer matching no rule is <em>unmatched</em>: no persona, no
 * matches.
 *
 * @param customerId the customer's id
 * @param persona the assigned persona: of the matches, the one of highest priority, the first in
 *     set order among equals; null when unmatched
 * @param matches every persona matched, in set order; copied, unmodifiable
 */
public record Classification(String customerId, @Nullable Persona persona, List<Persona> matches) {

  /** @throws IllegalArgumentException if the assigned persona is not among the matches */
  public Classification {
    Objects.requireNonNull(customerId, "customerId");
    matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    if (persona == null ? !matches.isEmpty() : !matches.contains(persona)) {
      throw new IllegalArgumentException("the assigned persona must be one of the matches, and"
          + " a customer with matches must be assigned one");
    }
  }

  /** @return whether the customer was assigned a persona */
  public boolean isMatched() {
    return persona != null;
  }

  /** @return whether the profile matched more than one persona */
  public boolean isOverlap() {
    return matches.size() > 1;
  }

  /** @return the assigned persona's id, or empty when unmatched */
  public Optional<String> personaId() {
    return persona == null ? Optional.empty() : Optional.of(persona.id());
  }

  /** @return the customer, the assigned persona's id (or "unmatched") and the matches' ids */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Classification{").append(JourneyIds.quote(customerId))
        .append(" -> ").append(persona == null ? "unmatched" : persona.id());
    if (isOverlap()) {
      out.append(", matches");
      for (Persona match : matches) {
        out.append(' ').append(match.id());
      }
    }
    return out.append('}').toString();
  }
}
