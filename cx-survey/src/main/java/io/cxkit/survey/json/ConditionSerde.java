package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Not;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.AnswerValue.CodesValue;
import io.cxkit.survey.spi.AnswerValue.FlagValue;
import io.cxkit.survey.spi.AnswerValue.NumberValue;
import io.cxkit.survey.spi.AnswerValue.TextValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Condition}: {@code {"allOf": [c, …]}}, {@code {"anyOf": [c, …]}},
 * {@code {"not": c}} or a comparison {@code {"<operand kind>": "<name>", "operator": "<id>",
 * <arguments>}}, whose arguments are {@code value} (equals, greater-than, less-than, contains),
 * {@code values} (one-of), {@code min} and {@code max} (in-range) or none (is-answered,
 * is-skipped).
 *
 * <p>Any member name other than the reserved ones ({@link Operand#RESERVED}) is the operand's kind,
 * so cx-journey's kinds read without a change here. A JSON number is a {@link NumberValue}, a
 * string a {@link TextValue}, {@code true}/{@code false} a {@link FlagValue} and, for {@code
 * value} and each of the {@code values}, an array of strings a {@link CodesValue}. Writing puts the operand first, then {@code
 * operator}, then the arguments in the order above, and writes integral numbers as integers
 * ({@code 9}, not {@code 9.0}).
 *
 * <p>Reading walks the object with the parser itself rather than through a tree, so every failure
 * keeps its line and column; a nested condition's failure gets its member and index on its path
 * ({@code $.routing[0].when.anyOf[1].operator}).
 */
final class ConditionSerde {
  /** The argument members of a comparison, in the order they are written. */
  static final List<String> ARGUMENT_MEMBERS = List.of("value", "values", "min", "max");

  /** The members that make a condition a combination rather than a comparison. */
  private static final List<String> COMBINATIONS = List.of("allOf", "anyOf", "not");

  /** The reserved member names as a message lists them. */
  private static final String RESERVED_LIST =
      "\"allOf\", \"anyOf\", \"not\", \"operator\", \"value\", \"values\", \"min\", \"max\"";

  private static final String SHAPES = "a condition is {\"allOf\": […]}, {\"anyOf\": […]},"
      + " {\"not\": {…}} or a comparison such as {\"answer\": \"q1\", \"operator\": \"is-answered\"}";

  /** Integral numbers below this magnitude are written without a fraction, as messages show them. */
  private static final double INTEGRAL_LIMIT = 1e15;

  private ConditionSerde() {}

  /**
   * @param operator an operator
   * @return the members that hold its arguments, in order: {@code [value]}, {@code [values]},
   *     {@code [min, max]} or none
   */
  static List<String> argumentMembers(ConditionOperator operator) {
    switch (operator) {
      case EQUALS:
      case GREATER_THAN:
      case LESS_THAN:
      case CONTAINS:
        return List.of("value");
      case ONE_OF:
        return List.of("values");
      case IN_RANGE:
        return List.of("min", "max");
      case IS_ANSWERED:
      case IS_SKIPPED:
        return List.of();
      default:
        throw new AssertionError(operator);
    }
  }

  /** @return what an operator takes, for messages: {@code "min" and "max"}, {@code no arguments} */
  private static String takes(ConditionOperator operator) {
    List<String> members = argumentMembers(operator);
    if (members.isEmpty()) {
      return "no arguments";
    }
    StringBuilder out = new StringBuilder();
    for (String member : members) {
      out.append(out.length() == 0 ? "" : " and ").append('"').append(member).append('"');
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Writes any condition; registered for {@link Condition} and each of its record types. */
  static final class Serializer extends StdSerializer<Condition> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Condition.class);
    }

    @Override
    public void serialize(Condition condition, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(condition, gen);
    }
  }

  /**
   * Writes a condition. Every condition has a JSON form: a {@link Comparison} refuses a text with an
   * unpaired surrogate, which UTF-8 could not carry, when it is built.
   */
  static void write(Condition condition, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (condition instanceof AllOf all) {
      writeAll(gen, "allOf", all.conditions());
    } else if (condition instanceof AnyOf any) {
      writeAll(gen, "anyOf", any.conditions());
    } else if (condition instanceof Not not) {
      gen.writeFieldName("not");
      write(not.condition(), gen);
    } else {
      writeComparison((Comparison) condition, gen);
    }
    gen.writeEndObject();
  }

  private static void writeAll(JsonGenerator gen, String member, List<Condition> conditions)
      throws IOException {
    gen.writeArrayFieldStart(member);
    for (Condition part : conditions) {
      write(part, gen);
    }
    gen.writeEndArray();
  }

  private static void writeComparison(Comparison comparison, JsonGenerator gen) throws IOException {
    gen.writeStringField(comparison.operand().kind(), comparison.operand().name());
    gen.writeStringField("operator", comparison.operator().id());
    List<AnswerValue> arguments = comparison.arguments();
    if (comparison.operator() == ConditionOperator.ONE_OF) {
      gen.writeArrayFieldStart("values");
      for (AnswerValue value : arguments) {
        writeValue(gen, value);
      }
      gen.writeEndArray();
      return;
    }
    // Comparison guarantees one argument per member, in this order.
    List<String> members = argumentMembers(comparison.operator());
    for (int i = 0; i < members.size(); i++) {
      gen.writeFieldName(members.get(i));
      writeValue(gen, arguments.get(i));
    }
  }

  private static void writeValue(JsonGenerator gen, AnswerValue value) throws IOException {
    if (value instanceof NumberValue number) {
      writeNumber(gen, number.value());
    } else if (value instanceof TextValue text) {
      gen.writeString(text.value());
    } else if (value instanceof FlagValue flag) {
      gen.writeBoolean(flag.value());
    } else {
      gen.writeStartArray();
      for (String code : ((CodesValue) value).values()) {
        gen.writeString(code);
      }
      gen.writeEndArray();
    }
  }

  /** Integral numbers as integers ({@code 9}), others (and -0.0, which reads back as itself) as doubles. */
  static void writeNumber(JsonGenerator gen, double value) throws IOException {
    boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0L;
    if (value == Math.rint(value) && Math.abs(value) < INTEGRAL_LIMIT && !negativeZero) {
      gen.writeNumber((long) value);
    } else {
      gen.writeNumber(value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads any condition; registered for {@link Condition}. */
  static final class Deserializer extends StdDeserializer<Condition> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p);
    }
  }

  /**
   * Reads a condition where one of its record types is declared ({@code AllOf when}), refusing a
   * condition of another shape.
   */
  static final class Typed<C extends Condition> extends StdDeserializer<C> {
    private static final long serialVersionUID = 1L;
    private final Class<C> type;
    private final String what;

    Typed(Class<C> type, String what) {
      super(type);
      this.type = type;
      this.what = what;
    }

    @Override
    public C deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      Condition condition = read(p);
      if (!type.isInstance(condition)) {
        throw failure(p, start, "expected " + what + ", found " + describe(condition));
      }
      return type.cast(condition);
    }
  }

  private static String describe(Condition condition) {
    if (condition instanceof AllOf) {
      return "an allOf condition";
    }
    if (condition instanceof AnyOf) {
      return "an anyOf condition";
    }
    if (condition instanceof Not) {
      return "a not condition";
    }
    return "a comparison";
  }

  /**
   * Reads the condition at the parser's current token (the object's start, or inside it at a
   * member name or its end, as Jackson may hand it over).
   */
  static Condition read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    String name;
    if (token == JsonToken.START_OBJECT) {
      name = p.nextFieldName();
    } else if (token == JsonToken.FIELD_NAME) {
      name = p.currentName();
    } else if (token == JsonToken.END_OBJECT) {
      // The parser names the enclosing member at an object's end; this object has none left.
      name = null;
    } else {
      throw failure(p, p.currentTokenLocation(),
          "expected a condition as a JSON object, found " + JsonPaths.describe(token));
    }
    Reading reading = new Reading();
    for (; name != null; name = p.nextFieldName()) {
      p.nextToken();
      try {
        reading.member(p, name);
      } catch (Exception e) {
        throw inMember(e, name);
      }
    }
    return reading.build(p);
  }

  /** What has been read of one condition object so far. */
  private static final class Reading {
    private final Set<String> seen = new HashSet<>();
    private @Nullable String first;
    private @Nullable List<Condition> parts;
    private @Nullable Condition negated;
    private @Nullable String kind;
    private @Nullable String operandName;
    private @Nullable ConditionOperator operator;
    /** The argument members in document order, with their values and where each value starts. */
    private final Map<String, List<AnswerValue>> arguments = new LinkedHashMap<>();
    private final Map<String, JsonLocation> argumentsAt = new LinkedHashMap<>();

    void member(JsonParser p, String name) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      if (!seen.add(name)) {
        // The strict parser of SurveyJson refuses this first; a plain mapper does not.
        throw failure(p, at, "member " + Ids.quote(name) + " is given twice");
      }
      boolean combination = COMBINATIONS.contains(name);
      if (first == null) {
        first = name;
      } else if (combination || COMBINATIONS.contains(first)) {
        throw failure(p, at, Ids.quote(first) + " and " + Ids.quote(name)
            + " cannot be combined in one object: " + SHAPES);
      }
      switch (name) {
        case "allOf":
        case "anyOf":
          parts = readList(p);
          break;
        case "not":
          negated = readNested(p);
          break;
        case "operator":
          operator = readOperator(p);
          break;
        case "value":
          arguments.put(name, List.of(readValue(p, true)));
          argumentsAt.put(name, at);
          break;
        case "values":
          arguments.put(name, readValues(p));
          argumentsAt.put(name, at);
          break;
        case "min":
        case "max":
          arguments.put(name, List.of(readValue(p, false)));
          argumentsAt.put(name, at);
          break;
        default:
          readOperand(p, name, at);
          break;
      }
    }

    private void readOperand(JsonParser p, String name, JsonLocation at) throws IOException {
      try {
        new Operand(name, "x"); // "x" is a well-formed name: any failure is the kind's
      } catch (InvalidConditionException e) {
        throw failure(p, at, Ids.quote(name) + " is neither a member of a condition (" + RESERVED_LIST
            + ") nor an operand kind, which " + e.rule());
      }
      if (kind != null) {
        throw failure(p, at, "a comparison has one operand, but " + Ids.quote(kind) + " and "
            + Ids.quote(name) + " both name one (every member other than " + RESERVED_LIST
            + " names an operand kind)");
      }
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw failure(p, at, Ids.quote(name) + " names an operand kind (it is none of "
            + RESERVED_LIST + "), so its value must be the operand's name as a string, found "
            + JsonPaths.describe(p.currentToken()));
      }
      kind = name;
      operandName = p.getText();
    }

    private static ConditionOperator readOperator(JsonParser p) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw failure(p, p.currentTokenLocation(),
            "expected a condition operator id as a string, found " + JsonPaths.describe(p.currentToken()));
      }
      String id = p.getText();
      try {
        return ConditionOperator.ofId(id);
      } catch (InvalidValueException e) {
        throw failure(p, p.currentTokenLocation(),
            Ids.quote(id) + " is not a condition operator id; " + e.rule());
      }
    }

    Condition build(JsonParser p) throws IOException {
      JsonLocation end = p.currentTokenLocation();
      if (first == null) {
        throw failure(p, end, "an empty object is not a condition; " + SHAPES);
      }
      // The records' own rules (an empty allOf, in-range with min above max) are thrown as they
      // are: the JSON path of this object is prepended to their field on the way out.
      switch (first) {
        case "allOf":
          return new AllOf(nonNull(parts));
        case "anyOf":
          return new AnyOf(nonNull(parts));
        case "not":
          return new Not(nonNull(negated));
        default:
          return comparison(p, end);
      }
    }

    private Comparison comparison(JsonParser p, JsonLocation end) throws IOException {
      if (kind == null) {
        throw failure(p, end, "a comparison must name its operand in a member such as \"answer\":"
            + " \"<question id>\"; " + SHAPES);
      }
      if (operator == null) {
        throw failure(p, end, "member \"operator\" is missing; a comparison must have it");
      }
      List<String> taken = argumentMembers(operator);
      for (Map.Entry<String, JsonLocation> given : argumentsAt.entrySet()) {
        if (!taken.contains(given.getKey())) {
          throw inMember(failure(p, given.getValue(), Ids.quote(given.getKey())
              + " is not an argument of operator " + operator.id() + ", which takes "
              + takes(operator)), given.getKey());
        }
      }
      List<AnswerValue> values = new ArrayList<>(2);
      for (String member : taken) {
        List<AnswerValue> given = arguments.get(member);
        if (given == null) {
          throw failure(p, end, "member " + Ids.quote(member) + " is missing; operator "
              + operator.id() + " takes " + takes(operator));
        }
        values.addAll(given);
      }
      return new Comparison(new Operand(kind, nonNull(operandName)), operator, values);
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("read before it was built");
    }
    return value;
  }

  private static List<Condition> readList(JsonParser p) throws IOException {
    if (!p.hasToken(JsonToken.START_ARRAY)) {
      throw failure(p, p.currentTokenLocation(),
          "expected an array of conditions, found " + JsonPaths.describe(p.currentToken()));
    }
    List<Condition> parts = new ArrayList<>();
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      try {
        parts.add(readNested(p));
      } catch (Exception e) {
        throw inElement(e, i);
      }
    }
    return parts;
  }

  private static Condition readNested(JsonParser p) throws IOException {
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      throw failure(p, p.currentTokenLocation(), "expected a condition as a JSON object, found null");
    }
    return read(p);
  }

  private static List<AnswerValue> readValues(JsonParser p) throws IOException {
    if (!p.hasToken(JsonToken.START_ARRAY)) {
      throw failure(p, p.currentTokenLocation(), "expected an array of values (numbers, strings,"
          + " true or false, or arrays of strings), found " + JsonPaths.describe(p.currentToken()));
    }
    List<AnswerValue> values = new ArrayList<>();
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      try {
        values.add(readValue(p, true));
      } catch (Exception e) {
        throw inElement(e, i);
      }
    }
    return values;
  }

  /**
   * Reads one argument: a number, a string, a flag, or (where {@code codes}) an array of strings.
   *
   * @param codes whether a list of codes may stand here: in {@code value} and {@code values}, not in
   *     {@code min} or {@code max}
   */
  private static AnswerValue readValue(JsonParser p, boolean codes) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw failure(p, p.currentTokenLocation(), "number out of range: "
            + Ids.escape(p.getText(), '"') + " is beyond the range of a double");
      }
      return new NumberValue(value);
    }
    if (token == JsonToken.VALUE_STRING) {
      return new TextValue(readText(p));
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return new FlagValue(token == JsonToken.VALUE_TRUE);
    }
    if (token == JsonToken.START_ARRAY && codes) {
      List<String> list = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        try {
          if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw failure(p, p.currentTokenLocation(),
                "expected a code as a string, found " + JsonPaths.describe(p.currentToken()));
          }
          list.add(readText(p));
        } catch (Exception e) {
          throw inElement(e, i);
        }
      }
      return new CodesValue(list);
    }
    throw failure(p, p.currentTokenLocation(), "expected a number, a string, true or false"
        + (codes ? " or an array of strings" : "") + ", found " + JsonPaths.describe(token));
  }

  private static String readText(JsonParser p) throws IOException {
    String text = p.getText();
    if (Ids.hasUnpairedSurrogate(text)) {
      // The model's rule for texts; the path of this member is prepended on the way out.
      throw new InvalidConditionException("", Ids.quote(text), Ids.WELL_FORMED_RULE);
    }
    return text;
  }

  /** @return a failure of the JSON at {@code at}, with its line and column */
  private static JsonMappingException failure(JsonParser p, JsonLocation at, String problem) {
    return new JsonMappingException(p, problem, at);
  }

  /** @return {@code e} with the member's name on its path (or {@code e} itself if an I/O failure) */
  private static IOException inMember(Exception e, String member) throws IOException {
    if (e instanceof IOException && !(e instanceof JacksonException)) {
      throw (IOException) e;
    }
    return JsonMappingException.wrapWithPath(e, Condition.class, member);
  }

  /** @return {@code e} with the array index on its path (or {@code e} itself if an I/O failure) */
  private static IOException inElement(Exception e, int index) throws IOException {
    if (e instanceof IOException && !(e instanceof JacksonException)) {
      throw (IOException) e;
    }
    return JsonMappingException.wrapWithPath(e, Condition.class, index);
  }
}
