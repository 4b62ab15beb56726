package io.cxkit.examples.ranking;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The ranking type passes the compatibility kit: JSON round trip, validation of generated valid and
 * invalid answers, summary merge = whole, schema validity. The kit's registry is {@code
 * QuestionTypeRegistry.standard()}, which finds the type through {@code META-INF/services}.
 */
class RankingQuestionTypeTest extends QuestionTypeCompatibilityKit<RankingQuestion, RankingAnswer> {

  @Override
  protected QuestionType<RankingQuestion, RankingAnswer> type() {
    return new RankingQuestionType();
  }

  @Override
  protected Arbitrary<RankingQuestion> questions() {
    // Ids and codes by their whole rule (a letter or digit first, then also _ - .), and from 2 up to
    // the most options, so that the schema's patterns and bounds meet what the model accepts.
    Arbitrary<String> ids = names(16);
    Arbitrary<List<String>> codes = names(8).list().uniqueElements().ofMinSize(2)
        .ofMaxSize(RankingQuestion.MAX_OPTIONS);
    return Combinators.combine(ids, texts(), Arbitraries.of(true, false), codes)
        .as((id, text, required, optionCodes) -> {
          List<RankingOption> options = new ArrayList<>();
          for (String code : optionCodes) {
            options.add(new RankingOption(code, LocalizedText.of("en", "Option " + code)
                .and("ru", "Вариант " + code).and("zh", "选项 " + code)));
          }
          return new RankingQuestion(id, text, required, options);
        });
  }

  /** @return names of 1 to {@code maxLength} characters: a letter or digit, then also {@code _ - .} */
  private static Arbitrary<String> names(int maxLength) {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').numeric();
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
        .withChars("_-.").ofMaxLength(maxLength - 1);
    return Combinators.combine(first, rest).as((head, tail) -> head + tail);
  }

  private static Arbitrary<LocalizedText> texts() {
    return Arbitraries.of(
        LocalizedText.of("en", "Rank these features by how often you use them"),
        LocalizedText.of("en", "Rank the delivery options").and("ru", "Расставьте варианты доставки"),
        LocalizedText.of("zh", "请对这些功能排序").and("en", "Rank these features"));
  }

  @Override
  protected Arbitrary<RankingAnswer> validAnswers(RankingQuestion question) {
    return Arbitraries.shuffle(question.codes()).map(RankingAnswer::new);
  }

  /** A code that no generated option has: generated codes have at most 8 characters. */
  private static final String UNKNOWN = "not-an-option";

  @Override
  protected Arbitrary<RankingAnswer> invalidAnswers(RankingQuestion question) {
    Arbitrary<List<String>> orders = Arbitraries.shuffle(question.codes());
    int n = question.options().size();
    Arbitrary<RankingAnswer> leftOut = orders.flatMap(order -> Arbitraries.integers().between(0, n - 1)
        .map(size -> new RankingAnswer(order.subList(0, size))));
    Arbitrary<RankingAnswer> twice = orders.flatMap(order -> Arbitraries.integers().between(1, n - 1)
        .map(i -> {
          List<String> copy = new ArrayList<>(order);
          copy.set(i, order.get(0));
          return new RankingAnswer(copy);
        }));
    Arbitrary<RankingAnswer> unknown = orders.flatMap(order -> Arbitraries.integers().between(0, n)
        .map(i -> {
          List<String> copy = new ArrayList<>(order);
          copy.add(i, UNKNOWN);
          return new RankingAnswer(copy);
        }));
    return Arbitraries.oneOf(leftOut, twice, unknown);
  }
}
