package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.types.OpenTextQuestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which routing conditions a ranking supports: {@code is-answered} and {@code is-skipped} only. A
 * survey that compares a ranking is refused when it is built, with the type and operator named;
 * the last test shows why: on a valid ranking {@code contains} and {@code equals} hold whatever the
 * respondent's order.
 */
class RankingConditionsTest {

  private static final RankingQuestion DELIVERY = new RankingQuestion("delivery",
      LocalizedText.of("en", "Rank the delivery options"), true,
      List.of(RankingOption.of("courier", "Courier"), RankingOption.of("locker", "Parcel locker"),
          RankingOption.of("pickup", "Pick-up point")));

  /** A survey asking why after the ranking, skipped when {@code when} holds. */
  private static Survey routed(Condition when) {
    return Survey.builder("delivery-feedback")
        .title(LocalizedText.of("en", "Delivery"))
        .kind(SurveyKind.PRODUCT)
        .question(DELIVERY)
        .question(OpenTextQuestion.of("why", LocalizedText.of("en", "Why this order?")))
        .route(RoutingRule.after("delivery").when(when).endSurvey())
        .build();
  }

  @Test
  void aSkippedRankingCanEndTheSurvey() {
    Survey survey = routed(Condition.answer("delivery").isSkipped());
    assertThat(survey.routing()).hasSize(1);
  }

  @Test
  void comparingARankingIsRefusedNamingTheTypeAndOperator() {
    // The standard registry finds the ranking type through META-INF/services (tests run on the
    // class path), so building the survey checks its operators.
    assertThatThrownBy(() -> routed(Condition.answer("delivery").contains("courier")))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("routing[0].when.operator = contains: question delivery is of type ranking, which"
            + " supports is-answered, is-skipped");
    assertThatThrownBy(() -> routed(Condition.answer("delivery").equalToCodes(
            List.of("courier", "locker", "pickup"))))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("routing[0].when.operator = equals: question delivery is of type ranking, which"
            + " supports is-answered, is-skipped");
  }

  @Test
  void containsAndEqualsWouldHoldForEveryOrder() {
    RankingQuestionType type = new RankingQuestionType();
    Operand delivery = Operand.answer("delivery");
    Condition containsCourier = Condition.answer("delivery").contains("courier");
    Condition equalsInQuestionOrder = Condition.answer("delivery")
        .equalToCodes(List.of("courier", "locker", "pickup"));
    // All 3! = 6 orders of the three options: the conditions cannot tell them apart.
    List<RankingAnswer> orders = List.of(RankingAnswer.of("courier", "locker", "pickup"),
        RankingAnswer.of("courier", "pickup", "locker"), RankingAnswer.of("locker", "courier", "pickup"),
        RankingAnswer.of("locker", "pickup", "courier"), RankingAnswer.of("pickup", "courier", "locker"),
        RankingAnswer.of("pickup", "locker", "courier"));
    for (RankingAnswer answer : orders) {
      assertThat(type.validate(DELIVERY, answer)).isEmpty();
      AnswerValue value = type.valueOf(answer);
      Facts facts = Facts.of(Map.of(delivery, value));
      assertThat(containsCourier.test(facts)).as("contains on %s", answer).isTrue();
      assertThat(equalsInQuestionOrder.test(facts)).as("equals on %s", answer).isTrue();
    }
    assertThat(type.operators()).isEmpty();
  }
}
