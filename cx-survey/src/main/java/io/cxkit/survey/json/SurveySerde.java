package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The survey document: {@code formatVersion} first, then the record's components in order; {@code
 * routing} is left out when the survey has none. A survey read is {@linkplain Survey#verify
 * verified} against the registry of the module, so an operator a team's own type does not support
 * is refused as the standard types' are.
 */
final class SurveySerde {
  static final List<String> MEMBERS = List.of("formatVersion", "id", "version", "defaultLocale",
      "title", "description", "thankYou", "kind", "channel", "questions", "routing");

  private SurveySerde() {}

  static final class Serializer extends StdSerializer<Survey> {
    private static final long serialVersionUID = 1L;
    private final transient QuestionTypeRegistry registry;

    Serializer(QuestionTypeRegistry registry) {
      super(Survey.class);
      this.registry = registry;
    }

    @Override
    public void serialize(Survey survey, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(survey);
      gen.writeNumberField("formatVersion", DocumentDeserializer.FORMAT_VERSION);
      gen.writeStringField("id", survey.id());
      gen.writeNumberField("version", survey.version());
      gen.writeStringField("defaultLocale", Values.tag(survey.defaultLocale()));
      provider.defaultSerializeField("title", survey.title(), gen);
      if (survey.description() != null) {
        provider.defaultSerializeField("description", survey.description(), gen);
      }
      if (survey.thankYou() != null) {
        provider.defaultSerializeField("thankYou", survey.thankYou(), gen);
      }
      provider.defaultSerializeField("kind", survey.kind(), gen);
      if (survey.channel() != null) {
        provider.defaultSerializeField("channel", survey.channel(), gen);
      }
      gen.writeArrayFieldStart("questions");
      for (Question question : survey.questions()) {
        Polymorphic.writeQuestion(registry, question, gen, provider);
      }
      gen.writeEndArray();
      if (!survey.routing().isEmpty()) {
        gen.writeArrayFieldStart("routing");
        for (RoutingRule rule : survey.routing()) {
          RoutingSerde.write(rule, gen);
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends DocumentDeserializer<Survey> {
    private static final long serialVersionUID = 1L;
    private final transient QuestionTypeRegistry registry;

    Deserializer(QuestionTypeRegistry registry) {
      super(Survey.class, "a survey document", MEMBERS);
      this.registry = registry;
    }

    private Deserializer(Deserializer template) {
      super(template);
      this.registry = template.registry;
    }

    @Override
    Deserializer contextualCopy() {
      return new Deserializer(this);
    }

    @Override
    public Survey deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean versioned = false;
      String id = null;
      Integer version = null;
      Locale defaultLocale = null;
      LocalizedText title = null;
      LocalizedText description = null;
      LocalizedText thankYou = null;
      SurveyKind kind = null;
      Channel channel = null;
      List<Question> questions = null;
      List<RoutingRule> routing = null;
      JavaType questionList = ctxt.getTypeFactory().constructCollectionType(List.class, Question.class);
      JavaType ruleList = ctxt.getTypeFactory().constructCollectionType(List.class, RoutingRule.class);
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
            case "version":
              version = value(p, ctxt, Integer.TYPE);
              break;
            case "defaultLocale":
              defaultLocale = value(p, ctxt, Locale.class);
              break;
            case "title":
              title = value(p, ctxt, LocalizedText.class);
              break;
            case "description":
              description = value(p, ctxt, LocalizedText.class);
              break;
            case "thankYou":
              thankYou = value(p, ctxt, LocalizedText.class);
              break;
            case "kind":
              kind = value(p, ctxt, SurveyKind.class);
              break;
            case "channel":
              channel = value(p, ctxt, Channel.class);
              break;
            case "questions":
              questions = value(p, ctxt, questionList);
              break;
            case "routing":
              routing = value(p, ctxt, ruleList);
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
      Survey survey = build(p, ctxt, require(id, "id", ctxt), require(version, "version", ctxt),
          require(defaultLocale, "defaultLocale", ctxt), require(title, "title", ctxt), description,
          thankYou, require(kind, "kind", ctxt), channel, require(questions, "questions", ctxt),
          orElse(routing, List::of));
      return survey;
    }

    private Survey build(JsonParser p, DeserializationContext ctxt, String id, int version,
        Locale defaultLocale, LocalizedText title, @Nullable LocalizedText description,
        @Nullable LocalizedText thankYou, SurveyKind kind, @Nullable Channel channel,
        List<Question> questions, List<RoutingRule> routing) throws IOException {
      try {
        // The constructor checks the routing with the standard types; verify also with this
        // module's, which may hold a team's own types.
        return new Survey(id, version, defaultLocale, title, description, thankYou, kind, channel,
            questions, routing).verify(registry);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }
  }
}
