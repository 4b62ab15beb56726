package io.cxkit.journey.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.internal.io.AbstractRecordReader.Parsed;
import io.cxkit.survey.internal.io.JsonLinesSource;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The events of a JSON Lines source, one per non-blank line, read strictly. */
final class JsonEventSource implements EventSource {
  static final String MEMBERS = "customerId, sessionId, touchpointId, at, kind, attributes";
  static final String INSTANT_RULE = "must be an ISO-8601 date-time with an offset, such as"
      + " 2026-03-01T10:00:00Z or 2026-03-01T11:00:00+01:00";

  private static final Set<String> MEMBER_SET =
      Set.of("customerId", "sessionId", "touchpointId", "at", "kind", "attributes");
  private final JsonLinesSource lines;
  private final boolean ignoreUnknownMembers;
  private final EventKinds kinds;

  JsonEventSource(JsonLinesSource lines, boolean ignoreUnknownMembers, EventKinds kinds) {
    this.lines = lines;
    this.ignoreUnknownMembers = ignoreUnknownMembers;
    this.kinds = kinds;
  }

  @Override
  public @Nullable Parsed<JourneyEvent> next() throws IOException {
    while (lines.next()) {
      if (lines.blank()) {
        continue;
      }
      long line = lines.number();
      CxException problem = lines.problem();
      if (problem != null) {
        return lines.fatal() ? Parsed.fatal(line, line, problem) : Parsed.bad(line, line, problem);
      }
      String text = lines.text();
      if (text == null) {
        throw new IllegalStateException("a line that is neither blank, bad nor text");
      }
      try {
        return Parsed.of(line, line, parse(text, line));
      } catch (CxException e) {
        return Parsed.bad(line, line, e);
      }
    }
    return null;
  }

  private JourneyEvent parse(String text, long number) throws IOException {
    try (JsonLine in = JsonLine.of(text, number)) {
      try {
        return read(in);
      } catch (JsonProcessingException e) {
        throw in.malformed(e);
      }
    }
  }

  private JourneyEvent read(JsonLine in) throws IOException {
    if (in.next() != JsonToken.START_OBJECT) {
      throw in.problem("$", "must be a JSON object, one event per line, not " + in.type());
    }
    String customerId = null;
    String sessionId = null;
    String touchpointId = null;
    Instant at = null;
    EventKind kind = null;
    Map<String, String> attributes = Map.of();
    JsonToken token;
    while ((token = in.next()) == JsonToken.FIELD_NAME) {
      String name = in.name();
      String path = JsonPaths.member("$", name);
      in.path = path;
      if (!ignoreUnknownMembers && !MEMBER_SET.contains(name)) {
        throw in.problem(path, "is not a member of an event; its members are " + MEMBERS);
      }
      in.next();
      switch (name) {
        case "customerId":
          customerId = in.string(path);
          break;
        case "sessionId":
          sessionId = in.parser().currentToken() == JsonToken.VALUE_NULL ? null : in.string(path);
          break;
        case "touchpointId":
          touchpointId = in.string(path);
          break;
        case "at":
          at = instant(in, path);
          break;
        case "kind":
          String word = in.string(path);
          try {
            kind = kinds.of(word, false);
          } catch (InvalidValueException e) {
            throw in.problem(path, JourneyIds.quote(word) + " " + e.rule(), e);
          }
          break;
        case "attributes":
          attributes = attributes(in, path);
          break;
        default:
          in.skip();
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw in.problem(in.path, "is not well-formed JSON: the object is not closed");
    }
    in.end();
    requirePresent(in, "customerId", customerId);
    requirePresent(in, "touchpointId", touchpointId);
    requirePresent(in, "at", at);
    requirePresent(in, "kind", kind);
    try {
      return new JourneyEvent(customerId, sessionId, touchpointId, at, kind, attributes);
    } catch (InvalidValueException e) {
      throw in.problem(JsonPaths.member("$", e.field()), e.value() + " " + e.rule(), e);
    }
  }

  private static void requirePresent(JsonLine in, String member, @Nullable Object value) {
    if (value == null) {
      throw in.problem("$", "lacks the member " + member + ": every event has customerId,"
          + " touchpointId, at and kind");
    }
  }

  private static Instant instant(JsonLine in, String path) throws IOException {
    String text = in.string(path);
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw in.problem(path, JourneyIds.quote(text) + " " + INSTANT_RULE);
    }
  }

  private static Map<String, String> attributes(JsonLine in, String path) throws IOException {
    if (in.parser().currentToken() != JsonToken.START_OBJECT) {
      throw in.problem(path, "must be an object of texts by name, not " + in.type());
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.name();
      String at = JsonPaths.member(path, name);
      in.path = at;
      in.next();
      out.put(name, in.string(at));
    }
    in.path = path;
    return out;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
