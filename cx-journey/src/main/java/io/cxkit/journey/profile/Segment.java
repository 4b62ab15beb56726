package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.condition.Condition;
import java.util.Objects;

/**
 * A named rule over profile attributes, one of the segments of a {@link Segmentation.ByRules}:
 * {@code new Segment("new-customers", ProfileFacts.daysSince("signed-up").lessThan(90))}.
 *
 * @param id the segment's id (letters, digits, {@code _ . -}); the group breakdowns name it by
 * @param rule which profiles belong, over {@link ProfileFacts} operands only
 */
public record Segment(String id, Condition rule) {

  /**
   * @throws InvalidJourneyException if the id is malformed or the rule uses an operand kind other
   *     than {@value ProfileFacts#ATTRIBUTE} and {@value ProfileFacts#DAYS_SINCE}
   */
  public Segment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rule, "rule");
    if (!JourneyIds.isId(id)) {
      throw new InvalidJourneyException("id", JourneyIds.quote(id), JourneyIds.ID_RULE);
    }
    Persona.requireProfileOperands("rule", rule);
  }
}
