package io.cxkit.survey.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Answer;
import io.cxkit.survey.AnswerCount;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import io.cxkit.survey.types.BuiltInTypes;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey the CSV import tests read, in English, German, Russian and Chinese (the languages of
 * the fixture files), and a question type of the tests' own that has no cell parser.
 *
 * <p>Checkout feedback v1, every question in order, no routing: {@code nps} (required, 0..10),
 * {@code goal} (required goal completion with labels in four languages), {@code reason} (optional
 * single choice price / delivery / quality with "other"), {@code topics} (optional multiple choice
 * app / site / support, 1 to 3), {@code csat} (optional, 1..5), {@code comment} (optional open
 * text), {@code contact} (optional contact consent).
 */
final class ResponseCsvFixtures {
  private ResponseCsvFixtures() {}

  static LocalizedText text(String en, String de, String ru, String zh) {
    return LocalizedText.of("en", en).and("de", de).and("ru", ru).and("zh", zh);
  }

  static Survey checkout() {
    return Survey.builder("checkout")
        .title(LocalizedText.of("en", "Your checkout"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
        .question(new GoalCompletionQuestion("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?"), true,
            text("Fully", "Vollständig", "Полностью", "完全"),
            text("Partially", "Teilweise", "Частично", "部分"),
            text("Not at all", "Gar nicht", "Нет", "没有")))
        .question(new SingleChoiceQuestion("reason", LocalizedText.of("en", "What mattered most?"),
            false,
            List.of(new Choice("price", text("Price", "Preis", "Цена", "价格")),
                new Choice("delivery", text("Delivery", "Lieferung", "Доставка", "配送")),
                new Choice("quality", text("Quality", "Qualität", "Качество", "质量"))),
            text("Something else", "Etwas anderes", "Другое", "其他")))
        .question(new MultipleChoiceQuestion("topics", LocalizedText.of("en", "What did you use?"),
            false,
            List.of(new Choice("app", text("The app", "Die App", "Приложение", "应用")),
                new Choice("site", text("The website", "Die Website", "Сайт", "网站")),
                new Choice("support", text("Support", "Kundendienst", "Поддержка", "客服"))),
            null, 1, 3))
        .question(new CsatQuestion("csat", LocalizedText.of("en", "How satisfied are you?"), false,
            1, 5, 4, null, null))
        .question(OpenTextQuestion.of("comment", LocalizedText.of("en", "Anything else?")))
        .question(new ContactConsentQuestion("contact",
            LocalizedText.of("en", "May we contact you?"), false))
        .build();
  }

  /** @return the bytes of a fixture under {@code fixtures/io/} */
  static byte[] bytes(String name) {
    try (InputStream in = ResponseCsvFixtures.class.getResourceAsStream("/fixtures/io/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ranking question; its type has no cell parser. */
  record RankingQuestion(String id, LocalizedText text, boolean required, List<String> items)
      implements Question {}

  /** A ranking answer: the items in the order ranked. */
  record RankingAnswer(List<String> order) implements Answer {}

  /** The type {@code ranking}: no {@code cellParser}, so a CSV column needs the caller's parser. */
  static final class RankingType implements QuestionType<RankingQuestion, RankingAnswer> {
    @Override
    public String id() {
      return "ranking";
    }

    @Override
    public Class<RankingQuestion> questionClass() {
      return RankingQuestion.class;
    }

    @Override
    public Class<RankingAnswer> answerClass() {
      return RankingAnswer.class;
    }

    @Override
    public List<Violation> validate(RankingQuestion question, RankingAnswer answer) {
      return Set.copyOf(answer.order()).equals(Set.copyOf(question.items())) ? List.of()
          : List.of(Violation.of("order", answer.order(), "must rank every item once"));
    }

    @Override
    public SummaryAccumulator<RankingAnswer, AnswerCount> newSummary(RankingQuestion question) {
      return AnswerCount.counter();
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of();
    }

    @Override
    public AnswerValue valueOf(RankingAnswer answer) {
      return new AnswerValue.CodesValue(answer.order());
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

  /** @return the built-in types and {@code ranking} */
  static QuestionTypeRegistry withRanking() {
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder();
    for (QuestionType<?, ?> type : BuiltInTypes.all()) {
      builder.register(type);
    }
    return builder.register(new RankingType()).build();
  }

  /** @return a survey of an NPS question and a ranking */
  static Survey ranked() {
    return Survey.builder("ranked")
        .title(LocalizedText.of("en", "Rank them"))
        .kind(SurveyKind.PRODUCT)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "Recommend us?")))
        .question(new RankingQuestion("rank", LocalizedText.of("en", "Rank the features"), false,
            List.of("speed", "price")))
        .registry(withRanking())
        .build();
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
