package io.cxkit.journey.cx;

import io.cxkit.core.GoalOutcome;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.analysis.ExitAnalyzer;
import io.cxkit.journey.analysis.ExitDefinition;
import io.cxkit.journey.analysis.ExitResult;
import io.cxkit.journey.analysis.TrafficAnalyzer;
import io.cxkit.journey.analysis.TrafficResult;
import io.cxkit.journey.analysis.TrafficShop;
import io.cxkit.survey.Channel;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The small shop of the scorecard tests: the map, ten customers and purchase goal of {@link
 * TrafficShop} (consideration: home, product-page; purchase: cart, checkout, order-confirmation;
 * support: help), an NPS survey answered at three touchpoints and a CES + goal survey answered at
 * the help centre.
 *
 * <pre>
 * c1   home, product-page, cart, checkout, order-confirmation(purchase)
 * c2   home, product-page, cart
 * c3   home, cart, checkout, order-confirmation(purchase), cart
 * c4   product-page, order-confirmation(purchase), cart, help
 * c5   home, home
 * c6   home, product-page
 * c7   help, home, product-page, cart, checkout, order-confirmation(purchase)
 * c8   product-page, cart, checkout
 * c9   order-confirmation
 * c10  home, help
 * </pre>
 */
final class ScorecardShop {
  static final Instant T0 = TrafficShop.T0;

  private ScorecardShop() {}

  static JourneyMap map() {
    return TrafficShop.map();
  }

  static TrafficResult traffic() {
    return TrafficAnalyzer.of(TrafficShop.purchase()).acceptAll(TrafficShop.events().iterator())
        .result();
  }

  /**
   * Goal: a purchase at the order confirmation; horizon 1 day, end T0 + 10 days. Every event is
   * on day 0, so the six customers who never purchased left at their last touchpoint: c2 cart,
   * c5 home, c6 product-page, c8 checkout, c9 order-confirmation, c10 help.
   */
  static ExitResult exits() {
    return ExitAnalyzer.of(ExitDefinition.builder(map())
        .goal("order-confirmation", EventKind.PURCHASE).horizon(Duration.ofDays(1))
        .end(T0.plus(Duration.ofDays(10))).build())
        .acceptAll(TrafficShop.events().iterator()).result();
  }

  static Survey npsSurvey() {
    return Survey.builder("checkout-nps").title(LocalizedText.of("en", "After checkout")).kind(io.cxkit.survey.SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend"
            + " us to a friend?")))
        .build();
  }

  static Survey helpSurvey() {
    return Survey.builder("help-ces").title(LocalizedText.of("en", "Help centre")).kind(io.cxkit.survey.SurveyKind.TRANSACTIONAL)
        .question(CesQuestion.of("ces", LocalizedText.of("en", "The help centre made it easy for"
            + " me to handle my issue.")))
        .question(GoalCompletionQuestion.of("goal", LocalizedText.of("en", "Did you find what"
            + " you came for?")))
        .build();
  }

  /**
   * NPS answers by touchpoint: cart 10 9 3 2 6 (2 promoters, 3 detractors: NPS −20); order
   * confirmation 10 10 9 9 8 7 (4 promoters, 2 passives: NPS 66.67); home 9 5 (NPS 0); one
   * response without a touchpoint, 0.
   */
  static List<Response> npsResponses() {
    List<Response> responses = new ArrayList<>();
    int[][] scores = {{10, 9, 3, 2, 6}, {10, 10, 9, 9, 8, 7}, {9, 5}, {0}};
    String[] touchpoints = {"cart", "order-confirmation", "home", null};
    for (int g = 0; g < scores.length; g++) {
      for (int score : scores[g]) {
        responses.add(nps(responses.size(), touchpoints[g], score));
      }
    }
    return responses;
  }

  static Response nps(int i, @Nullable String touchpoint, int score) {
    return Response.builder("n" + i, "checkout-nps", 1).submittedAt(T0)
        .context(context(touchpoint)).answer("nps", new NpsAnswer(score)).build();
  }

  static ResponseContext context(@Nullable String touchpoint) {
    return new ResponseContext(touchpoint, Channel.WEB, null, null, null, null, Map.of());
  }

  /** CES at the help centre 7 6 2 (mean 5.0); goal fully, fully, not achieved (66.67 %). */
  static List<Response> helpResponses() {
    int[] ces = {7, 6, 2};
    GoalOutcome[] goals = {GoalOutcome.FULLY, GoalOutcome.FULLY, GoalOutcome.NOT_ACHIEVED};
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < ces.length; i++) {
      responses.add(Response.builder("h" + i, "help-ces", 1).submittedAt(T0)
          .context(context("help")).answer("ces", new CesAnswer(ces[i]))
          .answer("goal", new GoalCompletionAnswer(goals[i])).build());
    }
    return responses;
  }

  static GroupedSummary byTouchpoint(Survey survey, List<Response> responses) {
    return GroupedSummarizer.of(survey, GroupKey.touchpoint()).addAll(responses.iterator())
        .snapshot();
  }

  static GroupedSummary byStage(Survey survey, List<Response> responses) {
    JourneyMap map = map();
    return GroupedSummarizer.of(survey, GroupKey.of("stage", r -> {
      String touchpoint = r.context().touchpointId();
      return touchpoint == null ? null : map.requireTouchpoint(touchpoint).stageId();
    })).addAll(responses.iterator()).snapshot();
  }
}
