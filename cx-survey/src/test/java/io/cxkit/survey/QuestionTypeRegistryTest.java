package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import io.cxkit.survey.types.BuiltInTypes;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsQuestionType;
import io.cxkit.survey.types.NpsSummary;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTypeRegistryTest {
  private static final LocalizedText TEXT = LocalizedText.of("en", "Question?");
  private static final List<String> BUILT_IN_IDS = List.of("nps", "csat", "ces", "rating",
      "goal_completion", "single_choice", "multiple_choice", "open_text", "contact_consent");

  @Test
  void standardFindsExactlyTheNineBuiltInsInOrder() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    assertThat(registry.ids()).containsExactlyElementsOf(BUILT_IN_IDS);
    assertThat(registry.types()).extracting(Object::getClass)
        .containsExactlyElementsOf(BuiltInTypes.all().stream().map(Object::getClass).toList());
    assertThat(BuiltInTypes.all()).extracting(QuestionType::id).containsExactlyElementsOf(BUILT_IN_IDS);
  }

  @Test
  void builtInsRegisterExplicitlyToo() {
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder();
    BuiltInTypes.all().forEach(builder::register);
    assertThat(builder.build().ids()).containsExactlyElementsOf(BUILT_IN_IDS);
  }

  @Test
  void aDuplicateIdNamesBothProviders() {
    QuestionTypeRegistry.Builder builder =
        QuestionTypeRegistry.builder().register(new NpsQuestionType()).register(new RivalNpsType());
    assertThatThrownBy(builder::build)
        .isInstanceOf(DuplicateQuestionTypeException.class)
        .hasMessageContaining("type id \"nps\"")
        .hasMessageContaining(NpsQuestionType.class.getName())
        .hasMessageContaining(RivalNpsType.class.getName());
    assertThatThrownBy(() -> QuestionTypeRegistry.builder().discover().register(new RivalNpsType()).build())
        .isInstanceOf(DuplicateQuestionTypeException.class)
        .hasMessageContaining(NpsQuestionType.class.getName())
        .hasMessageContaining(RivalNpsType.class.getName());
  }

  @Test
  void aTeamsOwnTypeRegistersExplicitly() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.builder().discover()
        .register(new SliderType("slider")).build();
    assertThat(registry.ids()).endsWith("slider").hasSize(10);
    SliderQuestion question = new SliderQuestion("s", TEXT, false);
    assertThat(registry.typeOf(question).id()).isEqualTo("slider");
    assertThat(registry.typeOf(new SliderAnswer(3)).id()).isEqualTo("slider");
    assertThat(registry.validate(question, new SliderAnswer(3))).isEmpty();
    assertThat(registry.validate(question, new SliderAnswer(101)))
        .containsExactly(new Violation("value", "101", "must lie in 0..100"));
    assertThat(registry.require("slider", "$.questions[0].type")).isInstanceOf(SliderType.class);
  }

  @Test
  void typeOfFindsBuiltInsByClass() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    assertThat(registry.typeOf(NpsQuestion.of("nps", TEXT))).isInstanceOf(NpsQuestionType.class);
    assertThat(registry.typeOf(new OpenTextAnswer("Fast")).id()).isEqualTo("open_text");
    assertThat(registry.find("csat")).isPresent();
    assertThat(registry.find("ranking")).isEmpty();
  }

  @Test
  void validatesThroughTheQuestionsType() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    NpsQuestion nps = NpsQuestion.of("nps", TEXT);
    assertThat(registry.validate(nps, new NpsAnswer(9))).isEmpty();
    assertThat(registry.validate(nps, new NpsAnswer(11)))
        .containsExactly(new Violation("score", "11", "must lie on scale 0..10"));
    SummaryAccumulator<?, ?> accumulator = registry.newSummary(nps);
    assertThat(accumulator).isInstanceOf(NpsSummary.Accumulator.class);
  }

  @Test
  void aMismatchedAnswerIsAViolationNotACrash() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    assertThat(registry.validate(NpsQuestion.of("nps", TEXT), new CsatAnswer(3)))
        .containsExactly(new Violation("", "csat answer",
            "must be an answer of type nps, the type of question nps"));
    assertThat(registry.validate(OpenTextQuestion.of("why", TEXT), new SliderAnswer(3)))
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo(SliderAnswer.class.getName() + " answer"));
  }

  @Test
  void anUnregisteredClassIsAnUnknownType() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    SliderQuestion question = new SliderQuestion("s", TEXT, false);
    assertThatThrownBy(() -> registry.typeOf(question))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining(SliderQuestion.class.getName())
        .hasMessageContaining("nps, csat, ces");
    assertThatThrownBy(() -> registry.typeOf(new SliderAnswer(1)))
        .isInstanceOf(UnknownQuestionTypeException.class);
    assertThatThrownBy(() -> registry.validate(question, new SliderAnswer(1)))
        .isInstanceOf(UnknownQuestionTypeException.class);
    assertThatThrownBy(() -> registry.require("ranking", "$.questions[1].type"))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageStartingWith("$.questions[1].type = \"ranking\": unknown question type");
  }

  // ---------------------------------------------------------------------------------------------
  // A team's own type, and a rival claiming the id "nps".

  record SliderQuestion(String id, LocalizedText text, boolean required) implements Question {}

  record SliderAnswer(int value) implements Answer {}

  record SliderSummary(long answered) implements QuestionSummary<SliderSummary> {
    @Override
    public SliderSummary plus(SliderSummary other) {
      return new SliderSummary(answered + other.answered);
    }
  }

  static final class SliderAccumulator implements SummaryAccumulator<SliderAnswer, SliderSummary> {
    private long answered;

    @Override
    public void add(SliderAnswer answer) {
      answered++;
    }

    @Override
    public void merge(SliderSummary summary) {
      answered += summary.answered();
    }

    @Override
    public SliderSummary snapshot() {
      return new SliderSummary(answered);
    }
  }

  static class SliderType implements QuestionType<SliderQuestion, SliderAnswer> {
    private final String id;

    SliderType(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Class<SliderQuestion> questionClass() {
      return SliderQuestion.class;
    }

    @Override
    public Class<SliderAnswer> answerClass() {
      return SliderAnswer.class;
    }

    @Override
    public List<Violation> validate(SliderQuestion question, SliderAnswer answer) {
      return answer.value() >= 0 && answer.value() <= 100 ? List.of()
          : List.of(Violation.of("value", answer.value(), "must lie in 0..100"));
    }

    @Override
    public SummaryAccumulator<SliderAnswer, ?> newSummary(SliderQuestion question) {
      return new SliderAccumulator();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.GREATER_THAN);
    }

    @Override
    public AnswerValue valueOf(SliderAnswer answer) {
      return new AnswerValue.NumberValue(answer.value());
    }

    @Override
    public ObjectNode questionSchema() {
      return JsonNodeFactory.instance.objectNode().put("type", "object");
    }

    @Override
    public ObjectNode answerSchema() {
      return JsonNodeFactory.instance.objectNode().put("type", "object");
    }
  }

  /** Another provider that claims the built-in id "nps" (with classes of its own). */
  static final class RivalNpsType extends SliderType {
    RivalNpsType() {
      super("nps");
    }
  }
}
