package io.cxkit.journey;

import java.util.Objects;

/** What a customer did at a touchpoint. Each kind has a stable {@linkplain #id() id} for JSON and CSV. */
public enum EventKind {
  /** Saw the touchpoint: a page view, an e-mail opened; id {@code view}. */
  VIEW("view"),
  /** Began a task there: a checkout, a form, a call; id {@code start}. */
  START("start"),
  /** Finished the task; id {@code complete}. */
  COMPLETE("complete"),
  /** Gave the task up; id {@code abandon}. */
  ABANDON("abandon"),
  /** Bought; id {@code purchase}. */
  PURCHASE("purchase"),
  /** Contacted the company (support, sales); id {@code contact}. */
  CONTACT("contact");

  private static final EventKind[] VALUES = values();

  private final String id;

  EventKind(String id) {
    this.id = id;
  }

  /** @return the stable id, such as {@code purchase} */
  public String id() {
    return id;
  }

  /**
   * @param id a kind's id, as {@link #id()} gives it
   * @return the kind with that id
   * @throws InvalidJourneyException naming the valid ids if no kind has that id
   */
  public static EventKind ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (EventKind kind : VALUES) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    StringBuilder known = new StringBuilder();
    for (EventKind kind : VALUES) {
      known.append(known.length() == 0 ? "" : ", ").append(kind.id);
    }
    throw new InvalidJourneyException("kind", io.cxkit.journey.internal.JourneyIds.quote(id),
        "must be one of " + known);
  }
}
