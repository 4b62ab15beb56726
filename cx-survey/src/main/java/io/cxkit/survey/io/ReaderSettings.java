package io.cxkit.survey.io;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The settings every streaming reader's builder shares: what to do with bad records, how many to
 * keep, and who to tell. Each may be set once, and so may a builder's own settings, which it
 * records with {@link #once}. (Each reader checks responses against the survey
 * itself, so that a record that fails the check never claims its id for the duplicate check.)
 */
final class ReaderSettings {
  /** Bad records kept in a {@link ReadReport} unless set otherwise. */
  static final int DEFAULT_KEPT = 1000;

  OnBadRecord mode = OnBadRecord.FAIL;
  int kept = DEFAULT_KEPT;
  @Nullable Consumer<? super BadRecord> listener;
  private final Set<String> set = new HashSet<>();

  void once(String setting) {
    if (!set.add(setting)) {
      throw new IllegalStateException(setting + " was already set");
    }
  }

  void onBadRecord(OnBadRecord mode) {
    Objects.requireNonNull(mode, "mode");
    once("onBadRecord");
    this.mode = mode;
  }

  void keepBadRecords(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be ≥ 0, not " + max);
    }
    once("keepBadRecords");
    this.kept = max;
  }

  void listener(Consumer<? super BadRecord> listener) {
    Objects.requireNonNull(listener, "listener");
    once("listener");
    this.listener = listener;
  }

  /**
   * @return a copy of these settings for a built reader, which later calls on the builder do not
   *     change
   * @throws IllegalStateException if a listener was set without {@link
   *     OnBadRecord#SKIP_AND_COLLECT}, as it would never be told
   */
  ReaderSettings built() {
    if (listener != null && mode != OnBadRecord.SKIP_AND_COLLECT) {
      throw new IllegalStateException("a bad-record listener is told only in SKIP_AND_COLLECT"
          + " mode; set onBadRecord(OnBadRecord.SKIP_AND_COLLECT) as well");
    }
    ReaderSettings copy = new ReaderSettings();
    copy.mode = mode;
    copy.kept = kept;
    copy.listener = listener;
    return copy;
  }
}
