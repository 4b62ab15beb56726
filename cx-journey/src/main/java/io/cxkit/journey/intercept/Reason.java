package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a candidate intercept was not shown, for a person debugging a live intercept. Each reason
 * has a stable {@link #code()} (as JSON names it) and a short {@link #detail()} phrase without
 * personal data. The engine lists every reason that applies to a candidate, in the order of the
 * types below.
 */
public sealed interface Reason {

  /** @return the reason's stable id, such as {@code cooling-down} */
  String code();

  /** @return a short phrase saying what stood in the way, with the numbers and instants */
  String detail();

  /**
   * The intercept's {@link TriggerRule} did not fire: no trigger fired, or its {@code when}
   * condition did not hold.
   *
   * @param detail each trigger's id and own account ({@link TriggerCheck#detail()}), such as {@code
   *     "exit-checkout: latest event is a page-view on /cart, not an exit intent"}, after the
   *     rule's own account when it has a {@code when} condition
   */
  record NotTriggered(String detail) implements Reason {
    /** Checks the detail is there. */
    public NotTriggered {
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String code() {
      return "not-triggered";
    }
  }

  /**
   * The person is not in the intercept's {@link Audience}.
   *
   * @param detail which part of the audience the person misses (no profile, the rule, the persona)
   */
  record NotInAudience(String detail) implements Reason {
    /** Checks the detail is there. */
    public NotInAudience {
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String code() {
      return "not-in-audience";
    }
  }

  /**
   * The person's hash falls outside the intercept's {@link Sampling}.
   *
   * @param bucket the person's place on 0..100 for this survey ({@link Sampling#bucket})
   * @param samplePercent the intercept's sample, on 0..100
   */
  record NotSampled(double bucket, double samplePercent) implements Reason {
    @Override
    public String code() {
      return "not-sampled";
    }

    @Override
    public String detail() {
      return String.format(Locale.ROOT, "bucket %.4f %% is outside the sample of %s %%", bucket,
          Candidate.number(samplePercent));
    }
  }

  /**
   * The person completed the survey before, and the intercept never asks again after that.
   *
   * @param completedAt when the completed contact was shown (the latest, if several)
   */
  record CompletedBefore(Instant completedAt) implements Reason {
    /** Checks the instant is there. */
    public CompletedBefore {
      Objects.requireNonNull(completedAt, "completedAt");
    }

    @Override
    public String code() {
      return "completed-before";
    }

    @Override
    public String detail() {
      return "completed the survey shown at " + completedAt + "; never asked again after that"
          + " (askAgainAfterCompleting: a recurring survey asks again)";
    }
  }

  /**
   * The intercept's survey was shown to the person as often as the intercept allows.
   *
   * @param displays how often the survey was shown to the person
   * @param maxDisplays the intercept's limit
   */
  record DisplayLimitReached(int displays, int maxDisplays) implements Reason {
    @Override
    public String code() {
      return "display-limit";
    }

    @Override
    public String detail() {
      return "shown " + displays + " of at most " + maxDisplays + " times";
    }
  }

  /**
   * A survey (any survey) was shown to the person within the engine's cooldown.
   *
   * @param lastSurveyId the survey shown last
   * @param lastShownAt when
   * @param until when the cooldown ends: {@code lastShownAt} + the cooldown
   */
  record CoolingDown(String lastSurveyId, Instant lastShownAt, Instant until) implements Reason {
    /** Checks the parts are there. */
    public CoolingDown {
      Objects.requireNonNull(lastSurveyId, "lastSurveyId");
      Objects.requireNonNull(lastShownAt, "lastShownAt");
      Objects.requireNonNull(until, "until");
    }

    @Override
    public String code() {
      return "cooling-down";
    }

    @Override
    public String detail() {
      return "survey " + JourneyIds.quote(lastSurveyId) + " was shown at " + lastShownAt
          + "; cooling down until " + until;
    }
  }

  /**
   * The person was shown as many surveys within the engine's rolling window as its display limit
   * allows ({@link Pacing.DisplayLimit}).
   *
   * @param displays surveys shown within the window
   * @param maxDisplays the limit
   * @param window the window
   */
  record PacingLimitReached(int displays, int maxDisplays, Duration window) implements Reason {
    /** Checks the window is there. */
    public PacingLimitReached {
      Objects.requireNonNull(window, "window");
    }

    @Override
    public String code() {
      return "pacing-limit";
    }

    @Override
    public String detail() {
      return displays + " surveys shown within " + Pacing.days(window) + ", at most "
          + maxDisplays + " allowed";
    }
  }

  /**
   * The candidate passed every check, but another did too and ranks above it: a higher priority,
   * or the same priority and given to the engine earlier.
   *
   * @param interceptId the intercept shown instead
   * @param surveyId its survey
   * @param priority its priority
   */
  record Outranked(String interceptId, String surveyId, int priority) implements Reason {
    /** Checks the ids are there. */
    public Outranked {
      Objects.requireNonNull(interceptId, "interceptId");
      Objects.requireNonNull(surveyId, "surveyId");
    }

    @Override
    public String code() {
      return "outranked";
    }

    @Override
    public String detail() {
      return "outranked by intercept " + JourneyIds.quote(interceptId) + " (survey "
          + JourneyIds.quote(surveyId) + ", priority " + priority + ")";
    }
  }
}
