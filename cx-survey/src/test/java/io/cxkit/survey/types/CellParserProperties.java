package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Every built-in type's cell parser reads back the text a flat export writes of {@code
 * valueOf(answer)} (a number without {@code .0}, a text as it is, codes joined by the list
 * separator, a flag as {@code true} or {@code false}), for every valid answer whose whole content
 * is its value; and any text at all gives an answer or an {@link InvalidValueException}, never
 * another exception.
 */
class CellParserProperties {
  private static final LocalizedText TEXT = LocalizedText.of("en", "Question");
  private static final QuestionTypeRegistry REGISTRY = QuestionTypeRegistry.standard();

  private static List<Choice> choices() {
    return List.of(new Choice("price", LocalizedText.of("en", "Price").and("ru", "Цена")),
        new Choice("delivery", LocalizedText.of("en", "Delivery").and("zh", "配送")),
        new Choice("Q.1-x", LocalizedText.of("en", "Other things")));
  }

  /** One question of each built-in type and scale, and its valid answers. */
  @Provide
  Arbitrary<Tuple2<Question, Answer>> answered() {
    List<Arbitrary<Tuple2<Question, Answer>>> each = new ArrayList<>();
    for (NpsVariant variant : NpsVariant.values()) {
      NpsQuestion q = new NpsQuestion("nps", TEXT, true, variant, null, null);
      each.add(Arbitraries.integers().between(q.scale().min(), q.scale().max())
          .map(s -> Tuple.of(q, new NpsAnswer(s))));
    }
    for (int[] scale : new int[][] {{1, 5}, {0, 10}, {1, 7}}) {
      CsatQuestion q = CsatQuestion.of("csat", TEXT, scale[0], scale[1]);
      each.add(Arbitraries.integers().between(scale[0], scale[1])
          .map(s -> Tuple.of(q, new CsatAnswer(s))));
    }
    for (CesVariant variant : CesVariant.values()) {
      CesQuestion q = new CesQuestion("ces", TEXT, true, variant, null);
      each.add(Arbitraries.integers().between(q.scale().min(), q.scale().max())
          .map(s -> Tuple.of(q, new CesAnswer(s))));
    }
    each.add(Arbitraries.integers().between(2, 10).flatMap(points -> {
      RatingQuestion q = new RatingQuestion("stars", TEXT, true, points, RatingStyle.NUMBERS);
      return Arbitraries.integers().between(1, points).map(s -> Tuple.of(q, new RatingAnswer(s)));
    }));
    GoalCompletionQuestion goal = new GoalCompletionQuestion("goal", TEXT, true,
        LocalizedText.of("en", "Fully"), LocalizedText.of("en", "Partly"), null);
    each.add(Arbitraries.of(GoalOutcome.values())
        .map(o -> Tuple.of(goal, new GoalCompletionAnswer(o))));
    SingleChoiceQuestion single = new SingleChoiceQuestion("reason", TEXT, true, choices(),
        LocalizedText.of("en", "Something else"));
    each.add(Arbitraries.of(single.codes()).filter(c -> !c.equals(Choice.OTHER))
        .map(c -> Tuple.of(single, SingleChoiceAnswer.of(c))));
    MultipleChoiceQuestion multiple = new MultipleChoiceQuestion("topics", TEXT, true, choices(),
        null, 1, 3);
    each.add(Arbitraries.of(multiple.codes()).list().ofMinSize(1).ofMaxSize(3).uniqueElements()
        .map(codes -> Tuple.of(multiple, new MultipleChoiceAnswer(codes, null))));
    OpenTextQuestion open = OpenTextQuestion.of("why", TEXT);
    each.add(Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
        .withCharRange(' ', '~').withCharRange('А', 'я').withCharRange('一', '龥')
        .withChars('\n', '\t', '\u00a0', '😀').filter(t -> !t.isBlank())
        .filter(t -> !io.cxkit.survey.internal.Ids.hasUnpairedSurrogate(t))
        .map(t -> Tuple.of(open, new OpenTextAnswer(t))));
    ContactConsentQuestion consent = new ContactConsentQuestion("contact", TEXT, false);
    each.add(Arbitraries.of(true, false).map(f -> Tuple.of(consent, new ContactConsentAnswer(f,
        null))));
    return Arbitraries.oneOf(each);
  }

  @Provide
  Arbitrary<CellFormat> formats() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(";", "|", " / ", ","))
        .as(CellFormat::new);
  }

  /** The text of a value in a flat export, as the layout in the project's design describes it. */
  static String exportText(AnswerValue value, CellFormat format) {
    if (value instanceof AnswerValue.NumberValue) {
      double number = ((AnswerValue.NumberValue) value).value();
      String text = number == Math.rint(number) ? Long.toString((long) number)
          : Double.toString(number);
      return format.decimalComma() ? text.replace('.', ',') : text;
    }
    if (value instanceof AnswerValue.TextValue) {
      return ((AnswerValue.TextValue) value).value();
    }
    if (value instanceof AnswerValue.CodesValue) {
      return String.join(format.listSeparator(), ((AnswerValue.CodesValue) value).values());
    }
    return Boolean.toString(((AnswerValue.FlagValue) value).value());
  }

  @SuppressWarnings("unchecked")
  private static CellParser<Answer> parser(Question question, CellFormat format) {
    QuestionType<Question, Answer> type = (QuestionType<Question, Answer>) REGISTRY.typeOf(question);
    return type.cellParser(question, format).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static AnswerValue valueOf(Question question, Answer answer) {
    return ((QuestionType<Question, Answer>) REGISTRY.typeOf(question)).valueOf(answer);
  }

  @Property
  void theExportTextOfAValidAnswerReadsBackAsTheAnswer(
      @ForAll("answered") Tuple2<Question, Answer> answered, @ForAll("formats") CellFormat format) {
    Question question = answered.get1();
    Answer answer = answered.get2();
    assertThat(REGISTRY.validate(question, answer)).isEmpty();

    String text = exportText(valueOf(question, answer), format);

    assertThat(parser(question, format).parse(text)).isEqualTo(answer);
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().withChars("0123456789.,;|+- eE".toCharArray()).ofMinLength(1)
            .ofMaxLength(25),
        Arbitraries.of("price", "Цена", "other", "fully", "да", "9,0", "1e9", "NaN", "∞", "０",
            "2147483648", "-2147483649", ";;", " ; other ; ", "\uFEFF9", "\ud800"));
  }

  @Property
  void anyTextGivesAnAnswerOrATypedError(@ForAll("answered") Tuple2<Question, Answer> answered,
      @ForAll("formats") CellFormat format, @ForAll("garbage") String cell) {
    Question question = answered.get1();
    CellParser<Answer> parser = parser(question, format);
    try {
      Answer answer = parser.parse(cell);
      assertThat(answer).isNotNull();
      assertThat(REGISTRY.typeOf(answer)).isSameAs(REGISTRY.typeOf(question));
    } catch (InvalidValueException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
