package io.cxkit.survey;

/**
 * One respondent's way through a survey, question by question. (Being written: see the spec.)
 */
public final class Navigation {
  private final SurveyNavigator navigator;

  Navigation(SurveyNavigator navigator) {
    this.navigator = navigator;
  }
}
