package io.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.cli.report.ReportBuilderTest.Fixture;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports over too little: no responses, no events, no map, only dismissed responses, events in
 * the running month only. Every figure is then empty (a null value, {@code empty} true), every
 * missing section null with a note saying why, and nothing anywhere is NaN.
 */
class ReportBuilderEmptyTest {

  /** @return every double and Double in a record tree, through records and lists */
  static List<Double> doubles(Object value) {
    List<Double> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, List<Double> out) {
    if (value instanceof Double d) {
      out.add(d);
    } else if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element != null) {
          collect(element, out);
        }
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          Object part = component.getAccessor().invoke(record);
          if (part != null) {
            collect(part, out);
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static void assertNoNaN(CxReport report) {
    assertThat(doubles(report)).allSatisfy(d -> assertThat(d).isFinite());
  }

  @Test
  void nothingAtAll() {
    CxReport report = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS, Fixture.MAP,
        Fixture.PERSONAS).build(Fixture.NO_FILES);
    // Every headline is there, empty: post/nps, exit/goal, care/csat, care/ces.
    assertThat(report.headlines()).hasSize(4).allSatisfy(f -> {
      assertThat(f.value()).isNull();
      assertThat(f.low()).isNull();
      assertThat(f.high()).isNull();
      assertThat(f.n()).isZero();
      assertThat(f.empty()).isTrue();
    });
    assertThat(report.npsDistributions()).singleElement().satisfies(d -> {
      assertThat(d.counts()).hasSize(11).containsOnly(0L);
      assertThat(d.promoters() + d.passives() + d.detractors()).isZero();
    });
    assertThat(report.breakdown()).isNull();
    assertThat(report.trends()).isEmpty();
    assertThat(report.funnel()).isNull();
    assertThat(report.exits()).isNull();
    assertThat(report.retention()).isNull();
    assertThat(report.lifetimes()).isNull();
    // Two open-text questions, both without comments.
    assertThat(report.voice()).hasSize(2).allSatisfy(v -> assertThat(v.comments()).isZero());
    assertThat(report.followUp().checked()).isZero();
    assertThat(report.followUp().matched()).isZero();
    assertThat(report.info().from()).isNull();
    assertThat(report.info().to()).isNull();
    // No profiles: the breakdown falls back to the touchpoint.
    assertThat(report.info().by()).isEqualTo("touchpoint");
    assertThat(report.info().surveys()).allSatisfy(s -> assertThat(s.responses()).isZero());
    assertThat(report.notes()).contains(
        // The voice and follow-up sections are there (counting nothing), so the note says so.
        "No responses given: every figure is empty, there is no breakdown or trend, and the"
            + " voice and follow-up count nothing.",
        "No events given: no funnel, exits, retention or lifetimes.",
        "Nobody wrote a comment on post / why.");
    assertNoNaN(report);
  }

