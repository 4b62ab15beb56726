package io.cxkit.survey;

/** A minimal question for model tests that need no question type. */
record TextQuestion(String id, LocalizedText text, boolean required) implements Question {
  static TextQuestion of(String id) {
    return new TextQuestion(id, LocalizedText.of("en", "Question " + id), false);
  }
}
