package io.cxkit.journey.io;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a source names event kinds: their {@linkplain EventKind#id() ids}, and further words a
 * builder maps to them ({@code pageview} to view). Immutable once built.
 */
final class EventKinds {
  private final Map<String, EventKind> words;

  private EventKinds(Map<String, EventKind> words) {
    this.words = words;
  }

  static EventKinds ids() {
    return new EventKinds(Map.of());
  }

  /** A builder's words, in lower case, each given once. */
  static final class Builder {
    private final Map<String, EventKind> words = new LinkedHashMap<>();

    void add(String word, EventKind kind) {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(kind, "kind");
      String key = word.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("a word for an event kind must not be blank");
      }
      for (EventKind known : EventKind.values()) {
        if (known.id().equals(key)) {
          throw new IllegalArgumentException("\"" + word + "\" is the id of event kind "
              + known.id() + " already; map other words only");
        }
      }
      if (words.putIfAbsent(key, kind) != null) {
        throw new IllegalStateException("the word \"" + word + "\" is mapped to an event kind"
            + " already, to " + words.get(key).id());
      }
    }

    EventKinds build() {
      return new EventKinds(Collections.unmodifiableMap(new LinkedHashMap<>(words)));
    }
  }

  /**
   * @param word a kind's id or a word mapped to one
   * @param anyCase whether the id may be in any case (CSV) rather than exactly (JSON); mapped words
   *     are matched in any case
   * @return the kind
   * @throws InvalidJourneyException at field {@code kind} naming the ids and words
   */
  EventKind of(String word, boolean anyCase) {
    String key = anyCase ? word.strip().toLowerCase(Locale.ROOT) : word;
    for (EventKind kind : EventKind.values()) {
      if (kind.id().equals(key)) {
        return kind;
      }
    }
    EventKind mapped = words.get(word.strip().toLowerCase(Locale.ROOT));
    if (mapped != null) {
      return mapped;
    }
    StringBuilder known = new StringBuilder();
    for (EventKind kind : EventKind.values()) {
      known.append(known.length() == 0 ? "" : ", ").append(kind.id());
    }
    for (Map.Entry<String, EventKind> entry : words.entrySet()) {
      known.append(", ").append(entry.getKey()).append(" (").append(entry.getValue().id())
          .append(')');
    }
    throw new InvalidJourneyException("kind", JourneyIds.quote(word),
        "must be one of " + known + (anyCase ? " (in any case)" : ""));
  }

  @Override
  public String toString() {
    return words.isEmpty() ? "ids" : "ids and " + words;
  }
}
