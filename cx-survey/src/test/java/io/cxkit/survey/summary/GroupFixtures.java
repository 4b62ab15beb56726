package io.cxkit.survey.summary;

import io.cxkit.survey.Navigation;
import io.cxkit.survey.Question;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.RoutedArbitraries.Choices;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.types.NpsAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Responses for the grouped-summary, A/B and trend tests, and an independent implementation of
 * the formulas those tests check cx-core's numbers against.
 */
final class GroupFixtures {
  static final Survey NPS = RoutingExamples.npsFollowUps();
  static final EstimateKey NPS_KEY = EstimateKey.question("nps", "nps");
  static final Instant AT = Instant.parse("2026-11-30T09:15:00Z");
  private static final AtomicInteger IDS = new AtomicInteger();

  private GroupFixtures() {}

  static ResponseContext variant(@Nullable String variant) {
    return new ResponseContext(null, null, null, null, null, variant, Map.of());
  }

  static ResponseContext locale(@Nullable String tag) {
    return new ResponseContext(null, null, null, null, tag == null ? null : Locale.forLanguageTag(tag),
        null, Map.of());
  }

  static ResponseContext attributes(Map<String, String> attributes) {
    return new ResponseContext(null, null, null, null, null, null, attributes);
  }

  private static String nextId() {
    return "r-" + IDS.incrementAndGet();
  }

  /** A completed response to {@link #NPS} with only the score answered (follow-ups optional). */
  static Response completed(int score, ResponseContext context, Instant at) {
    return Response.builder(nextId(), NPS.id(), NPS.version()).submittedAt(at).context(context)
        .answer("nps", new NpsAnswer(score)).build();
  }

  static Response completed(int score, ResponseContext context) {
    return completed(score, context, AT);
  }

  static Response completedAt(int score, Instant at) {
    return completed(score, ResponseContext.EMPTY, at);
  }

  /**
   * A partial response to {@link #NPS}: the score answered, then left at its follow-up (went-wrong
   * for a detractor, liked for a promoter; a passive has none, so the score must not be 7 or 8).
   */
  static Response partial(int score, ResponseContext context) {
    if (score == 7 || score == 8) {
      throw new IllegalArgumentException("a passive's path ends after the score: " + score);
    }
    return Response.builder(nextId(), NPS.id(), NPS.version()).submittedAt(AT).context(context)
        .partial(score <= 6 ? "went-wrong" : "liked").answer("nps", new NpsAnswer(score)).build();
  }

  static Response dismissed(ResponseContext context) {
    return Response.builder(nextId(), NPS.id(), NPS.version()).submittedAt(AT).context(context)
        .dismissed().build();
  }

  /** @return completed responses with these scores, all in one context */
  static List<Response> completed(ResponseContext context, int... scores) {
    List<Response> out = new ArrayList<>(scores.length);
    for (int score : scores) {
      out.add(completed(score, context));
    }
    return out;
  }

  /**
   * A respondent led through a survey by its navigator, every move decoded from {@code choices}:
   * one in eight dismisses it; otherwise at each question they leave (a partial response), skip
   * an optional question, or answer with a valid answer of {@link RoutedArbitraries#answer}.
   */
  static Response walk(SurveyNavigator navigator, Choices choices, String id, Instant at,
      ResponseContext context) {
    Survey survey = navigator.survey();
    if (choices.next(8) == 0) {
      return Response.builder(id, survey.id(), survey.version()).submittedAt(at).context(context)
          .dismissed().build();
    }
    Navigation navigation = navigator.begin();
    while (navigation.current().isPresent()) {
      Question question = navigation.current().get();
      int move = choices.next(10);
      if (move == 0) {
        break;
      }
      if (move == 1 && !question.required()) {
        navigation.skip();
      } else {
        navigation.answer(RoutedArbitraries.answer(question, choices));
      }
    }
    return navigation.toResponse(id).submittedAt(at).context(context).build();
  }

  // --- formulas, written out independently of cx-core --------------------------------------------

  /**
   * Rocks' adjusted-Wald comparison of two NPS (Rocks 2016, as cx-core's {@code Nps.comparedWith}
   * cites): add ¾ promoter, 1½ passives, ¾ detractor to each side; d' = NPS'₁ − NPS'₂, SE = 100 ·
   * sqrt(v₁/n'₁ + v₂/n'₂) with v = p + d − (p − d)² of the adjusted shares.
   *
   * @return {d', SE, two-sided p}
   */
  static double[] adjustedWald(long pro1, long pas1, long det1, long pro2, long pas2, long det2) {
    double n1 = pro1 + pas1 + det1 + 3;
    double n2 = pro2 + pas2 + det2 + 3;
    double p1 = (pro1 + 0.75) / n1;
    double d1 = (det1 + 0.75) / n1;
    double p2 = (pro2 + 0.75) / n2;
    double d2 = (det2 + 0.75) / n2;
    double diff = 100 * ((p1 - d1) - (p2 - d2));
    double se = 100 * Math.sqrt((p1 + d1 - (p1 - d1) * (p1 - d1)) / n1
        + (p2 + d2 - (p2 - d2) * (p2 - d2)) / n2);
    return new double[] {diff, se, twoSidedP(diff / se)};
  }

  /**
   * The pooled two-proportion z-test (Agresti, Categorical Data Analysis, as cx-core's {@code
   * Percentage.comparedWith} cites): z = (p₁ − p₂) / sqrt(p̄(1 − p̄)(1/n₁ + 1/n₂)).
   *
   * @return {difference in percentage points, z, two-sided p}
   */
  static double[] twoProportion(long s1, long n1, long s2, long n2) {
    double p1 = (double) s1 / n1;
    double p2 = (double) s2 / n2;
    double pooled = (double) (s1 + s2) / (n1 + n2);
    double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return new double[] {100 * (p1 - p2), z, twoSidedP(z)};
  }

  /** 2 · (1 − Φ(|z|)) = erfc(|z| / √2). */
  static double twoSidedP(double z) {
    return erfc(Math.abs(z) / Math.sqrt(2));
  }

  /**
   * The complementary error function by the Chebyshev fit of Numerical Recipes in C (2nd ed.,
   * §6.2, {@code erfcc}), with a fractional error below 1.2e-7 everywhere: independent of the
   * Hipparchus code cx-core uses.
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
        + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
        + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
  }
}
