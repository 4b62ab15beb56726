package io.cxkit.journey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.Candidate;
import io.cxkit.journey.intercept.ContactOutcome;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptConfiguration;
import io.cxkit.journey.intercept.InterceptDecision;
import io.cxkit.journey.intercept.InterceptEngine;
import io.cxkit.journey.intercept.InvalidTriggerException;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.Reason;
import io.cxkit.journey.intercept.Sampling;
import io.cxkit.journey.intercept.SessionEvent;
import io.cxkit.journey.intercept.SessionEventType;
import io.cxkit.journey.intercept.SurveyContact;
import io.cxkit.journey.intercept.SurveyHistory;
import io.cxkit.journey.intercept.TriggerCheck;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.intercept.VisitorSession;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a live intercept: the engine's configuration, the visitor session a browser sends, the
 * survey history a service keeps per person, and the {@link InterceptDecision} it answers with.
 *
 * <p>A configuration document ({@link InterceptConfiguration}) lists the intercepts in order and
 * the pacing across all surveys:
 *
 * <pre>{@code
 * {"formatVersion": 1,
 *  "pacing": {"cooldown": "P14D", "displayLimit": {"maxDisplays": 4, "window": "P90D"}},
 *  "intercepts": [
 *    {"id": "checkout-exit", "surveyId": "exit-feedback",
 *     "trigger": {"triggers": {"exit-checkout": {"type": "exit-intent", "page": "/checkout/**"}},
 *                 "when": {"not": {"attribute": "staff", "operator": "equals", "value": "yes"}}},
 *     "audience": {"rule": {"attribute": "country", "operator": "one-of", "value": ["DE", "AT"]},
 *                  "personas": ["loyal", "newcomer"], "anonymousVisitors": true},
 *     "samplePercent": 50, "priority": 10, "maxDisplays": 3, "askAgainAfterCompleting": false}]}
 * }</pre>
 *
 * Each intercept's {@code trigger} is a trigger rule as {@link TriggerJson} reads one (without
 * {@code formatVersion}); its {@code audience} has an optional {@code rule} in cx-survey's condition
 * JSON over the profile, optional {@code personas} (ids of the persona set the engine is given) and
 * {@code anonymousVisitors} (whether visitors without a profile are in). {@code maxDisplays} is an
 * integer of at least 1 or the word {@code "unlimited"}. Only {@code id}, {@code surveyId} and
 * {@code trigger} are required; the others default as {@link Intercept.Builder} does ({@code
 * audience} everyone, {@code samplePercent} 100, {@code priority} 0, {@code maxDisplays} {@value
 * Intercept#DEFAULT_MAX_DISPLAYS}, {@code askAgainAfterCompleting} false), {@code pacing} to
 * {@link Pacing#standard()} and its {@code cooldown} to {@link Pacing#DEFAULT_COOLDOWN}. Durations
 * are ISO-8601 ({@code "P14D"}, {@code "PT12H"}). Writing gives every member but an audience's
 * absent rule and personas and a pacing's absent display limit, durations of whole days as {@code
 * P<n>D}, on one line; reading what was written gives an equal configuration.
 *
 * <p>The request documents and the decision:
 *
 * <pre>{@code
 * {"personId": "visitor-8f2c", "sessionId": "s-1",
 *  "events": [{"at": "2026-03-02T10:00:00Z", "type": "page-view", "page": "/cart"},
 *             {"at": "2026-03-02T10:01:10Z", "type": "scroll", "page": "/cart", "scrollPercent": 80},
 *             {"at": "2026-03-02T10:01:30Z", "type": "custom", "page": "/cart", "name": "coupon-tried"},
 *             {"at": "2026-03-02T10:02:00Z", "type": "exit-intent", "page": "/cart"}]}
 *
 * {"contacts": [{"surveyId": "nps", "shownAt": "2026-02-20T09:00:00Z", "outcome": "completed"}]}
 *
 * {"formatVersion": 1, "at": "2026-03-02T10:02:00Z",
 *  "show": {"interceptId": "cart-exit", "surveyId": "exit-feedback"},          (or "show": null)
 *  "candidates": [{"interceptId": "cart-exit", "surveyId": "exit-feedback", "priority": 10,
 *                  "shown": true, "trigger": {"fired": true, "detail": "fired: exit-cart",
 *                  "checks": {"exit-cart": {"fired": true, "detail": "exit intent on /cart"}}},
 *                  "reasons": []},
 *                 {"interceptId": "nps", "surveyId": "nps", "priority": 1, "shown": false,
 *                  "trigger": {"fired": true, "detail": "…", "checks": {…}},
 *                  "reasons": [{"reason": "outranked", "detail": "…", "interceptId": "cart-exit",
 *                               "surveyId": "exit-feedback", "priority": 10}]}]}
 * }</pre>
 *
 * Event types are {@link SessionEventType#id()}s; {@code name} is given for {@code custom} events
 * only and {@code scrollPercent} (an integer 0..100) for {@code scroll} events only. Instants are
 * ISO-8601 with {@code Z} or an offset. Outcomes are {@code shown}, {@code dismissed}, {@code
 * completed}. Both request documents may carry {@code "formatVersion": 1}; it may be left out (a
 * browser's request is written by a script). A candidate's {@code trigger} is its {@link
 * io.cxkit.journey.intercept.TriggerRuleCheck}: whether the rule fired, its account, and each
 * named trigger's own check in the rule's order. Each reason of a decision has its {@link
 * Reason#code()} as {@code reason}, its {@link Reason#detail()}, and its own parts: {@code
 * not-sampled} {@code bucket} and {@code samplePercent}; {@code completed-before} {@code
 * completedAt}; {@code display-limit} {@code displays} and {@code maxDisplays}; {@code
 * cooling-down} {@code lastSurveyId}, {@code lastShownAt} and {@code until}; {@code pacing-limit}
 * {@code displays}, {@code maxDisplays} and {@code window} (ISO-8601 duration); {@code outranked}
 * {@code interceptId}, {@code surveyId} and {@code priority}. The person's id is not written.
 *
 * <p>Reading is strict, as {@link JourneyJson} is: every failure is a {@link CxException} — a
 * {@link SurveyJsonException} with the JSON path, line and column for malformed JSON, an unknown,
 * missing or repeated member, a value of the wrong type, an unknown event type or outcome, or an
 * instant or duration that is not ISO-8601; the model's own {@link InvalidValueException} (an {@link
 * io.cxkit.journey.InvalidJourneyException}, an {@link InvalidTriggerException}, an {@link
 * io.cxkit.journey.EventOrderException} for events out of time order) with the JSON path as its
 * field: {@code $.intercepts[1].id = "nps": duplicates the id of intercepts[0]}, {@code
 * $.intercepts[0].samplePercent = 120.0: must be within 0..100}, {@code $.pacing.cooldown = PT-24H:
 * must not be negative}, {@code $.intercepts[0].audience.personas[0] = "vip": is not a persona of
 * the engine's set} (when the persona set is given to the reader). Immutable and thread-safe.
 */
public final class InterceptJson {
  private static final InterceptJson STANDARD = new InterceptJson();

  private static final List<String> SESSION_MEMBERS =
      List.of("formatVersion", "personId", "sessionId", "events");
  private static final List<String> SESSION_REQUIRED = List.of("personId", "sessionId", "events");
  private static final List<String> EVENT_MEMBERS =
      List.of("at", "type", "page", "name", "scrollPercent");
  private static final List<String> EVENT_REQUIRED = List.of("at", "type", "page");
  private static final List<String> HISTORY_MEMBERS = List.of("formatVersion", "contacts");
  private static final List<String> HISTORY_REQUIRED = List.of("contacts");
  private static final List<String> CONTACT_MEMBERS = List.of("surveyId", "shownAt", "outcome");

  private static final List<String> CONFIGURATION_MEMBERS =
      List.of("formatVersion", "pacing", "intercepts");
  private static final List<String> CONFIGURATION_REQUIRED = List.of("formatVersion", "intercepts");
  private static final List<String> PACING_MEMBERS = List.of("cooldown", "displayLimit");
  private static final List<String> LIMIT_MEMBERS = List.of("maxDisplays", "window");
  private static final List<String> INTERCEPT_MEMBERS = List.of("id", "surveyId", "trigger",
      "audience", "samplePercent", "priority", "maxDisplays", "askAgainAfterCompleting");
  private static final List<String> INTERCEPT_REQUIRED = List.of("id", "surveyId", "trigger");
  private static final List<String> AUDIENCE_MEMBERS =
      List.of("rule", "personas", "anonymousVisitors");
  private static final String UNLIMITED = "unlimited";
  /** The durations a message offers for a text that is none: pacing spans. */
  private static final String DURATIONS = "\"P14D\" or \"PT12H\"";

  private static final String CONFIGURATION = "an intercept configuration document";
  private static final String SESSION = "a visitor session document";
  private static final String HISTORY = "a survey history document";

  private InterceptJson() {}

  /** @return the JSON of visitor sessions, survey histories and intercept decisions */
  public static InterceptJson standard() {
    return STANDARD;
  }

  // ---------------------------------------------------------------------------------------------
  // Engine configurations

  /**
   * Reads a configuration; persona ids of audiences are checked when the engine is built.
   *
   * @param json a configuration document
   * @return the configuration
   * @throws CxException as described in the class documentation
   */
  public InterceptConfiguration readConfiguration(String json) {
    return JsonDocuments.read(json, CONFIGURATION, r -> configuration(r, null));
  }

  /**
   * Reads a configuration, checking that every persona an audience names is one of the set's.
   *
   * @param json a configuration document
   * @param personas the persona set the engine will be given
   * @return the configuration
   * @throws CxException as described in the class documentation
   */
  public InterceptConfiguration readConfiguration(String json, PersonaSet personas) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(personas, "personas");
    return JsonDocuments.read(json, CONFIGURATION, r -> configuration(r, personas));
  }

  /**
   * Reads a configuration; persona ids of audiences are checked when the engine is built.
   *
   * @param json a configuration document in UTF-8 (or UTF-16/32, detected); not closed
   * @return the configuration
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public InterceptConfiguration readConfiguration(InputStream json) {
    return JsonDocuments.read(json, CONFIGURATION, r -> configuration(r, null));
  }

  /**
   * Reads a configuration, checking that every persona an audience names is one of the set's.
   *
   * @param json a configuration document in UTF-8 (or UTF-16/32, detected); not closed
   * @param personas the persona set the engine will be given
   * @return the configuration
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public InterceptConfiguration readConfiguration(InputStream json, PersonaSet personas) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(personas, "personas");
    return JsonDocuments.read(json, CONFIGURATION, r -> configuration(r, personas));
  }

  /**
   * @param configuration an engine's configuration ({@link InterceptEngine#configuration()})
   * @return its document, on one line, as described in the class documentation
   * @throws InvalidTriggerException if a trigger is not one of the built-in types (which have no
   *     JSON form)
   * @throws SurveyJsonException at {@code $} if a rule is nested beyond Jackson's write limit
   *     (1000 levels)
   */
  public String writeConfiguration(InterceptConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      Pacing pacing = configuration.pacing();
      gen.writeObjectFieldStart("pacing");
      gen.writeStringField("cooldown", duration(pacing.cooldown()));
      if (pacing.displayLimit().isPresent()) {
        Pacing.DisplayLimit limit = pacing.displayLimit().get();
        gen.writeObjectFieldStart("displayLimit");
        gen.writeNumberField("maxDisplays", limit.maxDisplays());
        gen.writeStringField("window", duration(limit.window()));
        gen.writeEndObject();
      }
      gen.writeEndObject();
      gen.writeArrayFieldStart("intercepts");
      for (Intercept intercept : configuration.intercepts()) {
        writeIntercept(gen, intercept);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  private static void writeIntercept(JsonGenerator gen, Intercept intercept) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", intercept.id());
    gen.writeStringField("surveyId", intercept.surveyId());
    gen.writeFieldName("trigger");
    TriggerJson.writeRule(gen, intercept.triggerRule());
    Audience audience = intercept.audience();
    gen.writeObjectFieldStart("audience");
    if (audience.rule().isPresent()) {
      gen.writeFieldName("rule");
      JsonDocuments.writeCondition(gen, audience.rule().get());
    }
    if (!audience.personaIds().isEmpty()) {
      JsonDocuments.writeTexts(gen, "personas", audience.personaIds());
    }
    gen.writeBooleanField("anonymousVisitors", audience.anonymousVisitors());
    gen.writeEndObject();
    gen.writeFieldName("samplePercent");
    JsonDocuments.writeNumber(gen, intercept.sampling().percentValue());
    gen.writeNumberField("priority", intercept.priority());
    if (intercept.maxDisplays().isPresent()) {
      gen.writeNumberField("maxDisplays", intercept.maxDisplays().getAsInt());
    } else {
      gen.writeStringField("maxDisplays", UNLIMITED);
    }
    gen.writeBooleanField("askAgainAfterCompleting", !intercept.neverAgainAfterCompleting());
    gen.writeEndObject();
  }

  /** A duration as whole days ({@code P14D}) when it is whole days, else its ISO-8601 text. */
  private static String duration(Duration d) {
    return TriggerJson.duration(d);
  }

  private static InterceptConfiguration configuration(StrictReader r,
      @Nullable PersonaSet personas) throws IOException {
    Pacing[] pacing = new Pacing[1];
    List<Intercept> intercepts = new ArrayList<>();
    r.object("$", CONFIGURATION_MEMBERS, CONFIGURATION_REQUIRED, (name, path) -> {
      switch (name) {
        case "formatVersion":
          r.formatVersion(path);
          break;
        case "pacing":
          pacing[0] = pacing(r, path);
          break;
        default:
          r.array(path, (i, at) -> {
            if (intercepts.size() == InterceptEngine.MAX_INTERCEPTS) {
              // Refused before reading the rest of a document that may be huge.
              throw r.fail(at, "an engine holds at most " + InterceptEngine.MAX_INTERCEPTS
                  + " intercepts");
            }
            intercepts.add(intercept(r, at, personas));
          });
          break;
      }
    });
    return StrictReader.build("$", () -> new InterceptConfiguration(intercepts,
        pacing[0] == null ? Pacing.standard() : pacing[0]));
  }

  private static Pacing pacing(StrictReader r, String path) throws IOException {
    Pacing.Builder builder = Pacing.builder();
    r.object(path, PACING_MEMBERS, List.of(), (name, at) -> {
      if (name.equals("cooldown")) {
        builder.cooldown(r.duration(at, DURATIONS));
      } else {
        int[] max = new int[1];
        Duration[] window = new Duration[1];
        r.object(at, LIMIT_MEMBERS, LIMIT_MEMBERS, (member, where) -> {
          if (member.equals("maxDisplays")) {
            max[0] = r.integer(where);
          } else {
            window[0] = r.duration(where, DURATIONS);
          }
        });
        builder.displayLimit(max[0], window[0]);
      }
    });
    // The pacing's own fields are "pacing.cooldown", "pacing.displayLimit.window": under "$".
    return StrictReader.build("$", builder::build);
  }

  private static Intercept intercept(StrictReader r, String path, @Nullable PersonaSet personas)
      throws IOException {
    String[] ids = new String[2];
    TriggerRule[] rule = new TriggerRule[1];
    Audience[] audience = new Audience[1];
    @Nullable Double[] percent = new Double[1];
    @Nullable Integer[] priority = new Integer[1];
    @Nullable Integer[] maxDisplays = new Integer[1];
    boolean[] unlimited = new boolean[1];
    boolean[] askAgain = new boolean[1];
    r.object(path, INTERCEPT_MEMBERS, INTERCEPT_REQUIRED, (name, at) -> {
      switch (name) {
        case "id":
          ids[0] = r.text(at);
          break;
        case "surveyId":
          ids[1] = r.text(at);
          break;
        case "trigger":
          rule[0] = TriggerJson.readRule(r, at);
          break;
        case "audience":
          audience[0] = audience(r, at, personas);
          break;
        case "samplePercent":
          percent[0] = r.number(at);
          // Checked here, so that the failure names this member.
          StrictReader.build(at, () -> Sampling.percent(percent[0]));
          break;
        case "priority":
          priority[0] = r.integer(at);
          break;
        case "maxDisplays":
          if (r.atText()) {
            String word = r.text(at);
            if (!word.equals(UNLIMITED)) {
              throw r.fail(at, JourneyIds.quote(word) + " is not a display limit; must be an"
                  + " integer of at least 1 or \"" + UNLIMITED + "\"");
            }
            unlimited[0] = true;
          } else {
            maxDisplays[0] = r.integer(at);
          }
          break;
        default:
          askAgain[0] = r.bool(at);
          break;
      }
    });
    return StrictReader.build(path, () -> {
      Intercept.Builder builder = Intercept.builder(ids[0], ids[1]).when(rule[0]);
      if (audience[0] != null) {
        builder.audience(audience[0]);
      }
      if (percent[0] != null) {
        builder.samplePercent(percent[0]);
      }
      if (priority[0] != null) {
        builder.priority(priority[0]);
      }
      if (unlimited[0]) {
        builder.unlimitedDisplays();
      } else if (maxDisplays[0] != null) {
        builder.maxDisplays(maxDisplays[0]);
      }
      if (askAgain[0]) {
        builder.askAgainAfterCompleting();
      }
      return builder.build();
    });
  }

  private static Audience audience(StrictReader r, String path, @Nullable PersonaSet personas)
      throws IOException {
    Audience.Builder builder = Audience.builder();
    r.object(path, AUDIENCE_MEMBERS, List.of(), (name, at) -> {
      switch (name) {
        case "rule":
          builder.rule(r.condition(at));
          break;
        case "personas":
          List<String> texts = r.texts(at);
          for (int i = 0; i < texts.size(); i++) {
            if (personas != null && JourneyIds.isId(texts.get(i))
                && personas.indexOf(texts.get(i)) < 0) {
              throw new InvalidJourneyException(at + "[" + i + "]",
                  JourneyIds.quote(texts.get(i)),
                  "is not a persona of the engine's set; its personas are " + personas.ids());
            }
          }
          builder.personas(texts.toArray(new String[0]));
          break;
        default:
          builder.anonymousVisitors(r.bool(at));
          break;
      }
    });
    // The audience's own fields are "audience.rule", "audience.personas[i]": under the intercept.
    String intercept = path.substring(0, path.length() - ".audience".length());
    return StrictReader.build(intercept, builder::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Visitor sessions

  /**
   * @param json a visitor session document
   * @return the session
   * @throws CxException as described in the class documentation
   */
  public VisitorSession readSession(String json) {
    return JsonDocuments.read(json, SESSION, InterceptJson::session);
  }

  /**
   * @param json a visitor session document in UTF-8 (or UTF-16/32, detected); not closed
   * @return the session
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public VisitorSession readSession(InputStream json) {
    return JsonDocuments.read(json, SESSION, InterceptJson::session);
  }

  /**
   * @param session a visitor session
   * @return its document, on one line (without {@code formatVersion}, as a browser sends it)
   */
  public String writeSession(VisitorSession session) {
    Objects.requireNonNull(session, "session");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      gen.writeStringField("personId", session.personId());
      gen.writeStringField("sessionId", session.sessionId());
      gen.writeArrayFieldStart("events");
      for (SessionEvent event : session.events()) {
        gen.writeStartObject();
        gen.writeStringField("at", event.at().toString());
        gen.writeStringField("type", event.type().id());
        gen.writeStringField("page", event.page());
        if (event.name() != null) {
          gen.writeStringField("name", event.name());
        }
        if (event.type() == SessionEventType.SCROLL) {
          gen.writeNumberField("scrollPercent", event.scrollPercent());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  private static VisitorSession session(StrictReader r) throws IOException {
    String[] ids = new String[2];
    List<SessionEvent> events = new ArrayList<>();
    r.object("$", SESSION_MEMBERS, SESSION_REQUIRED, (name, path) -> {
      switch (name) {
        case "formatVersion":
          r.formatVersion(path);
          break;
        case "personId":
          ids[0] = r.text(path);
          break;
        case "sessionId":
          ids[1] = r.text(path);
          break;
        default:
          r.array(path, (i, at) -> events.add(event(r, at)));
          break;
      }
    });
    try {
      return VisitorSession.of(ids[0], ids[1], events);
    } catch (EventOrderException e) {
      // Its own type, for a caller telling disorder from malformed input; the rule names events[i].
      throw e;
    } catch (InvalidValueException e) {
      throw StrictReader.relocated("$", e);
    }
  }

  private static SessionEvent event(StrictReader r, String path) throws IOException {
    Instant[] at = new Instant[1];
    SessionEventType[] type = new SessionEventType[1];
    String[] text = new String[2];
    int[] scroll = new int[1];
    r.object(path, EVENT_MEMBERS, EVENT_REQUIRED, (name, member) -> {
      switch (name) {
        case "at":
          at[0] = instant(r, member);
          break;
        case "type":
          String id = r.text(member);
          try {
            type[0] = SessionEventType.ofId(id);
          } catch (InvalidValueException e) {
            throw r.fail(member, JourneyIds.quote(id) + " is not a session event type; "
                + e.rule());
          }
          break;
        case "page":
          text[0] = r.text(member);
          break;
        case "name":
          text[1] = r.text(member);
          break;
        default:
          scroll[0] = r.integer(member);
          break;
      }
    });
    return StrictReader.build(path,
        () -> new SessionEvent(at[0], type[0], text[0], text[1], scroll[0]));
  }

  // ---------------------------------------------------------------------------------------------
  // Survey histories

  /**
   * @param json a survey history document
   * @return the history
   * @throws CxException as described in the class documentation
   */
  public SurveyHistory readHistory(String json) {
    return JsonDocuments.read(json, HISTORY, InterceptJson::history);
  }

  /**
   * @param json a survey history document in UTF-8 (or UTF-16/32, detected); not closed
   * @return the history
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public SurveyHistory readHistory(InputStream json) {
    return JsonDocuments.read(json, HISTORY, InterceptJson::history);
  }

  /**
   * @param history a survey history
   * @return its document, on one line, with {@code formatVersion}
   */
  public String writeHistory(SurveyHistory history) {
    Objects.requireNonNull(history, "history");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      gen.writeArrayFieldStart("contacts");
      for (SurveyContact contact : history.contacts()) {
        gen.writeStartObject();
        gen.writeStringField("surveyId", contact.surveyId());
        gen.writeStringField("shownAt", contact.shownAt().toString());
        gen.writeStringField("outcome", outcomeId(contact.outcome()));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  private static SurveyHistory history(StrictReader r) throws IOException {
    List<SurveyContact> contacts = new ArrayList<>();
    r.object("$", HISTORY_MEMBERS, HISTORY_REQUIRED, (name, path) -> {
      if (name.equals("formatVersion")) {
        r.formatVersion(path);
      } else {
        r.array(path, (i, at) -> contacts.add(contact(r, at)));
      }
    });
    return SurveyHistory.of(contacts);
  }

  private static SurveyContact contact(StrictReader r, String path) throws IOException {
    String[] survey = new String[1];
    Instant[] shownAt = new Instant[1];
    @Nullable ContactOutcome[] outcome = new ContactOutcome[1];
    r.object(path, CONTACT_MEMBERS, CONTACT_MEMBERS, (name, member) -> {
      switch (name) {
        case "surveyId":
          survey[0] = r.text(member);
          break;
        case "shownAt":
          shownAt[0] = instant(r, member);
          break;
        default:
          String id = r.text(member);
          outcome[0] = outcomeOf(id);
          if (outcome[0] == null) {
            throw r.fail(member, JourneyIds.quote(id)
                + " is not an outcome; must be one of \"shown\", \"dismissed\", \"completed\"");
          }
          break;
      }
    });
    return StrictReader.build(path, () -> new SurveyContact(survey[0], shownAt[0], outcome[0]));
  }

  private static String outcomeId(ContactOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  private static @Nullable ContactOutcome outcomeOf(String id) {
    for (ContactOutcome outcome : ContactOutcome.values()) {
      if (outcomeId(outcome).equals(id)) {
        return outcome;
      }
    }
    return null;
  }

  private static Instant instant(StrictReader r, String path) throws IOException {
    String text = r.text(path);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw r.fail(path, JourneyIds.quote(text)
          + " is not an instant; expected ISO-8601 with a zone offset, such as"
          + " 2026-03-02T10:15:30Z");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions

  /**
   * @param decision an engine's decision
   * @return its document, on one line, as described in the class documentation
   */
  public String writeDecision(InterceptDecision decision) {
    Objects.requireNonNull(decision, "decision");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      gen.writeStringField("at", decision.at().toString());
      Optional<Candidate> shown = decision.shown();
      if (shown.isPresent()) {
        gen.writeObjectFieldStart("show");
        gen.writeStringField("interceptId", shown.get().interceptId());
        gen.writeStringField("surveyId", shown.get().surveyId());
        gen.writeEndObject();
      } else {
        gen.writeNullField("show");
      }
      gen.writeArrayFieldStart("candidates");
      for (Candidate candidate : decision.candidates()) {
        gen.writeStartObject();
        gen.writeStringField("interceptId", candidate.interceptId());
        gen.writeStringField("surveyId", candidate.surveyId());
        gen.writeNumberField("priority", candidate.priority());
        gen.writeBooleanField("shown", candidate.shown());
        gen.writeObjectFieldStart("trigger");
        gen.writeBooleanField("fired", candidate.trigger().fired());
        gen.writeStringField("detail", candidate.trigger().detail());
        gen.writeObjectFieldStart("checks");
        for (Map.Entry<String, TriggerCheck> check : candidate.trigger().checks().entrySet()) {
          gen.writeObjectFieldStart(check.getKey());
          gen.writeBooleanField("fired", check.getValue().fired());
          gen.writeStringField("detail", check.getValue().detail());
          gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeArrayFieldStart("reasons");
        for (Reason reason : candidate.reasons()) {
          writeReason(gen, reason);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  private static void writeReason(JsonGenerator gen, Reason reason) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("reason", reason.code());
    gen.writeStringField("detail", reason.detail());
    if (reason instanceof Reason.NotSampled r) {
      gen.writeNumberField("bucket", r.bucket());
      gen.writeNumberField("samplePercent", r.samplePercent());
    } else if (reason instanceof Reason.CompletedBefore r) {
      gen.writeStringField("completedAt", r.completedAt().toString());
    } else if (reason instanceof Reason.DisplayLimitReached r) {
      gen.writeNumberField("displays", r.displays());
      gen.writeNumberField("maxDisplays", r.maxDisplays());
    } else if (reason instanceof Reason.CoolingDown r) {
      gen.writeStringField("lastSurveyId", r.lastSurveyId());
      gen.writeStringField("lastShownAt", r.lastShownAt().toString());
      gen.writeStringField("until", r.until().toString());
    } else if (reason instanceof Reason.PacingLimitReached r) {
      gen.writeNumberField("displays", r.displays());
      gen.writeNumberField("maxDisplays", r.maxDisplays());
      gen.writeStringField("window", r.window().toString());
    } else if (reason instanceof Reason.Outranked r) {
      gen.writeStringField("interceptId", r.interceptId());
      gen.writeStringField("surveyId", r.surveyId());
      gen.writeNumberField("priority", r.priority());
    }
    // NotTriggered and NotInAudience are their detail alone.
    gen.writeEndObject();
  }

  @Override
  public String toString() {
    return "InterceptJson";
  }
}
