package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides, on a page view, which survey to show a visitor — or, when none, why each candidate was
 * not shown. The input is the visitor's session, their profile (if known), their survey history
 * and their journey events; the instant is the engine's {@link Clock}'s, dates are taken in the
 * engine's zone.
 *
 * <p>Every intercept is a candidate, and every check is made for every candidate, so that the
 * report is complete: its triggers ({@link Reason.NotTriggered}), its audience ({@link
 * Reason.NotInAudience}), its sampling ({@link Reason.NotSampled}), never again after completing
 * ({@link Reason.CompletedBefore}), its display limit ({@link Reason.DisplayLimitReached}), the
 * engine's cooldown across all surveys ({@link Reason.CoolingDown}) and the engine's display limit
 * ({@link Reason.PacingLimitReached}). Of the candidates no reason stands against, the one of
 * highest {@linkplain Intercept#priority() priority} is shown (the higher wins; among equals the
 * one given to the engine first) and each other gets {@link Reason.Outranked}; a candidate that
 * fails a check is not also called outranked.
 *
 * <p>Deterministic and free of side effects: the same input at the same clock instant gives an
 * equal decision, nothing is recorded — the caller adds a {@link SurveyContact} to the person's
 * history when it shows the survey. Immutable and thread-safe: one engine serves every request of
 * a web service.
 *
 * <p>The cost of a decision is linear: each trigger scans the session's events (most from the
 * latest backwards, back-and-forth once forwards), the customer's events or the history, so a
 * decision costs about (triggers of all intercepts) × (events + contacts) steps, with no quadratic
 * part — InterceptBenchmark measures a few microseconds for 7 intercepts over a session of 20
 * events, and about ten times that over 1,000. Nothing bounds a session's length here: a service
 * should cap what a browser may send (its request size, or the latest few hundred events of a
 * session). Durations of any size are safe: instants past the ends of the time line saturate at
 * {@link Instant#MIN} and {@link Instant#MAX} (a cooldown of a thousand years holds "forever").
 */
public final class InterceptEngine {
  /** The most intercepts an engine holds. */
  public static final int MAX_INTERCEPTS = 1_000;

  private final Intercept[] intercepts;
  private final InterceptConfiguration configuration;
  private final Pacing pacing;
  private final @Nullable PersonaSet personas;
  private final boolean anyPersonaAudience;
  private final Clock clock;
  private final ZoneId zone;
  /** The classifier of the latest decision's date: a pure function of (personas, date). */
  private final AtomicReference<@Nullable PersonaClassifier> classifier = new AtomicReference<>();

  private InterceptEngine(InterceptConfiguration configuration, @Nullable PersonaSet personas,
      Clock clock, ZoneId zone) {
    this.configuration = configuration;
    this.intercepts = configuration.intercepts().toArray(new Intercept[0]);
    this.pacing = configuration.pacing();
    this.personas = personas;
    boolean any = false;
    for (Intercept intercept : intercepts) {
      any |= !intercept.audience().personaIds().isEmpty();
    }
    this.anyPersonaAudience = any;
    this.clock = clock;
    this.zone = zone;
  }

  /** @return a builder of an engine */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the intercepts, in the order ties of priority are broken by; unmodifiable */
  public List<Intercept> intercepts() {
    return configuration.intercepts();
  }

  /**
   * @return the intercepts and the pacing, as {@link io.cxkit.journey.json.InterceptJson} writes a
   *     configuration document
   */
  public InterceptConfiguration configuration() {
    return configuration;
  }

  /** @return the pacing across all surveys */
  public Pacing pacing() {
    return pacing;
  }

  /** @return the personas audiences are checked against, or empty when none were given */
  public Optional<PersonaSet> personas() {
    return Optional.ofNullable(personas);
  }

  /** @return the clock of every decision's instant */
  public Clock clock() {
    return clock;
  }

  /** @return the zone of decisions' dates (profile rules' {@code days-since}, triggers' periods) */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Decides for one page view, at the clock's instant.
   *
   * @param session the visitor's current session
   * @param profile the person's profile, or null for a visitor not known
   * @param history the surveys shown to the person
   * @param customerEvents the person's journey events (orders delivered, tickets closed), in any
   *     order; empty for a visitor not known
   * @return the survey to show, if any, and every candidate's outcome
   * @throws InvalidJourneyException if the profile or an event is of another person than the
   *     session's
   */
  public InterceptDecision decide(VisitorSession session, @Nullable CustomerProfile profile,
      SurveyHistory history, List<JourneyEvent> customerEvents) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(customerEvents, "customerEvents");
    String person = session.personId();
    if (profile != null && !profile.customerId().equals(person)) {
      throw new InvalidJourneyException("profile.customerId", JourneyIds.quote(profile.customerId()),
          "must be the session's person " + JourneyIds.quote(person));
    }
    for (int i = 0; i < customerEvents.size(); i++) {
      JourneyEvent event = Objects.requireNonNull(customerEvents.get(i), "customerEvents[" + i + "]");
      if (!event.customerId().equals(person)) {
        throw new InvalidJourneyException("customerEvents[" + i + "].customerId",
            JourneyIds.quote(event.customerId()),
            "must be the session's person " + JourneyIds.quote(person));
      }
    }
    Instant now = clock.instant();
    LocalDate date = LocalDate.ofInstant(now, zone);
    TriggerInput input = TriggerInput.of(session, customerEvents, profile, history, now, zone);
    ProfileFacts facts = profile == null ? null : ProfileFacts.of(profile, date);
    Supplier<@Nullable String> persona = new PersonaOf(profile, date);
    Reason cooling = coolingDown(history, now);
    Reason limit = pacingLimit(history, now);

    List<List<Reason>> reasons = new ArrayList<>(intercepts.length);
    TriggerRuleCheck[] checks = new TriggerRuleCheck[intercepts.length];
    int winner = -1;
    for (int i = 0; i < intercepts.length; i++) {
      Intercept intercept = intercepts[i];
      List<Reason> against = new ArrayList<>(2);
      TriggerRuleCheck check = intercept.check(input);
      checks[i] = check;
      if (!check.fired()) {
        against.add(new Reason.NotTriggered(Intercept.whyNot(intercept.triggerRule(), check)));
      }
      String excluded = intercept.audience().exclusion(profile, facts, persona);
      if (excluded != null) {
        against.add(new Reason.NotInAudience(excluded));
      }
      Sampling sampling = intercept.sampling();
      if (!sampling.isEveryone()) {
        long u = Sampling.hash(intercept.surveyId(), person);
        if (!sampling.includes(u)) {
          against.add(new Reason.NotSampled(Sampling.bucket(u), sampling.percentValue()));
        }
      }
      perSurvey(intercept, history, against);
      if (cooling != null) {
        against.add(cooling);
      }
      if (limit != null) {
        against.add(limit);
      }
      reasons.add(against);
      if (against.isEmpty()
          && (winner < 0 || intercept.priority() > intercepts[winner].priority())) {
        winner = i;
      }
    }
    List<Candidate> candidates = new ArrayList<>(intercepts.length);
    for (int i = 0; i < intercepts.length; i++) {
      Intercept intercept = intercepts[i];
      List<Reason> against = reasons.get(i);
      if (against.isEmpty() && i != winner) {
        Intercept shown = intercepts[winner];
        against.add(new Reason.Outranked(shown.id(), shown.surveyId(), shown.priority()));
      }
      candidates.add(new Candidate(intercept.id(), intercept.surveyId(), intercept.priority(),
          checks[i], against));
    }
    return new InterceptDecision(now, candidates);
  }

  /** Never again after completing, and the intercept's display limit, from one pass. */
  private static void perSurvey(Intercept intercept, SurveyHistory history, List<Reason> against) {
    String surveyId = intercept.surveyId();
    int displays = 0;
    Instant completed = null;
    for (SurveyContact contact : history.contacts()) {
      if (contact.surveyId().equals(surveyId)) {
        displays++;
        if (contact.outcome() == ContactOutcome.COMPLETED
            && (completed == null || contact.shownAt().isAfter(completed))) {
          completed = contact.shownAt();
        }
      }
    }
    if (completed != null && intercept.neverAgainAfterCompleting()) {
      against.add(new Reason.CompletedBefore(completed));
    }
    int max = intercept.maxDisplays().orElse(0);
    if (max > 0 && displays >= max) {
      against.add(new Reason.DisplayLimitReached(displays, max));
    }
  }

  /** The cooldown since the survey shown last (the first listed among equal instants). */
  private @Nullable Reason coolingDown(SurveyHistory history, Instant now) {
    if (pacing.cooldown().isZero()) {
      return null;
    }
    SurveyContact last = null;
    for (SurveyContact contact : history.contacts()) {
      if (last == null || contact.shownAt().isAfter(last.shownAt())) {
        last = contact;
      }
    }
    if (last == null) {
      return null;
    }
    // Saturating: a cooldown of a thousand years after a contact near Instant.MAX is "forever".
    Instant until = TriggerText.plus(last.shownAt(), pacing.cooldown());
    return now.isBefore(until) ? new Reason.CoolingDown(last.surveyId(), last.shownAt(), until)
        : null;
  }

  private @Nullable Reason pacingLimit(SurveyHistory history, Instant now) {
    Pacing.DisplayLimit limit = pacing.displayLimit().orElse(null);
    if (limit == null) {
      return null;
    }
    Instant from = TriggerText.minus(now, limit.window());
    int displays = 0;
    for (SurveyContact contact : history.contacts()) {
      if (contact.shownAt().isAfter(from)) {
        displays++;
      }
    }
    return displays >= limit.maxDisplays()
        ? new Reason.PacingLimitReached(displays, limit.maxDisplays(), limit.window()) : null;
  }

  /** The person's assigned persona, classified once per decision and only when asked. */
  private final class PersonaOf implements Supplier<@Nullable String> {
    private final @Nullable CustomerProfile profile;
    private final LocalDate date;
    private boolean done;
    private @Nullable String persona;

    PersonaOf(@Nullable CustomerProfile profile, LocalDate date) {
      this.profile = profile;
      this.date = date;
    }

    @Override
    public @Nullable String get() {
      if (!done) {
        done = true;
        persona = profile == null || !anyPersonaAudience || personas == null ? null
            : classifierOf(date).groupOf(profile);
      }
      return persona;
    }
  }

  private PersonaClassifier classifierOf(LocalDate date) {
    PersonaSet set = Objects.requireNonNull(personas);
    PersonaClassifier cached = classifier.get();
    if (cached != null && cached.asOf().equals(date)) {
      return cached;
    }
    PersonaClassifier fresh = set.classifier(date);
    classifier.set(fresh);
    return fresh;
  }

  /** @return the intercept ids, the pacing and the zone */
  @Override
  public String toString() {
    StringBuilder ids = new StringBuilder();
    for (Intercept intercept : intercepts) {
      ids.append(ids.length() == 0 ? "" : ", ").append(intercept.id());
    }
    return "InterceptEngine[" + ids + "; " + pacing + ", zone " + zone + "]";
  }

  /**
   * Collects an engine; each option may be set once ({@link IllegalStateException} otherwise), and
   * {@link #build()} checks them. Intercepts and the clock are required; the pacing defaults to
   * {@link Pacing#standard()}, the zone to the clock's zone; personas are needed only when an
   * audience names personas.
   */
  public static final class Builder {
    private @Nullable List<Intercept> intercepts;
    private @Nullable Pacing pacing;
    private @Nullable PersonaSet personas;
    private @Nullable Clock clock;
    private @Nullable ZoneId zone;

    private Builder() {}

    /**
     * @param intercepts the intercepts, in order: among equal priorities the earlier wins
     * @return this builder
     */
    public Builder intercepts(Intercept... intercepts) {
      Objects.requireNonNull(intercepts, "intercepts");
      return intercepts(List.of(intercepts));
    }

    /**
     * @param intercepts the intercepts, in order: among equal priorities the earlier wins
     * @return this builder
     */
    public Builder intercepts(List<Intercept> intercepts) {
      Objects.requireNonNull(intercepts, "intercepts");
      if (this.intercepts != null) {
        throw new IllegalStateException("intercepts are already set");
      }
      List<Intercept> copy = new ArrayList<>(intercepts.size());
      for (int i = 0; i < intercepts.size(); i++) {
        copy.add(Objects.requireNonNull(intercepts.get(i), "intercepts[" + i + "]"));
      }
      this.intercepts = copy;
      return this;
    }

    /**
     * Sets the intercepts and the pacing at once, as a configuration document gives them ({@link
     * io.cxkit.journey.json.InterceptJson#readConfiguration(String)}).
     *
     * @param configuration the intercepts and the pacing
     * @return this builder
     * @throws IllegalStateException if the intercepts or the pacing were set already
     */
    public Builder configuration(InterceptConfiguration configuration) {
      Objects.requireNonNull(configuration, "configuration");
      if (this.intercepts != null || this.pacing != null) {
        throw new IllegalStateException("intercepts or pacing are already set");
      }
      this.intercepts = configuration.intercepts();
      this.pacing = configuration.pacing();
      return this;
    }

    /**
     * @param pacing the cooldown and display limit across all surveys (default {@link
     *     Pacing#standard()})
     * @return this builder
     */
    public Builder pacing(Pacing pacing) {
      Objects.requireNonNull(pacing, "pacing");
      if (this.pacing != null) {
        throw new IllegalStateException("pacing is already set");
      }
      this.pacing = pacing;
      return this;
    }

    /**
     * The personas audiences name. The engine classifies a profile as of each decision's date (a
     * {@link PersonaClassifier} of the set for that date), so {@code days-since} rules count to the
     * day of the page view.
     *
     * @param personas the persona set
     * @return this builder
     */
    public Builder personas(PersonaSet personas) {
      Objects.requireNonNull(personas, "personas");
      if (this.personas != null) {
        throw new IllegalStateException("personas are already set");
      }
      this.personas = personas;
      return this;
    }

    /**
     * @param clock the clock of every decision's instant (a fixed clock makes decisions repeatable)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      if (this.clock != null) {
        throw new IllegalStateException("clock is already set");
      }
      this.clock = clock;
      return this;
    }

    /**
     * @param zone the zone of decisions' dates (default the clock's zone)
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      Objects.requireNonNull(zone, "zone");
      if (this.zone != null) {
        throw new IllegalStateException("zone is already set");
      }
      this.zone = zone;
      return this;
    }

    /**
     * @return the engine
     * @throws IllegalStateException if the clock was not set
     * @throws InvalidJourneyException if there are no intercepts or more than {@value
     *     #MAX_INTERCEPTS}, two share an id, or an audience names a persona the persona set lacks
     *     (or personas without a persona set)
     */
    public InterceptEngine build() {
      if (clock == null) {
        throw new IllegalStateException("the clock is required: clock(Clock.systemUTC()) in a"
            + " service, Clock.fixed(...) in a test");
      }
      InterceptConfiguration configuration = new InterceptConfiguration(
          intercepts == null ? List.of() : intercepts,
          pacing == null ? Pacing.standard() : pacing);
      List<Intercept> checked = configuration.intercepts();
      for (int i = 0; i < checked.size(); i++) {
        Intercept intercept = checked.get(i);
        List<String> named = intercept.audience().personaIds();
        for (int k = 0; k < named.size(); k++) {
          if (personas == null) {
            throw new InvalidJourneyException("intercepts[" + i + "].audience.personas[" + k + "]",
                JourneyIds.quote(named.get(k)),
                "names a persona, but the engine was given no persona set (personas(...))");
          }
          if (personas.indexOf(named.get(k)) < 0) {
            throw new InvalidJourneyException("intercepts[" + i + "].audience.personas[" + k + "]",
                JourneyIds.quote(named.get(k)),
                "is not a persona of the engine's set; its personas are " + personas.ids());
          }
        }
      }
      return new InterceptEngine(configuration, personas, clock,
          zone == null ? clock.getZone() : zone);
    }
  }
}
