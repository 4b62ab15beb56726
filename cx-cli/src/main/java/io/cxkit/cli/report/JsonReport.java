package io.cxkit.cli.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cxkit.core.SerialFormException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CxReport} as JSON, the form documented field by field in {@code cx-cli/REPORT-JSON.md}:
 * the record tree with its component names as field names, in record order, pretty-printed with
 * two spaces and {@code \n}, every field always present ({@code null} when the report has no
 * value), never NaN.
 *
 * <p>{@link #read(Reader)} is strict: it reads exactly the shape this version writes. An unknown
 * or missing field, a {@code null} where the record does not allow one, a string where a number
 * belongs, a fraction where a count belongs, a duplicate field, trailing content or another
 * {@code formatVersion} is a {@link SerialFormException} whose message starts with the JSON path
 * ({@code $.headlines[0].n: expected an integer, found a string}) or with the line and column of
 * malformed JSON. Consumers other than this reader should ignore fields they do not know, because
 * fields are added without a new {@link CxReport#FORMAT_VERSION}.
 */
public final class JsonReport {

  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static {
    // Null rules come from the jspecify annotations, read at run time: without them on the class
    // path every nullable field would look required and valid reports would be refused.
    boolean seen = false;
    for (RecordComponent rc : CxReport.class.getRecordComponents()) {
      seen |= rc.getName().equals("breakdown") && isNullable(rc.getAnnotatedType());
    }
    if (!seen) {
      throw new IllegalStateException("the jspecify annotations are missing from the class path:"
          + " JsonReport cannot tell the nullable fields of CxReport");
    }
  }

  private JsonReport() {}

  /**
   * Writes the report as pretty JSON followed by a line feed. The writer is flushed, not closed.
   *
   * @param report the report
   * @param out where the JSON goes
   * @throws IOException from {@code out}
   * @throws IllegalArgumentException naming the field when a number in the report is NaN or
   *     infinite (a report holds finite numbers or null: a non-finite one is a bug of its maker)
   */
  public static void write(CxReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    checkFinite(report, CxReport.class, "$");
    WRITER.writeValue(out, report);
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a report written by {@link #write}. The reader is not closed.
   *
   * @param in the JSON
   * @return the report, equal to the one written
   * @throws IOException from {@code in}
   * @throws SerialFormException when the text is not JSON, not this shape, or another format
   *     version; the message names the JSON path, or the line and column
   */
  public static CxReport read(Reader in) throws IOException {
    requireNonNull(in, "in");
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "report JSON"
          : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new SerialFormException(where + ": not well-formed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new SerialFormException("$: empty document, expected a report object");
    }
    check(root, CxReport.class, false, "$");
    int version = root.get("formatVersion").intValue();
    if (version != CxReport.FORMAT_VERSION) {
      throw new SerialFormException("$.formatVersion = " + version + ": this reader reads format"
          + " version " + CxReport.FORMAT_VERSION + " only");
    }
    try {
      return MAPPER.treeToValue(root, CxReport.class);
    } catch (JsonProcessingException | RuntimeException e) {
      // The shape was checked above, so this is a rule of a record's constructor.
      throw new SerialFormException("$: the report breaks a rule of its model: " + e.getMessage(),
          e);
    }
  }

  // ---- the shape, read off the records ----

  private static void check(JsonNode node, Type type, boolean nullable, String path) {
    if (node.isNull()) {
      if (!nullable) {
        throw fail(path, "must not be null");
      }
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw.isRecord()) {
      checkRecord(node, raw, path);
    } else if (raw == List.class) {
      if (!node.isArray()) {
        throw fail(path, "expected an array, found " + describe(node));
      }
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      int i = 0;
      for (JsonNode e : node) {
        check(e, element, false, path + "[" + i++ + "]");
      }
    } else if (raw == String.class) {
      expect(node.isTextual(), node, "a string", path);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(node.isBoolean(), node, "true or false", path);
    } else if (raw == int.class || raw == Integer.class) {
      expect(node.isIntegralNumber() && node.canConvertToInt(), node, "an integer", path);
    } else if (raw == long.class || raw == Long.class) {
      expect(node.isIntegralNumber() && node.canConvertToLong(), node, "an integer", path);
    } else if (raw == double.class || raw == Double.class) {
      expect(node.isNumber() && Double.isFinite(node.doubleValue()), node, "a finite number",
          path);
    } else {
      throw new IllegalStateException("CxReport holds a type JsonReport does not know: " + type);
    }
  }

  private static void checkRecord(JsonNode node, Class<?> record, String path) {
    if (!node.isObject()) {
      throw fail(path, "expected an object, found " + describe(node));
    }
    RecordComponent[] components = record.getRecordComponents();
    Set<String> known = new LinkedHashSet<>();
    for (RecordComponent rc : components) {
      known.add(rc.getName());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw fail(path, "unknown field \"" + shorten(name) + "\"; the fields of "
            + record.getSimpleName() + " are " + String.join(", ", known));
      }
    }
    for (RecordComponent rc : components) {
      String at = path + "." + rc.getName();
      JsonNode value = node.get(rc.getName());
      if (value == null) {
        throw fail(at, "missing; every field is written, null when it has no value");
      }
      AnnotatedType annotated = rc.getAnnotatedType();
      if (value.isArray() && annotated instanceof AnnotatedParameterizedType) {
        checkList(value, (AnnotatedParameterizedType) annotated, at);
      } else {
        check(value, rc.getGenericType(), isNullable(annotated), at);
      }
    }
  }

  private static void checkList(JsonNode array, AnnotatedParameterizedType type, String path) {
    AnnotatedType element = type.getAnnotatedActualTypeArguments()[0];
    boolean nullable = isNullable(element);
    int i = 0;
    for (JsonNode e : array) {
      check(e, element.getType(), nullable, path + "[" + i++ + "]");
    }
  }

  private static void checkFinite(@Nullable Object value, Type type, String path) {
    if (value == null) {
      return;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(path + " = " + d + ": a report holds finite numbers"
            + " or null");
      }
    } else if (value instanceof List) {
      Type element = type instanceof ParameterizedType
          ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class;
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        checkFinite(list.get(i), element, path + "[" + i + "]");
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        Object v;
        try {
          v = rc.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + path + "." + rc.getName(), e);
        }
        checkFinite(v, rc.getGenericType(), path + "." + rc.getName());
      }
    }
  }

  private static boolean isNullable(AnnotatedType type) {
    for (java.lang.annotation.Annotation a : type.getAnnotations()) {
      if (a.annotationType().getName().equals(NULLABLE)) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new IllegalStateException("CxReport holds a type JsonReport does not know: " + type);
  }

  private static void expect(boolean ok, JsonNode node, String what, String path) {
    if (!ok) {
      throw fail(path, "expected " + what + ", found " + describe(node));
    }
  }

  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "the string \"" + shorten(node.textValue()) + "\"";
    }
    if (node.isNumber() || node.isBoolean()) {
      return shorten(node.asText());
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.isNull() ? "null"
        : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 40 ? s
        : s.substring(0, s.offsetByCodePoints(0, 40)) + "…";
  }

  private static SerialFormException fail(String path, String problem) {
    return new SerialFormException(path + ": " + problem);
  }
}
