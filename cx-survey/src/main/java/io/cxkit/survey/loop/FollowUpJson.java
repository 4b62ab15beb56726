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
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.internal.io.JsonPaths;
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
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms of closing the loop: a {@link FollowUpRules} document, and a {@link FollowUpList}
 * document for reports, other systems and merging the lists of partitions collected in other
 * processes; both read strictly and written deterministically.
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
 * of {@code goal-not-achieved} (default false), {@code priority} ({@value
 * FollowUpRule#MOST_URGENT} = most urgent to {@value FollowUpRule#LEAST_URGENT}, default {@value
 * FollowUpRule#DEFAULT_PRIORITY}; an entry's and a reason's {@code priority} read the same way) and {@code reason} (default: the factory's of {@link
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
 * <p><b>List document</b> ({@link #writeList}, {@link #readList(String)}):
 *
 * <pre>{@code
 * {"formatVersion": 1, "kind": "follow-up-list", "survey": "exit-feedback", "capacity": 10000,
 *  "counts": {"checked": 5, "matched": 3, "contactable": 2, "notContactable": 1, "dropped": 0},
 *  "rules": [{"id": "technical", "kind": "reason-chosen", "question": "reasons",
 *             "code": "technical-problem", "priority": 1, "reason": "…",
 *             "matched": 2, "contactable": 1, "notContactable": 1}, …],
 *  "entries": [{"responseId": "r1", "respondentId": "c-17", "surveyId": "exit-feedback",
 *               "submittedAt": "2024-03-01T10:15:30Z", "touchpointId": "checkout", "priority": 1,
 *               "reasons": [{"rule": "technical", "priority": 1, "reason": "…"}],
 *               "contact": {"email": "…", "name": "…", "phone": "…"}}, …]}
 * }</pre>
 *
 * <p>Each rule is written as in a rules document, followed by its counts, so that a list read
 * back carries its rules and merges only with lists of equal rules. Members that are null ({@code
 * respondentId}, {@code touchpointId}, a contact detail) are left out; entries are in the list's
 * order. Reading is strict as for rules, and also refuses a list no collector could have made,
 * with an {@link InvalidValueException} whose field is the JSON path: counts that do not add up
 * ({@code dropped} included), a rule's count above the list's, more entries than the capacity,
 * entries out of order or of another survey, a reason that is not its rule's (id, priority,
 * reason), an entry's priority that is not its most urgent reason's, or contact details without
 * any way to reach the respondent (their values are never shown). Reading what was written gives
 * an equal list. Only respondents who agreed to be contacted are entries,
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

  /** The counts a list document gives with each rule, after the rule's own members. */
  private static final List<String> COUNT_MEMBERS =
      List.of("matched", "contactable", "notContactable");

  private static final List<String> LIST_MEMBERS = List.of("formatVersion", "kind", "survey",
      "capacity", "counts", "rules", "entries");

  private static final List<String> LIST_COUNT_MEMBERS =
      List.of("checked", "matched", "contactable", "notContactable", "dropped");

  private static final List<String> ENTRY_MEMBERS = List.of("responseId", "respondentId",
      "surveyId", "submittedAt", "touchpointId", "priority", "reasons", "contact");

  private static final List<String> REASON_MEMBERS = List.of("rule", "priority", "reason");

  private static final List<String> CONTACT_MEMBERS = List.of("email", "name", "phone");

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
    gen.writeStartObject();
    writeRuleMembers(gen, rule);
    gen.writeEndObject();
  }

  /** The members of a rule, without the braces: a list document adds the rule's counts. */
  private static void writeRuleMembers(JsonGenerator gen, FollowUpRule rule) throws IOException {
    FollowUpCriterion criterion = rule.criterion();
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
      writeRuleMembers(gen, rules.get(i));
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
    String text = ByteOrderMark.skip(json);
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
    return read(() -> FACTORY.createParser(ByteOrderMark.skip(json)));
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

  /**
   * Reads a list document as {@link #writeList} writes it, so that the lists of partitions
   * collected in other processes can be {@linkplain FollowUpList#plus merged}: reading what was
   * written gives an equal list.
   *
   * @param json a list document
   * @return the list
   * @throws CxException as the class documentation says
   */
  public FollowUpList readList(String json) {
    Objects.requireNonNull(json, "json");
    String text = ByteOrderMark.skip(json);
    return read(() -> FACTORY.createParser(text), FollowUpJson::readListDocument,
        "a follow-up list");
  }

  /**
   * @param json a list document; not closed
   * @return the list
   * @throws CxException as {@link #readList(String)} says
   * @throws UncheckedIOException if reading fails
   */
  public FollowUpList readList(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(ByteOrderMark.skip(json)),
        FollowUpJson::readListDocument, "a follow-up list");
  }

  /**
   * @param json a list document in UTF-8 (or UTF-16/32, detected); not closed
   * @return the list
   * @throws CxException as {@link #readList(String)} says
   * @throws UncheckedIOException if reading fails
   */
  public FollowUpList readList(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> FACTORY.createParser(json), FollowUpJson::readListDocument,
        "a follow-up list");
  }

  @FunctionalInterface
  private interface Opening {
    JsonParser open() throws IOException;
  }

  @FunctionalInterface
  private interface Document<T> {
    T read(JsonParser p) throws IOException;
  }

  private static FollowUpRules read(Opening opening) {
    return read(opening, FollowUpJson::readDocument, "follow-up rules");
  }

  private static <T> T read(Opening opening, Document<T> document, String what) {
    JsonParser p = null;
    try {
      p = opening.open();
      return document.read(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SurveyJsonException(p == null ? "$" : JsonPaths.of(p.getParsingContext()),
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + what + " failed", e);
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
          + JsonPaths.describe(first));
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
          version = readFormatVersion(p, at, token);
          break;
        case "kind":
          kind = readKind(p, at, token, RULES_KIND);
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
    requireEnd(p);
    try {
      return new FollowUpRules(rules);
    } catch (InvalidValueException e) {
      throw new InvalidFollowUpRuleException("$." + e.field(), e.value(), e.rule());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading a list document

  private static FollowUpList readListDocument(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw fail(p, "$", "expected a follow-up list document as a JSON object, found "
          + JsonPaths.describe(first));
    }
    JsonLocation start = p.currentTokenLocation();
    Integer version = null;
    String kind = null;
    String survey = null;
    Integer capacity = null;
    long[] counts = null;
    List<FollowUpRule> rules = null;
    List<RuleCounts> ruleCounts = null;
    List<FollowUpEntry> entries = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String at = "$." + name;
      JsonToken token = p.nextToken();
      switch (name) {
        case "formatVersion":
          version = readFormatVersion(p, at, token);
          break;
        case "kind":
          kind = readKind(p, at, token, LIST_KIND);
          break;
        case "survey":
          survey = requireId(at, readText(p, at, token));
          break;
        case "capacity":
          capacity = readInt(p, at, token);
          if (capacity < 1) {
            throw new InvalidValueException(at, capacity, "must be ≥ 1");
          }
          break;
        case "counts":
          counts = readListCounts(p, at, token);
          break;
        case "rules":
          if (token != JsonToken.START_ARRAY) {
            throw fail(p, at, "expected an array of rules, found " + JsonPaths.describe(token));
          }
          rules = new ArrayList<>();
          ruleCounts = new ArrayList<>();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String ruleAt = at + "[" + rules.size() + "]";
            long[] c = new long[COUNT_MEMBERS.size()];
            FollowUpRule rule = readRule(p, ruleAt, t, c);
            try {
              ruleCounts.add(new RuleCounts(rule.id(), c[0], c[1], c[2]));
            } catch (InvalidValueException e) {
              throw c[1] > c[0]
                  ? new InvalidValueException(ruleAt + ".contactable", c[1],
                      "must be ≤ matched = " + c[0])
                  : new InvalidValueException(ruleAt + ".notContactable", c[2],
                      "must be matched - contactable = " + (c[0] - c[1]));
            }
            rules.add(rule);
          }
          break;
        case "entries":
          if (token != JsonToken.START_ARRAY) {
            throw fail(p, at, "expected an array of entries, found " + JsonPaths.describe(token));
          }
          entries = new ArrayList<>();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            entries.add(readEntry(p, at + "[" + entries.size() + "]", t));
          }
          break;
        default:
          throw fail(p, at, "unknown member; a follow-up list document has " + LIST_MEMBERS);
      }
    }
    Object[] present = {version, kind, survey, capacity, counts, rules, entries};
    for (int i = 0; i < present.length; i++) {
      if (present[i] == null) {
        throw failAt(start, "$", "missing member " + LIST_MEMBERS.get(i));
      }
    }
    requireEnd(p);
    FollowUpRules ruleSet;
    try {
      ruleSet = new FollowUpRules(rules);
    } catch (InvalidValueException e) {
      throw new InvalidFollowUpRuleException("$." + e.field(), e.value(), e.rule());
    }
    return checkedList(survey, ruleSet, capacity, counts, ruleCounts, entries);
  }

  /**
   * Checks what makes a list one that a collector could have made, so that a merge of read lists
   * is exact: counts that add up, each rule's counts within the totals, entries in order, of the
   * list's survey and rules, and as many as the capacity and the contactable count allow.
   */
  private static FollowUpList checkedList(String survey, FollowUpRules rules, int capacity,
      long[] c, List<RuleCounts> ruleCounts, List<FollowUpEntry> entries) {
    FollowUpCounts counts;
    try {
      counts = new FollowUpCounts(c[0], c[1], c[2], c[3]);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("$.counts." + e.field(), e.value(), e.rule());
    }
    for (int i = 0; i < ruleCounts.size(); i++) {
      RuleCounts rule = ruleCounts.get(i);
      long[] mine = {rule.matched(), rule.contactable(), rule.notContactable()};
      long[] total = {counts.matched(), counts.contactable(), counts.notContactable()};
      for (int k = 0; k < mine.length; k++) {
        if (mine[k] > total[k]) {
          throw new InvalidValueException("$.rules[" + i + "]." + COUNT_MEMBERS.get(k), mine[k],
              "must be ≤ the list's " + COUNT_MEMBERS.get(k) + " = " + total[k]
                  + "; a rule counts a subset of the responses");
        }
      }
    }
    if (entries.size() > capacity) {
      throw new InvalidValueException("$.entries", entries.size() + " entries",
          "must be at most the capacity " + capacity);
    }
    long kept = counts.contactable() - c[4];
    if (c[4] > counts.contactable() || kept != entries.size()) {
      throw new InvalidValueException("$.counts.dropped", c[4], "must be contactable "
          + counts.contactable() + " - the " + entries.size() + " entries");
    }
    if (c[4] > 0 && entries.size() < capacity) {
      throw new InvalidValueException("$.counts.dropped", c[4], "must be 0 while the "
          + entries.size() + " entries are fewer than the capacity " + capacity
          + "; a list drops an entry only when full");
    }
    List<FollowUpRule> ruleList = rules.rules();
    long[] perRule = new long[ruleList.size()];
    for (int i = 0; i < entries.size(); i++) {
      FollowUpEntry entry = entries.get(i);
      String at = "$.entries[" + i + "]";
      if (!entry.surveyId().equals(survey)) {
        throw new InvalidValueException(at + ".surveyId", Ids.quote(entry.surveyId()),
            "must be the list's survey " + Ids.quote(survey));
      }
      if (i > 0 && FollowUpEntry.ORDER.compare(entries.get(i - 1), entry) > 0) {
        throw new InvalidValueException(at, Ids.quote(entry.responseId()),
            "comes before entries[" + (i - 1) + "] in the list's order (most urgent first, then"
                + " the earliest submitted, then by response id); entries are written in order");
      }
      int next = 0;
      for (int r = 0; r < entry.reasons().size(); r++) {
        FollowUpReason reason = entry.reasons().get(r);
        String reasonAt = at + ".reasons[" + r + "]";
        int rule = rules.ids().indexOf(reason.ruleId());
        if (rule < 0) {
          throw new InvalidValueException(reasonAt + ".rule", Ids.quote(reason.ruleId()),
              "must be a rule of the list; its rules are " + rules.ids());
        }
        if (rule < next) {
          throw new InvalidValueException(reasonAt + ".rule", Ids.quote(reason.ruleId()),
              "is out of the rules' order or repeated; an entry gives its rules in their order");
        }
        if (!reason.equals(FollowUpReason.of(ruleList.get(rule)))) {
          throw new InvalidValueException(reasonAt, Ids.quote(reason.ruleId()),
              "must give rule " + Ids.quote(reason.ruleId()) + "'s own priority "
                  + ruleList.get(rule).priority() + " and reason");
        }
        next = rule + 1;
        perRule[rule]++;
      }
    }
    for (int r = 0; r < perRule.length; r++) {
      if (perRule[r] > ruleCounts.get(r).contactable()) {
        throw new InvalidValueException("$.rules[" + r + "].contactable",
            ruleCounts.get(r).contactable(), "must be ≥ the " + perRule[r]
                + " entries that give rule " + Ids.quote(ruleList.get(r).id()));
      }
    }
    return new FollowUpList(survey, rules, capacity, counts, ruleCounts, entries);
  }

  /** @return checked, matched, contactable, notContactable and dropped */
  private static long[] readListCounts(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected an object of counts, found " + JsonPaths.describe(token));
    }
    JsonLocation start = p.currentTokenLocation();
    long[] counts = new long[LIST_COUNT_MEMBERS.size()];
    boolean[] seen = new boolean[counts.length];
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = JsonPaths.member(at, name);
      JsonToken t = p.nextToken();
      int k = LIST_COUNT_MEMBERS.indexOf(name);
      if (k < 0) {
        throw fail(p, member, "unknown member; the counts are " + LIST_COUNT_MEMBERS);
      }
      counts[k] = readCount(p, member, t);
      seen[k] = true;
    }
    for (int k = 0; k < seen.length; k++) {
      if (!seen[k]) {
        throw failAt(start, at, "missing member " + LIST_COUNT_MEMBERS.get(k));
      }
    }
    return counts;
  }

  private static FollowUpEntry readEntry(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected an entry as a JSON object, found " + JsonPaths.describe(token));
    }
    JsonLocation start = p.currentTokenLocation();
    String[] text = new String[ENTRY_MEMBERS.size()];
    Instant submittedAt = null;
    Integer priority = null;
    List<FollowUpReason> reasons = null;
    ContactDetails contact = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = JsonPaths.member(at, name);
      JsonToken t = p.nextToken();
      switch (name) {
        case "responseId":
        case "respondentId":
        case "surveyId":
        case "touchpointId":
          text[ENTRY_MEMBERS.indexOf(name)] = requireId(member, readText(p, member, t));
          break;
        case "submittedAt":
          String instant = readText(p, member, t);
          try {
            submittedAt = Instant.parse(instant);
          } catch (java.time.format.DateTimeParseException e) {
            throw fail(p, member, "expected an ISO-8601 instant such as 2024-03-01T10:15:30Z,"
                + " found " + Ids.quote(instant));
          }
          break;
        case "priority":
          priority = readInt(p, member, t);
          break;
        case "reasons":
          if (t != JsonToken.START_ARRAY) {
            throw fail(p, member, "expected an array of reasons, found " + JsonPaths.describe(t));
          }
          reasons = new ArrayList<>();
          for (JsonToken r = p.nextToken(); r != JsonToken.END_ARRAY; r = p.nextToken()) {
            reasons.add(readReason(p, member + "[" + reasons.size() + "]", r));
          }
          break;
        case "contact":
          contact = readContact(p, member, t);
          break;
        default:
          throw fail(p, member, "unknown member; an entry has " + ENTRY_MEMBERS);
      }
    }
    Object[] required = {text[0], text[2], submittedAt, priority, reasons, contact};
    String[] names = {"responseId", "surveyId", "submittedAt", "priority", "reasons", "contact"};
    for (int i = 0; i < required.length; i++) {
      if (required[i] == null) {
        throw failAt(start, at, "missing member " + names[i]);
      }
    }
    if (reasons.isEmpty()) {
      throw new InvalidValueException(at + ".reasons", "[]",
          "must hold at least one reason: an entry matched at least one rule");
    }
    int most = Integer.MAX_VALUE;
    for (FollowUpReason reason : reasons) {
      most = Math.min(most, reason.priority());
    }
    if (priority != most) {
      throw new InvalidValueException(at + ".priority", priority,
          "must be the most urgent of the reasons' priorities, " + most);
    }
    return new FollowUpEntry(text[0], text[1], text[2], submittedAt, text[4], priority, reasons,
        contact);
  }

  private static FollowUpReason readReason(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected a reason as a JSON object, found " + JsonPaths.describe(token));
    }
    JsonLocation start = p.currentTokenLocation();
    String rule = null;
    Integer priority = null;
    String reason = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = JsonPaths.member(at, name);
      JsonToken t = p.nextToken();
      switch (name) {
        case "rule":
          rule = readText(p, member, t);
          break;
        case "priority":
          priority = readInt(p, member, t);
          break;
        case "reason":
          reason = readText(p, member, t);
          break;
        default:
          throw fail(p, member, "unknown member; a reason has " + REASON_MEMBERS);
      }
    }
    Object[] present = {rule, priority, reason};
    for (int i = 0; i < present.length; i++) {
      if (present[i] == null) {
        throw failAt(start, at, "missing member " + REASON_MEMBERS.get(i));
      }
    }
    return new FollowUpReason(rule, priority, reason);
  }

  /** Reads contact details; a detail's value never appears in a message (personal data). */
  private static ContactDetails readContact(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected contact details as a JSON object, found " + JsonPaths.describe(token));
    }
    String[] details = new String[CONTACT_MEMBERS.size()];
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = JsonPaths.member(at, name);
      JsonToken t = p.nextToken();
      int k = CONTACT_MEMBERS.indexOf(name);
      if (k < 0) {
        throw fail(p, member, "unknown member; contact details are " + CONTACT_MEMBERS);
      }
      details[k] = readText(p, member, t);
    }
    try {
      return new ContactDetails(details[0], details[1], details[2]);
    } catch (InvalidValueException e) {
      // The field is respondent.contact(.email); the value is redacted already.
      String field = e.field().startsWith("respondent.contact")
          ? at + e.field().substring("respondent.contact".length()) : at;
      throw new InvalidValueException(field, e.value(), e.rule());
    }
  }

  private static String requireId(String at, String id) {
    try {
      return Ids.requireId(at, id);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(at, e.value(), e.rule());
    }
  }

  private static List<FollowUpRule> readRuleArray(JsonParser p, String at, JsonToken token)
      throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw fail(p, at, "expected an array of rules, found " + JsonPaths.describe(token));
    }
    List<FollowUpRule> rules = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      rules.add(readRule(p, at + "[" + rules.size() + "]", t, null));
    }
    return rules;
  }

  /**
   * Reads one rule; with {@code counts} (a list document's rule) also its required {@code matched},
   * {@code contactable} and {@code notContactable}, in that order into the array.
   */
  private static FollowUpRule readRule(JsonParser p, String at, @Nullable JsonToken token,
      long @Nullable [] counts) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, at, "expected a rule as a JSON object, found " + JsonPaths.describe(token));
    }
    JsonLocation start = p.currentTokenLocation();
    Map<String, Object> members = new LinkedHashMap<>();
    Map<String, JsonLocation> where = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String member = JsonPaths.member(at, name);
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
            throw fail(p, member, "expected true or false, found " + JsonPaths.describe(t));
          }
          members.put(name, t == JsonToken.VALUE_TRUE);
          break;
        case "when":
          members.put(name, readCondition(p, member, t));
          break;
        default:
          int count = COUNT_MEMBERS.indexOf(name);
          if (counts == null || count < 0) {
            throw fail(p, member, "unknown member; a rule has " + RULE_MEMBERS
                + (counts == null ? "" : " and its counts " + COUNT_MEMBERS));
          }
          counts[count] = readCount(p, member, t);
          members.put(name, counts[count]);
          break;
      }
    }
    if (counts != null) {
      for (String name : COUNT_MEMBERS) {
        if (!members.containsKey(name)) {
          throw failAt(start, at, "missing member " + name);
        }
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
        throw failAt(where.get(member.getKey()), JsonPaths.member(at, member.getKey()),
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
      case "matched":
      case "contactable":
      case "notContactable":
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
      throw fail(p, at, "expected a condition as a JSON object, found " + JsonPaths.describe(token));
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

  private static int readFormatVersion(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    int version = readInt(p, at, token);
    if (version != FORMAT_VERSION) {
      throw fail(p, at, "unsupported format version " + version + "; this version of cxkit"
          + " reads " + FORMAT_VERSION);
    }
    return version;
  }

  private static String readKind(JsonParser p, String at, @Nullable JsonToken token,
      String expected) throws IOException {
    String kind = readText(p, at, token);
    if (!expected.equals(kind)) {
      throw fail(p, at, "expected \"" + expected + "\", found " + Ids.quote(kind));
    }
    return kind;
  }

  private static void requireEnd(JsonParser p) throws IOException {
    JsonToken after = p.nextToken();
    if (after != null) {
      throw fail(p, "$", "expected the end of the input after the document, found " + JsonPaths.describe(after));
    }
  }

  private static long readCount(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT || (p.getNumberType() != JsonParser.NumberType.INT
        && p.getNumberType() != JsonParser.NumberType.LONG)) {
      throw fail(p, at, "expected a count (an integer), found " + (token == JsonToken.VALUE_NUMBER_INT
          ? "an integer out of range: " + p.getText() : JsonPaths.describe(token)));
    }
    long count = p.getLongValue();
    if (count < 0) {
      throw fail(p, at, "expected a count, found the negative " + count);
    }
    return count;
  }

  private static String readText(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw fail(p, at, "expected a string, found " + JsonPaths.describe(token));
    }
    return p.getText();
  }

  private static int readInt(JsonParser p, String at, @Nullable JsonToken token)
      throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(p, at, "expected an integer, found " + (token == JsonToken.VALUE_NUMBER_INT
          ? "an integer out of range: " + p.getText() : JsonPaths.describe(token)));
    }
    return p.getIntValue();
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
