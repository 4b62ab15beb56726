package io.cxkit.survey.json;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.RatingAnswer;
import io.cxkit.survey.types.RatingQuestion;
import io.cxkit.survey.types.RatingStyle;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid surveys and responses of the built-in types, for the JSON properties: every id, text,
 * locale, enum and optional member varies, within the model's rules and the types' schemas (NPS and
 * CSAT scores 0..10, CES 1..7, ratings 1..10).
 */
final class BuiltInArbitraries {
  private static final List<String> TAGS = List.of("en", "ru", "zh", "zh-Hans", "en-GB", "de",
      "pt-BR");

  private BuiltInArbitraries() {}

  static Arbitrary<String> id() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('_', '-', '.', 'Q').ofMaxLength(10);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /** @return a text that is never blank, in Latin, Cyrillic and CJK letters among others */
  static Arbitrary<String> text() {
    Arbitrary<Character> letter = Arbitraries.of('a', 'Z', 'ж', 'Ё', '您', '订', 'é', 'ß');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange(' ', '~').withCharRange('А', 'я')
        .withCharRange('一', '龥').withChars('\n', '\t', '"', '\\', '…', '€', '\u00a0').ofMaxLength(20);
    return Combinators.combine(letter, rest).as((l, r) -> l + r);
  }

