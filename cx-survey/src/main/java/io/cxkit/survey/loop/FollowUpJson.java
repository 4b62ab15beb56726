package io.cxkit.survey.loop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import io.cxkit.survey.loop.FollowUpCriterion.BottomBox;
import io.cxkit.survey.loop.FollowUpCriterion.Detractor;
import io.cxkit.survey.loop.FollowUpCriterion.GoalNotAchieved;
import io.cxkit.survey.loop.FollowUpCriterion.Matching;
import io.cxkit.survey.loop.FollowUpCriterion.NotAgreeing;
import io.cxkit.survey.loop.FollowUpCriterion.ReasonChosen;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms of closing the loop: a {@link FollowUpRules} document, read strictly and written
 * deterministically, and a {@link FollowUpList} document, written for reports and other systems.
 *
 * <p><b>Rules document</b>:
 *
 * <pre>{@code
 * {"formatVersion": 1, "kind": "follow-up-rules", "rules": [
 *   {"id": "technical", "kind": "reason-chosen", "question": "reasons",
 *    "code": "technical-problem", "priority": 1, "reason": "Could not order"},
 *   {"id": "detractor", "kind": "detractor", "question": "nps", "priority": 2, "reason": "…"},
 *   {"id": "low-csat", "kind": "bottom-box", "question": "csat", "boxes": 2, …},
 *   {"id": "hard", "kind": "not-agreeing", "question": "ces", …},
 *   {"id": "missed", "kind": "goal-not-achieved", "question": "goal", "includePartially": true, …},
 *   {"id": "slow", "kind": "matching", "when": {"answer": "comment", "operator": "contains",
 *    "value": "slow"}, …}]}
 * }</pre>
 *
 * <p>Each rule has {@code id} and {@code kind} (one of {@code detractor}, {@code bottom-box}, {@code
 * not-agreeing}, {@code goal-not-achieved}, {@code reason-chosen}, {@code matching}); {@code
 * question} for every kind but {@code matching}, which has {@code when}, a condition in the form
 * {@link SurveyJson#readCondition(String)} reads; {@code code} for {@code reason-chosen}. Optional on
 * reading, always written: {@code boxes} of {@code bottom-box} (default 2), {@code includePartially}
 * of {@code goal-not-achieved} (default false), {@code priority} (default {@value
 * FollowUpRule#DEFAULT_PRIORITY}) and {@code reason} (default: the factory's of {@link
 * FollowUpRule}). Writing puts members in that order ({@code id, kind, question | when, boxes |
 * includePartially | code, priority, reason}), on one line; reading what was written gives equal
 * rules.
 *
 * <p>Reading is strict, as {@link SurveyJson} is: malformed JSON, a member of the wrong JSON type,
 * an unknown member, a member that the rule's kind does not have, a member given twice, a missing
 * member, content after the document, and a missing or unsupported {@code formatVersion} fail with
 * a {@link SurveyJsonException} naming the JSON path, line and column ({@code $.rules[1].priority
 * (line 3, column 40): expected an integer, found a string}). A well-formed value that breaks a
 * rule of the model (a priority off 1..9, a duplicate rule id) fails with an {@link
 * InvalidFollowUpRuleException} whose field is the JSON path ({@code $.rules[2].id = "detractor":
 * duplicates the id of rules[0]; …}), and so does a condition's own rule ({@link
 * io.cxkit.survey.condition.InvalidConditionException}). An I/O failure is rethrown as {@link
 * UncheckedIOException}; streams are read as UTF-8 and are not closed, and a leading byte
 * order mark is skipped.
 *
 * <p><b>List document</b> ({@link #writeList}):
 *
 * <pre>{@code
 * {"formatVersion": 1, "kind": "follow-up-list", "survey": "exit-feedback", "capacity": 10000,
 *  "counts": {"checked": 5, "matched": 3, "contactable": 2, "notContactable": 1, "dropped": 0},
 *  "rules": [{"id": "technical", "priority": 1, "reason": "…", "matched": 2, "contactable": 1,
 *             "notContactable": 1}, …],
 *  "entries": [{"responseId": "r1", "respondentId": "c-17", "surveyId": "exit-feedback",
 *               "submittedAt": "2024-03-01T10:15:30Z", "touchpointId": "checkout", "priority": 1,
 *               "reasons": [{"rule": "technical", "priority": 1, "reason": "…"}],
 *               "contact": {"email": "…", "name": "…", "phone": "…"}}, …]}
 * }</pre>
 *
 * <p>Members that are null ({@code respondentId}, {@code touchpointId}, a contact detail) are left
 * out; entries are in the list's order. Only respondents who agreed to be contacted are entries,
 * so the document holds no one else's details (nor their ids). Instances are immutable and
 * thread-safe.
 */
public final class FollowUpJson {
  /** The format version of both documents. */
  public static final int FORMAT_VERSION = 1;

  /** The {@code kind} of a rules document. */
  public static final String RULES_KIND = "follow-up-rules";

  /** The {@code kind} of a list document. */
  public static final String LIST_KIND = "follow-up-list";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Reads one condition in the middle of a document: what follows it is this class's to read. */
  private static final ObjectReader CONDITIONS = SurveyJson.standard().mapper()
      .readerFor(Condition.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> DOCUMENT_MEMBERS = Set.of("formatVersion", "kind", "rules");

  private static final List<String> RULE_MEMBERS = List.of("id", "kind", "question", "when",
      "boxes", "includePartially", "code", "priority", "reason");

  private static final List<String> KINDS = List.of(Detractor.KIND, BottomBox.KIND,
      NotAgreeing.KIND, GoalNotAchieved.KIND, ReasonChosen.KIND, Matching.KIND);

  private static final FollowUpJson INSTANCE = new FollowUpJson();

  private FollowUpJson() {}

  /** @return the (only, stateless) instance */
  public static FollowUpJson standard() {
    return INSTANCE;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * @param rules the rules
   * @return their document, on one line
   */
  public String writeRules(FollowUpRules rules) {
    Objects.requireNonNull(rules, "rules");
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeNumberField("formatVersion", FORMAT_VERSION);
      gen.writeStringField("kind", RULES_KIND);
      gen.writeArrayFieldStart("rules");
      for (FollowUpRule rule : rules.rules()) {
        writeRule(gen, rule);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing follow-up rules failed", e);
    }
    return out.toString();
  }

  private static void writeRule(JsonGenerator gen, FollowUpRule rule) throws IOException {
    FollowUpCriterion criterion = rule.criterion();
    gen.writeStartObject();
    gen.writeStringField("id", rule.id());
    gen.writeStringField("kind", criterion.kindId());
    if (criterion instanceof Detractor detractor) {
      gen.writeStringField("question", detractor.questionId());
    } else if (criterion instanceof BottomBox box) {
      gen.writeStringField("question", box.questionId());
      gen.writeNumberField("boxes", box.boxes());
    } else if (criterion instanceof NotAgreeing notAgreeing) {
      gen.writeStringField("question", notAgreeing.questionId());
    } else if (criterion instanceof GoalNotAchieved goal) {
      gen.writeStringField("question", goal.questionId());
      gen.writeBooleanField("includePartially", goal.includePartially());
    } else if (criterion instanceof ReasonChosen reason) {
      gen.writeStringField("question", reason.questionId());
      gen.writeStringField("code", reason.code());
    } else {
      gen.writeFieldName("when");
      gen.writeRawValue(SurveyJson.standard().writeCondition(((Matching) criterion).condition()));
    }
    gen.writeNumberField("priority", rule.priority());
    gen.writeStringField("reason", rule.reason());
    gen.writeEndObject();
  }

  /**
   * @param list a follow-up list
   * @return its document, on one line
   */
  public String writeList(FollowUpList list) {
    Objects.requireNonNull(list, "list");
    StringWriter out = new StringWriter();
    writeList(list, out);
    return out.toString();
  }

  /**
   * Writes a follow-up list's document, entry by entry.
   *
   * @param list a follow-up list
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeList(FollowUpList list, Writer out) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      writeList(list, gen);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a follow-up list failed", e);
    }
  }

  /**
   * Writes a follow-up list's document in UTF-8.
   *
   * @param list a follow-up list
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeList(FollowUpList list, OutputStream out) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      writeList(list, gen);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a follow-up list failed", e);
    }
  }

  private static void writeList(FollowUpList list, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("formatVersion", FORMAT_VERSION);
    gen.writeStringField("kind", LIST_KIND);
    gen.writeStringField("survey", list.surveyId());
    gen.writeNumberField("capacity", list.capacity());
    FollowUpCounts counts = list.counts();
    gen.writeObjectFieldStart("counts");
    gen.writeNumberField("checked", counts.checked());
    gen.writeNumberField("matched", counts.matched());
    gen.writeNumberField("contactable", counts.contactable());
    gen.writeNumberField("notContactable", counts.notContactable());
    gen.writeNumberField("dropped", list.dropped());
    gen.writeEndObject();
    gen.writeArrayFieldStart("rules");
    List<FollowUpRule> rules = list.rules().rules();
    for (int i = 0; i < rules.size(); i++) {
      RuleCounts rule = list.ruleCounts().get(i);
      gen.writeStartObject();
      gen.writeStringField("id", rule.ruleId());
      gen.writeNumberField("priority", rules.get(i).priority());
      gen.writeStringField("reason", rules.get(i).reason());
      gen.writeNumberField("matched", rule.matched());
      gen.writeNumberField("contactable", rule.contactable());
      gen.writeNumberField("notContactable", rule.notContactable());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("entries");
    for (FollowUpEntry entry : list.entries()) {
      gen.writeStartObject();
      gen.writeStringField("responseId", entry.responseId());
      if (entry.respondentId() != null) {
        gen.writeStringField("respondentId", entry.respondentId());
      }
      gen.writeStringField("surveyId", entry.surveyId());
      gen.writeStringField("submittedAt", entry.submittedAt().toString());
      if (entry.touchpointId() != null) {
        gen.writeStringField("touchpointId", entry.touchpointId());
      }
      gen.writeNumberField("priority", entry.priority());
      gen.writeArrayFieldStart("reasons");
      for (FollowUpReason reason : entry.reasons()) {
        gen.writeStartObject();
        gen.writeStringField("rule", reason.ruleId());
        gen.writeNumberField("priority", reason.priority());
        gen.writeStringField("reason", reason.reason());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      ContactDetails contact = entry.contact();
      gen.writeObjectFieldStart("contact");
      writeOptional(gen, "email", contact.email());
      writeOptional(gen, "name", contact.name());
      writeOptional(gen, "phone", contact.phone());
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeOptional(JsonGenerator gen, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      gen.writeStringField(name, value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * @param json a rules document
   * @return the rules
   * @throws CxException as the class documentation says
   */
  public FollowUpRules readRules(String json) {
    Objects.requireNonNull(json, "json");
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    return read(() -> FACTORY.createParser(text));
  }

  /**
   * @param json a rules document; not closed
   * @return the rules
   * @throws CxException as the class documentation says
   * @throws UncheckedIOException if reading fails
   */
  public FollowUpRules readRules(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(skipByteOrderMark(json)));
  }

  /** @return the reader past a leading byte order mark, as the String and stream forms skip it */
  private static Reader skipByteOrderMark(Reader json) throws IOException {
    PushbackReader reader = new PushbackReader(json, 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /**
   * @param json a rules document in UTF-8 (or UTF-16/32, detected); not closed
   * @return the rules
   * @throws CxException as the class documentation says
   * @throws UncheckedIOException if reading fails
   */
  public FollowUpRules readRules(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(json));
  }

  @FunctionalInterface
  private interface Opening {
    JsonParser open() throws IOException;
  }

  private static FollowUpRules read(Opening opening) {
    JsonParser p = null;
    try {
      p = opening.open();
      return readDocument(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SurveyJsonException(p == null ? "$" : path(p), at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading follow-up rules failed", e);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // the source is the caller's, and nothing more was to be read
        }
      }
    }
  }

  private static FollowUpRules readDocument(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw fail(p, "$", "expected a follow-up rules document as a JSON object, found "
          + describe(first));
    }
    Integer version = null;
    String kind = null;
    List<FollowUpRule> rules = null;
    JsonLocation start = p.currentTokenLocation();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String at = "$." + name;
      JsonToken token = p.nextToken();
      if (!DOCUMENT_MEMBERS.contains(name)) {
        throw fail(p, at, "unknown member; a follow-up rules document has formatVersion, kind and"
            + " rules");
      }
      switch (name) {
        case "formatVersion":
          version = readInt(p, at, token);
          if (version != FORMAT_VERSION) {
            throw fail(p, at, "unsupported format version " + version + "; this version of cxkit"
                + " reads " + FORMAT_VERSION);
          }
          break;
        case "kind":
          kind = readText(p, at, token);
          if (!RULES_KIND.equals(kind)) {
            throw fail(p, at, "expected \"" + RULES_KIND + "\", found " + Ids.quote(kind));
          }
          break;
        default:
          rules = readRuleArray(p, at, token);
          break;
      }
    }
    if (version == null) {
      throw failAt(start, "$", "missing member formatVersion (must be " + FORMAT_VERSION + ")");
    }
    if (kind == null) {
      throw failAt(start, "$", "missing member kind (must be \"" + RULES_KIND + "\")");
    }
    if (rules == null) {
      throw failAt(start, "$", "missing member rules (an array of rules)");
    }
    JsonToken after = p.nextToken();
    if (after != null) {
      throw fail(p, "$", "expected the end of the input after the document, found " + describe(after));
    }
    try {
      return new FollowUpRules(rules);
    } catch (InvalidValueException e) {
      throw new InvalidFollowUpRuleException("$." + e.field(), e.value(), e.rule());
    }
  }

  private static List<FollowUpRule> readRuleArray(JsonParser p, String at, JsonToken token)
      throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw fail(p, at, "expected an array of rules, found " + describe(token));
    }
    List<FollowUpRule> rules = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      rules.add(readRule(p, at + "[" + rules.size() + "]", t));
    }
    return rules;
  }

  private static FollowUpRule readRule(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected a rule as a JSON object, found " + describe(token));
    }
    JsonLocation start = p.currentTokenLocation();
    Map<String, Object> members = new LinkedHashMap<>();
    Map<String, JsonLocation> where = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = at + "." + name;
      JsonToken t = p.nextToken();
      where.put(name, p.currentTokenLocation());
      switch (name) {
        case "id":
        case "kind":
        case "question":
        case "code":
        case "reason":
          members.put(name, readText(p, member, t));
          break;
        case "boxes":
        case "priority":
          members.put(name, readInt(p, member, t));
          break;
        case "includePartially":
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw fail(p, member, "expected true or false, found " + describe(t));
          }
          members.put(name, t == JsonToken.VALUE_TRUE);
          break;
        case "when":
          members.put(name, readCondition(p, member, t));
          break;
        default:
          throw fail(p, member, "unknown member; a rule has " + RULE_MEMBERS);
      }
    }
    String kind = (String) require(members, "kind", at, start);
    if (!KINDS.contains(kind)) {
      throw failAt(where.get("kind"), at + ".kind", "unknown rule kind " + Ids.quote(kind)
          + "; the kinds are " + KINDS);
    }
    String id = (String) require(members, "id", at, start);
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (!belongs(kind, member.getKey())) {
        throw failAt(where.get(member.getKey()), at + "." + member.getKey(),
            "a rule of kind " + kind + " has no member " + member.getKey());
      }
    }
    try {
      FollowUpRule rule = defaultRule(kind, members, at, start);
      rule = rule.withId(id);
      if (members.containsKey("priority")) {
        rule = rule.withPriority((Integer) members.get("priority"));
      }
      if (members.containsKey("reason")) {
        rule = rule.withReason((String) members.get("reason"));
      }
      return rule;
    } catch (InvalidValueException e) {
      throw new InvalidFollowUpRuleException(at + "." + e.field(), e.value(), e.rule());
    }
  }

  private static boolean belongs(String kind, String member) {
    switch (member) {
      case "id":
      case "kind":
      case "priority":
      case "reason":
        return true;
      case "question":
        return !kind.equals(Matching.KIND);
      case "when":
        return kind.equals(Matching.KIND);
      case "boxes":
        return kind.equals(BottomBox.KIND);
      case "includePartially":
        return kind.equals(GoalNotAchieved.KIND);
      case "code":
        return kind.equals(ReasonChosen.KIND);
      default:
        return false;
    }
  }

  private static FollowUpRule defaultRule(String kind, Map<String, Object> members, String at,
      JsonLocation start) {
    if (kind.equals(Matching.KIND)) {
      return FollowUpRule.matching((Condition) require(members, "when", at, start));
    }
    String question = (String) require(members, "question", at, start);
    switch (kind) {
      case Detractor.KIND:
        return FollowUpRule.detractor(question);
      case BottomBox.KIND:
        Object boxes = members.get("boxes");
        return FollowUpRule.bottomBox(question,
            boxes == null ? BottomBox.DEFAULT_BOXES : (Integer) boxes);
      case NotAgreeing.KIND:
        return FollowUpRule.notAgreeing(question);
      case GoalNotAchieved.KIND:
        return FollowUpRule.goalNotAchieved(question,
            Boolean.TRUE.equals(members.get("includePartially")));
      default:
        return FollowUpRule.reasonChosen(question, (String) require(members, "code", at, start));
    }
  }

  private static Object require(Map<String, Object> members, String name, String at,
      JsonLocation start) {
    Object value = members.get(name);
    if (value == null) {
      throw failAt(start, at, "missing member " + name);
    }
    return value;
  }

  private static Condition readCondition(JsonParser p, String at, JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected a condition as a JSON object, found " + describe(token));
    }
    try {
      return CONDITIONS.readValue(p);
    } catch (JsonMappingException e) {
      String path = at + referencePath(e.getPath());
      JsonLocation location = e.getLocation();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException) {
          // The comparison's own member ("min", "value") comes after the path to the comparison.
          InvalidValueException invalid = (InvalidValueException) t;
          throw new InvalidFollowUpRuleException(under(path, invalid.field()), invalid.value(),
              invalid.rule());
        }
        if (t instanceof SurveyJsonException) {
          SurveyJsonException json = (SurveyJsonException) t;
          throw new SurveyJsonException(path, json.line(), json.column(), json.problem(), e);
        }
        if (t.getCause() == t) {
          break;
        }
      }
      throw new SurveyJsonException(path, location == null ? -1 : location.getLineNr(),
          location == null ? -1 : location.getColumnNr(), e.getOriginalMessage(), e);
    } catch (InvalidValueException e) {
      // A rule of the condition itself, found when the comparison was built: its field is the
      // member within the comparison.
      throw new InvalidFollowUpRuleException(under(at, e.field()), e.value(), e.rule());
    }
  }

  /** @return {@code field} under {@code path}: {@code path.min}, {@code path[2]}, or the path */
  private static String under(String path, String field) {
    return field.isEmpty() ? path : field.startsWith("[") ? path + field : path + "." + field;
  }

  private static String referencePath(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String readText(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw fail(p, at, "expected a string, found " + describe(token));
    }
    return p.getText();
  }

  private static int readInt(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(p, at, "expected an integer, found " + (token == JsonToken.VALUE_NUMBER_INT
          ? "an integer out of range: " + p.getText() : describe(token)));
    }
    return p.getIntValue();
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a floating-point number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "an embedded value";
    }
  }

  private static String path(JsonParser p) {
    StringBuilder out = new StringBuilder();
    for (com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext();
        c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        out.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        out.insert(0, "." + c.getCurrentName());
      }
    }
    return "$" + out;
  }

  private static SurveyJsonException fail(JsonParser p, String at, String problem) {
    return failAt(p.currentTokenLocation(), at, problem);
  }

  private static SurveyJsonException failAt(@Nullable JsonLocation location, String at,
      String problem) {
    return new SurveyJsonException(at, location == null ? -1 : location.getLineNr(),
        location == null ? -1 : location.getColumnNr(), problem);
  }

  @Override
  public String toString() {
    return "FollowUpJson[formatVersion=" + FORMAT_VERSION + "]";
  }
}
