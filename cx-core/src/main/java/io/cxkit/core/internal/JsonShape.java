package io.cxkit.core.internal;

import io.cxkit.core.SerialFormException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON shape of a value: the {@code Map} a JSON library such as Jackson produces from
 * {@code {"format": 1, "kind": "nps", ...}}. Every member is checked for presence and type, and a
 * mismatch fails with a {@link SerialFormException} that names the member's path.
 */
public final class JsonShape {
  private final Map<String, ?> members;
  private final String path;
  private final SerialKind kind;

  private JsonShape(Map<String, ?> members, String path, SerialKind kind) {
    this.members = members;
    this.path = path;
    this.kind = kind;
  }

  /**
   * Starts the JSON shape of {@code kind}: a mutable, insertion-ordered map holding the format
   * version and kind.
   *
   * @param kind the kind of value
   * @return a map to add the value's members to
   */
  public static Map<String, Object> start(SerialKind kind) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", SerialWriter.FORMAT_VERSION);
    shape.put("kind", kind.jsonName());
    return shape;
  }

  /**
   * Seals a shape built with {@link #start}.
   *
   * @param shape the shape
   * @return an unmodifiable view
   */
  public static Map<String, Object> seal(Map<String, Object> shape) {
    return Collections.unmodifiableMap(shape);
  }

  /**
   * Opens a JSON shape, checking its {@code format} and {@code kind}.
   *
   * @param shape the map
   * @param expected the kind of value the caller wants
   * @return a reader over its members
   */
  public static JsonShape open(Map<String, ?> shape, SerialKind expected) {
    JsonShape reader = new JsonShape(shape, "", expected);
    long format = reader.count("format");
    if (format != SerialWriter.FORMAT_VERSION) {
      throw new SerialFormException("cannot read " + expected.jsonName() + ": format = " + format
          + " is unknown; this version of cxkit reads format " + SerialWriter.FORMAT_VERSION);
    }
    String kind = reader.string("kind");
    if (!kind.equals(expected.jsonName())) {
      throw new SerialFormException("cannot read " + expected.jsonName() + ": kind = \"" + kind
          + "\", expected \"" + expected.jsonName() + "\"");
    }
    return reader;
  }

  private String pathOf(String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private SerialFormException wrongType(String memberPath, @Nullable Object value, String expected) {
    String found = value == null ? "null" : value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return new SerialFormException("cannot read " + kind.jsonName() + ": " + memberPath + " = "
        + found + ": must be " + expected);
  }

  private Object required(String member) {
    Object value = members.get(member);
    if (value == null) {
      throw new SerialFormException("cannot read " + kind.jsonName() + ": member " + pathOf(member)
          + (members.containsKey(member) ? " is null" : " is missing"));
    }
    return value;
  }

  /**
   * @param member a member name
   * @return whether the member is present and not null
   */
  public boolean has(String member) {
    return members.get(member) != null;
  }

  private long wholeNumber(String memberPath, Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    // Some JSON libraries (Gson's maps, JavaScript peers) read every number as a double: accept one
    // that is whole and within ±2^53, where a double is still exact.
    if ((value instanceof Double || value instanceof Float) && isExactWhole(((Number) value).doubleValue())) {
      return (long) ((Number) value).doubleValue();
    }
    if (value instanceof BigDecimal decimal && decimal.signum() == 0) {
      return 0;
    }
    if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0
        && decimal.toBigInteger().bitLength() < 64) {
      return decimal.longValueExact();
    }
    throw wrongType(memberPath, value, "a whole number");
  }

  private static boolean isExactWhole(double value) {
    return value == Math.rint(value) && Math.abs(value) <= 0x1p53;
  }

  /**
   * @param member a member name
   * @return the member as a non-negative whole number
   */
  public long count(String member) {
    long value = wholeNumber(pathOf(member), required(member));
    if (value < 0) {
      throw wrongType(pathOf(member), value, "≥ 0");
    }
    return value;
  }

  /**
   * @param member a member name
   * @return the member as an int
   */
  public int integer(String member) {
    long value = wholeNumber(pathOf(member), required(member));
    if (value != (int) value) {
      throw wrongType(pathOf(member), value, "an int");
    }
    return (int) value;
  }

  /**
   * @param member a member name
   * @return the member as a finite double
   */
  public double number(String member) {
    Object value = required(member);
    if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
      return number.doubleValue();
    }
    throw wrongType(pathOf(member), value, "a finite number");
  }

  /**
   * @param member a member name
   * @return the member as a string
   */
  public String string(String member) {
    Object value = required(member);
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(pathOf(member), value, "a string");
  }

  /**
   * @param member a member name
   * @return the member, a JSON object, as a reader
   */
  public JsonShape object(String member) {
    Object value = required(member);
    if (value instanceof Map<?, ?> map) {
      return new JsonShape(stringKeyed(pathOf(member), map), pathOf(member), kind);
    }
    throw wrongType(pathOf(member), value, "an object");
  }

  /**
   * @param member a member name
   * @return the member, an array of non-negative whole numbers
   */
  public long[] counts(String member) {
    Object value = required(member);
    if (!(value instanceof List<?> list)) {
      throw wrongType(pathOf(member), value, "an array of counts");
    }
    long[] result = new long[list.size()];
    for (int i = 0; i < result.length; i++) {
      String elementPath = pathOf(member) + "[" + i + "]";
      Object element = list.get(i);
      long count = element == null ? -1 : wholeNumber(elementPath, element);
      if (count < 0) {
        throw wrongType(elementPath, element, "a count ≥ 0");
      }
      result[i] = count;
    }
    return result;
  }

  /**
   * @param member a member name
   * @return the member, an array of finite numbers
   */
  public double[] numbers(String member) {
    List<?> list = list(member, "an array of numbers");
    double[] result = new double[list.size()];
    for (int i = 0; i < result.length; i++) {
      Object element = list.get(i);
      if (!(element instanceof Number number) || !Double.isFinite(number.doubleValue())) {
        throw wrongType(pathOf(member) + "[" + i + "]", element, "a finite number");
      }
      result[i] = number.doubleValue();
    }
    return result;
  }

  /**
   * @param member a member name
   * @return the member, an array of JSON objects, as readers
   */
  public List<JsonShape> objects(String member) {
    List<?> list = list(member, "an array of objects");
    List<JsonShape> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String elementPath = pathOf(member) + "[" + i + "]";
      Object element = list.get(i);
      if (!(element instanceof Map<?, ?> map)) {
        throw wrongType(elementPath, element, "an object");
      }
      result.add(new JsonShape(stringKeyed(elementPath, map), elementPath, kind));
    }
    return result;
  }

  private List<?> list(String member, String expected) {
    Object value = required(member);
    if (!(value instanceof List<?> list)) {
      throw wrongType(pathOf(member), value, expected);
    }
    return list;
  }

  /**
   * @param member a member name
   * @return the member, an object of non-negative whole numbers, in its iteration order
   */
  public Map<String, Long> countMap(String member) {
    JsonShape object = object(member);
    Map<String, Long> result = new LinkedHashMap<>();
    for (String key : object.members.keySet()) {
      result.put(key, object.count(key));
    }
    return result;
  }

  private Map<String, ?> stringKeyed(String memberPath, Map<?, ?> map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String s)) {
        throw new SerialFormException("cannot read " + kind.jsonName() + ": " + memberPath
            + " has the key " + key + " (" + key.getClass().getSimpleName() + "): object keys must be strings");
      }
      keys.add(s);
    }
    @SuppressWarnings("unchecked") // every key was just checked to be a String
    Map<String, ?> checked = (Map<String, ?>) map;
    return keys.isEmpty() ? Map.of() : checked;
  }

  /**
   * Wraps a rule violation found while rebuilding the value.
   *
   * @param cause the violation
   * @return an exception to throw
   */
  public SerialFormException invalid(RuntimeException cause) {
    return new SerialFormException("cannot read " + kind.jsonName() + ": the JSON shape describes "
        + "an invalid value: " + cause.getMessage(), cause);
  }
}
