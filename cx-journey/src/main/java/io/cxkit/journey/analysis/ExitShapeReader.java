package io.cxkit.journey.analysis;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON shape of an exit, friction or path result: the {@code Map} a JSON library such as
 * Jackson makes of the text {@code toJsonShape()} wrote. Every member is checked for presence and
 * type, unknown members are refused, and each failure is a {@link SerialFormException} naming the
 * member's path, such as {@code exitPoints[2].exits}. Whole numbers may come as any integral type,
 * as a {@link BigInteger} or {@link BigDecimal} that fits a long, or as a whole double within
 * ±2<sup>53</sup> (where a double is exact), as cx-core's readers take them.
 */
final class ExitShapeReader {
  /** The format version the exit, friction and path shapes are written in. */
  static final int FORMAT = 1;

  private final Map<?, ?> members;
  private final String path;
  private final String kind;

  private ExitShapeReader(Map<?, ?> members, String path, String kind) {
    this.members = members;
    this.path = path;
    this.kind = kind;
  }

  /**
   * Opens a shape, checking its format version, kind and member names.
   *
   * @param shape the map
   * @param kind the {@code kind} member expected, such as {@code exit-points}
   * @param names every member the shape has, no more and no fewer
   * @return a reader over its members
   */
  static ExitShapeReader open(Map<String, ?> shape, String kind, Set<String> names) {
    ExitShapeReader reader = new ExitShapeReader(shape, "", kind);
    long format = reader.count("format");
    if (format != FORMAT) {
      throw new SerialFormException("cannot read " + kind + ": format = " + format
          + " is unknown; this version of cxkit reads format " + FORMAT);
    }
    String found = reader.string("kind");
    if (!found.equals(kind)) {
      throw new SerialFormException("cannot read " + kind + ": kind = \"" + found + "\", expected \""
          + kind + "\"");
    }
    reader.only(names);
    return reader;
  }

  /**
   * Refuses members other than the named ones, and reports a missing one.
   *
   * @param names every member this object has
   */
  void only(Set<String> names) {
    for (Object key : members.keySet()) {
      if (!(key instanceof String name) || !names.contains(name)) {
        throw fail(pathOf(String.valueOf(key)), "is an unknown member");
      }
    }
    for (String name : names) {
      if (!members.containsKey(name)) {
        throw fail(pathOf(name), "is missing");
      }
    }
  }

  String pathOf(String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  /**
   * @param memberPath the path of the member at fault
   * @param problem what is wrong with it
   * @return the exception to throw
   */
  SerialFormException fail(String memberPath, String problem) {
    return new SerialFormException("cannot read " + kind + ": " + memberPath + " " + problem);
  }

  private static String show(@Nullable Object value) {
    return value == null ? "null" : value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  private SerialFormException wrongType(String memberPath, @Nullable Object value, String rule) {
    return fail(memberPath, "= " + show(value) + ": must be " + rule);
  }

  private Object required(String member) {
    Object value = members.get(member);
    if (value == null) {
      throw fail(pathOf(member), members.containsKey(member) ? "is null" : "is missing");
    }
    return value;
  }

  /**
   * @param memberPath the path, for the message
   * @param value a JSON value
   * @return it as a long, or a failure naming the path when it is no whole number within a long
   */
  static long wholeNumber(String kind, String memberPath, @Nullable Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
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

  /** @return the member as a count ≥ 0 */
  long count(String member) {
    long value = wholeNumber(kind, pathOf(member), required(member));
    if (value < 0) {
      throw wrongType(pathOf(member), value, "a count ≥ 0");
    }
    return value;
  }

  /** @return the member as a count ≥ 1 */
  long positiveCount(String member) {
    long value = count(member);
    if (value == 0) {
      throw wrongType(pathOf(member), value, "≥ 1 (only counts above 0 are written)");
    }
    return value;
  }

  /** @return the member as an int */
  int integer(String member) {
    long value = wholeNumber(kind, pathOf(member), required(member));
    if (value != (int) value) {
      throw wrongType(pathOf(member), value, "an int");
    }
    return (int) value;
  }

  /** @return the member as a string */
  String string(String member) {
    Object value = required(member);
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(pathOf(member), value, "a string");
  }

  /** @return the member as a string, or null when it is null */
  @Nullable String nullableString(String member) {
    Object value = members.get(member);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(pathOf(member), value, "a string or null");
  }

  /** @return the member as a boolean */
  boolean bool(String member) {
    Object value = required(member);
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongType(pathOf(member), value, "true or false");
  }

  /** @return the member, a JSON object, as a reader */
  ExitShapeReader object(String member) {
    Object value = required(member);
    if (value instanceof Map<?, ?> map) {
      return new ExitShapeReader(map, pathOf(member), kind);
    }
    throw wrongType(pathOf(member), value, "an object");
  }

  /** @return the member names of this object, in its order */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (Object key : members.keySet()) {
      if (!(key instanceof String name)) {
        throw fail(pathOf(String.valueOf(key)), "is a key that is no string");
      }
      names.add(name);
    }
    return names;
  }

  /** @return the member, an array of JSON objects, as readers */
  List<ExitShapeReader> objects(String member) {
    List<?> list = list(member, "an array of objects");
    List<ExitShapeReader> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String elementPath = pathOf(member) + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw wrongType(elementPath, list.get(i), "an object");
      }
      out.add(new ExitShapeReader(map, elementPath, kind));
    }
    return out;
  }

  /** @return the member, an array of strings */
  List<String> strings(String member) {
    List<?> list = list(member, "an array of strings");
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw wrongType(pathOf(member) + "[" + i + "]", list.get(i), "a string");
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
    throw wrongType(pathOf(member), value, rule);
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
  static void sameDefinition(String what, String property, Object expected, Object found) {
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
  static void requireAsWritten(String kind, String memberPath, @Nullable Object expected,
      @Nullable Object given) {
    if (expected instanceof Map<?, ?> e && given instanceof Map<?, ?> g) {
      for (Object key : g.keySet()) {
        if (!e.containsKey(key)) {
          throw new SerialFormException("cannot read " + kind + ": " + join(memberPath, key)
              + " is an unknown member");
        }
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        if (!g.containsKey(entry.getKey())) {
          throw new SerialFormException("cannot read " + kind + ": "
              + join(memberPath, entry.getKey()) + " is missing");
        }
        requireAsWritten(kind, join(memberPath, entry.getKey()), entry.getValue(),
            g.get(entry.getKey()));
      }
      return;
    }
    if (expected instanceof List<?> e && given instanceof List<?> g) {
      if (e.size() == g.size()) {
        for (int i = 0; i < e.size(); i++) {
          requireAsWritten(kind, memberPath + "[" + i + "]", e.get(i), g.get(i));
        }
        return;
      }
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
