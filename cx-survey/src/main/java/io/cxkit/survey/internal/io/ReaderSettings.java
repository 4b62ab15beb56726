package io.cxkit.survey.internal.io;

import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.io.ReadReport;
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
public final class ReaderSettings {
  /** Bad records kept in a {@link ReadReport} unless set otherwise. */
  public static final int DEFAULT_KEPT = 1000;

  OnBadRecord mode = OnBadRecord.FAIL;
  int kept = DEFAULT_KEPT;
  @Nullable Consumer<? super BadRecord> listener;
  private final Set<String> set = new HashSet<>();

  /** Settings of the defaults: {@link OnBadRecord#FAIL}, {@value #DEFAULT_KEPT} kept, no listener. */
  public ReaderSettings() {}

  /** @return what to do with bad records */
  public OnBadRecord mode() {
    return mode;
  }

  /** @return how many bad records a report keeps */
  public int kept() {
    return kept;
  }

  /**
   * Records that a setting is given, once.
   *
   * @param setting the setting's name, for the message
   * @throws IllegalStateException if it was given before
   */
  public void once(String setting) {
    if (!set.add(setting)) {
      throw new IllegalStateException(setting + " was already set");
    }
  }

  /**
   * @param mode what to do with bad records
   * @throws IllegalStateException if it was set before
   */
  public void onBadRecord(OnBadRecord mode) {
    Objects.requireNonNull(mode, "mode");
    once("onBadRecord");
    this.mode = mode;
  }

  /**
   * @param max how many bad records a report keeps, ≥ 0
   * @throws IllegalStateException if it was set before
   */
  public void keepBadRecords(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be ≥ 0, not " + max);
    }
    once("keepBadRecords");
    this.kept = max;
  }

  /**
   * @param listener told of each bad record skipped
   * @throws IllegalStateException if it was set before
   */
  public void listener(Consumer<? super BadRecord> listener) {
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
  public ReaderSettings built() {
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
