package io.cxkit.journey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the serial-form tests of the results share: JSON text to and from the plain shapes of
 * {@code toJsonShape()}, the golden files under {@code fixtures/results/}, and deep copies of a
 * shape with one change, to check what {@code fromJsonShape} refuses.
 */
public final class ShapeFixtures {
  /** Writes indented text, so that a golden file can be pasted from a failure's message. */
  public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ShapeFixtures() {}

  /**
   * @param text a JSON object
   * @return it as the plain maps, lists and scalars Jackson makes of it
   */
  public static Map<String, Object> read(String text) throws IOException {
    return JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
  }

  /**
   * @param shape a result's shape
   * @return the shape written as JSON text and read back, as a reader in another process sees it
   */
  public static Map<String, Object> throughText(Map<String, ?> shape) {
    try {
      return read(JSON.writeValueAsString(shape));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name a file under {@code fixtures/results/} of the test resources
   * @return its text
   */
  public static String fixture(String name) throws IOException {
    try (InputStream in = ShapeFixtures.class.getResourceAsStream("/fixtures/results/" + name)) {
      if (in == null) {
        throw new IOException("no test resource fixtures/results/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * @param shape a shape
   * @param change what to change in the copy
   * @return a deep, mutable copy of the shape, changed by {@code change}; the shape is unchanged
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> changed(Map<String, ?> shape,
      Consumer<Map<String, Object>> change) {
    Map<String, Object> copy = (Map<String, Object>) copy(shape);
    change.accept(copy);
    return copy;
  }

  /**
   * @param value a shape or one of its members
   * @return a deep copy, its maps and lists mutable (maps in the same order)
   */
  public static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, v == null ? null : copy(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(v == null ? null : copy(v)));
      return out;
    }
    return value;
  }
}
