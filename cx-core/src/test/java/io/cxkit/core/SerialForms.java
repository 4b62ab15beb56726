package io.cxkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Test helpers for serial forms: golden hex fixtures and JSON shapes as a JSON library reads them. */
public final class SerialForms {
  private SerialForms() {}

  /**
   * Reads a golden fixture from {@code src/test/resources/golden/}: hex byte pairs separated by
   * white space, with {@code #} comments to the end of a line.
   */
  public static byte[] golden(String name) {
    String text;
    try (InputStream in = Objects.requireNonNull(
        SerialForms.class.getResourceAsStream("/golden/" + name), "no golden file " + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder hex = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int comment = line.indexOf('#');
      hex.append((comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s+", ""));
    }
    return hex(hex.toString());
  }

  /** Parses hex digits such as {@code "0101020a"}. */
  public static byte[] hex(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits: " + hex);
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  /** Renders bytes as lower-case hex pairs separated by spaces, for readable failures. */
  public static String toHex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02x", b & 0xFF));
    }
    return sb.toString();
  }

  /**
   * A JSON shape as Jackson's default {@code ObjectMapper.readValue(json, Map.class)} gives it back
   * after writing: whole numbers become {@code Integer} where they fit, else {@code Long}, else
   * {@code BigInteger}; other numbers {@code Double}; objects {@code LinkedHashMap}s; arrays
   * {@code ArrayList}s.
   */
  public static Map<String, Object> asParsedJson(Map<String, ?> shape) {
    Map<String, Object> copy = new LinkedHashMap<>();
    shape.forEach((k, v) -> copy.put(k, parsed(v)));
    return copy;
  }

  private static Object parsed(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, parsed(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(parsed(v)));
      return copy;
    }
    if (value instanceof Long || value instanceof Integer) {
      long v = ((Number) value).longValue();
      return v == (int) v ? (Object) (int) v : (Object) v;
    }
    if (value instanceof BigInteger || value instanceof Double || value instanceof String) {
      return value;
    }
    throw new IllegalArgumentException("not a JSON value: " + value + " (" + value.getClass() + ")");
  }
}
