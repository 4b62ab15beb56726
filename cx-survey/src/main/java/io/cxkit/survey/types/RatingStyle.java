package io.cxkit.survey.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cxkit.survey.internal.Ids;

/**
 * How a {@link RatingQuestion} is shown: as stars or as numbers. It changes the presentation, not
 * the meaning of a score, so summaries of the two styles merge. In JSON it is its {@link #id()}.
 */
public enum RatingStyle {
  /** A row of stars, one per point; id {@code stars}. */
  STARS("stars"),
  /** A row of numbers 1..points; id {@code numbers}. */
  NUMBERS("numbers");

  private final String id;

  RatingStyle(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON: {@code stars} or {@code numbers} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * @param id a style's id, as {@link #id()} gives it
   * @return the style with that id
   * @throws io.cxkit.core.InvalidValueException naming the valid ids if no style has that id
   */
  @JsonCreator
  public static RatingStyle ofId(String id) {
    return Ids.ofId("style", id, values(), RatingStyle::id);
  }
}
