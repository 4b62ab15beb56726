package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cx-cli/REPORT-JSON.md} against the records: every record reachable from
 * {@link CxReport} has a {@code ### `Name`} section whose table lists exactly its components, in
 * order, each with the type this test derives from the Java type and a null column that starts
 * with "never" exactly when the component is not {@code @Nullable}.
 */
class JsonReportDocTest {

  private static final Pattern SECTION = Pattern.compile("^### `(\\w+)`\\s*$");
  private static final Pattern ROW =
      Pattern.compile("^\\| `(\\w+)` \\| `([^`]+)` \\| ([^|]*) \\| ([^|]*) \\|\\s*$");

  /** Per type name, its rows: field to {type, unit, null}. */
  private static final Map<String, Map<String, String[]>> DOC = new LinkedHashMap<>();

  @BeforeAll
  static void parse() throws IOException {
    // Surefire runs in the module's directory.
    List<String> lines = Files.readAllLines(Path.of("REPORT-JSON.md"), StandardCharsets.UTF_8);
    Map<String, String[]> current = null;
    for (String line : lines) {
      Matcher s = SECTION.matcher(line);
      if (s.matches()) {
        current = new LinkedHashMap<>();
        assertThat(DOC.put(s.group(1), current)).as("section %s twice", s.group(1)).isNull();
        continue;
      }
      Matcher r = ROW.matcher(line);
      if (r.matches()) {
        assertThat(current).as("a field row before any section: %s", line).isNotNull();
        current.put(r.group(1), new String[] {r.group(2), r.group(3).trim(), r.group(4).trim()});
      }
    }
  }

  @Test
  void everyRecordHasASectionAndNoSectionIsExtra() {
    assertThat(DOC.keySet()).containsExactlyInAnyOrderElementsOf(records().keySet());
    // Every record declared in CxReport is part of the document, so none escapes the page.
    List<Class<?>> declared = new ArrayList<>(List.of(CxReport.class));
    for (Class<?> c : CxReport.class.getDeclaredClasses()) {
      if (c.isRecord()) {
        declared.add(c);
      }
    }
    assertThat(records().values()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void everySectionListsTheComponentsInOrderWithTheirTypeAndNullRule() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Class<?>> e : records().entrySet()) {
      Map<String, String[]> rows = DOC.get(e.getKey());
      if (rows == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (RecordComponent rc : e.getValue().getRecordComponents()) {
        names.add(rc.getName());
        String[] row = rows.get(rc.getName());
        if (row == null) {
          continue;
        }
        String expected = typeName(rc.getGenericType(), rc.getAnnotatedType());
        if (!row[0].equals(expected)) {
          problems.add(e.getKey() + "." + rc.getName() + ": documented `" + row[0]
              + "`, is `" + expected + "`");
        }
        boolean nullable = nullable(rc.getAnnotatedType());
        if (row[2].startsWith("never") == nullable || row[2].isEmpty()) {
          problems.add(e.getKey() + "." + rc.getName() + ": null column \"" + row[2]
              + "\" but the component is " + (nullable ? "nullable" : "never null"));
        }
        if (row[1].isEmpty()) {
          problems.add(e.getKey() + "." + rc.getName() + ": no unit (write — for none)");
        }
      }
      if (!new ArrayList<>(rows.keySet()).equals(names)) {
        problems.add(e.getKey() + ": documented " + rows.keySet() + ", components " + names);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theDocumentedFormatVersionIsTheCurrentOne() throws IOException {
    String doc = Files.readString(Path.of("REPORT-JSON.md"), StandardCharsets.UTF_8);
    assertThat(doc).contains("`formatVersion` is " + CxReport.FORMAT_VERSION + ".");
    assertThat(DOC.get("CxReport").get("formatVersion")[2])
        .isEqualTo("never; " + CxReport.FORMAT_VERSION);
  }

  /** The records reachable from CxReport, by simple name, in the order first met. */
  static Map<String, Class<?>> records() {
    Map<String, Class<?>> out = new LinkedHashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(CxReport.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (out.containsKey(c.getSimpleName())) {
        continue;
      }
      out.put(c.getSimpleName(), c);
      for (RecordComponent rc : c.getRecordComponents()) {
        Type t = rc.getGenericType();
        if (t instanceof ParameterizedType) {
          t = ((ParameterizedType) t).getActualTypeArguments()[0];
        }
        if (t instanceof Class && ((Class<?>) t).isRecord()) {
          todo.add((Class<?>) t);
        }
      }
    }
    return out;
  }

  private static String typeName(Type type, AnnotatedType annotated) {
    if (type instanceof ParameterizedType) {
      AnnotatedType element =
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      String name = typeName(element.getType(), element);
      return "array of " + name + (nullable(element) ? " or null" : "");
    }
    Class<?> c = (Class<?>) type;
    if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      return "integer";
    }
    if (c == double.class || c == Double.class) {
      return "number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "boolean";
    }
    if (c == String.class) {
      return "string";
    }
    return c.getSimpleName();
  }

  private static boolean nullable(AnnotatedType type) {
    for (Annotation a : type.getAnnotations()) {
      if (a.annotationType().getName().equals("org.jspecify.annotations.Nullable")) {
        return true;
      }
    }
    return false;
  }
}