  /** @return a text in {@code defaultTag} and some other locales, in any order */
  static Arbitrary<LocalizedText> localizedText(String defaultTag) {
    return Arbitraries.subsetOf(TAGS).flatMap(tags -> {
      List<String> all = new ArrayList<>(tags);
      if (!all.contains(defaultTag)) {
        all.add(defaultTag);
      }
      return Arbitraries.shuffle(all).flatMap(order -> text().list().ofSize(order.size())
          .map(texts -> {
            Map<String, String> byTag = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
              byTag.put(order.get(i), texts.get(i));
            }
            return new LocalizedText(byTag);
          }));
    });
  }

  private static Arbitrary<LocalizedText> label(String defaultTag) {
    return localizedText(defaultTag).injectNull(0.4);
  }

  private static Arbitrary<List<Choice>> choices(String tag) {
    return id().filter(code -> !code.equals(Choice.OTHER)).list().ofMinSize(1).ofMaxSize(4)
        .uniqueElements().flatMap(codes -> localizedText(tag).list().ofSize(codes.size())
            .map(labels -> {
              List<Choice> choices = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                choices.add(new Choice(codes.get(i), labels.get(i)));
              }
              return choices;
            }));
  }

  /** @return a question of any built-in type; an open text may follow up one of {@code earlier} */
  static Arbitrary<Question> question(String id, String tag, List<String> earlier) {
    Arbitrary<LocalizedText> text = localizedText(tag);
    Arbitrary<Boolean> required = Arbitraries.of(true, false);
    Arbitrary<Question> nps = Combinators.combine(text, required, Arbitraries.of(NpsVariant.values()),
        label(tag), label(tag)).as((t, r, v, low, high) -> new NpsQuestion(id, t, r, v, low, high));
    Arbitrary<Question> csat = Arbitraries.of(0, 1).flatMap(min -> Arbitraries.integers()
        .between(min + 1, CsatQuestion.MAX_POINT).flatMap(max -> Combinators.combine(text, required,
            Arbitraries.integers().between(min + 1, max), label(tag), label(tag))
            .as((t, r, threshold, low, high) ->
                new CsatQuestion(id, t, r, min, max, threshold, low, high))));
    Arbitrary<Question> ces = Combinators.combine(text, required, Arbitraries.of(CesVariant.values()),
        label(tag)).as((t, r, v, statement) -> new CesQuestion(id, t, r, v, statement));
    Arbitrary<Question> rating = Combinators.combine(text, required,
        Arbitraries.integers().between(RatingQuestion.MIN_POINTS, RatingQuestion.MAX_POINTS),
        Arbitraries.of(RatingStyle.values()))
        .as((t, r, points, style) -> new RatingQuestion(id, t, r, points, style));
    Arbitrary<Question> goal = Combinators.combine(text, required, label(tag), label(tag), label(tag))
        .as((t, r, fully, partially, not) -> new GoalCompletionQuestion(id, t, r, fully, partially, not));
    Arbitrary<Question> single = Combinators.combine(text, required, choices(tag), label(tag))
        .as((t, r, c, other) -> new SingleChoiceQuestion(id, t, r, c, other));
    Arbitrary<Question> multiple = Combinators.combine(text, required, choices(tag), label(tag))
        .flatAs((t, r, c, other) -> {
          int options = c.size() + (other == null ? 0 : 1);
          return Arbitraries.integers().between(1, options).flatMap(max -> Arbitraries.integers()
              .between(0, max).map(min -> new MultipleChoiceQuestion(id, t, r, c, other, min, max)));
        });
    Arbitrary<String> followed = earlier.isEmpty() ? Arbitraries.just(null)
        : Arbitraries.of(List.copyOf(earlier)).injectNull(0.3);
    Arbitrary<Question> open = Combinators.combine(text, required,
        Arbitraries.integers().between(1, OpenTextQuestion.MAX_LENGTH), followed)
        .as((t, r, max, of) -> new OpenTextQuestion(id, t, r, max, of));
    Arbitrary<Question> consent = Combinators.combine(text, required)
        .as((t, r) -> new ContactConsentQuestion(id, t, r));
    return Arbitraries.oneOf(nps, csat, ces, rating, goal, single, multiple, open, consent);
  }

  static Arbitrary<Survey> surveys() {
    return Arbitraries.of(TAGS).flatMap(tag -> {
      Arbitrary<List<Question>> questions = id().list().ofMinSize(1).ofMaxSize(5).uniqueElements()
          .flatMap(ids -> {
            List<Arbitrary<Question>> each = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
              // A follow-up names an earlier question.
              each.add(question(ids.get(i), tag, ids.subList(0, i)));
            }
            return Combinators.combine(each).as(list -> list);
          });
      return Combinators.combine(id(), Arbitraries.integers().between(1, Integer.MAX_VALUE),
          localizedText(tag), label(tag), label(tag), Arbitraries.of(SurveyKind.values()),
          Arbitraries.of(Channel.values()).injectNull(0.3), questions)
          .as((id, version, title, description, thankYou, kind, channel, qs) -> new Survey(id,
              version, Locale.forLanguageTag(tag), title, description, thankYou, kind, channel, qs, List.of()));
    });
  }

  private static Arbitrary<String> email() {
    return Combinators.combine(id(), id()).as((name, domain) -> name + "@" + domain);
  }

  /** @return an answer of any built-in type, within its schema */
  static Arbitrary<Answer> answer() {
    Arbitrary<Answer> nps = Arbitraries.integers().between(0, 10).map(NpsAnswer::new);
    Arbitrary<Answer> csat = Arbitraries.integers().between(0, 10).map(CsatAnswer::new);
    Arbitrary<Answer> ces = Arbitraries.integers().between(1, 7).map(CesAnswer::new);
    Arbitrary<Answer> rating = Arbitraries.integers().between(1, 10).map(RatingAnswer::new);
    Arbitrary<Answer> goal = Arbitraries.of(GoalOutcome.values()).map(GoalCompletionAnswer::new);
    Arbitrary<Answer> single = Combinators.combine(id(), text().injectNull(0.5))
        .as(SingleChoiceAnswer::new);
    Arbitrary<Answer> multiple = Combinators.combine(id().list().ofMaxSize(3), text().injectNull(0.5))
        .as(MultipleChoiceAnswer::new);
    Arbitrary<Answer> open = text().map(OpenTextAnswer::new);
    Arbitrary<Answer> consent = Combinators.combine(Arbitraries.of(true, false),
        email().injectNull(0.5)).as(ContactConsentAnswer::new);
    return Arbitraries.oneOf(nps, csat, ces, rating, goal, single, multiple, open, consent);
  }

  private static Arbitrary<Respondent> respondent() {
    Arbitrary<ContactDetails> contact = Combinators.combine(email().injectNull(0.3),
            text().injectNull(0.5), Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(12)
                .map(digits -> "+" + digits).injectNull(0.5))
        .filter((email, name, phone) -> email != null || name != null || phone != null)
        .as(ContactDetails::new);
    return Arbitraries.of(true, false).flatMap(consent -> Combinators.combine(
            id().injectNull(0.3), consent ? contact.injectNull(0.3) : Arbitraries.just(null))
        .as((id, details) -> new Respondent(id, consent, details)));
  }

  private static Arbitrary<ResponseContext> context() {
    Arbitrary<ResponseContext> some = Combinators.combine(id().injectNull(0.4),
            Arbitraries.of(Channel.values()).injectNull(0.4),
            id().map(path -> "https://shop.example/" + path + "?q=a&b=%20").injectNull(0.4),
            Arbitraries.of("desktop", "mobile", "tablet").injectNull(0.4),
            Arbitraries.of(TAGS).map(Locale::forLanguageTag).injectNull(0.4),
            Arbitraries.of("A", "B", "control").injectNull(0.4),
            Arbitraries.maps(id(), text()).ofMaxSize(3))
        .as(ResponseContext::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(ResponseContext.EMPTY)),
        net.jqwik.api.Tuple.of(4, some));
  }

  static Arbitrary<Response> responses() {
    Arbitrary<Instant> submittedAt = Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
        .as((seconds, nanos) -> Instant.ofEpochSecond(seconds, nanos));
    return Arbitraries.of(ResponseStatus.values()).flatMap(status -> {
      Arbitrary<Map<String, Answer>> answers = status == ResponseStatus.DISMISSED
          ? Arbitraries.just(Map.of()) : Arbitraries.maps(id(), answer()).ofMaxSize(4);
      Arbitrary<String> last = status == ResponseStatus.PARTIAL ? id() : Arbitraries.just(null);
      return Combinators.combine(id(), id(), Arbitraries.integers().between(1, Integer.MAX_VALUE),
              respondent().injectNull(0.3), submittedAt, last, context(), answers)
          .as((id, surveyId, version, respondent, at, lastSeen, context, given) -> new Response(id,
              surveyId, version, respondent, at, status, lastSeen, context, given));
    });
  }
}
