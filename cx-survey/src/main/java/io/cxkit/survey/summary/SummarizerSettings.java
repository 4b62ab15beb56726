package io.cxkit.survey.summary;

import io.cxkit.survey.QuestionTypeRegistry;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The settings the builders of the survey, grouped and trend summarizers share: how to count and
 * the question types, each of them and of a builder's own settings given once.
 */
final class SummarizerSettings {
  SummaryOptions options = SummaryOptions.DEFAULT;
  QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
  private final Set<String> set = new HashSet<>();

  /** @throws IllegalStateException if {@code setting} was already given */
  void once(String setting) {
    if (!set.add(setting)) {
      throw new IllegalStateException(setting + " was already set");
    }
  }

  void options(SummaryOptions options) {
    Objects.requireNonNull(options, "options");
    once("options");
    this.options = options;
  }

  void registry(QuestionTypeRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    once("registry");
    this.registry = registry;
  }
}
