package io.cxkit.journey.intercept;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The surveys a person has been shown, across all surveys and channels: what pacing (cooldown,
 * display limits, never again after completing) and recurring triggers look at. Immutable; the
 * caller keeps it (a cookie, a profile store) and adds a contact when a survey is shown.
 */
public final class SurveyHistory {
  private static final SurveyHistory EMPTY = new SurveyHistory(List.of());

  private final List<SurveyContact> contacts;

  private SurveyHistory(List<SurveyContact> contacts) {
    this.contacts = contacts;
  }

  /** @return the history of someone never surveyed */
  public static SurveyHistory empty() {
    return EMPTY;
  }

  /**
   * @param contacts the person's past contacts, in any order; copied
   * @return their history
   */
  public static SurveyHistory of(List<SurveyContact> contacts) {
    List<SurveyContact> copy = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
    return copy.isEmpty() ? EMPTY : new SurveyHistory(copy);
  }

  /**
   * @param contact a new contact
   * @return this history with that contact added
   */
  public SurveyHistory with(SurveyContact contact) {
    Objects.requireNonNull(contact, "contact");
    SurveyContact[] all = contacts.toArray(new SurveyContact[contacts.size() + 1]);
    all[contacts.size()] = contact;
    return new SurveyHistory(List.of(all));
  }

  /** @return every contact, in the order given; unmodifiable */
  public List<SurveyContact> contacts() {
    return contacts;
  }

  /** @return when any survey was last shown, or empty if none ever was */
  public Optional<Instant> lastShown() {
    return Optional.ofNullable(latest(null));
  }

  /**
   * @param surveyId a survey
   * @return when that survey was last shown, or empty if it never was
   */
  public Optional<Instant> lastShown(String surveyId) {
    return Optional.ofNullable(latest(Objects.requireNonNull(surveyId, "surveyId")));
  }

  /**
   * @param surveyId a survey
   * @return how many times it was shown, whatever the outcome
   */
  public int displays(String surveyId) {
    Objects.requireNonNull(surveyId, "surveyId");
    int count = 0;
    for (SurveyContact contact : contacts) {
      if (contact.surveyId().equals(surveyId)) {
        count++;
      }
    }
    return count;
  }

  /**
   * @param surveyId a survey
   * @return whether the person ever completed it
   */
  public boolean completed(String surveyId) {
    Objects.requireNonNull(surveyId, "surveyId");
    for (SurveyContact contact : contacts) {
      if (contact.surveyId().equals(surveyId) && contact.outcome() == ContactOutcome.COMPLETED) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Instant latest(@Nullable String surveyId) {
    Instant latest = null;
    for (SurveyContact contact : contacts) {
      if ((surveyId == null || contact.surveyId().equals(surveyId))
          && (latest == null || contact.shownAt().isAfter(latest))) {
        latest = contact.shownAt();
      }
    }
    return latest;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SurveyHistory other && contacts.equals(other.contacts);
  }

  @Override
  public int hashCode() {
    return contacts.hashCode();
  }

  @Override
  public String toString() {
    return "SurveyHistory" + contacts;
  }
}
