package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.SummaryOptions;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.summary.Trend;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a {@link GroupedSummary} and a {@link Trend}: each holds survey summary
 * documents ({@link SummarySerde}) by group label or by period start.
 *
 * <ul>
 *   <li>{@code {"formatVersion":1,"kind":"grouped-survey-summary","key":"variant",
 *       "withoutKey":{…},"groups":[{"label":"A","summary":{…}}, …]}}, groups in label order;
 *   <li>{@code {"formatVersion":1,"kind":"survey-trend","unit":"iso-week","zone":"Europe/Berlin",
 *       "options":{…},"periods":[{"start":"2026-11-30","summary":{…}}, …]}}, the periods that
 *       hold responses or displays in date order (the gaps between them are empty and not written).
 * </ul>
 *
 * <p>Both are read for the survey their summaries are of, given as the {@link
 * SummarySerde#SURVEY} attribute, as a survey summary is.
 */
final class GroupedSerde {
  static final String GROUPED_KIND = "grouped-survey-summary";
  static final String TREND_KIND = "survey-trend";

  private GroupedSerde() {}

  /** Writes a grouped summary: the key's name, the responses without a group, then each group. */
  static final class GroupedSerializer extends StdSerializer<GroupedSummary> {
    private static final long serialVersionUID = 1L;

    GroupedSerializer() {
      super(GroupedSummary.class);
    }

    @Override
    public void serialize(GroupedSummary grouped, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(grouped);
      gen.writeNumberField("formatVersion", DocumentDeserializer.FORMAT_VERSION);
      gen.writeStringField("kind", GROUPED_KIND);
      gen.writeStringField("key", grouped.keyName());
      provider.defaultSerializeField("withoutKey", grouped.withoutKey(), gen);
      gen.writeArrayFieldStart("groups");
      for (Map.Entry<String, SurveySummary> group : grouped.groups().entrySet()) {
        gen.writeStartObject();
        gen.writeStringField("label", group.getKey());
        provider.defaultSerializeField("summary", group.getValue(), gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** Writes a trend: its unit, zone and options, then each period that holds anything. */
  static final class TrendSerializer extends StdSerializer<Trend> {
    private static final long serialVersionUID = 1L;

    TrendSerializer() {
      super(Trend.class);
    }

    @Override
    public void serialize(Trend trend, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(trend);
      gen.writeNumberField("formatVersion", DocumentDeserializer.FORMAT_VERSION);
      gen.writeStringField("kind", TREND_KIND);
      gen.writeStringField("unit", trend.unit().id());
      gen.writeStringField("zone", trend.zone().getId());
      provider.defaultSerializeField("options", trend.options(), gen);
      gen.writeArrayFieldStart("periods");
      for (Map.Entry<LocalDate, SurveySummary> period : trend.periods().entrySet()) {
        SurveySummary summary = period.getValue();
        if (summary.isEmpty() && summary.displays().isEmpty()) {
          continue; // a gap: Trend.of fills it again
        }
        gen.writeStartObject();
        gen.writeStringField("start", period.getKey().toString());
        provider.defaultSerializeField("summary", summary, gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** One entry of a document's array: a group's label or a period's start, and its summary. */
  private record Entry<K>(K key, SurveySummary summary) {}

  /** Reads a grouped summary document for the survey in the {@link SummarySerde#SURVEY} attribute. */
  static final class GroupedDeserializer extends DocumentDeserializer<GroupedSummary> {
    private static final long serialVersionUID = 1L;
    private static final List<String> MEMBERS =
        List.of("formatVersion", "kind", "key", "withoutKey", "groups");
    private final EntryDeserializer<String> entries = new EntryDeserializer<>("label",
        (p, ctxt, self) -> self.value(p, ctxt, String.class));

    GroupedDeserializer() {
      super(GroupedSummary.class, "a grouped survey summary document", MEMBERS);
    }

    private GroupedDeserializer(GroupedDeserializer template) {
      super(template);
    }

    @Override
    GroupedDeserializer contextualCopy() {
      return new GroupedDeserializer(this);
    }

    @Override
    public GroupedSummary deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean versioned = false;
      boolean kinded = false;
      String key = null;
      SurveySummary withoutKey = null;
      Map<String, SurveySummary> groups = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "formatVersion":
              formatVersion(p, ctxt);
              versioned = true;
              break;
            case "kind":
              kind(p, ctxt, GROUPED_KIND);
              kinded = true;
              break;
            case "key":
              key = value(p, ctxt, String.class);
              break;
            case "withoutKey":
              withoutKey = value(p, ctxt, SurveySummary.class);
              break;
            default: // "groups"
              groups = p.hasToken(JsonToken.VALUE_NULL) ? null : entries(this, entries, p, ctxt);
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(versioned ? Boolean.TRUE : null, "formatVersion", ctxt);
      require(kinded ? Boolean.TRUE : null, "kind", ctxt);
      String keyName = require(key, "key", ctxt);
      SurveySummary rest = require(withoutKey, "withoutKey", ctxt);
      Map<String, SurveySummary> byLabel = require(groups, "groups", ctxt);
      try {
        return GroupedSummary.of(keyName, rest, byLabel);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }
  }

  /** Reads a trend document for the survey in the {@link SummarySerde#SURVEY} attribute. */
  static final class TrendDeserializer extends DocumentDeserializer<Trend> {
    private static final long serialVersionUID = 1L;
    private static final List<String> MEMBERS =
        List.of("formatVersion", "kind", "unit", "zone", "options", "periods");
    private final transient QuestionTypeRegistry registry;
    private final EntryDeserializer<LocalDate> entries = new EntryDeserializer<>("start",
        (p, ctxt, self) -> {
          String text = self.value(p, ctxt, String.class);
          if (text == null) {
            return null;
          }
          try {
            return LocalDate.parse(text);
          } catch (DateTimeException e) {
            return ctxt.reportInputMismatch(self, "%s is not an ISO-8601 date such as 2026-11-30",
                Ids.quote(text));
          }
        });

    TrendDeserializer(QuestionTypeRegistry registry) {
      super(Trend.class, "a survey trend document", MEMBERS);
      this.registry = registry;
    }

    private TrendDeserializer(TrendDeserializer template) {
      super(template);
      this.registry = template.registry;
    }

    @Override
    TrendDeserializer contextualCopy() {
      return new TrendDeserializer(this);
    }

    @Override
    public Trend deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object given = ctxt.getAttribute(SummarySerde.SURVEY);
      if (!(given instanceof Survey)) {
        return ctxt.reportInputMismatch(this, "a trend is read for the survey it summarises:"
            + " use SurveyJson.readTrend(json, survey)");
      }
      boolean versioned = false;
      boolean kinded = false;
      Period unit = null;
      ZoneId zone = null;
      SummaryOptions options = null;
      Map<LocalDate, SurveySummary> periods = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "formatVersion":
              formatVersion(p, ctxt);
              versioned = true;
              break;
            case "kind":
              kind(p, ctxt, TREND_KIND);
              kinded = true;
              break;
            case "unit":
              unit = unit(p, ctxt);
              break;
            case "zone":
              zone = zone(p, ctxt);
              break;
            case "options":
              options = value(p, ctxt, SummaryOptions.class);
              break;
            default: // "periods"
              periods = p.hasToken(JsonToken.VALUE_NULL) ? null : entries(this, entries, p, ctxt);
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(versioned ? Boolean.TRUE : null, "formatVersion", ctxt);
      require(kinded ? Boolean.TRUE : null, "kind", ctxt);
      Period period = require(unit, "unit", ctxt);
      ZoneId in = require(zone, "zone", ctxt);
      SummaryOptions counted = require(options, "options", ctxt);
      Map<LocalDate, SurveySummary> byStart = require(periods, "periods", ctxt);
      try {
        return Trend.of((Survey) given, counted, registry, period, in, byStart);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }

    private @org.jspecify.annotations.Nullable Period unit(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String id = value(p, ctxt, String.class);
      if (id == null) {
        return null;
      }
      try {
        return Period.ofId(id);
      } catch (RuntimeException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    private @org.jspecify.annotations.Nullable ZoneId zone(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String id = value(p, ctxt, String.class);
      if (id == null) {
        return null;
      }
      try {
        return ZoneId.of(id);
      } catch (DateTimeException e) {
        return ctxt.reportInputMismatch(this, "%s is not a zone id such as Europe/Berlin or"
            + " +01:00: %s", Ids.quote(id), e.getMessage());
      }
    }
  }

  /** Reads an array of entries into a map, refusing a key given twice. */
  private static <K> Map<K, SurveySummary> entries(DocumentDeserializer<?> self,
      EntryDeserializer<K> entries, JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      return ctxt.reportInputMismatch(self, "expected a JSON array, found %s",
          JsonPaths.describe(p.currentToken()));
    }
    Map<K, SurveySummary> out = new LinkedHashMap<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        Entry<K> entry = entries.deserialize(p, ctxt);
        if (out.putIfAbsent(entry.key(), entry.summary()) != null) {
          ctxt.reportInputMismatch(self, "%s %s is given twice; each appears once",
              entries.keyMember, Ids.quote(entry.key().toString()));
        }
      } catch (Exception e) {
        throw DocumentDeserializer.atIndex(e, i);
      }
      i++;
    }
    return out;
  }

  /** Reads the key of an entry from its current member. */
  @FunctionalInterface
  private interface KeyReader<K> {
    @org.jspecify.annotations.Nullable K read(JsonParser p, DeserializationContext ctxt,
        EntryDeserializer<K> self) throws IOException;
  }

  /** Reads {@code {"<key member>": …, "summary": {…}}}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final class EntryDeserializer<K> extends DocumentDeserializer<Entry<K>> {
    private static final long serialVersionUID = 1L;
    private final String keyMember;
    private final transient KeyReader<K> keyReader;

    EntryDeserializer(String keyMember, KeyReader<K> keyReader) {
      super((Class) Entry.class, "an entry {\"" + keyMember + "\": …, \"summary\": {…}}",
          List.of(keyMember, "summary"));
      this.keyMember = keyMember;
      this.keyReader = keyReader;
    }

    @Override
    EntryDeserializer<K> contextualCopy() {
      return this; // used directly, never looked up by Jackson
    }

    @Override
    public Entry<K> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      K key = null;
      SurveySummary summary = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          if (name.equals(keyMember)) {
            key = keyReader.read(p, ctxt, this);
          } else {
            summary = value(p, ctxt, SurveySummary.class);
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      return new Entry<>(require(key, keyMember, ctxt), require(summary, "summary", ctxt));
    }
  }
}
