package io.cxkit.survey.types;

import io.cxkit.core.stats.MergeableEstimate;
import java.util.Map;
import io.cxkit.core.CountOverflowException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Objects;

/**
 * The summary of a {@link ContactConsentQuestion}'s answers: the share who agreed to be contacted,
 * as a cx-core {@link Percentage} (0..100, Wilson interval). It holds no e-mail address.
 *
 * @param consent the answers that gave consent, of all answers
 */
public record ContactConsentSummary(Percentage consent) implements QuestionSummary<ContactConsentSummary> {

  /** Checks that the share is present. */
  public ContactConsentSummary {
    Objects.requireNonNull(consent, "consent");
  }

  /** @return the summary of no answers */
  public static ContactConsentSummary empty() {
    return new ContactConsentSummary(Percentage.empty());
  }

  /** @return {@code "consent"}: the share of respondents who agreed to be contacted */
  @Override
  public Map<String, MergeableEstimate<?>> estimates() {
    return Map.of("consent", consent);
  }

  @Override
  public long answered() {
    return consent.n();
  }

  /**
   * Adds the counts; consent questions have no settings that could differ.
   *
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public ContactConsentSummary plus(ContactConsentSummary other) {
    Objects.requireNonNull(other, "other");
    return new ContactConsentSummary(consent.plus(other.consent));
  }

  /** Counts consents, two additions per answer. Not thread-safe. */
  public static final class Accumulator
      implements SummaryAccumulator<ContactConsentAnswer, ContactConsentSummary> {
    private long answered;
    private long consented;

    /** @param question the question whose answers are counted */
    public Accumulator(ContactConsentQuestion question) {
      Objects.requireNonNull(question, "question");
    }

    /** @throws CountOverflowException if the count would exceed {@link Long#MAX_VALUE} */
    @Override
    public void add(ContactConsentAnswer answer) {
      Objects.requireNonNull(answer, "answer");
      if (answered == Long.MAX_VALUE) {
        throw new CountOverflowException("answered", answered, 1);
      }
      answered++;
      if (answer.consent()) {
        consented++;
      }
    }

    /** @throws CountOverflowException if the count would exceed {@link Long#MAX_VALUE} */
    @Override
    public void merge(ContactConsentSummary summary) {
      Objects.requireNonNull(summary, "summary");
      Percentage sum = snapshot().consent().plus(summary.consent());
      answered = sum.n();
      consented = sum.successes();
    }

    @Override
    public ContactConsentSummary snapshot() {
      return new ContactConsentSummary(Percentage.of(consented, answered));
    }

    @Override
    public String toString() {
      return "ContactConsentSummary.Accumulator{n=" + answered + ", consented=" + consented + "}";
    }
  }
}
