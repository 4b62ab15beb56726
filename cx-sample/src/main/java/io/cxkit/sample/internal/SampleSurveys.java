package io.cxkit.sample.internal;

import io.cxkit.survey.Survey;
import java.util.List;

/** PLACEHOLDER: the four surveys (written by the content part). */
public final class SampleSurveys {
  /** All four. */
  public static final List<Survey> ALL = List.of();

  private SampleSurveys() {}
}
