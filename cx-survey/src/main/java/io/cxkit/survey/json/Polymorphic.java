package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import java.io.IOException;

/** Writes questions and answers with their {@code "type"} id, refusing classes no type owns. */
final class Polymorphic {
  private Polymorphic() {}

  static void writeQuestion(QuestionTypeRegistry registry, Question question, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    // Without a registered type Jackson would invent a type id from the class name.
    registry.typeOf(question);
    provider.findTypedValueSerializer(question.getClass(), true, null).serialize(question, gen,
        provider);
  }

  static void writeAnswer(QuestionTypeRegistry registry, Answer answer, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    registry.typeOf(answer);
    provider.findTypedValueSerializer(answer.getClass(), true, null).serialize(answer, gen,
        provider);
  }
}
