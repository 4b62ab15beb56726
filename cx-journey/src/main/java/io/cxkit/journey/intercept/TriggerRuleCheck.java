package io.cxkit.journey.intercept;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a {@link TriggerRule} fired for one input, with each of its triggers' own checks — what
 * the intercept engine reports when a candidate survey was not shown.
 *
 * @param fired whether the rule fired
 * @param detail why, in a short phrase: {@code "fired: exit-checkout"}, {@code "no trigger fired"},
 *     {@code "when does not hold; fired: exit-checkout"}
 * @param checks each trigger's check, by its id, in the rule's order; copied, unmodifiable
 */
public record TriggerRuleCheck(boolean fired, String detail, Map<String, TriggerCheck> checks) {
  /** Copies the checks (unless they are a rule's own, which nothing else holds). */
  public TriggerRuleCheck {
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(checks, "checks");
    checks = checks instanceof Checks ? checks : copy(checks);
  }

  private static Map<String, TriggerCheck> copy(Map<String, TriggerCheck> checks) {
    Map<String, TriggerCheck> copy = new LinkedHashMap<>(checks.size() * 2);
    for (Map.Entry<String, TriggerCheck> entry : checks.entrySet()) {
      String id = Objects.requireNonNull(entry.getKey(), "checks key");
      copy.put(id, Objects.requireNonNull(entry.getValue(), () -> "checks[" + id + "]"));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The checks of one {@link TriggerRule#check}, in the rule's order, as an unmodifiable map over
   * the rule's id array and a fresh array of checks that nothing else holds — so that a decision
   * does not copy them into a hash map per intercept. Lookups are linear, over at most {@value
   * TriggerRule#MAX_TRIGGERS} triggers.
   */
  static final class Checks extends AbstractMap<String, TriggerCheck> {
    private final String[] ids;
    private final TriggerCheck[] checks;

    /** @param checks filled by the caller and never changed after */
    Checks(String[] ids, TriggerCheck[] checks) {
      this.ids = ids;
      this.checks = checks;
    }

    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public @Nullable TriggerCheck get(@Nullable Object key) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i].equals(key)) {
          return checks[i];
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return get(key) != null;
    }

    @Override
    public Set<Entry<String, TriggerCheck>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return ids.length;
        }

        @Override
        public Iterator<Entry<String, TriggerCheck>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < ids.length;
            }

            @Override
            public Entry<String, TriggerCheck> next() {
              if (next >= ids.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(ids[i], checks[i]);
            }
          };
        }
      };
    }
  }
}
