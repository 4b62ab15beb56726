package io.cxkit.journey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxkit.core.CxException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.intercept.AfterEventTrigger;
import io.cxkit.journey.intercept.BackAndForthTrigger;
import io.cxkit.journey.intercept.CartWithoutCheckoutTrigger;
import io.cxkit.journey.intercept.ContactThenLeaveTrigger;
import io.cxkit.journey.intercept.CustomEventTrigger;
import io.cxkit.journey.intercept.DwellTrigger;
import io.cxkit.journey.intercept.ExitIntentTrigger;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.journey.intercept.PagePattern;
import io.cxkit.journey.intercept.PageViewTrigger;
import io.cxkit.journey.intercept.RecurringTrigger;
import io.cxkit.journey.intercept.ScrollDepthTrigger;
import io.cxkit.journey.intercept.Trigger;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes survey triggers and trigger rules as JSON, strictly. A trigger is an object
 * with its {@code type} and the members of that type — the components of its record, with page
 * patterns as their text, durations in ISO-8601 ({@code "PT60S"}, {@code "PT30M"}, {@code "P7D"})
 * and the recurring period as an ISO-8601 period ({@code "P3M"}):
 *
 * <pre>{@code
 * {"type": "page-view", "page": "/product/**"}
 * {"type": "exit-intent", "page": "/checkout/**"}
 * {"type": "dwell", "page": "/help/**", "atLeast": "PT60S"}
 * {"type": "scroll", "page": "/blog/**", "percent": 90}
 * {"type": "back-and-forth", "page": "/**", "switches": 3, "within": "PT2M"}
 * {"type": "contact-then-leave", "contactPage": "/contact"}
 * {"type": "cart-without-checkout", "cart": "/cart", "checkout": "/checkout/**", "after": "PT30M"}
 * {"type": "custom", "name": "video-played", "page": "/product/**"}
 * {"type": "after-event", "event": {"touchpoints": ["delivery"], "kinds": ["complete"],
 *                                   "attributes": {"carrier": "dhl"}},
 *  "delay": "P7D", "validFor": "P7D"}
 * {"type": "recurring", "since": "signed-up", "every": "P3M"}
 * }</pre>
 *
 * A trigger document adds {@code "formatVersion": 1}. A rule document is
 *
 * <pre>{@code
 * {"formatVersion": 1,
 *  "triggers": {"exit-checkout": {"type": "exit-intent", "page": "/checkout/**"},
 *               "long-help": {"type": "dwell", "page": "/help/**", "atLeast": "PT60S"}},
 *  "when": {"allOf": [{"trigger": "exit-checkout", "operator": "equals", "value": true},
 *                     {"not": {"attribute": "country", "operator": "equals", "value": "US"}}]}}
 * }</pre>
 *
 * with the triggers by id in order and {@code when} optional: cx-survey's condition JSON ({@link
 * SurveyJson#readCondition}) over {@link io.cxkit.journey.intercept.TriggerFacts}. On reading,
 * {@code page} of {@code back-and-forth} and {@code custom} may be left out ({@code /**}), so may
 * an after-event's {@code validFor} ({@link AfterEventTrigger#DEFAULT_VALID_FOR}) and any part of
 * its {@code event} (an empty {@code event} matches every event); every other member is required
 * and a member of another type is refused. Writing gives every member (a custom trigger's {@code
 * page} only when not {@code /**}, an event's parts only when not empty), {@code formatVersion}
 * and {@code type} first, durations of whole days as {@code P<n>D}, on one line; reading what
 * was written gives an equal value.
 *
 * <p>Every failure is a {@link CxException}: a {@link SurveyJsonException} with the JSON path,
 * line and column for malformed JSON, an unknown, missing, repeated or misplaced member, an unknown
 * {@code type} or event kind, a value of the wrong JSON type, a text that is no ISO-8601 duration
 * or period, a malformed condition or a missing or unsupported {@code formatVersion}; the model's
 * {@link InvalidTriggerException} (or {@link InvalidJourneyException}, {@link
 * io.cxkit.survey.condition.InvalidConditionException}) with the JSON path as its field when a
 * well-formed value breaks a rule: {@code $.triggers.long-help.atLeast = PT0S: must be positive},
 * {@code $.triggers.exit.page = "checkout": a page pattern must … start with '/'}, {@code $.when =
 * trigger:exit: names no trigger of the rule; …}, {@code $.percent = 120: must be within 1..100}.
 * Writing a trigger that is not one of the built-in types throws an {@link InvalidTriggerException}.
 * Streams are read as UTF-8 (or UTF-16/32, detected), a leading byte order mark is skipped, and
 * sources are not closed; an I/O failure is rethrown as {@link UncheckedIOException}. Immutable and
 * thread-safe.
 */
public final class TriggerJson {
  private static final TriggerJson STANDARD = new TriggerJson();

  /** The type ids of the built-in triggers, as a message lists them. */
  private static final List<String> TYPES = List.of(PageViewTrigger.TYPE, ExitIntentTrigger.TYPE,
      DwellTrigger.TYPE, ScrollDepthTrigger.TYPE, BackAndForthTrigger.TYPE,
      ContactThenLeaveTrigger.TYPE, CartWithoutCheckoutTrigger.TYPE, CustomEventTrigger.TYPE,
      AfterEventTrigger.TYPE, RecurringTrigger.TYPE);

  private static final List<String> TRIGGER_MEMBERS = List.of("type", "page", "atLeast",
      "percent", "switches", "within", "contactPage", "cart", "checkout", "after", "name", "event",
      "delay", "validFor", "since", "every");
  private static final List<String> TRIGGER_DOCUMENT_MEMBERS = with("formatVersion",
      TRIGGER_MEMBERS);
  private static final List<String> RULE_MEMBERS = List.of("triggers", "when");
  private static final List<String> RULE_DOCUMENT_MEMBERS = with("formatVersion", RULE_MEMBERS);
  private static final List<String> EVENT_MEMBERS = List.of("touchpoints", "kinds", "attributes");

  /** The durations a message offers for a text that is none: a trigger's times. */
  private static final String DURATIONS = "\"PT60S\", \"PT30M\" or \"P7D\"";

  private static final String TRIGGER = "a trigger document";
  private static final String RULE = "a trigger rule document";

  private TriggerJson() {}

  /** @return the JSON of triggers and trigger rules */
  public static TriggerJson standard() {
    return STANDARD;
  }

  private static List<String> with(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  /**
   * @param trigger a built-in trigger
   * @return its document, on one line
   * @throws InvalidTriggerException if it is not one of the built-in types
   */
  public String writeTrigger(Trigger trigger) {
    Objects.requireNonNull(trigger, "trigger");
    return JsonDocuments.write(gen -> writeTrigger(gen, trigger, true));
  }

  /**
   * @param json a trigger document
   * @return the trigger
   * @throws CxException as described in the class documentation
   */
  public Trigger readTrigger(String json) {
    return JsonDocuments.read(json, TRIGGER, TriggerJson::triggerDocument);
  }

  /**
   * @param json a trigger document; not closed
   * @return the trigger
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public Trigger readTrigger(Reader json) {
    return JsonDocuments.read(json, TRIGGER, TriggerJson::triggerDocument);
  }

  /**
   * @param json a trigger document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the trigger
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public Trigger readTrigger(InputStream json) {
    return JsonDocuments.read(json, TRIGGER, TriggerJson::triggerDocument);
  }

  /**
   * @param rule a rule of built-in triggers
   * @return its document, on one line
   * @throws InvalidTriggerException if a trigger is not one of the built-in types
   * @throws SurveyJsonException at {@code $} if its condition is nested beyond Jackson's write
   *     limit (1000 levels)
   */
  public String writeRule(TriggerRule rule) {
    Objects.requireNonNull(rule, "rule");
    return JsonDocuments.write(gen -> writeRule(gen, rule, true));
  }

  /**
   * @param json a trigger rule document
   * @return the rule
   * @throws CxException as described in the class documentation
   */
  public TriggerRule readRule(String json) {
    return JsonDocuments.read(json, RULE, r -> rule(r, "$", RULE_DOCUMENT_MEMBERS));
  }

  /**
   * @param json a trigger rule document; not closed
   * @return the rule
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public TriggerRule readRule(Reader json) {
    return JsonDocuments.read(json, RULE, r -> rule(r, "$", RULE_DOCUMENT_MEMBERS));
  }

  /**
   * @param json a trigger rule document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the rule
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public TriggerRule readRule(InputStream json) {
    return JsonDocuments.read(json, RULE, r -> rule(r, "$", RULE_DOCUMENT_MEMBERS));
  }

  // ---------------------------------------------------------------------------------------------
  // Members of bigger documents (the intercept configuration's JSON reads and writes them)

  /**
   * Reads a rule that is a member of a bigger document: {@code {"triggers": {…}, "when": {…}}}
   * without {@code formatVersion}, the parser at its start.
   *
   * @param r the reader of the bigger document
   * @param path the rule's JSON path, such as {@code $.surveys[0].trigger}
   * @return the rule
   * @throws CxException with paths under {@code path}, as the class documentation says
   */
  static TriggerRule readRule(StrictReader r, String path) throws IOException {
    return rule(r, path, RULE_MEMBERS);
  }

  /**
   * Reads a trigger that is a member of a bigger document, without {@code formatVersion}, the
   * parser at its start.
   *
   * @param r the reader of the bigger document
   * @param path the trigger's JSON path
   * @return the trigger
   * @throws CxException with paths under {@code path}, as the class documentation says
   */
  static Trigger readTrigger(StrictReader r, String path) throws IOException {
    return trigger(r, path, TRIGGER_MEMBERS);
  }

  /**
   * Writes a rule as a value of a bigger document (after its field name, or in an array):
   * {@code {"triggers": {…}, "when": {…}}} without {@code formatVersion}.
   *
   * @param gen where to write
   * @param rule the rule
   * @throws InvalidTriggerException if a trigger is not one of the built-in types
   */
  static void writeRule(JsonGenerator gen, TriggerRule rule) throws IOException {
    writeRule(gen, rule, false);
  }

  /**
   * Writes a trigger as a value of a bigger document, without {@code formatVersion}.
   *
   * @param gen where to write
   * @param trigger the trigger
   * @throws InvalidTriggerException if it is not one of the built-in types
   */
  static void writeTrigger(JsonGenerator gen, Trigger trigger) throws IOException {
    writeTrigger(gen, trigger, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  private static Trigger triggerDocument(StrictReader r) throws IOException {
    return trigger(r, "$", TRIGGER_DOCUMENT_MEMBERS);
  }

  private static TriggerRule rule(StrictReader r, String path, List<String> known)
      throws IOException {
    TriggerRule.Builder builder = TriggerRule.builder();
    Condition[] when = new Condition[1];
    List<String> required = known.contains("formatVersion")
        ? List.of("formatVersion", "triggers") : List.of("triggers");
    r.object(path, known, required, (name, at) -> {
      switch (name) {
        case "formatVersion":
          r.formatVersion(at);
          break;
        case "triggers":
          r.entries(at, (id, element) -> {
            Trigger trigger = trigger(r, element, TRIGGER_MEMBERS);
            StrictReader.leaf(element, () -> builder.trigger(id, trigger));
          });
          break;
        default:
          when[0] = r.condition(at);
          break;
      }
    });
    if (when[0] != null) {
      builder.when(when[0]);
    }
    return StrictReader.build(path, builder::build);
  }

  /** The members of a trigger object as read, before its type says which it may have. */
  private static final class Parts {
    @Nullable String type;
    final List<String> given = new ArrayList<>();
    final List<String> paths = new ArrayList<>();
    @Nullable PagePattern page;
    @Nullable PagePattern contactPage;
    @Nullable PagePattern cart;
    @Nullable PagePattern checkout;
    @Nullable Duration atLeast;
    @Nullable Duration within;
    @Nullable Duration after;
    @Nullable Duration delay;
    @Nullable Duration validFor;
    int percent;
    int switches;
    @Nullable String name;
    @Nullable String since;
    @Nullable Period every;
    @Nullable EventMatch event;
  }

  private static Trigger trigger(StrictReader r, String path, List<String> known)
      throws IOException {
    Parts parts = new Parts();
    boolean document = known.contains("formatVersion");
    r.object(path, known, document ? List.of("formatVersion", "type") : List.of("type"),
        (name, at) -> {
          if (!name.equals("formatVersion") && !name.equals("type")) {
            parts.given.add(name);
            parts.paths.add(at);
          }
          switch (name) {
            case "formatVersion":
              r.formatVersion(at);
              break;
            case "type":
              String type = r.text(at);
              if (!TYPES.contains(type)) {
                throw r.fail(at, "unknown trigger type " + JourneyIds.quote(type)
                    + "; the types are " + String.join(", ", TYPES));
              }
              parts.type = type;
              break;
            case "page":
              parts.page = pattern(r, at);
              break;
            case "contactPage":
              parts.contactPage = pattern(r, at);
              break;
            case "cart":
              parts.cart = pattern(r, at);
              break;
            case "checkout":
              parts.checkout = pattern(r, at);
              break;
            case "atLeast":
              parts.atLeast = r.duration(at, DURATIONS);
              break;
            case "within":
              parts.within = r.duration(at, DURATIONS);
              break;
            case "after":
              parts.after = r.duration(at, DURATIONS);
              break;
            case "delay":
              parts.delay = r.duration(at, DURATIONS);
              break;
            case "validFor":
              parts.validFor = r.duration(at, DURATIONS);
              break;
            case "percent":
              parts.percent = r.integer(at);
              break;
            case "switches":
              parts.switches = r.integer(at);
              break;
            case "name":
              parts.name = r.text(at);
              break;
            case "since":
              parts.since = r.text(at);
              break;
            case "every":
              parts.every = r.period(at);
              break;
            default:
              parts.event = event(r, at);
              break;
          }
        });
    String type = Objects.requireNonNull(parts.type, "type"); // required, so read
    switch (type) {
      case PageViewTrigger.TYPE:
        members(r, path, parts, List.of("page"), List.of());
        return StrictReader.build(path, () -> new PageViewTrigger(parts.page));
      case ExitIntentTrigger.TYPE:
        members(r, path, parts, List.of("page"), List.of());
        return StrictReader.build(path, () -> new ExitIntentTrigger(parts.page));
      case DwellTrigger.TYPE:
        members(r, path, parts, List.of("page", "atLeast"), List.of());
        return StrictReader.build(path, () -> new DwellTrigger(parts.page, parts.atLeast));
      case ScrollDepthTrigger.TYPE:
        members(r, path, parts, List.of("page", "percent"), List.of());
        return StrictReader.build(path, () -> new ScrollDepthTrigger(parts.page, parts.percent));
      case BackAndForthTrigger.TYPE:
        members(r, path, parts, List.of("switches", "within"), List.of("page"));
        return StrictReader.build(path, () -> new BackAndForthTrigger(
            parts.page == null ? PagePattern.any() : parts.page, parts.switches, parts.within));
      case ContactThenLeaveTrigger.TYPE:
        members(r, path, parts, List.of("contactPage"), List.of());
        return StrictReader.build(path, () -> new ContactThenLeaveTrigger(parts.contactPage));
      case CartWithoutCheckoutTrigger.TYPE:
        members(r, path, parts, List.of("cart", "checkout", "after"), List.of());
        return StrictReader.build(path,
            () -> new CartWithoutCheckoutTrigger(parts.cart, parts.checkout, parts.after));
      case CustomEventTrigger.TYPE:
        members(r, path, parts, List.of("name"), List.of("page"));
        return StrictReader.build(path, () -> new CustomEventTrigger(parts.name,
            parts.page == null ? PagePattern.any() : parts.page));
      case AfterEventTrigger.TYPE:
        members(r, path, parts, List.of("event", "delay"), List.of("validFor"));
        return StrictReader.build(path, () -> new AfterEventTrigger(parts.event, parts.delay,
            parts.validFor == null ? AfterEventTrigger.DEFAULT_VALID_FOR : parts.validFor));
      default:
        members(r, path, parts, List.of("since", "every"), List.of());
        return StrictReader.build(path, () -> new RecurringTrigger(parts.since, parts.every));
    }
  }

  /** Refuses a member of another type and requires the type's own, now that the type is known. */
  private static void members(StrictReader r, String path, Parts parts, List<String> required,
      List<String> optional) {
    for (int i = 0; i < parts.given.size(); i++) {
      String name = parts.given.get(i);
      if (!required.contains(name) && !optional.contains(name)) {
        List<String> own = new ArrayList<>(required);
        own.addAll(optional);
        throw r.fail(parts.paths.get(i), "member " + JourneyIds.quote(name) + " is not one of a "
            + parts.type + " trigger; its members are \"type\", " + StrictReader.quoted(own));
      }
    }
    for (String name : required) {
      if (!parts.given.contains(name)) {
        throw r.fail(path, "member " + JourneyIds.quote(name) + " is missing; a " + parts.type
            + " trigger has " + StrictReader.quoted(required));
      }
    }
  }

  private static PagePattern pattern(StrictReader r, String path) throws IOException {
    String text = r.text(path);
    return StrictReader.leaf(path, () -> PagePattern.of(text));
  }

  private static EventMatch event(StrictReader r, String path) throws IOException {
    EventMatch.Builder builder = EventMatch.builder();
    r.object(path, EVENT_MEMBERS, List.of(), (name, at) -> {
      switch (name) {
        case "touchpoints":
          List<String> ids = r.texts(at);
          StrictReader.build(path, () -> builder.touchpoints(ids.toArray(new String[0])));
          break;
        case "kinds":
          List<EventKind> kinds = new ArrayList<>();
          r.array(at, (i, element) -> {
            String id = r.text(element);
            kinds.add(StrictReader.leaf(element, () -> EventKind.ofId(id)));
          });
          StrictReader.build(path, () -> builder.kinds(kinds.toArray(new EventKind[0])));
          break;
        default:
          r.entries(at, (attribute, element) -> {
            String value = r.text(element);
            StrictReader.leaf(element, () -> builder.attribute(attribute, value));
          });
          break;
      }
    });
    return builder.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  private static void writeRule(JsonGenerator gen, TriggerRule rule, boolean document)
      throws IOException {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(rule, "rule");
    gen.writeStartObject();
    if (document) {
      JsonDocuments.writeFormatVersion(gen);
    }
    gen.writeObjectFieldStart("triggers");
    for (Map.Entry<String, Trigger> entry : rule.triggers().entrySet()) {
      gen.writeFieldName(entry.getKey());
      writeTrigger(gen, entry.getValue(), false);
    }
    gen.writeEndObject();
    if (rule.when().isPresent()) {
      gen.writeFieldName("when");
      JsonDocuments.writeCondition(gen, rule.when().get());
    }
    gen.writeEndObject();
  }

  private static void writeTrigger(JsonGenerator gen, Trigger trigger, boolean document)
      throws IOException {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(trigger, "trigger");
    if (!isBuiltIn(trigger)) {
      throw new InvalidTriggerException("type", JourneyIds.quote(trigger.type()),
          "has no JSON form: only the built-in triggers (" + String.join(", ", TYPES)
              + ") are written, and " + trigger.getClass().getName() + " is not one");
    }
    gen.writeStartObject();
    if (document) {
      JsonDocuments.writeFormatVersion(gen);
    }
    gen.writeStringField("type", trigger.type());
    if (trigger instanceof PageViewTrigger t) {
      gen.writeStringField("page", t.page().pattern());
    } else if (trigger instanceof ExitIntentTrigger t) {
      gen.writeStringField("page", t.page().pattern());
    } else if (trigger instanceof DwellTrigger t) {
      gen.writeStringField("page", t.page().pattern());
      gen.writeStringField("atLeast", duration(t.atLeast()));
    } else if (trigger instanceof ScrollDepthTrigger t) {
      gen.writeStringField("page", t.page().pattern());
      gen.writeNumberField("percent", t.percent());
    } else if (trigger instanceof BackAndForthTrigger t) {
      gen.writeStringField("page", t.page().pattern());
      gen.writeNumberField("switches", t.switches());
      gen.writeStringField("within", duration(t.within()));
    } else if (trigger instanceof ContactThenLeaveTrigger t) {
      gen.writeStringField("contactPage", t.contactPage().pattern());
    } else if (trigger instanceof CartWithoutCheckoutTrigger t) {
      gen.writeStringField("cart", t.cart().pattern());
      gen.writeStringField("checkout", t.checkout().pattern());
      gen.writeStringField("after", duration(t.after()));
    } else if (trigger instanceof CustomEventTrigger t) {
      gen.writeStringField("name", t.name());
      if (!t.page().equals(PagePattern.any())) {
        gen.writeStringField("page", t.page().pattern());
      }
    } else if (trigger instanceof AfterEventTrigger t) {
      writeEvent(gen, t.event());
      gen.writeStringField("delay", duration(t.delay()));
      gen.writeStringField("validFor", duration(t.validFor()));
    } else {
      RecurringTrigger t = (RecurringTrigger) trigger;
      gen.writeStringField("since", t.since());
      gen.writeStringField("every", t.every().toString());
    }
    gen.writeEndObject();
  }

  /**
   * A duration in ISO-8601 as a person writes it: whole days as {@code P7D} (rather than {@code
   * Duration}'s {@code PT168H}), everything else as {@link Duration#toString()} ({@code PT1M},
   * {@code PT1H30M}, {@code PT0.5S}); {@link Duration#parse} reads either back exactly.
   */
  static String duration(Duration d) {
    return d.getNano() == 0 && d.getSeconds() % 86_400 == 0 && !d.isZero()
        ? "P" + d.toDays() + "D" : d.toString();
  }

  private static boolean isBuiltIn(Trigger trigger) {
    return trigger instanceof PageViewTrigger || trigger instanceof ExitIntentTrigger
        || trigger instanceof DwellTrigger || trigger instanceof ScrollDepthTrigger
        || trigger instanceof BackAndForthTrigger || trigger instanceof ContactThenLeaveTrigger
        || trigger instanceof CartWithoutCheckoutTrigger || trigger instanceof CustomEventTrigger
        || trigger instanceof AfterEventTrigger || trigger instanceof RecurringTrigger;
  }

  private static void writeEvent(JsonGenerator gen, EventMatch event) throws IOException {
    gen.writeObjectFieldStart("event");
    if (!event.touchpoints().isEmpty()) {
      JsonDocuments.writeTexts(gen, "touchpoints", event.touchpoints());
    }
    if (!event.kinds().isEmpty()) {
      gen.writeArrayFieldStart("kinds");
      for (EventKind kind : EventKind.values()) {
        if (event.kinds().contains(kind)) {
          gen.writeString(kind.id());
        }
      }
      gen.writeEndArray();
    }
    if (!event.attributes().isEmpty()) {
      gen.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> entry : event.attributes().entrySet()) {
        gen.writeStringField(entry.getKey(), entry.getValue());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  @Override
  public String toString() {
    return "TriggerJson";
  }
}
