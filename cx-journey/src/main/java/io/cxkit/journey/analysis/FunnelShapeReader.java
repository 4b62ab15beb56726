package io.cxkit.journey.analysis;

import io.cxkit.core.SerialFormException;
import io.cxkit.core.stats.Percentage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object of a funnel result's shape (the {@code Map} Jackson makes of it) strictly:
 * every member present and of its type, no member the format does not define, and each failure a
 * {@link SerialFormException} naming the member's path from the top of the shape.
 */
final class FunnelShapeReader {
  /** The version of the funnel results' JSON shapes; bump it on any change a reader would miss. */
  static final int FORMAT_VERSION = 1;

  private final Map<?, ?> members;
  private final String path;
  private final String kind;

  private FunnelShapeReader(Map<?, ?> members, String path, String kind) {
    this.members = members;
    this.path = path;
    this.kind = kind;
  }

  /**
   * @param shape the top object
   * @param kind the expected {@code kind} member, named in every message
   * @param allowed the members the object may have, {@code format} and {@code kind} included
   * @return a reader, once the format version and kind were checked
   */
  static FunnelShapeReader open(Map<String, ?> shape, String kind, Set<String> allowed) {
    return new FunnelShapeReader(shape, "", kind).header(kind, allowed);
  }

  /**
   * Checks this object's members, format version and kind: the object is a value of its own.
   *
   * @param expected the {@code kind} member it must have
   * @param allowed the members it may have
   * @return this reader
   */
  FunnelShapeReader header(String expected, Set<String> allowed) {
    only(allowed);
    long format = count("format");
    if (format != FORMAT_VERSION) {
      throw fail(pathOf("format") + " = " + format + " is unknown; this version of cxkit reads "
          + "format " + FORMAT_VERSION);
    }
    String found = string("kind");
    if (!found.equals(expected)) {
      throw fail(pathOf("kind") + " = \"" + found + "\", expected \"" + expected + "\"");
    }
    return this;
  }

  /**
   * @param shape a nested object read on its own (a histogram's shape)
   * @param kind the value named in messages
   * @return a reader at the top
   */
  static FunnelShapeReader nested(Map<String, ?> shape, String kind) {
    return new FunnelShapeReader(shape, "", kind);
  }

  String path() {
    return path;
  }

  String pathOf(String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  SerialFormException fail(String problem) {
    return new SerialFormException("cannot read " + kind + ": " + problem);
  }

  SerialFormException wrong(String memberPath, @Nullable Object value, String rule) {
    String found = value == null ? "null" : value instanceof String ? "\"" + value + "\""
        : String.valueOf(value);
    return fail(memberPath + " = " + found + ": " + rule);
  }

  /** Refuses a member outside {@code allowed}, naming the first in the object's order. */
  FunnelShapeReader only(Set<String> allowed) {
    for (Object key : members.keySet()) {
      if (!(key instanceof String s)) {
        throw fail((path.isEmpty() ? "the shape" : path) + " has the key " + key
            + ": object keys must be strings");
      }
      if (!allowed.contains(s)) {
        throw fail("member " + pathOf(s) + " is unknown");
      }
    }
    return this;
  }

  boolean has(String member) {
    return members.containsKey(member);
  }

  private Object required(String member) {
    Object value = members.get(member);
    if (value == null) {
      throw fail("member " + pathOf(member) + (members.containsKey(member) ? " is null" : " is missing"));
    }
    return value;
  }

  long count(String member) {
    return countAt(pathOf(member), required(member));
  }

  long countAt(String memberPath, Object value) {
    long n = wholeNumber(memberPath, value);
    if (n < 0) {
      throw wrong(memberPath, value, "must be a count ≥ 0");
    }
    return n;
  }

  private long wholeNumber(String memberPath, Object value) {
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
    if (value instanceof BigDecimal decimal && decimal.signum() == 0) {
      return 0;
    }
    if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0
        && decimal.toBigInteger().bitLength() < 64) {
      return decimal.longValueExact();
    }
    if (value instanceof BigInteger || value instanceof BigDecimal) {
      throw wrong(memberPath, value, "must be at most " + Long.MAX_VALUE);
    }
    throw wrong(memberPath, value, "must be a whole number");
  }

  double number(String member) {
    Object value = required(member);
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw wrong(pathOf(member), value, "must be a finite number");
  }

  String string(String member) {
    Object value = required(member);
    if (value instanceof String s) {
      return s;
    }
    throw wrong(pathOf(member), value, "must be a string");
  }

  boolean bool(String member) {
    Object value = required(member);
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrong(pathOf(member), value, "must be true or false");
  }

  FunnelShapeReader object(String member) {
    Object value = required(member);
    if (value instanceof Map<?, ?> map) {
      return new FunnelShapeReader(map, pathOf(member), kind);
    }
    throw wrong(pathOf(member), value, "must be an object");
  }

  List<FunnelShapeReader> objects(String member) {
    Object value = required(member);
    if (!(value instanceof List<?> list)) {
      throw wrong(pathOf(member), value, "must be an array of objects");
    }
    List<FunnelShapeReader> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String elementPath = pathOf(member) + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw wrong(elementPath, list.get(i), "must be an object");
      }
      out.add(new FunnelShapeReader(map, elementPath, kind));
    }
    return out;
  }

  List<String> strings(String member) {
    Object value = required(member);
    if (!(value instanceof List<?> list)) {
      throw wrong(pathOf(member), value, "must be an array of strings");
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw wrong(pathOf(member) + "[" + i + "]", list.get(i), "must be a string");
      }
      out.add(s);
    }
    return out;
  }

  /** The object's members in order, for an object keyed by label. */
  Set<?> keys() {
    return members.keySet();
  }

  /**
   * Checks a derived percentage against the one the counts give: a writer's {@link
   * Percentage#toJsonShape()} of it, read by cx-core, must be equal.
   */
  void expectPercentage(String member, Percentage expected, String rule) {
    FunnelShapeReader object = object(member);
    @SuppressWarnings("unchecked") // keys are checked to be strings by only(...) below
    Map<String, ?> raw = (Map<String, ?>) object.members;
    object.only(Set.of("format", "kind", "successes", "n"));
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

  /** Checks a derived member that must repeat a value the counts give. */
  void expectCount(String member, long expected, String rule) {
    long found = count(member);
    if (found != expected) {
      throw wrong(pathOf(member), found, "must be " + expected + " (" + rule + ")");
    }
  }
}
