package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The response document: {@code formatVersion} first, then the record's components in order. An
 * empty context is left out, as are a context's empty attributes; both read back as empty.
 */
final class ResponseSerde {
  static final List<String> MEMBERS = List.of("formatVersion", "id", "surveyId", "surveyVersion",
      "respondent", "submittedAt", "status", "lastQuestionSeen", "context", "answers");

  static final List<String> CONTEXT_MEMBERS = List.of("touchpointId", "channel", "pageUrl",
      "device", "locale", "variant", "attributes");

  private ResponseSerde() {}

  static final class Serializer extends StdSerializer<Response> {
    private static final long serialVersionUID = 1L;
    private final transient QuestionTypeRegistry registry;

    Serializer(QuestionTypeRegistry registry) {
      super(Response.class);
      this.registry = registry;
    }

    @Override
    public void serialize(Response response, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(response);
      gen.writeNumberField("formatVersion", DocumentDeserializer.FORMAT_VERSION);
      gen.writeStringField("id", response.id());
      gen.writeStringField("surveyId", response.surveyId());
      gen.writeNumberField("surveyVersion", response.surveyVersion());
      if (response.respondent() != null) {
        provider.defaultSerializeField("respondent", response.respondent(), gen);
      }
      provider.defaultSerializeField("submittedAt", response.submittedAt(), gen);
      provider.defaultSerializeField("status", response.status(), gen);
      if (response.lastQuestionSeen() != null) {
        gen.writeStringField("lastQuestionSeen", response.lastQuestionSeen());
      }
      if (!response.context().equals(ResponseContext.EMPTY)) {
        provider.defaultSerializeField("context", response.context(), gen);
      }
      gen.writeObjectFieldStart("answers");
      for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
        gen.writeFieldName(entry.getKey());
        Polymorphic.writeAnswer(registry, entry.getValue(), gen, provider);
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends DocumentDeserializer<Response> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Response.class, "a response document", MEMBERS);
    }

    private Deserializer(Deserializer template) {
      super(template);
    }

    @Override
    Deserializer contextualCopy() {
      return new Deserializer(this);
    }

    @Override
    public Response deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean versioned = false;
      String id = null;
      String surveyId = null;
      Integer surveyVersion = null;
      Respondent respondent = null;
      Instant submittedAt = null;
      ResponseStatus status = null;
      String lastQuestionSeen = null;
      ResponseContext context = null;
      Map<String, Answer> answers = null;
      JavaType answerMap = ctxt.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Answer.class);
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
            case "id":
              id = value(p, ctxt, String.class);
              break;
            case "surveyId":
              surveyId = value(p, ctxt, String.class);
              break;
            case "surveyVersion":
              surveyVersion = value(p, ctxt, Integer.TYPE);
              break;
            case "respondent":
              respondent = value(p, ctxt, Respondent.class);
              break;
            case "submittedAt":
              submittedAt = value(p, ctxt, Instant.class);
              break;
            case "status":
              status = value(p, ctxt, ResponseStatus.class);
              break;
            case "lastQuestionSeen":
              lastQuestionSeen = value(p, ctxt, String.class);
              break;
            case "context":
              context = value(p, ctxt, ResponseContext.class);
              break;
            case "answers":
              answers = value(p, ctxt, answerMap);
              break;
            default:
              // known() let only the members above through
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      require(versioned ? Boolean.TRUE : null, "formatVersion", ctxt);
      return build(p, ctxt, require(id, "id", ctxt), require(surveyId, "surveyId", ctxt),
          require(surveyVersion, "surveyVersion", ctxt), respondent,
          require(submittedAt, "submittedAt", ctxt), require(status, "status", ctxt),
          lastQuestionSeen, orElse(context, () -> ResponseContext.EMPTY),
          require(answers, "answers", ctxt));
    }

    private Response build(JsonParser p, DeserializationContext ctxt, String id, String surveyId,
        int surveyVersion, @Nullable Respondent respondent, Instant submittedAt,
        ResponseStatus status, @Nullable String lastQuestionSeen, ResponseContext context,
        Map<String, Answer> answers) throws IOException {
      try {
        return new Response(id, surveyId, surveyVersion, respondent, submittedAt, status,
            lastQuestionSeen, context, answers);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }
  }

  static final class ContextSerializer extends StdSerializer<ResponseContext> {
    private static final long serialVersionUID = 1L;

    ContextSerializer() {
      super(ResponseContext.class);
    }

    @Override
    public void serialize(ResponseContext context, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(context);
      writeIfPresent(gen, "touchpointId", context.touchpointId());
      if (context.channel() != null) {
        provider.defaultSerializeField("channel", context.channel(), gen);
      }
      writeIfPresent(gen, "pageUrl", context.pageUrl());
      writeIfPresent(gen, "device", context.device());
      if (context.locale() != null) {
        gen.writeStringField("locale", Values.tag(context.locale()));
      }
      writeIfPresent(gen, "variant", context.variant());
      if (!context.attributes().isEmpty()) {
        gen.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> attribute : context.attributes().entrySet()) {
          gen.writeStringField(attribute.getKey(), attribute.getValue());
        }
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator gen, String name, @Nullable String value)
        throws IOException {
      if (value != null) {
        gen.writeStringField(name, value);
      }
    }
  }

  static final class ContextDeserializer extends DocumentDeserializer<ResponseContext> {
    private static final long serialVersionUID = 1L;

    ContextDeserializer() {
      super(ResponseContext.class, "a response context", CONTEXT_MEMBERS);
    }

    private ContextDeserializer(ContextDeserializer template) {
      super(template);
    }

    @Override
    ContextDeserializer contextualCopy() {
      return new ContextDeserializer(this);
    }

    @Override
    public ResponseContext deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String touchpointId = null;
      Channel channel = null;
      String pageUrl = null;
      String device = null;
      Locale locale = null;
      String variant = null;
      Map<String, String> attributes = null;
      JavaType attributeMap = ctxt.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, String.class);
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "touchpointId":
              touchpointId = value(p, ctxt, String.class);
              break;
            case "channel":
              channel = value(p, ctxt, Channel.class);
              break;
            case "pageUrl":
              pageUrl = value(p, ctxt, String.class);
              break;
            case "device":
              device = value(p, ctxt, String.class);
              break;
            case "locale":
              locale = value(p, ctxt, Locale.class);
              break;
            case "variant":
              variant = value(p, ctxt, String.class);
              break;
            case "attributes":
              attributes = value(p, ctxt, attributeMap);
              break;
            default:
              // known() let only the members above through
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      try {
        return new ResponseContext(touchpointId, channel, pageUrl, device, locale, variant,
            orElse(attributes, Map::of));
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }
  }
}
