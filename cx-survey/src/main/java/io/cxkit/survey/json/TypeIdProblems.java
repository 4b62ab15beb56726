package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import io.cxkit.survey.spi.QuestionType;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Turns an unknown or missing {@code "type"} of a question or answer into cxkit's errors, naming
 * the JSON location and the registered ids. Other polymorphic types are left to Jackson.
 */
final class TypeIdProblems extends DeserializationProblemHandler {
  private final QuestionTypeRegistry registry;

  TypeIdProblems(QuestionTypeRegistry registry) {
    this.registry = registry;
  }

  private static boolean ours(JavaType baseType) {
    Class<?> raw = baseType.getRawClass();
    return Question.class.isAssignableFrom(raw) || Answer.class.isAssignableFrom(raw);
  }

  @Override
  public @Nullable JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType,
      String subTypeId, TypeIdResolver idResolver, String failureMsg) throws IOException {
    if (!ours(baseType)) {
      return null;
    }
    JsonParser parser = ctxt.getParser();
    if (parser.currentToken() != null && parser.currentToken().isScalarValue()
        && parser.currentToken() != JsonToken.VALUE_STRING) {
      // Jackson reads a number or boolean as its text ("5"); it is no type id at all.
      JsonLocation at = parser.currentTokenLocation();
      throw new SurveyJsonException(JsonPaths.of(parser.getParsingContext()), at.getLineNr(),
          at.getColumnNr(), "expected a question type id as a string, found "
              + JsonPaths.describe(parser.currentToken()) + " (" + Ids.escape(parser.getText(), '"')
              + "); registered types are " + String.join(", ", registry.ids()));
    }
    if (registry.find(subTypeId).isPresent()) {
      // A known id where one particular type's class was asked for.
      Class<?> raw = baseType.getRawClass();
      String what = Question.class.isAssignableFrom(raw) ? "question" : "answer";
      String expected = raw.getSimpleName();
      for (QuestionType<?, ?> type : registry.types()) {
        if (type.questionClass() == raw || type.answerClass() == raw) {
          expected = type.id();
        }
      }
      JsonLocation at = ctxt.getParser().currentTokenLocation();
      throw new SurveyJsonException(JsonPaths.of(ctxt.getParser().getParsingContext()),
          at.getLineNr(), at.getColumnNr(), "a " + Ids.quote(subTypeId) + " " + what + " is not a "
              + expected + " " + what + ", which belongs here");
    }
    JsonLocation at = ctxt.getParser().currentTokenLocation();
    throw new UnknownQuestionTypeException(subTypeId,
        JsonPaths.of(ctxt.getParser().getParsingContext())
            + SurveyJsonException.at(at.getLineNr(), at.getColumnNr()),
        registry.ids());
  }

  @Override
  public @Nullable JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType,
      TypeIdResolver idResolver, String failureMsg) throws IOException {
    if (!ours(baseType)) {
      return null;
    }
    String what = Question.class.isAssignableFrom(baseType.getRawClass()) ? "a question" : "an answer";
    JsonLocation at = ctxt.getParser().currentTokenLocation();
    throw new SurveyJsonException(JsonPaths.of(ctxt.getParser().getParsingContext()),
        at.getLineNr(), at.getColumnNr(), what + " must name its type in a \"type\" member;"
            + " registered types are " + String.join(", ", registry.ids()));
  }
}
