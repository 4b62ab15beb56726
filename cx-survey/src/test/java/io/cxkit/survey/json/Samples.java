package io.cxkit.survey.json;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A survey and responses of the test types, used across the JSON tests. */
final class Samples {
  private Samples() {}

  static Survey survey() {
    return Survey.builder("post-purchase")
        .version(2)
        .title(LocalizedText.of("en", "Your order").and("ru", "Ваш заказ").and("zh", "您的订单"))
        .thankYou(LocalizedText.of("en", "Thank you!"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .channel(Channel.MOBILE_WEB)
        .question(new TestTypes.ScoreQuestion("nps", LocalizedText.of("en", "How likely…"), true,
            NpsVariant.ONE_TO_TEN, 10, LocalizedText.of("en", "Not at all likely")))
        .question(new TestTypes.PickQuestion("reasons", LocalizedText.of("en", "Why?"), false,
            List.of("price", "speed"), TestTypes.Layout.TWO_COLUMNS, null))
        .question(new TestTypes.GoalQuestion("goal", LocalizedText.of("en", "Did you?"), false))
        .build();
  }

  static Response response() {
    return Response.builder("r-1", "post-purchase", 2)
        .respondent(Respondent.withConsent("c-42", ContactDetails.ofEmail("a@b.example")))
        .submittedAt(Instant.parse("2026-11-30T10:15:00Z"))
        .partial("goal")
        .context(new ResponseContext("checkout", Channel.WEB, "https://shop.example/cart", "mobile",
            Locale.forLanguageTag("ru-RU"), "B", Map.of("orderId", "o-7")))
        .answer("nps", new TestTypes.ScoreAnswer(9))
        .answer("reasons", new TestTypes.PickAnswer(List.of("speed"), "Fast."))
        .answer("goal", new TestTypes.GoalAnswer(GoalOutcome.NOT_ACHIEVED))
        .build();
  }
}
