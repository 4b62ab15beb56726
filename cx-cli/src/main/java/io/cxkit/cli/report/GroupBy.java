package io.cxkit.cli.report;

import io.cxkit.core.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The grouping of a report's breakdown: {@code cx report --by …}. */
public enum GroupBy {
  /** A profile attribute's value ({@link ReportSettings#segmentAttribute()}): needs profiles. */
  SEGMENT,
  /** The respondent's persona: needs personas and profiles. */
  PERSONA,
  /** The touchpoint a response was given at (its context). */
  TOUCHPOINT,
  /** The response's channel, or its touchpoint's. */
  CHANNEL,
  /** The response's locale. */
  LOCALE,
  /** The response's A/B variant. */
  VARIANT;

  /** @return the lower-case id used on the command line and in the JSON, such as {@code persona} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param id a grouping's id, such as {@code persona}
   * @return the grouping
   * @throws InvalidValueException naming the field {@code by} when the id is not one of them
   */
  public static GroupBy ofId(String id) {
    for (GroupBy g : values()) {
      if (g.id().equals(id)) {
        return g;
      }
    }
    throw new InvalidValueException("by", id, "must be one of "
        + Arrays.stream(values()).map(GroupBy::id).collect(Collectors.joining(", ")));
  }
}
