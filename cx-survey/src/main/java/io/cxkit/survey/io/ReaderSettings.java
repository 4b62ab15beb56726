package io.cxkit.survey.io;

import io.cxkit.survey.ResponseValidator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The settings every streaming reader's builder shares: what to do with bad records, how many to
 * keep, who to tell, and which survey to check responses against. Each may be set once.
 */
final class ReaderSettings {
  /** Bad records kept in a {@link ReadReport} unless set otherwise. */
  static final int DEFAULT_KEPT = 1000;

  OnBadRecord mode = OnBadRecord.FAIL;
  int kept = DEFAULT_KEPT;
  @Nullable Consumer<? super BadRecord> listener;
  @Nullable ResponseValidator validator;
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

  void validator(ResponseValidator validator) {
    Objects.requireNonNull(validator, "validator");
    once("validator");
    this.validator = validator;
  }
}