  @Test
  void noJourneyMap() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS, null,
        null);
    Fixture.responses().forEach(builder::response);
    CxReport report = builder.build(Fixture.NO_FILES);
    assertThat(report.info().journey()).isNull();
    assertThat(report.funnel()).isNull();
    assertThat(report.notes()).contains(
        "No journey map given: no funnel, exits, retention or lifetimes.");
    // The headlines are there all the same: NPS 40 of 5 answers (3 promoters, 1 detractor).
    assertThat(report.headlines().get(0).value()).isEqualTo(40.0);
    assertNoNaN(report);
  }

  @Test
  void eventsWithoutResponses() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS,
        Fixture.MAP, Fixture.PERSONAS);
    Fixture.profiles().forEach(builder::profile);
    Fixture.events().forEach(builder::event);
    CxReport report = builder.build(Fixture.NO_FILES);
    // The journey sections are made from the events (as in ReportBuilderTest: 7 entered).
    assertThat(report.funnel().entered()).isEqualTo(7);
    assertThat(report.exits().left()).isEqualTo(3);
    // No feedback was given at the exit points.
    assertThat(report.exits().points()).allSatisfy(p -> assertThat(p.feedback()).isNull());
    assertThat(report.headlines()).allSatisfy(f -> assertThat(f.empty()).isTrue());
    assertThat(report.breakdown()).isNull();
    assertThat(report.info().by()).isEqualTo("persona");
    assertThat(report.notes()).first().asString().startsWith("No responses given");
    assertNoNaN(report);
  }

  @Test
  void responsesWithoutEvents() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS,
        Fixture.MAP, Fixture.PERSONAS);
    Fixture.profiles().forEach(builder::profile);
    Fixture.responses().forEach(builder::response);
    CxReport report = builder.build(Fixture.NO_FILES);
    assertThat(report.funnel()).isNull();
    assertThat(report.exits()).isNull();
    assertThat(report.retention()).isNull();
    assertThat(report.lifetimes()).isNull();
    assertThat(report.notes()).contains(
        "No events given: no funnel, exits, retention or lifetimes.");
    assertThat(report.breakdown().by()).isEqualTo("persona");
    assertNoNaN(report);
  }

  @Test
  void onlyDismissedResponses() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS, null,
        null);
    for (int i = 0; i < 3; i++) {
      builder.response(Response.builder("d-" + i, "post", 1).respondent(Respondent.of("c" + i))
          .submittedAt(Instant.parse("2026-03-0" + (i + 1) + "T12:00:00Z")).dismissed().build());
    }
    CxReport report = builder.build(Fixture.NO_FILES);
    // Three dismissals, no answer: the NPS is empty, with n 0 and no interval.
    assertThat(report.info().surveys().get(0))
        .isEqualTo(new CxReport.SurveyInfo("post", "After your order", 3, 0, 3));
    CxReport.Figure nps = report.headlines().get(0);
    assertThat(nps.value()).isNull();
    assertThat(nps.empty()).isTrue();
    // The trend has its three days' month, with an empty figure and no change.
    CxReport.TrendSeries trend = report.trends().get(0);
    assertThat(trend.points()).singleElement().satisfies(p -> {
      assertThat(p.figure().empty()).isTrue();
      assertThat(p.againstPrevious()).isNull();
    });
    assertThat(report.notes()).contains("Survey exit: no responses.", "Survey care: no responses.");
    assertNoNaN(report);
  }

  @Test
  void eventsOnlyInTheRunningMonth() {
    ReportBuilder builder = ReportBuilder.of(Fixture.settings().build(), Fixture.SURVEYS,
        Fixture.MAP, null);
    // Both at or after asOf (2026-05-01T00:00Z), in May, the month still running: no month
    // has ended since the first event's.
    builder.event(JourneyEvent.of("c1", "product", Instant.parse("2026-05-01T00:00:00Z"),
        EventKind.VIEW));
    builder.event(JourneyEvent.of("c1", "confirmation", Instant.parse("2026-05-01T00:05:00Z"),
        EventKind.PURCHASE));
    CxReport report = builder.build(Fixture.NO_FILES);
    // Events at or after asOf count nowhere in cohorts and lifetimes.
    assertThat(report.retention().churn()).isEmpty();
    assertThat(report.retention().cohorts()).isEmpty();
    assertThat(report.lifetimes().customers()).isZero();
    assertThat(report.lifetimes().curve()).isEmpty();
    assertThat(report.lifetimes().medianDays()).isNull();
    assertThat(report.notes()).contains(
        "No month ended between the first event's (2026-05-01) and the one holding asOf"
            + " (2026-05-01T00:00:00Z): no period churn.",
        "No purchase events at confirmation before 2026-05-01T00:00:00Z: no cohorts.",
        "No customer had purchase events at confirmation before 2026-05-01T00:00:00Z: no"
            + " lifetimes.");
    assertNoNaN(report);
  }
}
