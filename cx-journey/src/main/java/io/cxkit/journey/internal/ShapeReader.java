package io.cxkit.journey.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.CxException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object of a cx-journey result's shape (the {@code Map} a JSON library such as
 * Jackson makes of the text {@code toJsonShape()} wrote) strictly: every member present and of its
 * type, no member the format does not define. Each failure is a {@link SerialFormException} of the
 * one form {@code cannot read <kind>: <path> = <value>: <rule>} (or {@code cannot read <kind>:
 * member <path> is missing}, {@code … is null}, {@code … is unknown; the members are …}), the path counted from the top
 * of the shape, such as {@code exitPoints[2].exits}. A shape written for another definition than
 * the one given is refused with {@link IncompatibleMergeException}, as a merge of results of two
 * definitions is. Whole numbers may come as any integral type, as a {@link BigInteger} or {@link
 * BigDecimal} that fits a long, or as a whole double within ±2<sup>53</sup> (where a double is
 * exact), as cx-core's readers take them.
 */
public final class ShapeReader {
  /** The version of cx-journey results' JSON shapes; bump it on any change a reader would miss. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<?, ?> members;
  private final String path;
  private final String kind;

  private ShapeReader(Map<?, ?> members, String path, String kind) {
    this.members = members;
    this.path = path;
    this.kind = kind;
  }

  /**
   * Opens the top object of a shape, checking its member names, format version and kind.
   *
   * @param shape the top object
   * @param kind the expected {@code kind} member, named in every message
   * @param names every member the object has, {@code format} and {@code kind} included
   * @return a reader over its members
   * @throws SerialFormException if a member is unknown or missing, or the format or kind differs
   */
  public static ShapeReader open(Map<String, ?> shape, String kind, Collection<String> names) {
    return new ShapeReader(shape, "", kind).header(kind, names);
  }

  /**
   * A reader of an object read on its own, without a header (a histogram's shape).
   *
   * @param shape the object
   * @param kind the value named in messages
   * @return a reader at the top
   */
  public static ShapeReader nested(Map<String, ?> shape, String kind) {
    return new ShapeReader(shape, "", kind);
  }

  /**
   * Checks this object's members, format version and kind: the object is a value of its own.
   *
   * @param expected the {@code kind} member it must have
   * @param names every member it has
   * @return this reader
   * @throws SerialFormException if a member is unknown or missing, or the format or kind differs
   */
  public ShapeReader header(String expected, Collection<String> names) {
    only(names);
    long format = count("format");
    if (format != FORMAT) {
      throw fail(pathOf("format") + " = " + format + " is unknown; this version of cxkit reads "
          + "format " + FORMAT);
    }
    String found = string("kind");
    if (!found.equals(expected)) {
      throw fail(pathOf("kind") + " = \"" + found + "\", expected \"" + expected + "\"");
    }
    return exactly(names);
  }

  /** @return the path of this object from the top of the shape; empty at the top */
  public String path() {
    return path;
  }

