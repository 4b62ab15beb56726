package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/** What a visitor did on a page, as the intercept script in the browser reports it. */
public enum SessionEventType {
  /** The page was opened. */
  PAGE_VIEW("page-view"),
  /** The pointer left the window towards the tab bar, or the tab is being closed: about to leave. */
  EXIT_INTENT("exit-intent"),
  /** The visitor scrolled to a depth of the page, in percent of its height. */
  SCROLL("scroll"),
  /** A named event of the site's own (a video played, a filter used). */
  CUSTOM("custom");

  private final String id;

  SessionEventType(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON, such as {@code exit-intent} */
  public String id() {
    return id;
  }

  /**
   * @param id a type's id, as {@link #id()} returns it
   * @return the type with that id
   * @throws InvalidJourneyException if there is none
   */
  public static SessionEventType ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (SessionEventType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new InvalidJourneyException("type", JourneyIds.quote(id),
        "must be one of \"page-view\", \"exit-intent\", \"scroll\", \"custom\"");
  }
}
