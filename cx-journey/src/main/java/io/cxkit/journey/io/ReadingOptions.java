package io.cxkit.journey.io;

import io.cxkit.journey.JourneyMap;
import io.cxkit.survey.internal.io.ReaderSettings;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings the event readers' builders share: the bad-record settings, the map events are
 * checked against, and the reordering. Each may be set once.
 */
final class ReadingOptions {
  final ReaderSettings settings;
  @Nullable JourneyMap map;
  Duration tolerance = EventJsonLines.DEFAULT_REORDER_TOLERANCE;
  int maxBuffered = EventJsonLines.DEFAULT_MAX_REORDER_BUFFER;

  ReadingOptions() {
    this(new ReaderSettings());
  }

  private ReadingOptions(ReaderSettings settings) {
    this.settings = settings;
  }

  void checkingAgainst(JourneyMap map) {
    Objects.requireNonNull(map, "map");
    settings.once("checkingAgainst");
    this.map = map;
  }

  void reorderTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("reorderTolerance must be ≥ 0, not " + tolerance);
    }
    settings.once("reorderTolerance");
    this.tolerance = tolerance;
  }

  void maxReorderBuffer(int events) {
    if (events < 1) {
      throw new IllegalArgumentException("maxReorderBuffer must be ≥ 1 event, not " + events);
    }
    settings.once("maxReorderBuffer");
    this.maxBuffered = events;
  }

  /** @return a copy for a built reader, which later calls on the builder do not change */
  ReadingOptions built() {
    ReadingOptions copy = new ReadingOptions(settings.built());
    copy.map = map;
    copy.tolerance = tolerance;
    copy.maxBuffered = maxBuffered;
    return copy;
  }

  @Override
  public String toString() {
    return settings.mode() + ", reorderTolerance=" + tolerance + ", maxReorderBuffer="
        + maxBuffered + (map == null ? "" : ", checkingAgainst=" + map.id());
  }
}
