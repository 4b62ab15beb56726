package io.cxkit.survey.loop;

import io.cxkit.survey.ContactDetails;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One respondent to contact: a response that matched at least one follow-up rule, given by a
 * respondent who agreed to be contacted and left a way to be reached. A response without that
 * consent never becomes an entry (it is only counted), so every entry has contact details.
 *
 * <p>The contact details are personal data: {@link #toString()} redacts them, as {@link
 * ContactDetails#toString()} does.
 *
 * @param responseId the response's id
 * @param respondentId the respondent's customer id, or null for an anonymous visitor
 * @param surveyId the survey answered
 * @param submittedAt when the response was submitted
 * @param touchpointId the journey touchpoint the survey was asked at, or null
 * @param priority the most urgent priority of the rules matched, 1 (most urgent) to 9
 * @param reasons every rule matched, in the rules' order; at least one; copied, unmodifiable
 * @param contact how to reach the respondent, with their consent
 */
public record FollowUpEntry(
    String responseId,
    @Nullable String respondentId,
    String surveyId,
    Instant submittedAt,
    @Nullable String touchpointId,
    int priority,
    List<FollowUpReason> reasons,
    ContactDetails contact) {

  /**
   * The order of a follow-up list: most urgent first, then the longest waiting (earliest
   * submitted), then by response id and survey id, so that the order, and which entries a capped
   * list keeps, never depend on the order responses were read in.
   */
  public static final Comparator<FollowUpEntry> ORDER = Comparator
      .comparingInt(FollowUpEntry::priority)
      .thenComparing(FollowUpEntry::submittedAt)
      .thenComparing(FollowUpEntry::responseId)
      .thenComparing(FollowUpEntry::surveyId);

  /**
   * Checks and copies the entry.
   *
   * @throws IllegalArgumentException if there is no reason, or the priority is not the most urgent
   *     of the reasons'
   */
  public FollowUpEntry {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(contact, "contact");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one reason");
    }
    int most = Integer.MAX_VALUE;
    for (FollowUpReason reason : reasons) {
      most = Math.min(most, reason.priority());
    }
    if (priority != most) {
      throw new IllegalArgumentException(
          "priority " + priority + " must be the most urgent of the reasons', " + most);
    }
  }

  /** @return the ids of the rules matched, in the rules' order */
  public List<String> ruleIds() {
    String[] ids = new String[reasons.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = reasons.get(i).ruleId();
    }
    return List.of(ids);
  }

  /** @return the entry with its contact details redacted */
  @Override
  public String toString() {
    return "FollowUpEntry[responseId=" + responseId + ", respondentId=" + respondentId
        + ", surveyId=" + surveyId + ", submittedAt=" + submittedAt + ", touchpointId="
        + touchpointId + ", priority=" + priority + ", rules=" + ruleIds() + ", contact=" + contact
        + "]";
  }
}
