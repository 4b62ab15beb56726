package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.text.Codebook;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link CxReport} is made: the options of {@code cx report}, with the defaults documented
 * there. Only {@link Builder#asOf(Instant) asOf} is required: retention cells and lifetimes end at
 * it, so a report over the same files is the same report whenever it is made.
 *
 * <p>Funnel steps and the goal are written as on the command line: {@code ID} or {@code ID:KIND},
 * where ID is a touchpoint id of the journey map, or else a stage id, and KIND an event kind
 * ({@code view}, {@code start}, {@code complete}, {@code abandon}, {@code purchase},
 * {@code contact}); {@code order-confirmation:purchase} is a purchase at the order confirmation.
 */
public final class ReportSettings {

  private final String title;
  private final ZoneId zone;
  private final Period period;
  private final @Nullable GroupBy by;
  private final @Nullable String segmentAttribute;
  private final Instant asOf;
  private final long minimumN;
  private final List<String> funnel;
  private final @Nullable String goal;
  private final Duration funnelWindow;
  private final Duration exitHorizon;
  private final int churnPeriods;
  private final Codebook codebook;

  private ReportSettings(Builder b) {
    this.title = b.title;
    this.zone = b.zone;
    this.period = b.period;
    this.by = b.by;
    this.segmentAttribute = b.segmentAttribute;
    this.asOf = requireNonNull(b.asOf, "asOf");
    this.minimumN = b.minimumN;
    this.funnel = b.funnel;
    this.goal = b.goal;
    this.funnelWindow = b.funnelWindow;
    this.exitHorizon = b.exitHorizon;
    this.churnPeriods = b.churnPeriods;
    this.codebook = b.codebook;
  }

  /** @return a builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the report's title; default "CX report" */
  public String title() {
    return title;
  }

  /** @return the zone periods are counted in; default UTC */
  public ZoneId zone() {
    return zone;
  }

  /** @return the trend, cohort and churn period; default {@link Period#MONTH} */
  public Period period() {
    return period;
  }

  /**
   * @return the breakdown's grouping; empty: persona when personas and profiles are given,
   *     otherwise touchpoint
   */
  public Optional<GroupBy> by() {
    return Optional.ofNullable(by);
  }

  /** @return the profile attribute whose values are the segments of {@link GroupBy#SEGMENT} */
  public Optional<String> segmentAttribute() {
    return Optional.ofNullable(segmentAttribute);
  }

  /** @return the instant the report is made as of */
  public Instant asOf() {
    return asOf;
  }

  /** @return groups with fewer answers are flagged and never called significant; default 30 */
  public long minimumN() {
    return minimumN;
  }

  /** @return the funnel's steps; empty: the journey map's stages in order */
  public List<String> funnel() {
    return funnel;
  }

  /** @return the goal of funnels and exits; empty: any purchase event */
  public Optional<String> goal() {
    return Optional.ofNullable(goal);
  }

  /** @return the funnel's conversion window from its first step; default one day */
  public Duration funnelWindow() {
    return funnelWindow;
  }

  /** @return how long without an event counts as gone; default 30 days */
  public Duration exitHorizon() {
    return exitHorizon;
  }

  /** @return periods in a row without activity after which a customer is lost; default 2 */
  public int churnPeriods() {
    return churnPeriods;
  }

  /** @return the codebook that tags comments with themes; default {@link Codebook#ecommerce()} */
  public Codebook codebook() {
    return codebook;
  }

  /** Builds {@link ReportSettings}; every value is checked when set. */
  public static final class Builder {
    private String title = "CX report";
    private ZoneId zone = ZoneOffset.UTC;
    private Period period = Period.MONTH;
    private @Nullable GroupBy by;
    private @Nullable String segmentAttribute;
    private @Nullable Instant asOf;
    private long minimumN = 30;
    private List<String> funnel = List.of();
    private @Nullable String goal;
    private Duration funnelWindow = Duration.ofDays(1);
    private Duration exitHorizon = Duration.ofDays(30);
    private int churnPeriods = 2;
    private Codebook codebook = Codebook.ecommerce();

    private Builder() {}

    /** @param value the report's title @return this builder */
    public Builder title(String value) {
      this.title = requireNonNull(value, "value");
      return this;
    }

    /** @param value the zone periods are counted in @return this builder */
    public Builder zone(ZoneId value) {
      this.zone = requireNonNull(value, "value");
      return this;
    }

    /** @param value day, ISO week or month (quarter too) @return this builder */
    public Builder period(Period value) {
      this.period = requireNonNull(value, "value");
      return this;
    }

    /** @param value the breakdown's grouping @return this builder */
    public Builder by(GroupBy value) {
      this.by = requireNonNull(value, "value");
      return this;
    }

    /** @param name the profile attribute whose values are segments @return this builder */
    public Builder segmentAttribute(String name) {
      this.segmentAttribute = requireNonNull(name, "name");
      return this;
    }

    /** @param value the instant the report is made as of @return this builder */
    public Builder asOf(Instant value) {
      this.asOf = requireNonNull(value, "value");
      return this;
    }

    /**
     * @param value at least 1
     * @return this builder
     * @throws InvalidValueException naming {@code minimumN} when below 1
     */
    public Builder minimumN(long value) {
      if (value < 1) {
        throw new InvalidValueException("minimumN", value, "must be at least 1");
      }
      this.minimumN = value;
      return this;
    }

    /** @param steps {@code ID} or {@code ID:KIND} each, at least two @return this builder */
    public Builder funnel(List<String> steps) {
      List<String> copy = List.copyOf(steps);
      if (copy.size() < 2) {
        throw new InvalidValueException("funnel", copy, "needs at least two steps");
      }
      this.funnel = copy;
      return this;
    }

    /** @param spec {@code ID} or {@code ID:KIND} @return this builder */
    public Builder goal(String spec) {
      this.goal = requireNonNull(spec, "spec");
      return this;
    }

    /** @param value positive @return this builder */
    public Builder funnelWindow(Duration value) {
      this.funnelWindow = positive("funnelWindow", value);
      return this;
    }

    /** @param value positive @return this builder */
    public Builder exitHorizon(Duration value) {
      this.exitHorizon = positive("exitHorizon", value);
      return this;
    }

    /** @param value at least 1 @return this builder */
    public Builder churnPeriods(int value) {
      if (value < 1) {
        throw new InvalidValueException("churnPeriods", value, "must be at least 1");
      }
      this.churnPeriods = value;
      return this;
    }

    /** @param value the codebook that tags comments @return this builder */
    public Builder codebook(Codebook value) {
      this.codebook = requireNonNull(value, "value");
      return this;
    }

    /** @return the settings @throws NullPointerException when asOf was not set */
    public ReportSettings build() {
      return new ReportSettings(this);
    }

    private static Duration positive(String field, Duration value) {
      requireNonNull(value, "value");
      if (value.isNegative() || value.isZero()) {
        throw new InvalidValueException(field, value, "must be positive");
      }
      return value;
    }
  }
}
