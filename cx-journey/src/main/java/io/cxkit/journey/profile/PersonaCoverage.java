package io.cxkit.journey.profile;

import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.JourneyIds;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a set of personas covers the customers: each persona's count and share of customers, the
 * unmatched share, and how much the personas overlap. Shares are {@link Percentage}s of all
 * customers counted (0..100, with Wilson intervals via {@link Percentage#wilsonInterval}); the
 * assigned shares and the unmatched share add up to 100 %, because each customer is assigned at
 * most one persona. Overlap counts count customers whose profiles matched more than one rule,
 * whatever they were assigned.
 *
 * <p>Results of partitions of the customers (split by customer, each customer in one partition)
 * merge with {@link #plus}: the merge equals the coverage of the whole. With no customer every
 * share is {@linkplain Percentage#empty() empty} and {@link #isEmpty()} says so.
 */
public final class PersonaCoverage {
  private final PersonaClassifier classifier;
  private final long customers;
  private final long[] assigned;
  private final long[] matched;
  private final long overlapping;
  /** Customers matching both of a pair i &lt; j, at {@link #pair(int, int, int)}. */
  private final long[] pairs;

  private PersonaCoverage(PersonaClassifier classifier, long customers, long[] assigned,
      long[] matched, long overlapping, long[] pairs) {
    this.classifier = classifier;
    this.customers = customers;
    this.assigned = assigned;
    this.matched = matched;
    this.overlapping = overlapping;
    this.pairs = pairs;
  }

  /**
   * @param classifier the personas and as-of date
   * @return the coverage of no customers
   */
  public static PersonaCoverage empty(PersonaClassifier classifier) {
    int n = Objects.requireNonNull(classifier, "classifier").personas().size();
    return new PersonaCoverage(classifier, 0, new long[n], new long[n], 0, new long[pairCount(n)]);
  }

  private static int pairCount(int n) {
    return n * (n - 1) / 2;
  }

  /** @return the position of pair {@code i < j} of {@code n} personas in the triangular array */
  private static int pair(int i, int j, int n) {
    return i * (2 * n - i - 1) / 2 + (j - i - 1);
  }

  /** @return the classifier counted with: the personas and the as-of date */
  public PersonaClassifier classifier() {
    return classifier;
  }

  /** @return the persona ids in set order; unmodifiable */
  public List<String> personaIds() {
    return classifier.personas().ids();
  }

  /** @return the number of customers counted */
  public long customers() {
    return customers;
  }

  /** @return whether no customer was counted (every share is then empty) */
  public boolean isEmpty() {
    return customers == 0;
  }

  /**
   * @param personaId a persona's id
   * @return the customers assigned that persona
   * @throws InvalidJourneyException if the set has no persona of that id
   */
  public long assigned(String personaId) {
    return assigned[classifier.personas().requireIndex(personaId)];
  }

  /**
   * @param personaId a persona's id
   * @return the share of customers assigned that persona: assigned / customers
   * @throws InvalidJourneyException if the set has no persona of that id
   */
  public Percentage share(String personaId) {
    return Percentage.of(assigned(personaId), customers);
  }

  /** @return each persona's {@linkplain #share share}, in set order; unmodifiable */
  public Map<String, Percentage> shares() {
    Map<String, Percentage> shares = new LinkedHashMap<>();
    List<Persona> personas = classifier.personas().personas();
    for (int i = 0; i < personas.size(); i++) {
      shares.put(personas.get(i).id(), Percentage.of(assigned[i], customers));
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * @param personaId a persona's id
   * @return the customers whose profiles matched its rule, assigned it or a persona of higher rank
   * @throws InvalidJourneyException if the set has no persona of that id
   */
  public long matched(String personaId) {
    return matched[classifier.personas().requireIndex(personaId)];
  }

  /**
   * @param personaId a persona's id
   * @return the share of customers matching its rule: matched / customers (these shares may add
   *     up to more than 100 % where personas overlap)
   * @throws InvalidJourneyException if the set has no persona of that id
   */
  public Percentage matchShare(String personaId) {
    return Percentage.of(matched(personaId), customers);
  }

  /** @return the customers matching no persona */
  public long unmatched() {
    long sum = 0;
    for (long count : assigned) {
      sum += count;
    }
    return customers - sum;
  }

  /** @return the share of customers matching no persona: unmatched / customers */
  public Percentage unmatchedShare() {
    return Percentage.of(unmatched(), customers);
  }

  /** @return the customers matching more than one persona */
  public long overlapping() {
    return overlapping;
  }

  /** @return the share of customers matching more than one persona */
  public Percentage overlapShare() {
    return Percentage.of(overlapping, customers);
  }

  /**
   * @param personaId one persona's id
   * @param otherId another persona's id
   * @return the customers matching both rules (for the same id twice, those matching it)
   * @throws InvalidJourneyException if the set has no persona of either id
   */
  public long overlap(String personaId, String otherId) {
    int i = classifier.personas().requireIndex(personaId);
    int j = classifier.personas().requireIndex(otherId);
    if (i == j) {
      return matched[i];
    }
    return pairs[pair(Math.min(i, j), Math.max(i, j), assigned.length)];
  }

  /**
   * The coverage of both partitions' customers together, which must be disjoint.
   *
   * @param other the coverage of another partition, with the same personas and as-of date
   * @return the coverage of both
   * @throws IncompatibleMergeException if the personas or the as-of date differ
   * @throws CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public PersonaCoverage plus(PersonaCoverage other) {
    Objects.requireNonNull(other, "other");
    requireSameDefinition(classifier, other.classifier);
    return new PersonaCoverage(classifier, add("customers", customers, other.customers),
        add("assigned", assigned, other.assigned), add("matched", matched, other.matched),
        add("overlapping", overlapping, other.overlapping), add("overlaps", pairs, other.pairs));
  }

  static void requireSameDefinition(PersonaClassifier left, PersonaClassifier right) {
    if (!left.asOf().equals(right.asOf())) {
      throw new IncompatibleMergeException("PersonaCoverage", "as-of date", left.asOf(),
          right.asOf());
    }
    List<Persona> a = left.personas().personas();
    List<Persona> b = right.personas().personas();
    if (!a.equals(b)) {
      if (!left.personas().ids().equals(right.personas().ids())) {
        throw new IncompatibleMergeException("PersonaCoverage", "personas",
            left.personas().ids(), right.personas().ids());
      }
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          throw new IncompatibleMergeException("PersonaCoverage",
              "definition of persona " + a.get(i).id(), a.get(i), b.get(i));
        }
      }
    }
  }

  private static long add(String field, long left, long right) {
    try {
      return Math.addExact(left, right);
    } catch (ArithmeticException e) {
      throw new CountOverflowException(field, left, right);
    }
  }

  private static long[] add(String field, long[] left, long[] right) {
    long[] sum = new long[left.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = add(field + "[" + i + "]", left[i], right[i]);
    }
    return sum;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonaCoverage other && classifier.equals(other.classifier)
        && customers == other.customers && overlapping == other.overlapping
        && Arrays.equals(assigned, other.assigned) && Arrays.equals(matched, other.matched)
        && Arrays.equals(pairs, other.pairs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classifier, customers, overlapping, Arrays.hashCode(assigned),
        Arrays.hashCode(matched), Arrays.hashCode(pairs));
  }

  /**
   * @return the counts, such as {@code PersonaCoverage{customers=10, loyal=4, bargain=3,
   *     unmatched=3, overlapping=1, as of 2026-03-01}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("PersonaCoverage{customers=").append(customers);
    List<Persona> personas = classifier.personas().personas();
    for (int i = 0; i < personas.size(); i++) {
      out.append(", ").append(personas.get(i).id()).append('=').append(assigned[i]);
    }
    return out.append(", unmatched=").append(unmatched()).append(", overlapping=")
        .append(overlapping).append(", as of ").append(classifier.asOf()).append('}').toString();
  }

  /**
   * Counts profiles one at a time, refusing a customer given twice. Keeps each customer's id to
   * do so (about 12 bytes of table per customer besides the id string) and a few counts per
   * persona; not thread-safe: give each thread its own and {@link #merge} them.
   */
  public static final class Accumulator {
    private final PersonaClassifier classifier;
    private final int n;
    private final CustomerIndex seen = new CustomerIndex();
    private final long[] assigned;
    private final long[] matched;
    private final long[] pairs;
    private long overlapping;
    private final boolean[] scratch;
    private final int[] hits;

    Accumulator(PersonaClassifier classifier) {
      this.classifier = classifier;
      this.n = classifier.personas().size();
      this.assigned = new long[n];
      this.matched = new long[n];
      this.pairs = new long[pairCount(n)];
      this.scratch = new boolean[n];
      this.hits = new int[n];
    }

    /**
     * @param profile a customer's profile
     * @return this accumulator
     * @throws InvalidJourneyException if the customer was counted already; nothing is counted then
     */
    public Accumulator add(CustomerProfile profile) {
      Objects.requireNonNull(profile, "profile");
      String customer = profile.customerId();
      if (seen.find(customer) >= 0) {
        throw duplicate(customer);
      }
      int winner = classifier.evaluate(profile, scratch);
      seen.indexOf(customer);
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (scratch[i]) {
          hits[count++] = i;
          matched[i]++;
        }
      }
      if (winner >= 0) {
        assigned[winner]++;
      }
      if (count > 1) {
        overlapping++;
        for (int a = 0; a < count; a++) {
          for (int b = a + 1; b < count; b++) {
            pairs[pair(hits[a], hits[b], n)]++;
          }
        }
      }
      return this;
    }

    private static InvalidJourneyException duplicate(String customer) {
      return new InvalidJourneyException("customerId", JourneyIds.quote(customer),
          "is counted already; each customer's profile is given once");
    }

    /**
     * @param profiles customers' profiles
     * @return this accumulator
     * @throws InvalidJourneyException if a customer was counted already; the profiles before it
     *     stay counted
     */
    public Accumulator addAll(Iterable<CustomerProfile> profiles) {
      for (CustomerProfile profile : Objects.requireNonNull(profiles, "profiles")) {
        add(profile);
      }
      return this;
    }

    /** @return the number of customers counted so far */
    public long customers() {
      return seen.size();
    }

    /**
     * Adds another accumulator's customers (one per thread or partition), which must not repeat
     * any of this one's.
     *
     * @param other another accumulator of an equal classifier
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} is this accumulator
     * @throws IncompatibleMergeException if the personas or the as-of date differ
     * @throws InvalidJourneyException if a customer was counted in both; nothing is merged then
     */
    public Accumulator merge(Accumulator other) {
      Objects.requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException(
            "an accumulator cannot merge itself: each customer is counted once");
      }
      requireSameDefinition(classifier, other.classifier);
      for (int i = 0; i < other.seen.size(); i++) {
        if (seen.find(other.seen.idOf(i)) >= 0) {
          throw duplicate(other.seen.idOf(i));
        }
      }
      for (int i = 0; i < other.seen.size(); i++) {
        seen.indexOf(other.seen.idOf(i));
      }
      for (int i = 0; i < n; i++) {
        assigned[i] += other.assigned[i];
        matched[i] += other.matched[i];
      }
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] += other.pairs[i];
      }
      overlapping += other.overlapping;
      return this;
    }

    /** @return the coverage of the customers counted so far; later additions do not change it */
    public PersonaCoverage result() {
      return new PersonaCoverage(classifier, seen.size(), assigned.clone(), matched.clone(),
          overlapping, pairs.clone());
    }

    /** @return the classifier and the number of customers counted so far */
    @Override
    public String toString() {
      return "PersonaCoverage.Accumulator{" + classifier + ", customers=" + seen.size() + "}";
    }
  }
}
