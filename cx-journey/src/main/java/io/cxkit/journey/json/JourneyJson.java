package io.cxkit.journey.json;

import io.cxkit.core.CxException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.Segment;
import io.cxkit.journey.profile.Segmentation;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes journey maps, persona sets and segmentations as JSON, strictly. The documents:
 *
 * <pre>{@code
 * {"formatVersion": 1, "id": "ecommerce", "name": "Online shop",
 *  "stages": [{"id": "purchase", "name": "Purchase"}, …],
 *  "touchpoints": [{"id": "cart", "name": "Cart", "stageId": "purchase", "channel": "web",
 *                   "surveyIds": ["exit-feedback"]}, …]}
 *
 * {"formatVersion": 1,
 *  "personas": [{"id": "loyal", "name": "Loyal regular", "description": "…",
 *                "goals": ["…"], "needs": ["…"], "painPoints": ["…"],
 *                "preferredChannels": ["app", "email"], "priority": 2,
 *                "rule": {"attribute": "orders", "operator": "greater-than", "value": 4}}, …]}
 *
 * {"formatVersion": 1, "attribute": "orders", "cuts": [1, 5]}     (or without "cuts" for a text)
 * {"formatVersion": 1, "segments": [{"id": "new", "rule": {"days-since": "signed-up",
 *                                     "operator": "less-than", "value": 90}}, …]}
 * }</pre>
 *
 * Member names are the model's component names. Channels are their ids ({@code mobile-web},
 * {@code review-site}); rules are cx-survey's condition JSON ({@link SurveyJson#readCondition})
 * over the operand kinds {@code attribute} and {@code days-since}. On reading, a touchpoint's
 * {@code surveyIds}, a persona's {@code description}, lists and {@code priority} may be left out
 * (empty, 0); every other member is required. A persona's {@code priority} ranks overlapping
 * personas: the higher wins ({@link Persona#priority()}). Writing gives every member ({@code surveyIds} only
 * when not empty), on one line, {@code formatVersion} first; reading what was written gives an
 * equal value.
 *
 * <p>Every failure is a {@link CxException}: a {@link SurveyJsonException} naming the JSON path,
 * line and column for malformed JSON, an unknown, missing or repeated member, a value of the wrong
 * JSON type, an unknown channel id, a malformed condition or a missing or unsupported {@code
 * formatVersion}; the model's own {@link io.cxkit.core.InvalidValueException} (an {@link
 * io.cxkit.journey.InvalidJourneyException}, an {@link
 * io.cxkit.survey.condition.InvalidConditionException}) with the JSON path prepended to its field
 * when a well-formed value breaks a rule: {@code $.touchpoints[3].stageId = "checkout": must name a
 * stage of the map; …}, {@code $.personas[1].id = "loyal": duplicates the id of personas[0]; …}.
 * Streams are read as UTF-8 (or UTF-16/32, detected), a leading byte order mark is skipped, and
 * sources are not closed; an I/O failure is rethrown as {@link UncheckedIOException}. Immutable and
 * thread-safe.
 */
public final class JourneyJson {
  private static final JourneyJson STANDARD = new JourneyJson();

  private static final List<String> MAP_MEMBERS =
      List.of("formatVersion", "id", "name", "stages", "touchpoints");
  private static final List<String> STAGE_MEMBERS = List.of("id", "name");
  private static final List<String> TOUCHPOINT_MEMBERS =
      List.of("id", "name", "stageId", "channel", "surveyIds");
  private static final List<String> TOUCHPOINT_REQUIRED = List.of("id", "name", "stageId", "channel");
  private static final List<String> PERSONAS_MEMBERS = List.of("formatVersion", "personas");
  private static final List<String> PERSONA_MEMBERS = List.of("id", "name", "description", "goals",
      "needs", "painPoints", "preferredChannels", "priority", "rule");
  private static final List<String> PERSONA_REQUIRED = List.of("id", "name", "rule");
  private static final List<String> SEGMENTATION_MEMBERS =
      List.of("formatVersion", "attribute", "cuts", "segments");
  private static final List<String> SEGMENT_MEMBERS = List.of("id", "rule");

