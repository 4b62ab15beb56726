package io.cxkit.survey.io;

import io.cxkit.core.GoalOutcome;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.RatingAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Responses for the JSON Lines properties: self-consistent (as {@link Response} requires) but not
 * tied to a survey, with texts that hold what a line format must survive — line breaks, carriage
 * returns, U+2028, quotes, backslashes, Cyrillic, CJK and characters outside the BMP.
 */
final class JsonLinesArbitraries {
  private JsonLinesArbitraries() {}

  static Arbitrary<String> id() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('_', '-', '.').ofMaxLength(12);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /** @return a text that is never blank, of letters and the characters a line format must keep */
  static Arbitrary<String> text() {
    Arbitrary<String> letter = Arbitraries.of("a", "Ж", "您", "é", "\uD83D\uDE00");
    Arbitrary<String> rest = Arbitraries.strings().withCharRange(' ', '~').withCharRange('А', 'я')
        .withCharRange('一', '龥')
        .withChars('\n', '\r', '\t', '"', '\\', '\u2028', '\u2029', '\u0085', '\u00a0', '\uFEFF')
        .ofMaxLength(30);
    return Combinators.combine(letter, rest).as((l, r) -> l + r);
  }

  static Arbitrary<Answer> answer() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 10).map(NpsAnswer::new),
        Arbitraries.integers().between(1, 5).map(CsatAnswer::new),
        Arbitraries.integers().between(1, 7).map(CesAnswer::new),
        Arbitraries.integers().between(1, 10).map(RatingAnswer::new),
        Arbitraries.of(GoalOutcome.values()).map(GoalCompletionAnswer::new),
        Combinators.combine(id(), text().injectNull(0.5)).as(SingleChoiceAnswer::new),
        Combinators.combine(id().list().ofMinSize(1).ofMaxSize(3), text().injectNull(0.5))
            .as(MultipleChoiceAnswer::new),
        text().map(OpenTextAnswer::new),
        Arbitraries.of(ContactConsentAnswer.declining(),
            ContactConsentAnswer.consenting("张伟@例子.中国")));
  }

  private static Arbitrary<ResponseContext> context() {
    return Combinators.combine(id().injectNull(0.5), Arbitraries.of(Channel.values()).injectNull(0.5),
            Arbitraries.of("https://shop.example/cart?q=a&b=%20").injectNull(0.7),
            Arbitraries.of("desktop", "mobile").injectNull(0.5),
            Arbitraries.of("ru-RU", "zh-Hans-CN", "de").map(Locale::forLanguageTag).injectNull(0.5),
            Arbitraries.of("A", "B").injectNull(0.5),
            Arbitraries.maps(id(), text()).ofMaxSize(2))
        .as(ResponseContext::new);
  }

  private static Arbitrary<Respondent> respondent() {
    return Arbitraries.oneOf(id().map(Respondent::of),
        Arbitraries.just(new Respondent("c-1", true, new ContactDetails("кир@пример.рф", "Кир",
            "+7 900 000 00 00"))));
  }

  /** @return a self-consistent response with up to four answers */
  static Arbitrary<Response> response() {
    Arbitrary<Instant> at = Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
    return Arbitraries.of(ResponseStatus.values()).flatMap(status -> {
      Arbitrary<Map<String, Answer>> answers = status == ResponseStatus.DISMISSED
          ? Arbitraries.just(Map.of()) : Arbitraries.maps(id(), answer()).ofMaxSize(4);
      Arbitrary<String> last = status == ResponseStatus.PARTIAL ? id() : Arbitraries.just(null);
      return Combinators.combine(id(), id(), Arbitraries.integers().between(1, 1000),
              respondent().injectNull(0.5), at, last, context(), answers)
          .as((id, survey, version, who, when, seen, where, given) ->
              new Response(id, survey, version, who, when, status, seen, where, given));
    });
  }

  /** @return between 0 and {@code max} responses */
  static Arbitrary<List<Response>> responses(int max) {
    return response().list().ofMaxSize(max);
  }
}
