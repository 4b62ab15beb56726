package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often one person may be asked at all, across every survey of an engine: a recontact
 * <em>cooldown</em> (no survey within that time of the last survey shown to the person, whichever
 * survey it was and however it ended) and optionally a <em>display limit</em> (at most n surveys
 * shown within any rolling window, such as 3 in 90 days).
 *
 * <p>The default cooldown, {@link #DEFAULT_COOLDOWN} = 14 days, is the shortest cooling-down
 * period Starred's survey platform offers ("from 2 weeks to 1 year", support.starred.com, Cooling
 * down period); a cooldown of zero turns it off. Both look at the {@link SurveyHistory}: a contact
 * recorded at an instant after the decision's (a clock skew between servers) counts as shown,
 * so it holds the cooldown from its own instant. Immutable and thread-safe.
 */
public final class Pacing {
  /** The cooldown of {@link #standard()}: 14 days. */
  public static final Duration DEFAULT_COOLDOWN = Duration.ofDays(14);

  private static final Pacing STANDARD = new Pacing(DEFAULT_COOLDOWN, null);
  private static final Pacing NONE = new Pacing(Duration.ZERO, null);

  private final Duration cooldown;
  private final @Nullable DisplayLimit displayLimit;

  private Pacing(Duration cooldown, @Nullable DisplayLimit displayLimit) {
    this.cooldown = cooldown;
    this.displayLimit = displayLimit;
  }

  /** @return a cooldown of {@link #DEFAULT_COOLDOWN} and no display limit: the engine's default */
  public static Pacing standard() {
    return STANDARD;
  }

  /** @return no cooldown and no limit: each intercept's own rules alone decide */
  public static Pacing none() {
    return NONE;
  }

  /** @return a builder of a pacing */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the time after any survey shown during which no other is; zero for none */
  public Duration cooldown() {
    return cooldown;
  }

  /** @return the most surveys shown to one person within a rolling window, or empty for no limit */
  public Optional<DisplayLimit> displayLimit() {
    return Optional.ofNullable(displayLimit);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Pacing other && cooldown.equals(other.cooldown)
        && Objects.equals(displayLimit, other.displayLimit);
  }

  @Override
  public int hashCode() {
    return 31 * cooldown.hashCode() + Objects.hashCode(displayLimit);
  }

  /** @return the cooldown and the limit, such as {@code Pacing[cooldown PT336H, no limit]} */
  @Override
  public String toString() {
    return "Pacing[cooldown " + cooldown + ", "
        + (displayLimit == null ? "no limit" : displayLimit.toString()) + "]";
  }

  /**
   * At most {@code maxDisplays} surveys shown to one person within any {@code window}: a survey is
   * not shown when that many contacts of the history fall after {@code now − window}.
   *
   * @param maxDisplays the most surveys shown in a window, at least 1
   * @param window the window's length, positive
   */
  public record DisplayLimit(int maxDisplays, Duration window) {
    /** @throws InvalidJourneyException if the count is below 1 or the window not positive */
    public DisplayLimit {
      Objects.requireNonNull(window, "window");
      if (maxDisplays < 1) {
        throw new InvalidJourneyException("pacing.displayLimit.maxDisplays", maxDisplays,
            "must be at least 1");
      }
      if (window.isZero() || window.isNegative()) {
        throw new InvalidJourneyException("pacing.displayLimit.window", window,
            "must be positive");
      }
    }

    /** @return such as {@code at most 3 in P90D} */
    @Override
    public String toString() {
      return "at most " + maxDisplays + " in " + Pacing.days(window);
    }
  }

  /** A duration as whole days ({@code P14D}) when it is whole days, else its ISO-8601 text. */
  static String days(Duration duration) {
    return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0
        ? "P" + duration.toDays() + "D" : duration.toString();
  }

  /**
   * Collects a pacing; each option may be set once ({@link IllegalStateException} otherwise). The
   * cooldown defaults to {@link #DEFAULT_COOLDOWN}, the display limit to none.
   */
  public static final class Builder {
    private @Nullable Duration cooldown;
    private int maxDisplays;
    private @Nullable Duration window;

    private Builder() {}

    /**
     * @param cooldown the time after any survey shown during which no other is; zero for none
     * @return this builder
     */
    public Builder cooldown(Duration cooldown) {
      Objects.requireNonNull(cooldown, "cooldown");
      if (this.cooldown != null) {
        throw new IllegalStateException("cooldown is already set");
      }
      this.cooldown = cooldown;
      return this;
    }

    /**
     * @param maxDisplays the most surveys shown to one person within a window, at least 1
     * @param window the window, positive (such as 90 days)
     * @return this builder
     */
    public Builder displayLimit(int maxDisplays, Duration window) {
      Objects.requireNonNull(window, "window");
      if (this.window != null) {
        throw new IllegalStateException("displayLimit is already set");
      }
      this.maxDisplays = maxDisplays;
      this.window = window;
      return this;
    }

    /**
     * @return the pacing
     * @throws InvalidJourneyException if the cooldown is negative, or the limit's count below 1 or
     *     its window not positive
     */
    public Pacing build() {
      Duration c = cooldown == null ? DEFAULT_COOLDOWN : cooldown;
      if (c.isNegative()) {
        throw new InvalidJourneyException("pacing.cooldown", c, "must not be negative");
      }
      return new Pacing(c, window == null ? null : new DisplayLimit(maxDisplays, window));
    }
  }
}
