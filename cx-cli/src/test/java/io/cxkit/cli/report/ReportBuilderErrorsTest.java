package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.cli.report.ReportBuilderTest.Fixture;
import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.types.NpsAnswer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad settings, bad records and calls out of phase: typed errors naming the field, the value and
 * the rule (or the phase), and a refused record counted nowhere.
 */
class ReportBuilderErrorsTest {

  private static ReportBuilder builder(ReportSettings settings) {
    return ReportBuilder.of(settings, Fixture.SURVEYS, Fixture.MAP, Fixture.PERSONAS);
  }

  private static ReportSettings.Builder base() {
    return ReportSettings.builder().asOf(ReportBuilderTest.AS_OF);
  }

  @Test
  void unknownFunnelStepNamesItsIndexValueAndTheKnownIds() {
    assertThatThrownBy(() -> builder(base().funnel(List.of("product", "basket")).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("funnel[1]")
        .hasMessageContaining("\"basket\"")
        .hasMessageContaining("touchpoints are home, product, cart, confirmation, delivery")
        .hasMessageContaining("stages are browse, buy, after, empty")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("funnel[1]"));
  }

  @Test
  void anAsOfOrExitHorizonTheAnalyzersCannotCountIsRefusedBeforeAnyEvent() {
    // The journey analyzers count time in microseconds in a long: about ±292 000 years of 1970.
    // Refused at the first event, every event was a bad record; now ReportBuilder.of refuses it.
    Instant far = Instant.parse("+300000-01-01T00:00:00Z");
    assertThatThrownBy(() -> builder(ReportSettings.builder().asOf(far).build()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("+300000-01-01T00:00:00Z")
        .hasMessageContaining("292 000 years");
    java.time.Duration long300000Years = java.time.Duration.ofDays(366L * 300_000);
    assertThatThrownBy(() -> builder(base().exitHorizon(long300000Years).build()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("horizon")
        .hasMessageContaining("292 000 years");
    // Without a journey map nothing counts in microseconds, and the same settings are fine.
    assertThat(ReportBuilder.of(ReportSettings.builder().asOf(far).build(), Fixture.SURVEYS,
        null, null).build(Fixture.NO_FILES).retention()).isNull();
  }

  @Test
  void unknownKindOfAFunnelStep() {
    assertThatThrownBy(() -> builder(base().funnel(List.of("product", "cart:buy")).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("funnel[1]")
        .hasMessageContaining("\"buy\" is not one of view, start, complete, abandon, purchase,"
            + " contact");
  }

  @Test
  void aStageWithoutTouchpointsIsNoStep() {
    assertThatThrownBy(() -> builder(base().funnel(List.of("product", "empty")).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("funnel[1]")
        .hasMessageContaining("has no touchpoint");
  }

  @Test
  void aRepeatedStep() {
    assertThatThrownBy(() -> builder(base().funnel(List.of("cart:view", "product", "cart:view"))
        .build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("funnel[2]")
        .hasMessageContaining("counts the same events as funnel[0]");
  }

  @Test
  void unknownGoal() {
    assertThatThrownBy(() -> builder(base().goal("checkout:purchase").build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("goal")
        .hasMessageContaining("\"checkout:purchase\"")
        .hasMessageContaining("names neither a touchpoint nor a stage of journey map \"mini\"")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("goal"));
  }

  @Test
  void groupingsThatNeedWhatWasNotGiven() {
    assertThatThrownBy(() -> ReportBuilder.of(base().by(GroupBy.PERSONA).build(),
        Fixture.SURVEYS, Fixture.MAP, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("by = persona")
        .hasMessageContaining("needs personas");
    assertThatThrownBy(() -> builder(base().by(GroupBy.SEGMENT).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("by = segment")
        .hasMessageContaining("needs a segment attribute");
  }

  @Test
  void surveys() {
    assertThatThrownBy(() -> ReportBuilder.of(base().build(), List.of(), null, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one survey");
    assertThatThrownBy(() -> ReportBuilder.of(base().build(),
        List.of(Fixture.POST, Fixture.EXIT, Fixture.POST), null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("surveys[2].id")
        .hasMessageContaining("duplicates the id of surveys[0]");
    assertThatThrownBy(() -> ReportBuilder.of(null, Fixture.SURVEYS, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("settings");
  }

  @Test
  void outOfPhase() {
    ReportBuilder builder = builder(base().build());
    builder.profile(CustomerProfile.of("c1"));
    builder.event(JourneyEvent.of("c1", "product", Instant.parse("2026-01-05T10:00:00Z"),
        EventKind.VIEW));
    assertThatThrownBy(() -> builder.profile(CustomerProfile.of("c2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a profile came in the events phase, after the profiles phase ended: give"
            + " profiles, then events, then responses");
    builder.response(Fixture.responses().get(0));
    assertThatThrownBy(() -> builder.event(JourneyEvent.of("c1", "cart",
        Instant.parse("2026-01-05T10:02:00Z"), EventKind.VIEW)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("an event came in the responses phase");
    builder.build(Fixture.NO_FILES);
    assertThatThrownBy(() -> builder.response(Fixture.responses().get(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a response came after the report was built");
    assertThatThrownBy(() -> builder.build(Fixture.NO_FILES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("build came after the report was built");
  }

  @Test
  void anEventNeedsAMap() {
    ReportBuilder builder = ReportBuilder.of(base().build(), Fixture.SURVEYS, null, null);
    assertThatThrownBy(() -> builder.event(JourneyEvent.of("c1", "product",
        Instant.parse("2026-01-05T10:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("an event needs a journey map");
  }

  @Test
  void aRefusedRecordCountsNowhere() {
    ReportBuilder builder = builder(base().funnel(List.of("product", "cart")).build());
    builder.profile(CustomerProfile.of("c1"));
    assertThatThrownBy(() -> builder.profile(CustomerProfile.of("c1")))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("is read already");
    builder.event(JourneyEvent.of("c1", "product", Instant.parse("2026-01-05T10:00:00Z"),
        EventKind.VIEW));
    // An unknown touchpoint and an event earlier than the customer's previous one.
    assertThatThrownBy(() -> builder.event(JourneyEvent.of("c1", "basket",
        Instant.parse("2026-01-05T10:01:00Z"), EventKind.VIEW)))
        .isInstanceOf(UnknownTouchpointException.class);
    assertThatThrownBy(() -> builder.event(JourneyEvent.of("c1", "cart",
        Instant.parse("2026-01-05T09:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(EventOrderException.class);
    // A score off the scale, and a response of a survey the report does not have.
    Response offScale = Response.builder("bad", "post", 1).respondent(Respondent.of("c1"))
        .submittedAt(Instant.parse("2026-02-01T00:00:00Z")).answer("nps", new NpsAnswer(11))
        .build();
    assertThatThrownBy(() -> builder.response(offScale))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("0..10");
    Response stranger = Response.builder("x", "quarterly", 1)
        .submittedAt(Instant.parse("2026-02-01T00:00:00Z")).build();
    assertThatThrownBy(() -> builder.response(stranger))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("surveyId = \"quarterly\"")
        .hasMessageContaining("is not one of the report's surveys: post, exit, care");
    CxReport report = builder.build(Fixture.NO_FILES);
    // One customer, one product view: the funnel entered once, nobody reached the cart.
    assertThat(report.funnel().entered()).isEqualTo(1);
    assertThat(report.funnel().steps().get(1).reached()).isZero();
    assertThat(report.info().surveys()).allSatisfy(s -> assertThat(s.responses()).isZero());
    assertThat(report.followUp().checked()).isZero();
    // The off-scale response's instant was not seen either.
    assertThat(report.info().to()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(CxException.class).isAssignableFrom(InvalidValueException.class);
  }

  @Test
  void aRefusedFirstEventDoesNotDateTheChurnPeriods() {
    ReportBuilder builder = ReportBuilder.of(base().build(), Fixture.SURVEYS, Fixture.MAP, null);
    assertThatThrownBy(() -> builder.event(JourneyEvent.of("c1", "basket",
        Instant.parse("2026-01-05T10:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket");
    builder.event(JourneyEvent.of("c1", "confirmation", Instant.parse("2026-03-05T10:00:00Z"),
        EventKind.PURCHASE));
    CxReport report = builder.build(Fixture.NO_FILES);
    // Churn runs from March (the first event counted) to April (May holds asOf).
    assertThat(report.retention().churn()).extracting(CxReport.ChurnPeriod::start)
        .containsExactly("2026-03-01", "2026-04-01");
    assertThat(report.info().from()).isEqualTo("2026-03-05T10:00:00Z");
  }

  @Test
  void aResponseThatWouldStretchTheTrendBeyondItsCapIsCountedNowhere() {
    // By day, 2026-02-20 and 1990-01-01 are 13 199 days apart, beyond the trend's cap of 10 000
    // periods. The trend refused the second after the breakdown had counted it: the headline's
    // n was 2 while the reader counted the response as skipped.
    ReportBuilder builder = ReportBuilder.of(base().period(io.cxkit.survey.summary.Period.DAY)
        .build(), Fixture.SURVEYS, null, null);
    builder.response(Fixture.responses().get(5));
    Response old = Response.builder("post-old", "post", 1).respondent(Respondent.of("c9"))
        .submittedAt(Instant.parse("1990-01-01T12:00:00Z")).answer("nps", new NpsAnswer(0))
        .build();
    assertThatThrownBy(() -> builder.response(old))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("submittedAt = 1990-01-01T12:00:00Z: would stretch the trend of survey post"
            + " to 13200 day periods (1990-01-01 to 2026-02-20), more than 10000; check the"
            + " timestamps, or choose a longer --period");
    CxReport report = builder.build(Fixture.NO_FILES);
    assertThat(report.headlines().get(0).n()).isEqualTo(1);
    assertThat(report.trends().get(0).points()).hasSize(1);
    assertThat(report.followUp().checked()).isEqualTo(1);
    assertThat(report.info().from()).isEqualTo("2026-02-20T12:00:00Z");
    // 10 000 days exactly (1998-09-05 to 2026-01-20) are within the cap.
    ReportBuilder edge = ReportBuilder.of(base().period(io.cxkit.survey.summary.Period.DAY)
        .build(), Fixture.SURVEYS, null, null);
    edge.response(Response.builder("a", "post", 1).respondent(Respondent.of("c8"))
        .submittedAt(Instant.parse("1998-09-05T12:00:00Z")).answer("nps", new NpsAnswer(9))
        .build());
    edge.response(Response.builder("b", "post", 1).respondent(Respondent.of("c9"))
        .submittedAt(Instant.parse("2026-01-20T12:00:00Z")).answer("nps", new NpsAnswer(9))
        .build());
    assertThat(edge.build(Fixture.NO_FILES).trends().get(0).points()).hasSize(10_000);
  }

  @Test
  void aSegmentAttributeThatIsNotTextIsNoSegmentAndTheProfileKeepsItsPersona() {
    // "plan" is text for c1 and a number for c2: c2 is in no segment but still a member; it was
    // refused whole, persona and all.
    ReportBuilder builder = ReportBuilder.of(base().segmentAttribute("plan").build(),
        Fixture.SURVEYS, Fixture.MAP, Fixture.PERSONAS);
    builder.profile(CustomerProfile.of("c1").with("plan",
        io.cxkit.journey.profile.AttributeValue.text("plus")));
    builder.profile(CustomerProfile.of("c2").with("plan",
        io.cxkit.journey.profile.AttributeValue.number(2)).with("tier",
        io.cxkit.journey.profile.AttributeValue.text("x")));
    builder.response(Fixture.responses().get(5));
    builder.response(Fixture.responses().get(6));
    CxReport report = builder.build(Fixture.NO_FILES);
    assertThat(report.info().by()).isEqualTo("persona");
    assertThat(report.breakdown().metrics().get(0).groups()).extracting(
        CxReport.GroupFigure::group, g -> g.figure().n()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("member", 1L));
    assertThat(report.notes()).contains("1 profile had a number for the segment attribute plan,"
        + " and a segment per value needs text: it is in no segment.");
    // An attribute no profile has: a note, not a silent empty breakdown.
    ReportBuilder none = ReportBuilder.of(base().by(GroupBy.SEGMENT).segmentAttribute("colour")
        .build(), Fixture.SURVEYS, null, null);
    none.profile(CustomerProfile.of("c1"));
    assertThat(none.build(Fixture.NO_FILES).notes())
        .contains("No profile has the segment attribute colour: no segments.");
  }

  @Test
  void aBlankSegmentIsNoSegment() {
    ReportBuilder builder = ReportBuilder.of(base().by(GroupBy.SEGMENT).segmentAttribute("plan")
        .build(), Fixture.SURVEYS, Fixture.MAP, null);
    builder.profile(CustomerProfile.of("c1").with("plan",
        io.cxkit.journey.profile.AttributeValue.text(" ")));
    builder.profile(CustomerProfile.of("c2").with("plan",
        io.cxkit.journey.profile.AttributeValue.text("plus")));
    // c1's blank plan would be a label no summary takes: c1 is counted in no segment instead.
    builder.response(Fixture.responses().get(5));
    builder.response(Fixture.responses().get(6));
    CxReport report = builder.build(Fixture.NO_FILES);
    assertThat(report.headlines().get(0).n()).isEqualTo(2);
    assertThat(report.breakdown().metrics().get(0).groups()).extracting(
        CxReport.GroupFigure::group).containsExactly("plus");
  }
}
