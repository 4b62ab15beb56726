package io.cxkit.survey.types;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;

/**
 * The closing-the-loop question: "May we contact you about your feedback?", with the e-mail address
 * to write to; type id {@code contact_consent}. The permission is explicit: an e-mail without
 * consent is a violation, never silently kept.
 *
 * @param id the question's id
 * @param text the question text, which should say what the respondent agrees to
 * @param required whether a completed response must answer it
 */
public record ContactConsentQuestion(String id, LocalizedText text, boolean required)
    implements Question {

  /** @throws io.cxkit.survey.InvalidSurveyException if the id is malformed or the text is absent */
  public ContactConsentQuestion {
    Rules.requireQuestionId(id);
    Rules.requireText(text);
  }
}
