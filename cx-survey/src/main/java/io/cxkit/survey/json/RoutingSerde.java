package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cxkit.survey.Destination;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.condition.Condition;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule of a survey: {@code {"after": "goal", "when": {…}, "goTo": "reasons"}} or
 * {@code {"after": "goal", "when": {…}, "endSurvey": true}}; {@code when} is left out for a rule
 * that always applies. Exactly one of {@code goTo} and {@code endSurvey} is given, and {@code
 * endSurvey} is only ever {@code true}.
 */
final class RoutingSerde {
  static final List<String> MEMBERS = List.of("after", "when", "goTo", "endSurvey");

  private RoutingSerde() {}

  /** Writes a rule: {@code after}, then {@code when} if it has one, then its destination. */
  static void write(RoutingRule rule, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("after", rule.after());
    Condition when = rule.when();
    if (when != null) {
      gen.writeFieldName("when");
      ConditionSerde.write(when, gen);
    }
    if (rule.then() instanceof Destination.GoTo goTo) {
      gen.writeStringField("goTo", goTo.questionId());
    } else {
      gen.writeBooleanField("endSurvey", true);
    }
    gen.writeEndObject();
  }

  static final class Serializer extends StdSerializer<RoutingRule> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(RoutingRule.class);
    }

    @Override
    public void serialize(RoutingRule rule, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(rule, gen);
    }
  }

  static final class Deserializer extends DocumentDeserializer<RoutingRule> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(RoutingRule.class, "a routing rule", MEMBERS);
    }

    private Deserializer(Deserializer template) {
      super(template);
    }

    @Override
    Deserializer contextualCopy() {
      return new Deserializer(this);
    }

    @Override
    public RoutingRule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String after = null;
      Condition when = null;
      String goTo = null;
      Boolean endSurvey = null;
      for (String name = firstMember(p, ctxt); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!known(p, ctxt, name)) {
          continue;
        }
        try {
          switch (name) {
            case "after":
              after = value(p, ctxt, String.class);
              break;
            case "when":
              if (p.hasToken(JsonToken.VALUE_NULL)) {
                // Read as absent, null would turn a conditional rule into one that always applies.
                ctxt.reportInputMismatch(this, "expected a condition as a JSON object, found null;"
                    + " leave \"when\" out for a rule that always applies");
              }
              when = value(p, ctxt, Condition.class);
              break;
            case "goTo":
              bothDestinations(p, ctxt, endSurvey != null);
              goTo = value(p, ctxt, String.class);
              break;
            case "endSurvey":
              bothDestinations(p, ctxt, goTo != null);
              endSurvey = value(p, ctxt, Boolean.class);
              if (Boolean.FALSE.equals(endSurvey)) {
                ctxt.reportInputMismatch(this, "endSurvey must be true; a rule that does not end"
                    + " the survey names the question to go to in \"goTo\"");
              }
              break;
            default:
              // known() let only the members above through
              break;
          }
        } catch (Exception e) {
          throw inMember(e, name);
        }
      }
      String question = require(after, "after", ctxt);
      if (goTo == null && endSurvey == null) {
        ctxt.reportInputMismatch(this, "a routing rule must have \"goTo\": <question id> or"
            + " \"endSurvey\": true; neither is given");
      }
      return build(p, ctxt, question, when, goTo);
    }

    private void bothDestinations(JsonParser p, DeserializationContext ctxt, boolean other)
        throws IOException {
      if (other) {
        ctxt.reportInputMismatch(this, "a routing rule either goes to a question (\"goTo\") or"
            + " ends the survey (\"endSurvey\": true), not both");
      }
    }

    private RoutingRule build(JsonParser p, DeserializationContext ctxt, String after,
        @Nullable Condition when, @Nullable String goTo) throws IOException {
      try {
        return new RoutingRule(after, when, goTo != null ? Destination.goTo(goTo)
            : Destination.END_SURVEY);
      } catch (RuntimeException e) {
        throw invalid(p, ctxt, e);
      }
    }
  }
}