  /**
   * @param member a member of this object
   * @return its path from the top of the shape
   */
  public String pathOf(String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  /**
   * @param problem what is wrong, starting with the path at fault
   * @return the exception to throw, its message {@code cannot read <kind>: <problem>}
   */
  public SerialFormException fail(String problem) {
    return new SerialFormException("cannot read " + kind + ": " + problem);
  }

  /**
   * @param memberPath the path of the member at fault
   * @param problem what is wrong with it, such as {@code = 3: must be at most 2}
   * @return the exception to throw
   */
  public SerialFormException fail(String memberPath, String problem) {
    return fail(memberPath + " " + problem);
  }

  /**
   * @param memberPath the path of the member at fault
   * @param value the value found there
   * @param rule the rule it breaks, such as {@code must be a count ≥ 0}
   * @return the exception to throw, {@code cannot read <kind>: <path> = <value>: <rule>}
   */
  public SerialFormException wrong(String memberPath, @Nullable Object value, String rule) {
    return fail(memberPath + " = " + show(value) + ": " + rule);
  }

  /**
   * @param value a JSON value
   * @return it as a message shows it: strings quoted, {@code null} as is
   */
  public static String show(@Nullable Object value) {
    return value == null ? "null" : value instanceof String ? "\"" + value + "\""
        : String.valueOf(value);
  }

  /**
   * Refuses a member outside {@code names}, naming the first in the object's order.
   *
   * @param names the members the object may have
   * @return this reader
   * @throws SerialFormException if it has another
   */
  public ShapeReader only(Collection<String> names) {
    for (Object key : members.keySet()) {
      if (!(key instanceof String name) || !names.contains(name)) {
        throw unknown(kind, path, key, names);
      }
    }
    return this;
  }

  /**
   * The failure of a member the format does not define, listing the members it does define in
   * alphabetical order (a set's own order may change from run to run).
   */
  private static SerialFormException unknown(String kind, String path, Object key,
      Collection<?> names) {
    List<String> sorted = new ArrayList<>();
    for (Object name : names) {
      sorted.add(String.valueOf(name));
    }
    sorted.sort(null);
    return new SerialFormException("cannot read " + kind + ": member " + join(path, key)
        + " is unknown; " + (path.isEmpty() ? "the members" : path + "'s members") + " are "
        + String.join(", ", sorted));
  }

  /**
   * Refuses a member outside {@code names} and reports the first of them that is missing.
   *
   * @param names every member the object has
   * @return this reader
   * @throws SerialFormException if it has another or lacks one
   */
  public ShapeReader exactly(Collection<String> names) {
    only(names);
    for (String name : names) {
      if (!members.containsKey(name)) {
        throw fail("member " + pathOf(name) + " is missing");
      }
    }
    return this;
  }

  /**
   * @param member a member name
   * @return whether this object has it, null or not
   */
  public boolean has(String member) {
    return members.containsKey(member);
  }

  /** @return the member names of this object in its order, as the JSON library gave them */
  public Collection<?> keys() {
    return members.keySet();
  }

  /**
   * @return the member names of this object, in its order
   * @throws SerialFormException if a key is no string
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Object key : members.keySet()) {
      if (!(key instanceof String name)) {
        throw fail("member " + pathOf(String.valueOf(key)) + " is unknown");
      }
      names.add(name);
    }
    return names;
  }

  private Object required(String member) {
    Object value = members.get(member);
    if (value == null) {
      throw fail("member " + pathOf(member)
          + (members.containsKey(member) ? " is null" : " is missing"));
    }
    return value;
  }

  /**
   * @param kind the kind named in the message
   * @param memberPath the path, for the message
   * @param value a JSON value
   * @return it as a long
   * @throws SerialFormException naming the path when it is no whole number within a long
   */
  public static long wholeNumber(String kind, String memberPath, @Nullable Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    // JSON libraries that read every number as a double: a whole one within ±2^53 is exact.
    if ((value instanceof Double || value instanceof Float)
        && ((Number) value).doubleValue() == Math.rint(((Number) value).doubleValue())
        && Math.abs(((Number) value).doubleValue()) <= 0x1p53) {
      return (long) ((Number) value).doubleValue();
    }
    if (value instanceof BigDecimal decimal && (decimal.signum() == 0
        || decimal.stripTrailingZeros().scale() <= 0 && decimal.toBigInteger().bitLength() < 64)) {
      return decimal.signum() == 0 ? 0 : decimal.longValueExact();
    }
    boolean integral = value instanceof BigInteger
        || value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
    throw new SerialFormException("cannot read " + kind + ": " + memberPath + " = " + show(value)
        + ": must be a whole number" + (integral ? " within a long (at most " + Long.MAX_VALUE + ")"
            : ""));
  }

  /**
   * @param member a member of this object
   * @return it as a count ≥ 0
   */
  public long count(String member) {
    return countAt(pathOf(member), required(member));
  }

  /**
   * @param memberPath the path of {@code value}, for the message
   * @param value a JSON value
   * @return it as a count ≥ 0
   */
  public long countAt(String memberPath, @Nullable Object value) {
    if (value == null) {
      throw wrong(memberPath, null, "must be a count ≥ 0");
    }
    long n = wholeNumber(kind, memberPath, value);
    if (n < 0) {
      throw wrong(memberPath, n, "must be a count ≥ 0");
    }
    return n;
  }

  /**
   * @param member a member of this object
   * @return it as a count ≥ 1, for lists that hold only counts above 0
   */
  public long positiveCount(String member) {
    long value = count(member);
    if (value == 0) {
      throw wrong(pathOf(member), value, "must be ≥ 1 (only counts above 0 are written)");
    }
    return value;
  }

  /**
   * @param member a member of this object
   * @return it as an int
   */
  public int integer(String member) {
    long value = wholeNumber(kind, pathOf(member), required(member));
    if (value != (int) value) {
      throw wrong(pathOf(member), value, "must be an int");
    }
    return (int) value;
  }

  /**
   * @param member a member of this object
   * @param length the number of counts it must hold
   * @param why why that many, for the message, such as {@code for the classifier's personas}
   * @return it, an array of counts ≥ 0
   */
  public long[] counts(String member, int length, String why) {
    Object value = required(member);
    if (!(value instanceof List<?> list)) {
      throw wrong(pathOf(member), value, "must be an array of counts");
    }
    if (list.size() != length) {
      throw fail(pathOf(member) + " has " + list.size() + " counts: must have " + length + " "
          + why);
    }
    long[] counts = new long[length];
    for (int i = 0; i < length; i++) {
      counts[i] = countAt(pathOf(member) + "[" + i + "]", list.get(i));
    }
    return counts;
  }

  /**
   * @param member a member of this object
   * @return it as a finite number
   */
  public double number(String member) {
    Object value = required(member);
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw wrong(pathOf(member), value, "must be a finite number");
  }

  /**
   * @param member a member of this object
   * @return it as a string
   */
  public String string(String member) {
    Object value = required(member);
    if (value instanceof String s) {
      return s;
    }
    throw wrong(pathOf(member), value, "must be a string");
  }

  /**
   * @param member a member of this object
   * @return it as a string, or null when it is null or absent
   */
  public @Nullable String nullableString(String member) {
    Object value = members.get(member);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    throw wrong(pathOf(member), value, "must be a string or null");
  }

  /**
   * @param member a member of this object
   * @return it as an ISO-8601 date
   */
  public LocalDate date(String member) {
    String text = string(member);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw wrong(pathOf(member), text, "must be an ISO-8601 date such as 2026-03-01");
    }
  }

