package io.cxkit.sample.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.cxkit.sample.Headline;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.ShopSample;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The manifest of a written sample, {@code sample.json}: what was generated (seed, customers,
 * period, zone), which file holds what, how many records each holds, and the headline ranges the
 * figures fall in. A reader finds every file from it, with paths relative to the manifest's
 * directory and separated by {@code /} on every system.
 *
 * <pre>{@code
 * {
 *   "format": "cxkit-sample",
 *   "formatVersion": 1,
 *   "seed": 42,
 *   "customers": 10000,
 *   "start": "2026-01-01",
 *   "months": 12,
 *   "zone": "Europe/Berlin",
 *   "end": "2026-12-31T23:00:00Z",
 *   "recordFormat": "jsonl",
 *   "files": {"journeyMap": "journey.json", "personas": "personas.json",
 *             "surveys": {"post-purchase": "surveys/post-purchase.json", …},
 *             "profiles": "profiles.jsonl", "events": "events.jsonl",
 *             "responses": {"post-purchase": "responses/post-purchase.jsonl", …}},
 *   "counts": {"profiles": 10000, "events": …, "responses": {"post-purchase": …, …}},
 *   "headlines": [{"id": "cart-abandonment", "description": …, "low": …, "high": …,
 *                  "unit": "%"}, …]
 * }
 * }</pre>
 *
 * <p>It holds no time of writing and no machine path, so the same sample gives the same bytes.
 *
 * @param sample the sample written
 * @param format the format of the record files
 * @param surveys the survey documents' paths by survey id, in the sample's order
 * @param profiles the profiles' path
 * @param events the events' path
 * @param responses the response files' paths by survey id, in the sample's order
 * @param profileCount the profiles written
 * @param eventCount the events written
 * @param responseCounts the responses written by survey id, in the sample's order
 */
record Manifest(ShopSample sample, SampleFormat format, Map<String, String> surveys,
    String profiles, String events, Map<String, String> responses, long profileCount,
    long eventCount, Map<String, Long> responseCounts) {

  /** The value of {@code format}: what kind of document this is. */
  static final String FORMAT = "cxkit-sample";

  /** The value of {@code formatVersion}; a later layout that old readers misread gets another. */
  static final int FORMAT_VERSION = 1;

  /**
   * The factory of the generator. The fast double writer (Schubfach) gives the shortest decimal
   * of a double on every JVM, where {@link Double#toString(double)} changed in Java 19.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  /** Copies the maps, keeping their order. */
  Manifest {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(format, "format");
    surveys = Collections.unmodifiableMap(new LinkedHashMap<>(surveys));
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(events, "events");
    responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    responseCounts = Collections.unmodifiableMap(new LinkedHashMap<>(responseCounts));
  }

  /** @return the manifest as a JSON document, indented by two spaces, lines ending in {@code \n} */
  String toJson() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(printer());
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeNumberField("seed", sample.seed());
      json.writeNumberField("customers", sample.customers());
      json.writeStringField("start", sample.start().toString());
      json.writeNumberField("months", sample.months());
      json.writeStringField("zone", sample.zone().getId());
      json.writeStringField("end", sample.end().toString());
      json.writeStringField("recordFormat", format.extension());

      json.writeObjectFieldStart("files");
      json.writeStringField("journeyMap", SampleWriter.JOURNEY_MAP);
      json.writeStringField("personas", SampleWriter.PERSONAS);
      writeTexts(json, "surveys", surveys);
      json.writeStringField("profiles", profiles);
      json.writeStringField("events", events);
      writeTexts(json, "responses", responses);
      json.writeEndObject();

      json.writeObjectFieldStart("counts");
      json.writeNumberField("profiles", profileCount);
      json.writeNumberField("events", eventCount);
      json.writeObjectFieldStart("responses");
      for (Map.Entry<String, Long> entry : responseCounts.entrySet()) {
        json.writeNumberField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();

      json.writeArrayFieldStart("headlines");
      for (Headline headline : ShopSample.headlines()) {
        json.writeStartObject();
        json.writeStringField("id", headline.id());
        json.writeStringField("description", headline.description());
        json.writeNumberField("low", headline.low());
        json.writeNumberField("high", headline.high());
        json.writeStringField("unit", headline.unit());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail; Jackson declares the exception for other targets.
      throw new UncheckedIOException("the manifest could not be written", e);
    }
    return text.append('\n').toString();
  }

  private static void writeTexts(JsonGenerator json, String name, Map<String, String> texts)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  /**
   * Jackson's default printer ends lines with the system's line separator and puts a space before
   * each colon; this one ends them with {@code \n} on every system, as {@code "name": value}.
   */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
