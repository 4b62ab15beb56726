package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in types' cell parsers: what each reads (the export's text form first, then what real
 * exports hold) and the message of what it refuses.
 */
class CellParserTest {
  private static final CellFormat POINT = CellFormat.DEFAULT;
  private static final CellFormat COMMA = new CellFormat(true, "|");
  private static final LocalizedText TEXT = LocalizedText.of("en", "Question");

  private static LocalizedText text(String en, String de, String ru, String zh) {
    return LocalizedText.of("en", en).and("de", de).and("ru", ru).and("zh", zh);
  }

  private static CellParser<NpsAnswer> nps(NpsVariant variant, CellFormat format) {
    return new NpsQuestionType().cellParser(new NpsQuestion("nps", TEXT, true, variant, null, null),
        format).orElseThrow();
  }

  @Test
  void scoresAreWholeNumbersOrIntegralDecimalsInTheFormatsSeparator() {
    CellParser<NpsAnswer> point = nps(NpsVariant.STANDARD, POINT);
    CellParser<NpsAnswer> comma = nps(NpsVariant.STANDARD, COMMA);

    assertThat(point.parse("9")).isEqualTo(new NpsAnswer(9));
    assertThat(point.parse(" 10\u00a0")).isEqualTo(new NpsAnswer(10));
    assertThat(point.parse("0")).isEqualTo(new NpsAnswer(0));
    assertThat(point.parse("09")).isEqualTo(new NpsAnswer(9));
    assertThat(point.parse("+7")).isEqualTo(new NpsAnswer(7));
    assertThat(point.parse("9.0")).isEqualTo(new NpsAnswer(9));
    assertThat(point.parse("9.000")).isEqualTo(new NpsAnswer(9));
    assertThat(comma.parse("8,0")).isEqualTo(new NpsAnswer(8));
    assertThat(comma.parse("8")).isEqualTo(new NpsAnswer(8));
  }

  @Test
  void aScoreThatIsNoWholeNumberOrOffTheScaleIsRefusedNamingTheScale() {
    CellParser<NpsAnswer> point = nps(NpsVariant.STANDARD, POINT);
    CellParser<NpsAnswer> comma = nps(NpsVariant.STANDARD, COMMA);
    String notWhole = ": must be a whole number on the scale 0..10, such as 10 or 10.0";

    for (String cell : new String[] {"8.5", "9,0", "nine", "9.", ".5", "-", "1e1", "９", "9 0"}) {
      assertThatThrownBy(() -> point.parse(cell)).isInstanceOf(InvalidValueException.class)
          .hasMessage("score = \"" + cell + "\"" + notWhole);
    }
    // A decimal-comma file does not take a point: 1.000 would be a thousand, not one.
    assertThatThrownBy(() -> comma.parse("1.000")).isInstanceOf(InvalidValueException.class)
        .hasMessage("score = \"1.000\": must be a whole number on the scale 0..10, such as 10 or "
            + "10,0");
    for (String cell : new String[] {"11", "-1", "99999999999999999999"}) {
      assertThatThrownBy(() -> point.parse(cell)).isInstanceOf(InvalidValueException.class)
          .hasMessage("score = \"" + cell + "\": must lie on scale 0..10");
    }
    assertThatThrownBy(() -> nps(NpsVariant.ONE_TO_TEN, POINT).parse("0"))
        .hasMessage("score = \"0\": must lie on scale 1..10");
  }

  @Test
  void csatCesAndRatingReadScoresOnTheirScales() {
    CellParser<CsatAnswer> csat = new CsatQuestionType().cellParser(
        CsatQuestion.of("csat", TEXT, 1, 7), COMMA).orElseThrow();
    CellParser<CesAnswer> ces = new CesQuestionType().cellParser(
        new CesQuestion("ces", TEXT, true, CesVariant.CES_2_0, null), POINT).orElseThrow();
    CellParser<RatingAnswer> rating = new RatingQuestionType().cellParser(
        new RatingQuestion("stars", TEXT, true, 5, RatingStyle.STARS), POINT).orElseThrow();

    assertThat(csat.parse("6,0")).isEqualTo(new CsatAnswer(6));
    assertThatThrownBy(() -> csat.parse("8")).hasMessage("score = \"8\": must lie on scale 1..7");
    assertThat(ces.parse("7")).isEqualTo(new CesAnswer(7));
    assertThatThrownBy(() -> ces.parse("0")).hasMessage("score = \"0\": must lie on scale 1..7");
    assertThat(rating.parse("5.0")).isEqualTo(new RatingAnswer(5));
    assertThatThrownBy(() -> rating.parse("4.5"))
        .hasMessage("score = \"4.5\": must be a whole number on the scale 1..5, such as 5 or 5.0");
  }

