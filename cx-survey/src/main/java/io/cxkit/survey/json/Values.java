package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** JSON forms of the model's plain values: locales, instants and localized texts. */
final class Values {
  private Values() {}

  /** @return the BCP 47 tag of a locale, as written in JSON */
  static String tag(Locale locale) {
    return locale.toLanguageTag();
  }

  /** A locale as its BCP 47 language tag, such as {@code ru-RU}. */
  static final class LocaleSerializer extends StdScalarSerializer<Locale> {
    private static final long serialVersionUID = 1L;

    LocaleSerializer() {
      super(Locale.class);
    }

    @Override
    public void serialize(Locale value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(tag(value));
    }
  }

  /** Reads a well-formed BCP 47 language tag; refuses Java's {@code en_US} form. */
  static final class LocaleDeserializer extends StdScalarDeserializer<Locale> {
    private static final long serialVersionUID = 1L;

    LocaleDeserializer() {
      super(Locale.class);
    }

    @Override
    public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(this, "expected a BCP 47 language tag as a string, found %s",
            JsonPaths.describe(p.currentToken()));
      }
      String text = p.getText();
      try {
        if (text.isBlank()) {
          throw new IllformedLocaleException("blank");
        }
        new Locale.Builder().setLanguageTag(text);
        // forLanguageTag maps private-use variants back the way toLanguageTag wrote them.
        return Locale.forLanguageTag(text);
      } catch (IllformedLocaleException e) {
        return ctxt.reportInputMismatch(this,
            "%s is not a well-formed BCP 47 language tag such as \"en\", \"ru-RU\" or \"zh-Hans\"",
            Ids.quote(text));
      }
    }
  }

  /** An instant as ISO-8601 text in UTC, such as {@code 2026-11-30T10:15:00Z}. */
  static final class InstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads an ISO-8601 instant; refuses numbers and local date-times without a zone. */
  static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(this,
            "expected an ISO-8601 instant as a string such as \"2026-11-30T10:15:00Z\", found %s",
            JsonPaths.describe(p.currentToken()));
      }
      String text = p.getText();
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        return ctxt.reportInputMismatch(this,
            "%s is not an ISO-8601 instant in UTC such as \"2026-11-30T10:15:00Z\"", Ids.quote(text));
      }
    }
  }

  /** A localized text as an object of language tag to text. */
  static final class LocalizedTextSerializer extends StdSerializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    LocalizedTextSerializer() {
      super(LocalizedText.class);
    }

    @Override
    public void serialize(LocalizedText value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      for (Map.Entry<String, String> entry : value.texts().entrySet()) {
        gen.writeStringField(entry.getKey(), entry.getValue());
      }
      gen.writeEndObject();
    }
  }

  /**
   * Reads an object of language tag to text. The text's own rules (well-formed tags, no blank
   * text) are reported with paths relative to the object: {@code en}, not {@code texts.en}.
   */
  static final class LocalizedTextDeserializer extends StdDeserializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    LocalizedTextDeserializer() {
      super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String name;
      if (p.isExpectedStartObjectToken()) {
        name = p.nextFieldName();
      } else if (p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT)) {
        name = p.currentName();
      } else {
        return ctxt.reportInputMismatch(this,
            "expected a localized text: an object of language tag to text such as {\"en\": \"…\"},"
                + " found %s", JsonPaths.describe(p.currentToken()));
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (; name != null; name = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        if (value != JsonToken.VALUE_STRING) {
          return ctxt.reportInputMismatch(this, "the text for \"%s\" must be a string, found %s",
              name, JsonPaths.describe(value));
        }
        texts.put(name, p.getText());
      }
      try {
        return new LocalizedText(texts);
      } catch (InvalidValueException e) {
        String field = e.field();
        String relative = field.equals("texts") ? "" : field.startsWith("texts.")
            ? field.substring("texts.".length()) : field;
        InvalidValueException located = new InvalidValueException(relative, e.value(), e.rule());
        located.initCause(e);
        throw located;
      }
    }
  }
}
