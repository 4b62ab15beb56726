package io.cxkit.journey.analysis;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a path analysis counts: the touchpoint sequences of sessions or customers ({@link
 * PathUnit}), consecutive repeats of a touchpoint collapsed into one step, cut after {@link
 * #maxSteps()} steps, counted exactly in a prefix trie of at most {@link #maxNodes()} nodes (one
 * node per distinct prefix). A unit whose path would need a node beyond the cap is counted as
 * "other", and the result says it is no longer exact.
 */
public final class PathDefinition {
  /** The default step limit. */
  public static final int DEFAULT_MAX_STEPS = 10;
  /** The default cap on trie nodes (distinct path prefixes). */
  public static final int DEFAULT_MAX_NODES = 100_000;
  /** The largest cap on trie nodes. */
  public static final int MAX_NODES = 1 << 26;
  /** The largest step limit. */
  public static final int MAX_STEPS = 1_000;

  private final JourneyMap map;
  private final PathUnit unit;
  private final int maxSteps;
  private final int maxNodes;

  private PathDefinition(JourneyMap map, PathUnit unit, int maxSteps, int maxNodes) {
    this.map = map;
    this.unit = unit;
    this.maxSteps = maxSteps;
    this.maxNodes = maxNodes;
  }

  /**
   * @param map the journey map the events are of
   * @return a builder with per-session paths, {@value #DEFAULT_MAX_STEPS} steps and {@value
   *     #DEFAULT_MAX_NODES} nodes
   */
  public static Builder builder(JourneyMap map) {
    return new Builder(Objects.requireNonNull(map, "map"));
  }

  /** @return the journey map */
  public JourneyMap map() {
    return map;
  }

  /** @return whose events make one path */
  public PathUnit unit() {
    return unit;
  }

  /** @return the most steps a path keeps; later steps mark it {@linkplain PathCount#cut() cut} */
  public int maxSteps() {
    return maxSteps;
  }

  /** @return the most trie nodes (distinct path prefixes) an analyzer keeps */
  public int maxNodes() {
    return maxNodes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PathDefinition d && d.map.equals(map) && d.unit == unit
        && d.maxSteps == maxSteps && d.maxNodes == maxNodes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, unit, maxSteps, maxNodes);
  }

  /** @return e.g. {@code PathDefinition{map=ecommerce, unit=SESSION, maxSteps=10, maxNodes=100000}} */
  @Override
  public String toString() {
    return "PathDefinition{map=" + map.id() + ", unit=" + unit + ", maxSteps=" + maxSteps
        + ", maxNodes=" + maxNodes + "}";
  }

  /** Collects the settings; each may be given once, and {@link #build()} checks them. */
  public static final class Builder {
    private final JourneyMap map;
    private PathUnit unit = PathUnit.SESSION;
    private int maxSteps = DEFAULT_MAX_STEPS;
    private int maxNodes = DEFAULT_MAX_NODES;
    private final Set<String> set = new HashSet<>();

    private Builder(JourneyMap map) {
      this.map = map;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param unit whose events make one path (default {@link PathUnit#SESSION})
     * @return this builder
     * @throws IllegalStateException if the unit was already set
     */
    public Builder unit(PathUnit unit) {
      Objects.requireNonNull(unit, "unit");
      once("unit");
      this.unit = unit;
      return this;
    }

    /**
     * @param maxSteps the most steps a path keeps, 1 to {@value PathDefinition#MAX_STEPS} (default
     *     {@value PathDefinition#DEFAULT_MAX_STEPS}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if the step limit was already set
     */
    public Builder maxSteps(int maxSteps) {
      once("maxSteps");
      this.maxSteps = maxSteps;
      return this;
    }

    /**
     * @param maxNodes the most trie nodes, 1 to {@value PathDefinition#MAX_NODES} (default {@value
     *     PathDefinition#DEFAULT_MAX_NODES}); checked by {@link #build()}
     * @return this builder
     * @throws IllegalStateException if the cap was already set
     */
    public Builder maxNodes(int maxNodes) {
      once("maxNodes");
      this.maxNodes = maxNodes;
      return this;
    }

    /**
     * @return the definition
     * @throws InvalidJourneyException if the step limit or the cap is out of range
     */
    public PathDefinition build() {
      if (maxSteps < 1 || maxSteps > MAX_STEPS) {
        throw new InvalidJourneyException("maxSteps", maxSteps, "must be in 1.." + MAX_STEPS);
      }
      if (maxNodes < 1 || maxNodes > MAX_NODES) {
        throw new InvalidJourneyException("maxNodes", maxNodes, "must be in 1.." + MAX_NODES);
      }
      return new PathDefinition(map, unit, maxSteps, maxNodes);
    }
  }
}
