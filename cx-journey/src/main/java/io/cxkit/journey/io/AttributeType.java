package io.cxkit.journey.io;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.AttributeValue;
import java.util.Objects;

/**
 * The type a profile reader reads an attribute as, where the source does not say it: a CSV column,
 * or a JSON string that holds a date. Ids as {@link AttributeValue#typeId()} gives them.
 */
public enum AttributeType {
  /** A text ({@link AttributeValue.TextAttribute}); id {@code text}. */
  TEXT("text"),
  /** A finite number ({@link AttributeValue.NumberAttribute}); id {@code number}. */
  NUMBER("number"),
  /** An ISO-8601 date, {@code 2026-03-01} ({@link AttributeValue.DateAttribute}); id {@code date}. */
  DATE("date"),
  /** A set of texts ({@link AttributeValue.SetAttribute}); id {@code set}. */
  SET("set");

  private final String id;

  AttributeType(String id) {
    this.id = id;
  }

  /** @return the id: {@code text}, {@code number}, {@code date} or {@code set} */
  public String id() {
    return id;
  }

  /**
   * @param value an attribute value
   * @return its type
   */
  public static AttributeType of(AttributeValue value) {
    return ofId(Objects.requireNonNull(value, "value").typeId());
  }

  /**
   * @param id a type's id
   * @return the type
   * @throws InvalidJourneyException at field {@code type} if no type has that id
   */
  public static AttributeType ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (AttributeType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new InvalidJourneyException("type", JourneyIds.quote(id),
        "must be one of text, number, date, set");
  }
}
