package io.cxkit.journey.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.CountOverflowException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.ShapeReader;
import io.cxkit.journey.internal.CustomerIndex;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJson;
import java.util.ArrayList;
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
 *
 * <h2>Serial form</h2>
 *
 * <p>{@link #toJsonShape()} gives the raw counts as a map of plain values (strings, longs, ints,
 * lists and maps) for a JSON library to write, and {@link #fromJsonShape(Map, PersonaClassifier)}
 * reads it back given the classifier it was counted with, so partitions counted on other machines
 * merge with {@link #plus}. Format 1, every member required and no other allowed:
 *
 * <pre>{@code
 * {"format": 1, "kind": "persona-coverage", "asOf": "2026-03-01",
 *  "personas": [{"id": "loyal", "priority": 2,
 *                "rule": {"attribute": "orders", "operator": "greater-than", "value": 4}}, …],
 *  "customers": 10, "assigned": [4, 3, 1], "matched": [4, 4, 1], "overlapping": 1,
 *  "overlaps": [1, 0, 0]}
 * }</pre>
 *
 * <p>{@code asOf} is the classifier's as-of date (ISO-8601); {@code personas} names each persona in
 * set order with what decides its counts: its priority and its rule in cx-survey's condition JSON
 * form ({@link SurveyJson#writeCondition}). {@code assigned} and {@code matched} hold one count per
 * persona in set order; {@code overlaps} holds the customers matching both of each pair {@code i <
 * j} in the order (0, 1), (0, 2), …, (0, n−1), (1, 2), …, (n−2, n−1): n(n−1)/2 counts. Shares are
 * not written, as they follow from the counts.
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

  /** The {@code kind} member of the JSON shape. */
  private static final String KIND = "persona-coverage";
  private static final long FORMAT = ShapeReader.FORMAT;
  private static final String FOR_PERSONAS = "for the classifier's personas";
  private static final List<String> MEMBERS = List.of("format", "kind", "asOf", "personas",
      "customers", "assigned", "matched", "overlapping", "overlaps");
  private static final List<String> PERSONA_MEMBERS = List.of("id", "priority", "rule");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The serial form described in the class documentation.
   *
   * @return the counts, the as-of date and the personas' ids, priorities and rules; unmodifiable,
   *     nested maps and lists too
   */
  public Map<String, Object> toJsonShape() {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", FORMAT);
    shape.put("kind", KIND);
    shape.put("asOf", classifier.asOf().toString());
    List<Object> personas = new ArrayList<>();
    for (Persona persona : classifier.personas().personas()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", persona.id());
      entry.put("priority", persona.priority());
      entry.put("rule", ruleShape(persona.rule()));
      personas.add(Collections.unmodifiableMap(entry));
    }
    shape.put("personas", List.copyOf(personas));
    shape.put("customers", customers);
    shape.put("assigned", boxed(assigned));
    shape.put("matched", boxed(matched));
    shape.put("overlapping", overlapping);
    shape.put("overlaps", boxed(pairs));
    return Collections.unmodifiableMap(shape);
  }

  private static List<Long> boxed(long[] counts) {
    List<Long> list = new ArrayList<>(counts.length);
    for (long count : counts) {
      list.add(count);
    }
    return Collections.unmodifiableList(list);
  }

  private static Object ruleShape(Condition rule) {
    try {
      return frozen(JSON.readValue(SurveyJson.standard().writeCondition(rule), Object.class));
    } catch (JsonProcessingException e) {
      // writeCondition writes one JSON object, which Jackson reads back.
      throw new IllegalStateException("the condition JSON of " + rule + " did not parse", e);
    }
  }

  private static @Nullable Object frozen(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, frozen(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(frozen(element));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /**
   * Reads the serial form described in the class documentation, as written by {@link
   * #toJsonShape()} for the same personas and as-of date.
   *
   * @param shape the JSON shape, such as Jackson reads from the JSON text into a {@code Map}
   * @param classifier the personas and as-of date the coverage was counted with
   * @return the coverage, equal to the one written
   * @throws SerialFormException naming the member path if a member is missing, unknown, null,
   *     mistyped, negative or too large for a long, a count list has the wrong length, the counts
   *     contradict each other (such as more customers assigned a persona than matched its rule),
   *     or the format or kind is not this one
   * @throws IncompatibleMergeException if the shape was written for another as-of date, other
   *     persona ids or order, or a persona of another priority or rule
   */
  public static PersonaCoverage fromJsonShape(Map<String, ?> shape, PersonaClassifier classifier) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(classifier, "classifier");
    ShapeReader in = ShapeReader.open(shape, KIND, MEMBERS);
    ShapeReader.sameDefinition("PersonaCoverage", "as-of date", classifier.asOf(),
        in.date("asOf"));
    requireSamePersonas(in.objects("personas"), classifier.personas());
    int n = classifier.personas().size();
    long customers = in.count("customers");
    long[] assigned = in.counts("assigned", n, FOR_PERSONAS);
    long[] matched = in.counts("matched", n, FOR_PERSONAS);
    long overlapping = in.count("overlapping");
    long[] pairs = in.counts("overlaps", pairCount(n), FOR_PERSONAS);
    requireConsistent(n, customers, assigned, matched, overlapping, pairs);
    return new PersonaCoverage(classifier, customers, assigned, matched, overlapping, pairs);
  }

  private static void requireSamePersonas(List<ShapeReader> entries, PersonaSet set) {
    List<String> ids = new ArrayList<>(entries.size());
    for (ShapeReader entry : entries) {
      entry.exactly(PERSONA_MEMBERS);
      ids.add(entry.string("id"));
    }
    ShapeReader.sameDefinition("PersonaCoverage", "personas", set.ids(), ids);
    List<Persona> personas = set.personas();
    for (int i = 0; i < personas.size(); i++) {
      Persona persona = personas.get(i);
      ShapeReader.sameDefinition("PersonaCoverage", "persona priorities",
          persona.id() + " = " + persona.priority(),
          persona.id() + " = " + entries.get(i).integer("priority"));
      Condition rule = entries.get(i).condition("rule");
      if (!rule.equals(persona.rule())) {
        SurveyJson json = SurveyJson.standard();
        ShapeReader.sameDefinition("PersonaCoverage", "persona rules",
            persona.id() + " = " + json.writeCondition(persona.rule()),
            persona.id() + " = " + json.writeCondition(rule));
      }
    }
  }

  /**
   * Checks what every counted coverage satisfies: a customer matching any rule is assigned one
   * persona whose rule it matched, and an overlapping customer matches k ≥ 2 rules, adding k − 1
   * matches beyond its assignment and k(k−1)/2 ≥ k − 1 pairs.
   */
  private static void requireConsistent(int n, long customers, long[] assigned, long[] matched,
      long overlapping, long[] pairs) {
    long assignedSum = 0;
    long matchedSum = 0;
    for (int i = 0; i < n; i++) {
      if (matched[i] > customers) {
        throw serial("matched[" + i + "] = " + matched[i] + ": must be ≤ customers = "
            + customers);
      }
      if (assigned[i] > matched[i]) {
        throw serial("assigned[" + i + "] = " + assigned[i] + ": must be ≤ matched[" + i + "] = "
            + matched[i] + "; a customer is assigned a persona whose rule it matched");
      }
      assignedSum = sum("assigned", assignedSum, assigned[i]);
      matchedSum = sum("matched", matchedSum, matched[i]);
    }
    if (assignedSum > customers) {
      throw serial("assigned: the counts add up to " + assignedSum + ": must be ≤ customers = "
          + customers);
    }
    if (overlapping > assignedSum) {
      throw serial("overlapping = " + overlapping + ": must be ≤ the customers assigned a persona"
          + " = " + assignedSum + "; an overlapping customer matched a rule");
    }
    long extra = matchedSum - assignedSum;
    // Each overlapping customer adds between 1 and n − 1 matches beyond its assignment.
    if (extra < overlapping || extra > (n - 1) * (double) overlapping) {
      throw serial("matched: the counts add up to " + matchedSum + ", " + extra + " more than the"
          + " customers assigned a persona; with overlapping = " + overlapping + " that must be"
          + " between " + overlapping + " and " + (n - 1) + " × " + overlapping);
    }
    long pairSum = 0;
    long[] pairsOf = new long[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int at = pair(i, j, n);
        long count = pairs[at];
        if (count > overlapping || count > Math.min(matched[i], matched[j])) {
          throw serial("overlaps[" + at + "] = " + count + " (personas " + i + " and " + j
              + "): must be ≤ overlapping = " + overlapping + ", matched[" + i + "] = "
              + matched[i] + " and matched[" + j + "] = " + matched[j]);
        }
        pairSum = sum("overlaps", pairSum, count);
        pairsOf[i] = sum("overlaps", pairsOf[i], count);
        pairsOf[j] = sum("overlaps", pairsOf[j], count);
      }
    }
    if (pairSum < extra) {
      throw serial("overlaps: the counts add up to " + pairSum + ": must be ≥ " + extra + ", the"
          + " matches beyond the customers' assignments");
    }
    for (int i = 0; i < n; i++) {
      // Each customer matching persona i but assigned another also matched that other's rule.
      if (pairsOf[i] < matched[i] - assigned[i]) {
        throw serial("overlaps: the pairs with persona " + i + " add up to " + pairsOf[i]
            + ": must be ≥ matched[" + i + "] − assigned[" + i + "] = "
            + (matched[i] - assigned[i]));
      }
    }
  }

  private static long sum(String member, long left, long right) {
    try {
      return Math.addExact(left, right);
    } catch (ArithmeticException e) {
      throw serial(member + ": the counts add up to more than " + Long.MAX_VALUE);
    }
  }

  private static SerialFormException serial(String problem) {
    return new SerialFormException("cannot read " + KIND + ": " + problem);
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
