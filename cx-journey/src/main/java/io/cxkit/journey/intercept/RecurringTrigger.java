package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires on a schedule counted from a date of the customer's profile: the relationship survey every
 * quarter ({@code P3M}) since signup.
 *
 * <p>The rule. With {@code D} the profile's date attribute {@code since}, the occurrences are the
 * dates {@code D + n·every} for n ≥ 1 (each counted from {@code D}, so a signup on the 31st recurs
 * on the last day of shorter months and on the 31st again), each beginning at the start of its day
 * in the input's {@linkplain TriggerInput#zone() zone}. The trigger fires when the latest
 * occurrence at or before now has begun and the candidate survey ({@link TriggerInput#surveyId()})
 * was not shown since it began; without a candidate survey the history is not looked at. An
 * occurrence stays open until the survey is shown or the next occurrence begins. It does not fire
 * for a visitor without a profile, or a profile without that date attribute.
 *
 * @param since the name of the profile's date attribute, such as {@code signed-up}
 * @param every the period, positive (no negative part, not zero), at most 100 years
 */
public record RecurringTrigger(String since, Period every) implements Trigger {
  /** The type id, {@value}. */
  public static final String TYPE = "recurring";

  /** @throws InvalidTriggerException if the name is malformed or the period not positive */
  public RecurringTrigger {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(every, "every");
    if (!JourneyIds.isId(since)) {
      throw new InvalidTriggerException("since", JourneyIds.quote(since),
          "an attribute name " + JourneyIds.ID_RULE);
    }
    if (every.isZero() || every.isNegative()) {
      throw new InvalidTriggerException("every", every,
          "must be positive: no negative part, not zero");
    }
    if (every.getYears() > 100 || every.toTotalMonths() > 1_200 || every.getDays() > 36_600) {
      throw new InvalidTriggerException("every", every, "must be at most 100 years");
    }
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * @return fired with {@code "due 2026-04-15 (every P3M since signed-up 2026-01-15)"}, or not with
   *     {@code "next due 2026-04-15 …"} or the display since the latest occurrence
   */
  @Override
  public TriggerCheck check(TriggerInput input) {
    Objects.requireNonNull(input, "input");
    Optional<CustomerProfile> profile = input.profile();
    if (profile.isEmpty()) {
      return TriggerCheck.notFired("no profile, so no " + JourneyIds.quote(since) + " date");
    }
    AttributeValue value = profile.get().attributes().get(since);
    if (!(value instanceof AttributeValue.DateAttribute date)) {
      return TriggerCheck.notFired(value == null
          ? "the profile has no " + JourneyIds.quote(since) + " attribute"
          : "the profile's " + JourneyIds.quote(since) + " is a " + value.typeId()
              + ", not a date");
    }
    LocalDate start = date.value();
    String schedule = "every " + every + " since " + since + " " + start;
    try {
      LocalDate today = LocalDate.ofInstant(input.now(), input.zone());
      long n = latestOccurrence(start, today);
      if (n == 0) {
        return TriggerCheck.notFired("next due " + occurrence(start, 1) + " (" + schedule + ")");
      }
      LocalDate latest = occurrence(start, n);
      // now falls on `today`, so the start of any day up to today has begun (gaps included).
      Instant begins = latest.atStartOfDay(input.zone()).toInstant();
      Optional<String> survey = input.surveyId();
      if (survey.isPresent()) {
        Optional<Instant> shown = input.history().lastShown(survey.get());
        if (shown.isPresent() && !shown.get().isBefore(begins)) {
          return TriggerCheck.notFired("survey " + JourneyIds.quote(survey.get()) + " shown "
              + shown.get() + " since the occurrence of " + latest + "; next due "
              + occurrence(start, n + 1) + " (" + schedule + ")");
        }
      }
      return TriggerCheck.fired("due " + latest + " (" + schedule + ")");
    } catch (DateTimeException | ArithmeticException e) {
      // A date near the ends of the calendar: no occurrence of it can be counted.
      return TriggerCheck.notFired("the occurrences of " + schedule
          + " are beyond the calendar");
    }
  }

  /** @return the largest n ≥ 1 with {@code start + n·every ≤ today}, or 0 if there is none */
  private long latestOccurrence(LocalDate start, LocalDate today) {
    long days = ChronoUnit.DAYS.between(start, today);
    if (days <= 0) {
      return 0;
    }
    // No period is longer than this many days, so n starts at or below the answer and steps up a
    // few times (about 10 % of n for months) rather than n times.
    long longest = every.getYears() * 366L + every.getMonths() * 31L + every.getDays();
    long n = Math.max(1, days / longest);
    if (occurrence(start, n).isAfter(today)) {
      return 0; // n = 1 overshoots
    }
    while (!occurrence(start, n + 1).isAfter(today)) {
      n++;
    }
    return n;
  }

  private LocalDate occurrence(LocalDate start, long n) {
    return start.plus(every.multipliedBy(Math.toIntExact(n)));
  }
}