  private static final String MAP = "a journey map document";
  private static final String PERSONAS = "a persona set document";
  private static final String SEGMENTATION = "a segmentation document";

  private JourneyJson() {}

  /** @return the JSON of journey maps, persona sets and segmentations */
  public static JourneyJson standard() {
    return STANDARD;
  }

  // ---------------------------------------------------------------------------------------------
  // Journey maps

  /**
   * @param map a journey map
   * @return its document, on one line
   */
  public String writeMap(JourneyMap map) {
    Objects.requireNonNull(map, "map");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      gen.writeStringField("id", map.id());
      gen.writeStringField("name", map.name());
      gen.writeArrayFieldStart("stages");
      for (Stage stage : map.stages()) {
        gen.writeStartObject();
        gen.writeStringField("id", stage.id());
        gen.writeStringField("name", stage.name());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("touchpoints");
      for (Touchpoint touchpoint : map.touchpoints()) {
        gen.writeStartObject();
        gen.writeStringField("id", touchpoint.id());
        gen.writeStringField("name", touchpoint.name());
        gen.writeStringField("stageId", touchpoint.stageId());
        gen.writeStringField("channel", touchpoint.channel().id());
        if (!touchpoint.surveyIds().isEmpty()) {
          JsonDocuments.writeTexts(gen, "surveyIds", touchpoint.surveyIds());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  /**
   * @param json a journey map document
   * @return the map
   * @throws CxException as described in the class documentation
   */
  public JourneyMap readMap(String json) {
    return JsonDocuments.read(json, MAP, JourneyJson::map);
  }

  /**
   * @param json a journey map document; not closed
   * @return the map
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public JourneyMap readMap(Reader json) {
    return JsonDocuments.read(json, MAP, JourneyJson::map);
  }

  /**
   * @param json a journey map document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the map
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public JourneyMap readMap(InputStream json) {
    return JsonDocuments.read(json, MAP, JourneyJson::map);
  }

  private static JourneyMap map(StrictReader r) throws IOException {
    String[] text = new String[2];
    List<Stage> stages = new ArrayList<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    r.object("$", MAP_MEMBERS, MAP_MEMBERS, (name, path) -> {
      switch (name) {
        case "formatVersion":
          r.formatVersion(path);
          break;
        case "id":
          text[0] = r.text(path);
          break;
        case "name":
          text[1] = r.text(path);
          break;
        case "stages":
          r.array(path, (i, at) -> stages.add(stage(r, at)));
          break;
        default:
          r.array(path, (i, at) -> touchpoints.add(touchpoint(r, at)));
          break;
      }
    });
    return StrictReader.build("$", () -> JourneyMap.of(text[0], text[1], stages, touchpoints));
  }

  private static Stage stage(StrictReader r, String path) throws IOException {
    String[] text = new String[2];
    r.object(path, STAGE_MEMBERS, STAGE_MEMBERS, (name, at) -> {
      text[name.equals("id") ? 0 : 1] = r.text(at);
    });
    return StrictReader.build(path, () -> new Stage(text[0], text[1]));
  }

  private static Touchpoint touchpoint(StrictReader r, String path) throws IOException {
    String[] text = new String[3];
    Channel[] channel = new Channel[1];
    List<String> surveys = new ArrayList<>();
    r.object(path, TOUCHPOINT_MEMBERS, TOUCHPOINT_REQUIRED, (name, at) -> {
      switch (name) {
        case "id":
          text[0] = r.text(at);
          break;
        case "name":
          text[1] = r.text(at);
          break;
        case "stageId":
          text[2] = r.text(at);
          break;
        case "channel":
          channel[0] = r.channel(at);
          break;
        default:
          surveys.addAll(r.texts(at));
          break;
      }
    });
    return StrictReader.build(path,
        () -> new Touchpoint(text[0], text[1], text[2], channel[0], surveys));
  }

  // ---------------------------------------------------------------------------------------------
  // Personas

  /**
   * @param personas a persona set
   * @return its document, on one line, every member of every persona given
   * @throws SurveyJsonException at {@code $} if a rule is nested beyond Jackson's write limit
   *     (1000 levels)
   */
  public String writePersonas(PersonaSet personas) {
    Objects.requireNonNull(personas, "personas");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      gen.writeArrayFieldStart("personas");
      for (Persona persona : personas.personas()) {
        gen.writeStartObject();
        gen.writeStringField("id", persona.id());
        gen.writeStringField("name", persona.name());
        gen.writeStringField("description", persona.description());
        JsonDocuments.writeTexts(gen, "goals", persona.goals());
        JsonDocuments.writeTexts(gen, "needs", persona.needs());
        JsonDocuments.writeTexts(gen, "painPoints", persona.painPoints());
        gen.writeArrayFieldStart("preferredChannels");
        for (Channel channel : persona.preferredChannels()) {
          gen.writeString(channel.id());
        }
        gen.writeEndArray();
        gen.writeNumberField("priority", persona.priority());
        gen.writeFieldName("rule");
        JsonDocuments.writeCondition(gen, persona.rule());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }

  /**
   * @param json a persona set document
   * @return the persona set
   * @throws CxException as described in the class documentation
   */
  public PersonaSet readPersonas(String json) {
    return JsonDocuments.read(json, PERSONAS, JourneyJson::personas);
  }

  /**
   * @param json a persona set document; not closed
   * @return the persona set
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public PersonaSet readPersonas(Reader json) {
    return JsonDocuments.read(json, PERSONAS, JourneyJson::personas);
  }

  /**
   * @param json a persona set document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the persona set
   * @throws CxException as described in the class documentation
   * @throws UncheckedIOException if reading fails
   */
  public PersonaSet readPersonas(InputStream json) {
    return JsonDocuments.read(json, PERSONAS, JourneyJson::personas);
  }

  private static PersonaSet personas(StrictReader r) throws IOException {
    List<Persona> personas = new ArrayList<>();
    r.object("$", PERSONAS_MEMBERS, PERSONAS_MEMBERS, (name, path) -> {
      if (name.equals("formatVersion")) {
        r.formatVersion(path);
      } else {
        r.array(path, (i, at) -> personas.add(persona(r, at)));
      }
    });
    return StrictReader.build("$", () -> PersonaSet.of(personas));
  }

  private static Persona persona(StrictReader r, String path) throws IOException {
    String[] text = {null, null, ""};
    List<List<String>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<Channel> channels = new ArrayList<>();
    int[] priority = new int[1];
    Condition[] rule = new Condition[1];
    r.object(path, PERSONA_MEMBERS, PERSONA_REQUIRED, (name, at) -> {
      switch (name) {
        case "id":
          text[0] = r.text(at);
          break;
        case "name":
          text[1] = r.text(at);
          break;
        case "description":
          text[2] = r.text(at);
          break;
        case "goals":
          lists.get(0).addAll(r.texts(at));
          break;
        case "needs":
          lists.get(1).addAll(r.texts(at));
          break;
        case "painPoints":
          lists.get(2).addAll(r.texts(at));
          break;
        case "preferredChannels":
          r.array(at, (i, element) -> channels.add(r.channel(element)));
          break;
        case "priority":
          priority[0] = r.integer(at);
          break;
        default:
          rule[0] = r.condition(at);
          break;
      }
    });
    return StrictReader.build(path, () -> new Persona(text[0], text[1], text[2], lists.get(0),
        lists.get(1), lists.get(2), channels, rule[0], priority[0]));
  }

  // ---------------------------------------------------------------------------------------------
  // Segmentations

  /**
   * @param segmentation a segmentation
   * @return its document, on one line: {@code attribute} (with {@code cuts} when it bins numbers)
   *     or {@code segments}
   * @throws SurveyJsonException at {@code $} if a rule is nested beyond Jackson's write limit
   *     (1000 levels)
   */
  public String writeSegmentation(Segmentation segmentation) {
    Objects.requireNonNull(segmentation, "segmentation");
    return JsonDocuments.write(gen -> {
      gen.writeStartObject();
      JsonDocuments.writeFormatVersion(gen);
      if (segmentation instanceof Segmentation.ByAttribute byAttribute) {
        gen.writeStringField("attribute", byAttribute.attribute());
        if (!byAttribute.cuts().isEmpty()) {
          gen.writeArrayFieldStart("cuts");
          for (double cut : byAttribute.cuts()) {
            JsonDocuments.writeNumber(gen, cut);
          }
          gen.writeEndArray();
        }
      } else {
        gen.writeArrayFieldStart("segments");
        for (Segment segment : ((Segmentation.ByRules) segmentation).segments()) {
          gen.writeStartObject();
          gen.writeStringField("id", segment.id());
          gen.writeFieldName("rule");
          JsonDocuments.writeCondition(gen, segment.rule());
          gen.writeEndObject();
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
    });
  }

  /**
   * @param json a segmentation document: {@code attribute} (and {@code cuts} to bin a number
   *     attribute) or {@code segments}, not both
   * @return the segmentation
   * @throws CxException as described in the class documentation
   */
  public Segmentation readSegmentation(String json) {
    return JsonDocuments.read(json, SEGMENTATION, JourneyJson::segmentation);
  }

  /**
   * @param json a segmentation document; not closed
   * @return the segmentation
   * @throws CxException as described in {@link #readSegmentation(String)}
   * @throws UncheckedIOException if reading fails
   */
  public Segmentation readSegmentation(Reader json) {
    return JsonDocuments.read(json, SEGMENTATION, JourneyJson::segmentation);
  }

  /**
   * @param json a segmentation document in UTF-8 (or UTF-16/32 with a byte order mark); not closed
   * @return the segmentation
   * @throws CxException as described in {@link #readSegmentation(String)}
   * @throws UncheckedIOException if reading fails
   */
  public Segmentation readSegmentation(InputStream json) {
    return JsonDocuments.read(json, SEGMENTATION, JourneyJson::segmentation);
  }

  private static Segmentation segmentation(StrictReader r) throws IOException {
    String[] attribute = new String[1];
    List<Double> cuts = new ArrayList<>();
    boolean[] hasCuts = new boolean[1];
    List<Segment> segments = new ArrayList<>();
    boolean[] hasSegments = new boolean[1];
    r.object("$", SEGMENTATION_MEMBERS, List.of("formatVersion"), (name, path) -> {
      switch (name) {
        case "formatVersion":
          r.formatVersion(path);
          break;
        case "attribute":
          attribute[0] = r.text(path);
          break;
        case "cuts":
          hasCuts[0] = true;
          r.array(path, (i, at) -> cuts.add(r.number(at)));
          break;
        default:
          hasSegments[0] = true;
          r.array(path, (i, at) -> segments.add(segment(r, at)));
          break;
      }
      if (hasSegments[0] && (attribute[0] != null || hasCuts[0])) {
        throw r.fail(path, "a segmentation is by \"attribute\" (with \"cuts\" for numbers) or by"
            + " \"segments\", not both");
      }
    });
    if (hasSegments[0]) {
      return StrictReader.build("$", () -> Segmentation.byRules(segments));
    }
    if (attribute[0] == null) {
      throw r.fail("$", hasCuts[0] ? "member \"attribute\" is missing; \"cuts\" bin an attribute"
          : "member \"attribute\" or \"segments\" is missing; a segmentation needs one");
    }
    if (hasCuts[0] && cuts.isEmpty()) {
      throw r.fail("$.cuts", "\"cuts\" must hold at least one boundary; leave it out to segment"
          + " a text attribute by value");
    }
    return StrictReader.build("$", () -> new Segmentation.ByAttribute(attribute[0], cuts));
  }

  private static Segment segment(StrictReader r, String path) throws IOException {
    String[] id = new String[1];
    Condition[] rule = new Condition[1];
    r.object(path, SEGMENT_MEMBERS, SEGMENT_MEMBERS, (name, at) -> {
      if (name.equals("id")) {
        id[0] = r.text(at);
      } else {
        rule[0] = r.condition(at);
      }
    });
    return StrictReader.build(path, () -> new Segment(id[0], rule[0]));
  }

  @Override
  public String toString() {
    return "JourneyJson";
  }
}
