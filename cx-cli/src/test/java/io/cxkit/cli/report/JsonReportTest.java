package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.SerialFormException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReportTest {

  static Stream<Arguments> reports() {
    return Stream.of(Arguments.of("full", ReportFixtures.full()),
        Arguments.of("empty", ReportFixtures.empty()),
        Arguments.of("hostile", ReportFixtures.hostile()));
  }

  static String json(CxReport report) throws IOException {
    StringWriter w = new StringWriter();
    JsonReport.write(report, w);
    return w.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void roundTripGivesAnEqualReport(String name, CxReport report) throws IOException {
    String text = json(report);
    CxReport back = JsonReport.read(new StringReader(text));
    assertThat(back).isEqualTo(report);
    // And the text of the copy is the same text: the form is stable.
    assertThat(json(back)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyFieldIsWrittenInRecordOrderNullsIncluded(String name, CxReport report)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(report));
    List<String> problems = new ArrayList<>();
    compare(root, CxReport.class, "$", problems);
    assertThat(problems).isEmpty();
  }

  /** Walks the JSON next to the record types: the field names must be the components, in order. */
  private static void compare(JsonNode node, Type type, String path, List<String> problems) {
    if (node.isNull()) {
      return;
    }
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    if (raw.isRecord()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      List<String> components = new ArrayList<>();
      for (RecordComponent rc : raw.getRecordComponents()) {
        components.add(rc.getName());
      }
      if (!names.equals(components)) {
        problems.add(path + ": fields " + names + ", components " + components);
        return;
      }
      for (RecordComponent rc : raw.getRecordComponents()) {
        compare(node.get(rc.getName()), rc.getGenericType(), path + "." + rc.getName(),
            problems);
      }
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) {
        compare(node.get(i), element, path + "[" + i + "]", problems);
      }
    }
  }

  @Test
  void layoutIsTwoSpacesLineFeedsAndAFinalLineFeed() throws IOException {
    String text = json(ReportFixtures.empty());
    assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"info\": {\n    \"title\": ");
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    // Nulls are written, never left out: the empty report has no breakdown and no funnel.
    assertThat(text).contains("\"breakdown\": null,").contains("\"funnel\": null,")
        .contains("\"trends\": [],");
  }

  @Test
  void numbersAreWrittenAsTheyAreAndNoNaN() throws IOException {
    String text = json(ReportFixtures.full());
    // The fixture's NPS is 32.79 with the interval [29.04, 36.54] (its comment works them out).
    assertThat(text).contains("\"value\": 32.79,").contains("\"low\": 29.04,")
        .contains("\"high\": 36.54,").contains("\"n\": 1464,");
    // A p-value of 1.2e-25 stays a number in exponent form.
    assertThat(text).contains("\"pValue\": 1.2E-25,");
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void aNonFiniteNumberIsRefusedWithItsPath() {
    CxReport good = ReportFixtures.empty();
    CxReport.Figure nan = new CxReport.Figure("s", "q", "nps", "NPS", Double.NaN, null, null, 3,
        "points", false);
    CxReport bad = new CxReport(good.formatVersion(), good.info(), List.of(nan),
        good.npsDistributions(), null, List.of(), null, null, null, null, List.of(),
        good.followUp(), good.inputs(), good.notes());
    assertThatThrownBy(() -> json(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("$.headlines[0].value = NaN: a report holds finite numbers or null");
  }

  @Test
  void theWriterIsFlushedNotClosed() throws IOException {
    StringWriter sink = new StringWriter();
    boolean[] closed = {false};
    Writer w = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        sink.write(buf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JsonReport.write(ReportFixtures.empty(), w);
    assertThat(closed[0]).isFalse();
    assertThat(sink.toString()).endsWith("}\n");
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> JsonReport.write(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
    assertThatThrownBy(() -> JsonReport.write(ReportFixtures.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> JsonReport.read(null))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
  }

  // ---- the strict reader ----

  private static String emptyJson() throws IOException {
    return json(ReportFixtures.empty());
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> JsonReport.read(new StringReader(text)))
        .isInstanceOf(SerialFormException.class).hasMessage(message);
  }

  @Test
  void anUnknownFieldIsRefused() throws IOException {
    String text = emptyJson().replace("\"minimumN\": 30", "\"minimumN\": 30, \"colour\": \"red\"");
    assertRefused(text, "$.info: unknown field \"colour\"; the fields of Info are title, surveys,"
        + " journey, zone, period, by, from, to, asOf, minimumN");
  }

  @Test
  void aMissingFieldIsRefused() throws IOException {
    String text = emptyJson().replace("\"journey\": null,", "");
    assertRefused(text, "$.info.journey: missing; every field is written, null when it has no"
        + " value");
  }

  @Test
  void aNullWhereTheModelHasNoneIsRefused() throws IOException {
    String text = emptyJson().replace("\"zone\": \"UTC\"", "\"zone\": null");
    assertRefused(text, "$.info.zone: must not be null");
    String inList = emptyJson().replace("\"notes\": [", "\"notes\": [null,");
    assertRefused(inList, "$.notes[0]: must not be null");
  }

  @Test
  void aNullInAListThatAllowsThemIsRead() throws IOException {
    // Cohort rates hold null for incomplete cells; the full fixture's last cohort has five.
    CxReport back = JsonReport.read(new StringReader(json(ReportFixtures.full())));
    assertThat(back.retention().cohorts().get(5).rates()).containsExactly(100.0, null, null,
        null, null, null);
  }

  @Test
  void wrongJsonTypesAreRefused() throws IOException {
    String empty = emptyJson();
    assertRefused(empty.replace("\"minimumN\": 30", "\"minimumN\": \"30\""),
        "$.info.minimumN: expected an integer, found the string \"30\"");
    assertRefused(empty.replace("\"minimumN\": 30", "\"minimumN\": 30.5"),
        "$.info.minimumN: expected an integer, found 30.5");
    assertRefused(empty.replace("\"empty\": true", "\"empty\": 1"),
        "$.headlines[0].empty: expected true or false, found 1");
    assertRefused(empty.replace("\"title\": \"CX report\"", "\"title\": 7"),
        "$.info.title: expected a string, found 7");
    assertRefused(empty.replace("\"notes\": [", "\"notes\": {\"a\": [").replace("]\n}", "]}\n}"),
        "$.notes: expected an array, found an object");
    assertRefused(empty.replace("\"formatVersion\": 1", "\"formatVersion\": 99999999999"),
        "$.formatVersion: expected an integer, found 99999999999");
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    assertRefused(emptyJson().replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        "$.formatVersion = 2: this reader reads format version 1 only");
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws IOException {
    // Line 3 of the written form is "  \"info\": {"; cutting its brace leaves a bare field name.
    String text = emptyJson().replace("\"info\": {", "\"info\": ");
    assertThatThrownBy(() -> JsonReport.read(new StringReader(text)))
        .isInstanceOf(SerialFormException.class)
        .hasMessageStartingWith("line 4, column ").hasMessageContaining("not well-formed JSON");
  }

  @Test
  void duplicateFieldsTrailingContentAndEmptyInputAreRefused() throws IOException {
    String empty = emptyJson();
    assertThatThrownBy(() -> JsonReport.read(new StringReader(
        empty.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 1,"))))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> JsonReport.read(new StringReader(empty + "{}")))
        .isInstanceOf(SerialFormException.class).hasMessageContaining("not well-formed JSON");
    assertRefused("", "$: empty document, expected a report object");
    assertRefused("[]", "$: expected an object, found an array");
  }
}
