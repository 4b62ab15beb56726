package io.cxkit.journey.cx;

import static io.cxkit.journey.cx.CxShop.T0;
import static io.cxkit.journey.cx.CxShop.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.types.NpsAnswer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad responses and definitions get typed errors and leave the analyzer as it was. */
class JourneyCxErrorsTest {

  private static JourneyCxAnalyzer analyzer() {
    return JourneyCxAnalyzer.of(CxShop.definition().build());
  }

  private static Response nps(String id, String customer, String touchpoint, int score) {
    return response(id, "post-purchase", customer, touchpoint, null, null, T0,
        Map.of("recommend", new NpsAnswer(score)));
  }

  @Test
  void aResponseAtAnUnknownTouchpointIsRefusedWithItsIdAndNothingCounted() {
    JourneyCxAnalyzer analyzer = analyzer().accept(nps("ok", "c1", "checkout", 9));
    JourneyCxResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(nps("r7", "c2", "basket", 9)))
        .isInstanceOf(UnknownTouchpointException.class)
        .isInstanceOf(UnknownResponseTouchpointException.class)
        .hasMessage("context.touchpointId = \"basket\": is not a touchpoint of journey map \"shop\""
            + " (response \"r7\")")
        .satisfies(e -> assertThat(((UnknownResponseTouchpointException) e).responseId())
            .isEqualTo("r7"));
    assertThat(analyzer.result()).isEqualTo(before);
  }

  @Test
  void aResponseToAnotherSurveyIsRefused() {
    JourneyCxAnalyzer analyzer = analyzer();
    Response other = response("x1", "newsletter", "c1", "checkout", null, null, T0,
        Map.of("recommend", new NpsAnswer(9)));

    assertThatThrownBy(() -> analyzer.accept(other)).isInstanceOf(UnknownSurveyException.class)
        .hasMessage("surveyId = \"newsletter\": response \"x1\" is to a survey not given to this"
            + " join; the surveys are [post-purchase, visit, after-delivery, after-support]");
    assertThat(analyzer.result().responses()).isZero();
  }

  @Test
  void aResponseThatDoesNotFitItsSurveyIsRefusedAsCxSurveyRefusesIt() {
    JourneyCxAnalyzer analyzer = analyzer().accept(nps("ok", "c1", "checkout", 9));
    JourneyCxResult before = analyzer.result();

    // 11 is off the 0..10 scale; the error is cx-survey's, naming the answer's path.
    assertThatThrownBy(() -> analyzer.accept(nps("bad", "c2", "checkout", 11)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("answers.recommend");
    Response otherVersion = Response.builder("v2", "post-purchase", 2).submittedAt(T0)
        .answer("recommend", new NpsAnswer(9)).build();
    assertThatThrownBy(() -> analyzer.accept(otherVersion))
        .isInstanceOf(InvalidResponseException.class);
    assertThat(analyzer.result()).isEqualTo(before);
  }

  @Test
  void aGroupBeyondTheCapIsRefusedWholeInEveryView() {
    JourneyCx definition = JourneyCx.builder(CxShop.map()).survey(CxShop.nps())
        .groups("segment", id -> "seg-" + id).maxGroups(2).build();
    JourneyCxAnalyzer analyzer = JourneyCxAnalyzer.of(definition)
        .accept(nps("a", "c1", "checkout", 9)).accept(nps("b", "c2", "checkout", 9))
        .accept(nps("c", "c1", "checkout", 3));
    JourneyCxResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(nps("d", "c3", "checkout", 9)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("segment = \"seg-c3\": would open group 3 of at most 2");
    // Not in the touchpoint view either, though that view has room.
    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(before.byTouchpoint("post-purchase").group("checkout").responses()).isEqualTo(3);
  }

  @Test
  void partitionsWhoseGroupsTogetherExceedTheCapDoNotMerge() {
    // maxGroups 2: c1, c2 in one partition and c3, c4 in the other each open 2 segments; together
    // 4, which one analyzer of all four responses would have refused at the third.
    JourneyCx definition = JourneyCx.builder(CxShop.map()).survey(CxShop.nps())
        .groups("segment", id -> "seg-" + id).maxGroups(2).build();
    JourneyCxResult a = JourneyCxAnalyzer.of(definition).accept(nps("a", "c1", "checkout", 9))
        .accept(nps("b", "c2", "checkout", 9)).result();
    JourneyCxResult b = JourneyCxAnalyzer.of(definition).accept(nps("c", "c3", "checkout", 9))
        .accept(nps("d", "c4", "checkout", 9)).result();
    JourneyCxResult same = JourneyCxAnalyzer.of(definition).accept(nps("e", "c1", "checkout", 3))
        .result();

    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("segment = 4 groups of survey \"post-purchase\": the results added hold more"
            + " than 2 (maxGroups) groups together, as one analyzer of all the responses would have"
            + " refused");
    // Within the cap they add: seg-c1 (2 responses) and seg-c2 (1).
    assertThat(a.plus(same).byGroup("post-purchase", "segment").group("seg-c1").responses())
        .isEqualTo(2);
  }

  @Test
  void badDefinitionsAreRefused() {
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("surveys = none");
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).survey(CxShop.nps(), CxShop.nps())
        .build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("surveys = \"post-purchase\": is given twice; give each survey id once, in one"
            + " version");
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).survey(CxShop.nps())
        .groups("stage", id -> null).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("dimension = \"stage\": is the name of a view");
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).survey(CxShop.nps()).minimumN(-1)
        .build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("minimumN = -1: must be a count ≥ 0");
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).minimumN(1).minimumN(2))
        .isInstanceOf(IllegalStateException.class).hasMessage("minimumN was already set");
    assertThatThrownBy(() -> JourneyCx.builder(CxShop.map()).survey(CxShop.nps()).build()
        .survey("nope")).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("surveyId = \"nope\": must be one of the surveys of this definition:"
            + " [post-purchase]");
  }

  @Test
  void unknownSurveysAndViewsOfAResultAreTyped() {
    JourneyCxResult result = analyzer().result();
    assertThatThrownBy(() -> result.byTouchpoint("nope")).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("surveyId = \"nope\"");
    assertThatThrownBy(() -> result.view("post-purchase", "country"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("view = \"country\": must be one of the views of this definition: [touchpoint,"
            + " stage, channel, variant, persona, segment]");
  }

  @Test
  void resultsOfAnotherDefinitionDoNotMerge() {
    JourneyCxResult a = analyzer().result();
    JourneyCxResult b = JourneyCxAnalyzer.of(CxShop.definition().minimumN(5).build()).result();
    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IncompatibleMergeException.class);
  }
}