  /**
   * @param member a member of this object
   * @return it as a boolean
   */
  public boolean bool(String member) {
    Object value = required(member);
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrong(pathOf(member), value, "must be true or false");
  }

  /**
   * @param member a member of this object, a JSON object
   * @return a reader of it
   */
  public ShapeReader object(String member) {
    Object value = required(member);
    if (value instanceof Map<?, ?> map) {
      return new ShapeReader(map, pathOf(member), kind);
    }
    throw wrong(pathOf(member), value, "must be an object");
  }

  /**
   * @param member a member of this object, an array of JSON objects
   * @return readers of them
   */
  public List<ShapeReader> objects(String member) {
    List<?> list = list(member, "must be an array of objects");
    List<ShapeReader> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String elementPath = pathOf(member) + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw wrong(elementPath, list.get(i), "must be an object");
      }
      out.add(new ShapeReader(map, elementPath, kind));
    }
    return out;
  }

  /**
   * @param member a member of this object, an array of strings
   * @return the strings
   */
  public List<String> strings(String member) {
    List<?> list = list(member, "must be an array of strings");
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw wrong(pathOf(member) + "[" + i + "]", list.get(i), "must be a string");
      }
      out.add(s);
    }
    return out;
  }

  private List<?> list(String member, String rule) {
    Object value = required(member);
    if (value instanceof List<?> list) {
      return list;
    }
    throw wrong(pathOf(member), value, rule);
  }

  /**
   * @param member a member of this object, a condition in cx-survey's condition JSON
   * @return the condition
   */
  public Condition condition(String member) {
    Object value = required(member);
    if (!(value instanceof Map<?, ?>)) {
      throw wrong(pathOf(member), value, "must be a condition's JSON object");
    }
    try {
      return SurveyJson.standard().readCondition(JSON.writeValueAsString(value));
    } catch (JsonProcessingException | CxException e) {
      throw fail(pathOf(member) + " is not a condition: " + e.getMessage());
    }
  }

  /**
   * Checks a derived percentage against the one the counts give: a writer's {@link
   * Percentage#toJsonShape()} of it, read by cx-core, must be equal.
   *
   * @param member a member of this object
   * @param expected the percentage the counts give
   * @param rule how it is derived, for the message
   */
  public void expectPercentage(String member, Percentage expected, String rule) {
    ShapeReader object = object(member);
    object.only(List.of("format", "kind", "successes", "n"));
    @SuppressWarnings("unchecked") // keys were checked to be strings by only(...)
    Map<String, ?> raw = (Map<String, ?>) object.members;
    Percentage found;
    try {
      found = Percentage.fromJsonShape(raw);
    } catch (SerialFormException e) {
      throw fail(pathOf(member) + ": " + e.getMessage());
    }
    if (!found.equals(expected)) {
      throw fail(pathOf(member) + " = " + found.successes() + "/" + found.n() + ": must be "
          + expected.successes() + "/" + expected.n() + " (" + rule + ")");
    }
  }

  /**
   * Checks a derived member that must repeat a value the counts give.
   *
   * @param member a member of this object
   * @param expected the count the counts give
   * @param rule how it is derived, for the message
   */
  public void expectCount(String member, long expected, String rule) {
    long found = count(member);
    if (found != expected) {
      throw wrong(pathOf(member), found, "must be " + expected + " (" + rule + ")");
    }
  }

  /**
   * Refuses a shape written under another definition.
   *
   * @param what the result type, such as {@code ExitResult}
   * @param property the definition's property
   * @param expected the given definition's value
   * @param found the shape's value
   * @throws IncompatibleMergeException if they differ
   */
  public static void sameDefinition(String what, String property, Object expected, Object found) {
    if (!expected.equals(found)) {
      throw new IncompatibleMergeException(what, property, expected + " (the definition given)",
          found + " (the JSON shape)");
    }
  }

  /**
   * Checks that every member of a shape is what the result read from its counts writes, so that
   * derived members (totals, shares, rankings) that disagree with the counts are refused.
   *
   * @param kind the kind, for the message
   * @param memberPath the path of {@code given}; empty at the top
   * @param expected the value as the result writes it
   * @param given the value read
   */
  public static void requireAsWritten(String kind, String memberPath, @Nullable Object expected,
      @Nullable Object given) {
    if (expected instanceof Map<?, ?> e && given instanceof Map<?, ?> g) {
      for (Object key : g.keySet()) {
        if (!e.containsKey(key)) {
          throw unknown(kind, memberPath, key, e.keySet());
        }
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        if (!g.containsKey(entry.getKey())) {
          throw new SerialFormException("cannot read " + kind + ": member "
              + join(memberPath, entry.getKey()) + " is missing");
        }
        requireAsWritten(kind, join(memberPath, entry.getKey()), entry.getValue(),
            g.get(entry.getKey()));
      }
      return;
    }
    if (expected instanceof List<?> e && given instanceof List<?> g && e.size() == g.size()) {
      for (int i = 0; i < e.size(); i++) {
        requireAsWritten(kind, memberPath + "[" + i + "]", e.get(i), g.get(i));
      }
      return;
    }
    if (expected instanceof Number e && given instanceof Number) {
      if (e.longValue() == wholeNumber(kind, memberPath, given)) {
        return;
      }
    } else if (expected == null ? given == null : expected.equals(given)) {
      return;
    }
    throw new SerialFormException("cannot read " + kind + ": " + memberPath + " = " + show(given)
        + ": must be " + show(expected) + ", as the counts give (totals, shares and ranks are"
        + " derived from them)");
  }

  private static String join(String path, Object key) {
    return path.isEmpty() ? String.valueOf(key) : path + "." + key;
  }
}
