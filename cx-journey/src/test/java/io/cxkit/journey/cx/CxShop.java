package io.cxkit.journey.cx;

import io.cxkit.core.GoalOutcome;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small shop whose surveys are asked where they belong: an NPS after purchase (checkout and order
 * confirmation), a goal question with reasons at checkout, order confirmation and support chat, a
 * CSAT after delivery and a CES after support. Every figure the tests check is computed by hand in
 * their comments from the lists below.
 */
final class CxShop {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z"); // a Monday

  private CxShop() {}

  static JourneyMap map() {
    return JourneyMap.builder("shop", "Shop")
        .stage("purchase", "Purchase")
        .touchpoint("checkout", "Checkout", "purchase", Channel.WEB)
        .touchpoint("order-confirmation", "Order confirmation", "purchase", Channel.WEB)
        .stage("delivery", "Delivery")
        .touchpoint("delivery", "Delivery", "delivery", Channel.STORE)
        .stage("support", "Support")
        .touchpoint("support-chat", "Support chat", "support", Channel.CHAT)
        .touchpoint("support-call", "Support call", "support", Channel.PHONE)
        .build();
  }

  static Survey nps() {
    return Survey.builder("post-purchase")
        .title(LocalizedText.of("en", "After your purchase"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("recommend", LocalizedText.of("en", "Would you recommend us?")))
        .build();
  }

  static Survey visit() {
    return Survey.builder("visit")
        .title(LocalizedText.of("en", "Your visit"))
        .kind(SurveyKind.EXIT_FEEDBACK)
        .question(GoalCompletionQuestion.of("goal",
            LocalizedText.of("en", "Did you achieve the goal of your visit?")))
        .question(new SingleChoiceQuestion("reasons", LocalizedText.of("en", "What stopped you?"),
            false, List.of(Choice.of("missing-information", "en", "Missing information"),
                Choice.of("technical-problem", "en", "A technical problem"),
                Choice.of("price", "en", "The price")),
            null))
        .route(RoutingRule.after("goal").when(Condition.answer("goal").equalTo("fully")).endSurvey())
        .build();
  }

  static Survey delivery() {
    return Survey.builder("after-delivery")
        .title(LocalizedText.of("en", "Your delivery"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(CsatQuestion.of("satisfied", LocalizedText.of("en", "How satisfied were you?")))
        .build();
  }

  static Survey support() {
    return Survey.builder("after-support")
        .title(LocalizedText.of("en", "Your support contact"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(CesQuestion.of("effort", LocalizedText.of("en", "It was easy to handle my issue")))
        .build();
  }

  /** c1, c2, c3, c7 have more than 2 orders (loyal); the other profiles fewer (newcomer). */
  static List<CustomerProfile> profiles() {
    List<CustomerProfile> profiles = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      boolean loyal = i == 1 || i == 2 || i == 3 || i == 7;
      profiles.add(CustomerProfile.of("c" + i).with("orders", AttributeValue.number(loyal ? 5 : 1)));
    }
    return profiles;
  }

  static PersonaClassifier personas() {
    return PersonaSet.of(
        Persona.builder("loyal", "Loyal").rule(ProfileFacts.attribute("orders").greaterThan(2))
            .build(),
        Persona.builder("newcomer", "Newcomer").rule(ProfileFacts.attribute("orders").lessThan(3))
            .build())
        .classifier(LocalDate.of(2026, 3, 1));
  }

  /** Segments by hand: c1..c5 "eu", c6..c10 "us"; c11 none. */
  static Map<String, String> segments() {
    Map<String, String> segments = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      segments.put("c" + i, i <= 5 ? "eu" : "us");
    }
    return segments;
  }

  static JourneyCx.Builder definition() {
    return JourneyCx.builder(map()).survey(nps(), visit(), delivery(), support())
        .personas(personas(), profiles())
        .groups("segment", io.cxkit.journey.CustomerGroups.of(segments()));
  }

  static Response response(String id, String surveyId, @Nullable String customer,
      @Nullable String touchpoint, @Nullable Channel channel, @Nullable String variant,
      Instant at, Map<String, Answer> answers) {
    Response.Builder builder = Response.builder(id, surveyId, 1).submittedAt(at)
        .context(new ResponseContext(touchpoint, channel, null, null, null, variant, Map.of()));
    if (customer != null) {
      builder.respondent(Respondent.of(customer));
    }
    answers.forEach(builder::answer);
    return builder.build();
  }

  /**
   * Post-purchase NPS. At order-confirmation c1..c6 score 10, 9, 9, 8, 3, 10 (c6 answered by
   * e-mail); at checkout c7..c10 score 2, 6, 9, 7; c11 answered without a touchpoint: 10. c1..c5
   * answered in the week of T0, the others a week later.
   */
  static List<Response> npsResponses() {
    int[] scores = {10, 9, 9, 8, 3, 10, 2, 6, 9, 7, 10};
    List<Response> responses = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String touchpoint = i <= 6 ? "order-confirmation" : i <= 10 ? "checkout" : null;
      Channel channel = i == 6 ? Channel.EMAIL : null;
      Instant at = T0.plusSeconds(i <= 5 ? 3600L * i : 7 * 86_400L + 3600L * i);
      responses.add(response("n" + i, "post-purchase", "c" + i, touchpoint, channel, null, at,
          Map.of("recommend", new NpsAnswer(scores[i - 1]))));
    }
    return responses;
  }

  /**
   * Goal of the visit, 10 responses at each of checkout (2 fully), order-confirmation (8 fully)
   * and support-chat (5 fully), anonymous. A/B test at checkout and order confirmation: the first
   * five of each saw variant A, the last five B; checkout's fully are its 9th and 10th, order
   * confirmation's its 3rd to 10th, so A has 0 + 3 = 3 fully of 10 and B 2 + 5 = 7 of 10.
   * Not-fully answers give reasons: at checkout the first five "price", the next three
   * "technical-problem"; elsewhere "missing-information".
   */
  static List<Response> visitResponses() {
    List<Response> responses = new ArrayList<>();
    String[] touchpoints = {"checkout", "order-confirmation", "support-chat"};
    int[] firstFully = {9, 3, 6};
    for (int t = 0; t < touchpoints.length; t++) {
      for (int i = 1; i <= 10; i++) {
        boolean fully = i >= firstFully[t];
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("goal", new GoalCompletionAnswer(fully ? GoalOutcome.FULLY
            : i % 2 == 0 ? GoalOutcome.PARTIALLY : GoalOutcome.NOT_ACHIEVED));
        if (!fully) {
          String reason = t == 0 ? (i <= 5 ? "price" : "technical-problem") : "missing-information";
          answers.put("reasons", SingleChoiceAnswer.of(reason));
        }
        String variant = t == 2 ? null : i <= 5 ? "A" : "B";
        responses.add(response("v" + t + "-" + i, "visit", null, touchpoints[t], null, variant,
            T0.plusSeconds(60L * (10 * t + i)), answers));
      }
    }
    return responses;
  }

  /** CSAT after delivery (1..5, satisfied 4..5): c1..c5 answer 5, 4, 4, 2, 3: 3 of 5 satisfied. */
  static List<Response> deliveryResponses() {
    int[] scores = {5, 4, 4, 2, 3};
    List<Response> responses = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      responses.add(response("d" + i, "after-delivery", "c" + i, "delivery", null, null,
          T0.plusSeconds(100L * i), Map.of("satisfied", new CsatAnswer(scores[i - 1]))));
    }
    return responses;
  }

  /**
   * CES 2.0 after support (1..7, agree 5..7): support-chat c1..c4 answer 7, 6, 5, 2 (mean 5);
   * support-call c5, c6 answer 3, 1 (mean 2).
   */
  static List<Response> supportResponses() {
    int[] scores = {7, 6, 5, 2, 3, 1};
    List<Response> responses = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      responses.add(response("s" + i, "after-support", "c" + i, i <= 4 ? "support-chat"
          : "support-call", null, null, T0.plusSeconds(200L * i),
          Map.of("effort", new CesAnswer(scores[i - 1]))));
    }
    return responses;
  }

  static List<Response> all() {
    List<Response> all = new ArrayList<>(npsResponses());
    all.addAll(visitResponses());
    all.addAll(deliveryResponses());
    all.addAll(supportResponses());
    return all;
  }
}
