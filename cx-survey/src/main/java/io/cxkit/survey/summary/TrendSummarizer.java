package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Records responses to one survey version into a {@link Trend}: each response goes to the period
 * (day, ISO week, month, quarter) holding the local date of its {@code submittedAt} in the zone
 * given — never the JVM's default zone. The mutable recorder behind a trend: not thread-safe; use
 * one per thread or partition and merge their {@linkplain #snapshot() snapshots} with {@link
 * Trend#plus} or {@link #merge}.
 *
 * <p>Memory grows with the number of periods that have responses, not with the responses: one
 * {@link SurveySummarizer} per period. A trend lists every period from its first to its last, so
 * that one stray timestamp (a response dated 1970 among this year's) cannot make it millions of
 * periods long, the span is capped ({@value #DEFAULT_MAX_PERIODS} periods by default, some 27
 * years of days, see {@link Builder#maxPeriods}); a response that would stretch it further is
 * refused with an {@link InvalidValueException} and nothing of it is counted.
 *
 * <p>Each response is checked against the survey as {@link SurveySummarizer#add} does; one that
 * breaks a rule is refused whole, and opens no period.
 */
public final class TrendSummarizer {
  /** The default most periods a trend may span, first and last included. */
  public static final int DEFAULT_MAX_PERIODS = 10_000;

  private final Survey survey;
  private final Period unit;
  private final ZoneId zone;
  private final SummaryOptions options;
  private final QuestionTypeRegistry registry;
  private final int maxPeriods;
  private final SurveySummary empty;
  private final TreeMap<LocalDate, SurveySummarizer> periods = new TreeMap<>();

  private TrendSummarizer(Builder builder) {
    this.survey = builder.survey;
    this.unit = builder.unit;
    this.zone = builder.zone;
    this.options = builder.settings.options;
    this.registry = builder.settings.registry;
    this.maxPeriods = builder.maxPeriods;
    this.empty = newSummarizer().snapshot();
  }

  /**
   * @param survey the survey version to summarise, with the standard registry's types
   * @param unit the kind of period
   * @param zone the zone whose calendar the periods follow
   * @return an empty summarizer with the default options and a span of at most {@value
   *     #DEFAULT_MAX_PERIODS} periods
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static TrendSummarizer of(Survey survey, Period unit, ZoneId zone) {
    return builder(survey, unit, zone).build();
  }

  /**
   * @param survey the survey version to summarise
   * @param unit the kind of period
   * @param zone the zone whose calendar the periods follow; there is no default, so that a trend
   *     never depends on the machine it runs on
   * @return a builder for the options, the registry and the cap on the span
   */
  public static Builder builder(Survey survey, Period unit, ZoneId zone) {
    return new Builder(Objects.requireNonNull(survey, "survey"), Objects.requireNonNull(unit, "unit"),
        Objects.requireNonNull(zone, "zone"));
  }

  private SurveySummarizer newSummarizer() {
    return SurveySummarizer.builder(survey).options(options).registry(registry).build();
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return survey;
  }

  /** @return the kind of period */
  public Period unit() {
    return unit;
  }

  /** @return the zone whose calendar the periods follow */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Records one response in the period of its {@code submittedAt}.
   *
   * @param response a response to the survey version
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException listing every violation if the response does
   *     not fit the survey; nothing of it is then counted
   * @throws InvalidValueException if its period would stretch the trend beyond the cap, or its
   *     instant has no local date; nothing of it is then counted
   */
  public TrendSummarizer add(Response response) {
    Objects.requireNonNull(response, "response");
    LocalDate start;
    try {
      start = unit.start(response.submittedAt(), zone);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("submittedAt", response.submittedAt(), e.rule());
    }
    SurveySummarizer period = periods.get(start);
    if (period != null) {
      period.add(response);
      return this;
    }
    requireSpan("submittedAt", response.submittedAt(), start, start);
    period = newSummarizer();
    period.add(response); // refuses an invalid response before the period exists
    periods.put(start, period);
    return this;
  }

  /**
   * Records every remaining response of an iterator, such as a {@link
   * io.cxkit.survey.io.ResponseReader}.
   *
   * @param responses the responses
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException as {@link #add} does, at the first bad one;
   *     those before it are counted
   * @throws InvalidValueException as {@link #add} does
   */
  public TrendSummarizer addAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      add(responses.next());
    }
    return this;
  }

  /**
   * Records how often the survey was shown in a period (from the intercept's daily logs), so that
   * the period's survey completion rate is over displays. Give displays for every period or for
   * none: neighbours whose rates have different denominators cannot be compared. Count a display
   * in the period its response is submitted in: a period with fewer displays than responses makes
   * {@link #snapshot()} fail.
   *
   * @param date any day of the period
   * @param count displays, ≥ 0
   * @return this summarizer
   * @throws InvalidValueException if {@code count} is negative, or the period would stretch the
   *     trend beyond the cap
   */
  public TrendSummarizer addDisplays(LocalDate date, long count) {
    Objects.requireNonNull(date, "date");
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be a count of displays ≥ 0");
    }
    LocalDate start = unit.start(date);
    SurveySummarizer period = periods.get(start);
    if (period == null) {
      requireSpan("date", date, start, start);
      period = newSummarizer();
      periods.put(start, period);
    }
    period.addDisplays(count);
    return this;
  }

  /**
   * Adds a partial trend, such as another thread's snapshot: the summaries of the same period add
   * up. Everything is checked before anything changes.
   *
   * @param trend a trend of other responses to the same survey version, by the same kind of period
   *     in the same zone, counted the same way
   * @return this summarizer
   * @throws IncompatibleMergeException if the kind of period, zone, survey or options differ
   * @throws InvalidValueException if both together would span more periods than the cap
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public TrendSummarizer merge(Trend trend) {
    Objects.requireNonNull(trend, "trend");
    if (unit != trend.unit()) {
      throw new IncompatibleMergeException("Trend", "period", unit.id(), trend.unit().id());
    }
    if (!zone.equals(trend.zone())) {
      throw new IncompatibleMergeException("Trend", "zone", zone, trend.zone());
    }
    GroupedSummary.requireCompatible(empty, trend.empty(), "trend by " + unit.id());
    Map<LocalDate, SurveySummary> theirs = trend.recorded();
    if (theirs.isEmpty()) {
      return this;
    }
    requireSpan("trend", trend, trend.recorded().firstKey(), trend.recorded().lastKey());
    // Add everything once without keeping it, so that an overflow leaves this summarizer as it was.
    for (Map.Entry<LocalDate, SurveySummary> entry : theirs.entrySet()) {
      SurveySummarizer period = periods.get(entry.getKey());
      if (period != null) {
        GroupedSummary.sum(period.snapshot(), entry.getValue());
      }
    }
    for (Map.Entry<LocalDate, SurveySummary> entry : theirs.entrySet()) {
      SurveySummarizer period = periods.get(entry.getKey());
      SurveySummary summary = entry.getValue();
      if (period == null) {
        // Into a fresh summarizer, merge keeps the summary's displays: one that recorded nothing
        // is the identity of SurveySummary.plus.
        period = newSummarizer();
        period.merge(summary);
        periods.put(entry.getKey(), period);
      } else {
        period.merge(summary);
      }
    }
    return this;
  }

  /** Refuses what would make the span from the first period to the last longer than the cap. */
  private void requireSpan(String field, Object value, LocalDate from, LocalDate to) {
    LocalDate first = periods.isEmpty() || from.isBefore(periods.firstKey()) ? from
        : periods.firstKey();
    LocalDate last = periods.isEmpty() || to.isAfter(periods.lastKey()) ? to : periods.lastKey();
    long span = unit.between(first, last) + 1;
    if (span > maxPeriods) {
      throw new InvalidValueException(field, value, "would stretch the trend to " + span + " "
          + unit.id() + " periods (" + unit.label(first) + " to " + unit.label(last)
          + "), more than maxPeriods = " + maxPeriods + "; check the timestamps or raise maxPeriods");
    }
  }

  /**
   * @return an immutable trend of everything recorded so far
   * @throws InvalidValueException if a period was given fewer displays than it has responses
   */
  public Trend snapshot() {
    Map<LocalDate, SurveySummary> snapshots = new TreeMap<>();
    for (Map.Entry<LocalDate, SurveySummarizer> entry : periods.entrySet()) {
      snapshots.put(entry.getKey(), entry.getValue().snapshot());
    }
    return Trend.of(unit, zone, empty, snapshots);
  }

  @Override
  public String toString() {
    return "TrendSummarizer{survey=" + survey.id() + " v" + survey.version() + ", unit=" + unit.id()
        + ", zone=" + zone + ", periods=" + periods.size() + "}";
  }

  /** Builds a {@link TrendSummarizer}; each setting may be given once. */
  public static final class Builder {
    private final Survey survey;
    private final Period unit;
    private final ZoneId zone;
    private final SummarizerSettings settings = new SummarizerSettings();
    private int maxPeriods = DEFAULT_MAX_PERIODS;

    private Builder(Survey survey, Period unit, ZoneId zone) {
      this.survey = survey;
      this.unit = unit;
      this.zone = zone;
    }

    /**
     * @param options how to count (default {@link SummaryOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(SummaryOptions options) {
      settings.options(options);
      return this;
    }

    /**
     * @param registry the question types of the survey (default the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      settings.registry(registry);
      return this;
    }

    /**
     * @param maxPeriods the most periods the trend may span, first and last included, in 1..{@value
     *     Trend#MAX_PERIODS} (default {@value TrendSummarizer#DEFAULT_MAX_PERIODS}); checked by
     *     {@link #build()}
     * @return this builder
     * @throws IllegalStateException if the cap was already set
     */
    public Builder maxPeriods(int maxPeriods) {
      settings.once("maxPeriods");
      this.maxPeriods = maxPeriods;
      return this;
    }

    /**
     * @return an empty summarizer
     * @throws InvalidValueException if {@code maxPeriods} is below 1 or above {@link
     *     Trend#MAX_PERIODS}
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
     * @throws io.cxkit.survey.InvalidSurveyException if the survey's routing does not fit the
     *     registry's types
     */
    public TrendSummarizer build() {
      if (maxPeriods < 1 || maxPeriods > Trend.MAX_PERIODS) {
        throw new InvalidValueException("maxPeriods", maxPeriods,
            "must lie in 1.." + Trend.MAX_PERIODS + " (Trend.MAX_PERIODS)");
      }
      return new TrendSummarizer(this);
    }
  }
}
