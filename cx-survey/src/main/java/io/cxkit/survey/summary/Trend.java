package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Comparison;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The immutable summaries of one survey version's responses per calendar period — per day, ISO
 * week, month or quarter of their {@code submittedAt} in a given zone — with period-over-period
 * comparisons ({@link #compare}). Periods run in order from the first period with responses (or
 * displays) to the last, with the periods between them that had none filled by empty summaries,
 * so a gap shows as a period of n = 0 rather than disappearing. Trends of disjoint sets of
 * responses add exactly with {@link #plus}. Build one with a {@link TrendSummarizer}.
 */
public final class Trend {
  /**
   * The most periods a trend may span, its first and last included: {@link #periods()} lists and
   * {@link #compare} compares every period from the first to the last, so the span, not the
   * number of periods with data, is what a trend costs. 100 000 periods are some 270 years of
   * days; a {@link TrendSummarizer} keeps to its own, smaller cap ({@link
   * TrendSummarizer.Builder#maxPeriods}).
   */
  public static final int MAX_PERIODS = 100_000;

  private final Period unit;
  private final ZoneId zone;
  private final SurveySummary empty;
  /** The periods that recorded something, by first day; no blank summary. */
  private final NavigableMap<LocalDate, SurveySummary> recorded;

  private Trend(Period unit, ZoneId zone, SurveySummary empty,
      NavigableMap<LocalDate, SurveySummary> recorded) {
    this.unit = unit;
    this.zone = zone;
    this.empty = empty;
    this.recorded = recorded;
  }

  /**
   * A trend from its parts, as a serial form holds them.
   *
   * @param survey the survey version summarised
   * @param options how the responses were counted
   * @param registry the registry of the survey's question types, for the empty summaries of gaps
   * @param unit the kind of period
   * @param zone the zone whose calendar the periods follow
   * @param periods the summary of each period, by its first day; periods left out, and empty
   *     summaries without displays, are periods without responses
   * @return the trend
   * @throws InvalidValueException if a date is not the first day of a period of {@code unit}, or
   *     the periods with data span more than {@link #MAX_PERIODS}
   * @throws IncompatibleMergeException if a summary is of another survey version or options
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static Trend of(Survey survey, SummaryOptions options, QuestionTypeRegistry registry,
      Period unit, ZoneId zone, Map<LocalDate, SurveySummary> periods) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(periods, "periods");
    return of(unit, zone, SurveySummary.empty(survey, options, registry), periods);
  }

  static Trend of(Period unit, ZoneId zone, SurveySummary empty,
      Map<LocalDate, SurveySummary> periods) {
    NavigableMap<LocalDate, SurveySummary> recorded = new TreeMap<>();
    for (Map.Entry<LocalDate, SurveySummary> entry : periods.entrySet()) {
      LocalDate start = Objects.requireNonNull(entry.getKey(), "periods key");
      SurveySummary summary = Objects.requireNonNull(entry.getValue(), "periods value");
      if (!unit.isStart(start)) {
        throw new InvalidValueException("periods", start, "must be the first day of a "
            + unit.id() + ", such as " + unit.start(start));
      }
      GroupedSummary.requireCompatible(empty, summary, unit.label(start));
      if (!GroupedSummary.isBlank(summary)) {
        recorded.put(start, summary);
      }
    }
    requireSpan(unit, recorded);
    return new Trend(unit, zone, empty, Collections.unmodifiableNavigableMap(recorded));
  }

  /** Refuses periods whose span from the first to the last is longer than {@link #MAX_PERIODS}. */
  private static void requireSpan(Period unit, NavigableMap<LocalDate, SurveySummary> recorded) {
    if (recorded.isEmpty()) {
      return;
    }
    LocalDate first = recorded.firstKey();
    LocalDate last = recorded.lastKey();
    long span = unit.between(first, last) + 1;
    if (span > MAX_PERIODS) {
      throw new InvalidValueException("periods", unit.label(first) + " to " + unit.label(last),
          "span " + span + " " + unit.id() + " periods, and a trend lists every period from its"
              + " first to its last: at most " + MAX_PERIODS + " (Trend.MAX_PERIODS)");
    }
  }

  /** @return the kind of period: day, ISO week, month or quarter */
  public Period unit() {
    return unit;
  }

  /** @return the zone whose calendar the periods follow */
  public ZoneId zone() {
    return zone;
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return empty.survey();
  }

  /** @return how the responses were counted */
  public SummaryOptions options() {
    return empty.options();
  }

  /** @return whether no period recorded anything */
  public boolean isEmpty() {
    return recorded.isEmpty();
  }

  /** @return the first day of the first period with responses or displays, or empty if none */
  public Optional<LocalDate> first() {
    return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.firstKey());
  }

  /** @return the first day of the last period with responses or displays, or empty if none */
  public Optional<LocalDate> last() {
    return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.lastKey());
  }

  /**
   * @return the summary of every period from {@link #first()} to {@link #last()} by its first day,
   *     in order, those without responses as empty summaries; empty when nothing was recorded;
   *     unmodifiable
   */
  public SortedMap<LocalDate, SurveySummary> periods() {
    SortedMap<LocalDate, SurveySummary> all = new TreeMap<>();
    if (!recorded.isEmpty()) {
      LocalDate last = recorded.lastKey();
      LocalDate start = recorded.firstKey();
      all.put(start, recorded.get(start));
      // Stops at the last period, since the one after it could lie beyond LocalDate.MAX.
      while (!start.equals(last)) {
        start = unit.next(start);
        all.put(start, recorded.getOrDefault(start, empty));
      }
    }
    return Collections.unmodifiableSortedMap(all);
  }

  /**
   * @param date any day
   * @return the summary of the period holding it: empty if nothing was recorded then
   */
  public SurveySummary period(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return recorded.getOrDefault(unit.start(date), empty);
  }

  /** @return the summary of every period's responses together */
  public SurveySummary total() {
    SurveySummary total = empty;
    for (SurveySummary summary : recorded.values()) {
      total = GroupedSummary.sum(total, summary);
    }
    return total;
  }

  /**
   * Compares each period's estimate with the period before, from the second period of {@link
   * #periods()} to the last; see {@link PeriodChange} for the method. A period without responses
   * gives no comparison with its neighbours, and is listed all the same; so does a gap (a period
   * with neither responses nor displays) between periods given displays, whose rates are over
   * displays while the gap's are over its no starts.
   *
   * @param key the estimate to compare, such as {@code EstimateKey.question("nps", "nps")}
   * @return one change per period after the first, in order; empty with fewer than two periods
   * @throws InvalidValueException if the survey has no such estimate, naming those it has
   * @throws IncompatibleMergeException if two neighbours that both recorded something have
   *     estimates that cannot be compared, such as a survey completion rate over displays in one
   *     period and over starts in the next
   */
  public List<PeriodChange> compare(EstimateKey key) {
    Objects.requireNonNull(key, "key");
    empty.estimate(key); // refuses a key the survey does not have, even without periods
    List<PeriodChange> changes = new ArrayList<>();
    LocalDate previousStart = null;
    MergeableEstimate<?> previous = null;
    for (Map.Entry<LocalDate, SurveySummary> entry : periods().entrySet()) {
      MergeableEstimate<?> estimate = entry.getValue().estimate(key);
      if (previous != null) {
        // A gap has no data to compare; its rates may even be over another denominator.
        Optional<Comparison> comparison = !recorded.containsKey(entry.getKey())
            || !recorded.containsKey(previousStart) ? Optional.empty()
            : GroupEstimates.compare(key, estimate, previous, unit.label(entry.getKey()),
                unit.label(previousStart));
        changes.add(new PeriodChange(key, unit, entry.getKey(), estimate, previous, comparison));
      }
      previousStart = entry.getKey();
      previous = estimate;
    }
    return List.copyOf(changes);
  }

  /**
   * @param other a trend of other responses to the same survey version, by the same kind of
   *     period in the same zone, counted the same way
   * @return the trend of both: the summaries of each period added
   * @throws IncompatibleMergeException if the kinds of period, zones, surveys or options differ
   * @throws InvalidValueException if both together would span more than {@link #MAX_PERIODS}
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public Trend plus(Trend other) {
    Objects.requireNonNull(other, "other");
    requireMergeable(other);
    NavigableMap<LocalDate, SurveySummary> sum = new TreeMap<>(recorded);
    for (Map.Entry<LocalDate, SurveySummary> entry : other.recorded.entrySet()) {
      sum.merge(entry.getKey(), entry.getValue(), GroupedSummary::sum);
    }
    requireSpan(unit, sum);
    return new Trend(unit, zone, empty, Collections.unmodifiableNavigableMap(sum));
  }

  void requireMergeable(Trend other) {
    if (unit != other.unit) {
      throw new IncompatibleMergeException("Trend", "period", unit.id(), other.unit.id());
    }
    if (!zone.equals(other.zone)) {
      throw new IncompatibleMergeException("Trend", "zone", zone, other.zone);
    }
    GroupedSummary.requireCompatible(empty, other.empty, "trend by " + unit.id());
  }

  /** @return the summary of no responses, which fills the gaps */
  SurveySummary empty() {
    return empty;
  }

  /** @return the periods that recorded something, by first day; unmodifiable */
  NavigableMap<LocalDate, SurveySummary> recorded() {
    return recorded;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Trend t && t.unit == unit && t.zone.equals(zone) && t.empty.equals(empty)
        && t.recorded.equals(recorded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, zone, empty, recorded);
  }

  @Override
  public String toString() {
    return "Trend{survey=" + survey().id() + " v" + survey().version() + ", unit=" + unit.id()
        + ", zone=" + zone + (recorded.isEmpty() ? ", no periods"
            : ", " + unit.label(recorded.firstKey()) + ".." + unit.label(recorded.lastKey()))
        + "}";
  }
}
