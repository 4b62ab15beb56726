package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/**
 * One stage of a customer journey, such as awareness or purchase. Stages are ordered by their
 * place in the {@link JourneyMap}.
 *
 * @param id the stage's id (letters, digits, {@code _ . -})
 * @param name the name shown in reports; not blank
 */
public record Stage(String id, String name) {
  /** @throws InvalidJourneyException if the id is malformed or the name blank */
  public Stage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!JourneyIds.isId(id)) {
      throw new InvalidJourneyException("id", JourneyIds.quote(id), JourneyIds.ID_RULE);
    }
    if (name.isBlank()) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name), "must not be blank");
    }
  }
}