  @Test
  void goalOutcomesAreIdsOrTheQuestionsLabelsInAnyLanguageAndCase() {
    GoalCompletionQuestion question = new GoalCompletionQuestion("goal", TEXT, true,
        text("Yes, fully", "Vollständig", "Полностью", "完全"),
        text("Partly", "Teilweise", "Частично", "部分"), null);
    CellParser<GoalCompletionAnswer> parser = new GoalCompletionQuestionType()
        .cellParser(question, POINT).orElseThrow();

    assertThat(parser.parse("fully").outcome()).isEqualTo(GoalOutcome.FULLY);
    assertThat(parser.parse(" NOT-ACHIEVED ").outcome()).isEqualTo(GoalOutcome.NOT_ACHIEVED);
    assertThat(parser.parse("yes, FULLY").outcome()).isEqualTo(GoalOutcome.FULLY);
    assertThat(parser.parse("teilweise").outcome()).isEqualTo(GoalOutcome.PARTIALLY);
    // Cyrillic folds by Locale.ROOT too: ЧАСТИЧНО is частично.
    assertThat(parser.parse("ЧАСТИЧНО").outcome()).isEqualTo(GoalOutcome.PARTIALLY);
    assertThat(parser.parse("完全").outcome()).isEqualTo(GoalOutcome.FULLY);
    assertThatThrownBy(() -> parser.parse("Not at all"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outcome = \"Not at all\": must be a goal outcome: \"fully\", \"partially\", "
            + "\"not-achieved\" or the question's label of one");
  }

  @Test
  void twoOutcomesWithOneLabelAreAmbiguousNotGuessed() {
    GoalCompletionQuestion question = new GoalCompletionQuestion("goal", TEXT, true,
        LocalizedText.of("en", "Yes"), LocalizedText.of("en", "YES"), null);
    CellParser<GoalCompletionAnswer> parser = new GoalCompletionQuestionType()
        .cellParser(question, POINT).orElseThrow();

    assertThatThrownBy(() -> parser.parse("yes")).isInstanceOf(InvalidValueException.class)
        .hasMessage("outcome = \"yes\": matches the labels of \"fully\" and \"partially\" alike: "
            + "write the code instead");
    assertThat(parser.parse("partially").outcome()).isEqualTo(GoalOutcome.PARTIALLY);
  }

  private static SingleChoiceQuestion reason(boolean other) {
    return new SingleChoiceQuestion("reason", TEXT, true,
        List.of(new Choice("price", text("Price", "Preis", "Цена", "价格")),
            new Choice("delivery", text("Delivery", "Lieferung", "Доставка", "配送"))),
        other ? text("Something else", "Etwas anderes", "Другое", "其他") : null);
  }

  @Test
  void aSingleChoiceIsACodeOrALabelAndAnyOtherTextIsOtherWhenOffered() {
    CellParser<SingleChoiceAnswer> parser = new SingleChoiceQuestionType()
        .cellParser(reason(true), POINT).orElseThrow();

    assertThat(parser.parse("price")).isEqualTo(SingleChoiceAnswer.of("price"));
    assertThat(parser.parse(" PRICE ")).isEqualTo(SingleChoiceAnswer.of("price"));
    assertThat(parser.parse("lieferung")).isEqualTo(SingleChoiceAnswer.of("delivery"));
    assertThat(parser.parse("Цена")).isEqualTo(SingleChoiceAnswer.of("price"));
    assertThat(parser.parse("配送")).isEqualTo(SingleChoiceAnswer.of("delivery"));
    assertThat(parser.parse("other")).isEqualTo(SingleChoiceAnswer.of("other"));
    assertThat(parser.parse("Etwas anderes")).isEqualTo(SingleChoiceAnswer.of("other"));
    assertThat(parser.parse("  Gift wrap ")).isEqualTo(new SingleChoiceAnswer("other", "Gift wrap"));
  }

  @Test
  void aSingleChoiceNamingNothingWithoutOtherIsRefusedListingTheCodes() {
    CellParser<SingleChoiceAnswer> parser = new SingleChoiceQuestionType()
        .cellParser(reason(false), POINT).orElseThrow();

    assertThatThrownBy(() -> parser.parse("Gift wrap")).isInstanceOf(InvalidValueException.class)
        .hasMessage("choice = \"Gift wrap\": must name an option: one of the codes \"price\", "
            + "\"delivery\" or an option's label");
    // Without an "other" option, "other" is no code either.
    assertThatThrownBy(() -> parser.parse("other")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aCodeWinsOverAnotherOptionsLabel() {
    // Option b is labelled "a", the code of option a: the code decides.
    SingleChoiceQuestion question = new SingleChoiceQuestion("q", TEXT, true,
        List.of(Choice.of("a", "en", "First"), Choice.of("b", "en", "A")), null);
    CellParser<SingleChoiceAnswer> parser = new SingleChoiceQuestionType()
        .cellParser(question, POINT).orElseThrow();

    assertThat(parser.parse("a")).isEqualTo(SingleChoiceAnswer.of("a"));
    assertThat(parser.parse("A")).isEqualTo(SingleChoiceAnswer.of("a"));
    assertThat(parser.parse("first")).isEqualTo(SingleChoiceAnswer.of("a"));
  }

  private static MultipleChoiceQuestion topics(boolean other) {
    return new MultipleChoiceQuestion("topics", TEXT, false,
        List.of(new Choice("app", text("The app", "Die App", "Приложение", "应用")),
            new Choice("site", text("The website", "Die Website", "Сайт", "网站")),
            new Choice("support", text("Support", "Kundendienst", "Поддержка", "客服"))),
        other ? LocalizedText.of("en", "Other") : null, 0, other ? 4 : 3);
  }

  @Test
  void aMultipleChoiceSplitsItsCellByTheListSeparator() {
    CellParser<MultipleChoiceAnswer> semicolon = new MultipleChoiceQuestionType()
        .cellParser(topics(false), POINT).orElseThrow();
    CellParser<MultipleChoiceAnswer> bar = new MultipleChoiceQuestionType()
        .cellParser(topics(false), COMMA).orElseThrow();

    assertThat(semicolon.parse("app;site")).isEqualTo(MultipleChoiceAnswer.of("app", "site"));
    // Parts are trimmed and read like single choices; empty parts are ignored; order is kept.
    assertThat(semicolon.parse(" Kundendienst ;; the APP ;"))
        .isEqualTo(MultipleChoiceAnswer.of("support", "app"));
    assertThat(bar.parse("Сайт|应用")).isEqualTo(MultipleChoiceAnswer.of("site", "app"));
    // With | between choices, a ; is part of a label, and "app;site" names nothing.
    assertThatThrownBy(() -> bar.parse("app;site")).isInstanceOf(InvalidValueException.class)
        .hasMessage("choices[0] = \"app;site\": must name an option: one of the codes \"app\", "
            + "\"site\", \"support\" or an option's label");
    assertThat(semicolon.parse(";")).isEqualTo(MultipleChoiceAnswer.of());
  }

  @Test
  void aMultipleChoiceRefusesAnOptionTwiceAndASecondOtherText() {
    CellParser<MultipleChoiceAnswer> parser = new MultipleChoiceQuestionType()
        .cellParser(topics(true), POINT).orElseThrow();

    assertThat(parser.parse("app;Gift cards")).isEqualTo(
        new MultipleChoiceAnswer(List.of("app", "other"), "Gift cards"));
    assertThatThrownBy(() -> parser.parse("app;site;The app"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("choices[2] = \"The app\": names the option \"app\" again, like choices[0]: "
            + "choose each option once");
    assertThatThrownBy(() -> parser.parse("Gift cards;Vouchers"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("choices[1] = \"Vouchers\": names no option, and neither does \"Gift cards\": "
            + "only one part may be the text of \"other\"");
    // "other" and a text naming nothing are both "other".
    assertThatThrownBy(() -> parser.parse("other;Vouchers"))
        .hasMessage("choices[1] = \"Vouchers\": names the option \"other\" again, like "
            + "choices[0]: choose each option once");
  }

  @Test
  void anOpenTextIsTheCellAsItIs() {
    CellParser<OpenTextAnswer> parser = new OpenTextQuestionType()
        .cellParser(OpenTextQuestion.of("why", TEXT), POINT).orElseThrow();

    assertThat(parser.parse("  two\nlines, \"quoted\"  ")).isEqualTo(
        new OpenTextAnswer("  two\nlines, \"quoted\"  "));
  }

  @Test
  void aConsentIsAYesOrNoInSeveralLanguages() {
    CellParser<ContactConsentAnswer> parser = new ContactConsentQuestionType()
        .cellParser(new ContactConsentQuestion("contact", TEXT, false), POINT).orElseThrow();

    for (String yes : new String[] {"true", "TRUE", "yes", "Y", "1", "ja", "Oui", "да", "ДА", "是",
        " yes "}) {
      assertThat(parser.parse(yes)).as(yes).isEqualTo(new ContactConsentAnswer(true, null));
    }
    for (String no : new String[] {"false", "No", "n", "0", "nein", "non", "нет", "Нет", "否"}) {
      assertThat(parser.parse(no)).as(no).isEqualTo(ContactConsentAnswer.declining());
    }
    assertThatThrownBy(() -> parser.parse("maybe")).isInstanceOf(InvalidValueException.class)
        .hasMessage("consent = \"maybe\": must be a yes or no: true/false, yes/no, y/n, 1/0, "
            + "ja/nein, oui/non, да/нет or 是/否 (in any case)");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> new NpsQuestionType().cellParser(null, POINT))
        .isInstanceOf(NullPointerException.class).hasMessage("question");
    assertThatThrownBy(() -> new SingleChoiceQuestionType().cellParser(reason(true), null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
  }
}
