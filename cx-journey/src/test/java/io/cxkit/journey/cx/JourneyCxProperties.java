package io.cxkit.journey.cx;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.Touchpoint;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.Period;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.NpsAnswer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the join: counts add up to the total, partitions merge into the whole. */
class JourneyCxProperties {
  private static final List<Touchpoint> TOUCHPOINTS = CxShop.map().touchpoints();
  private static final String[] VARIANTS = {"A", "B"};

  /** One NPS response: its customer (c0..c11, c11 without a profile), touchpoint or none, … */
  record Spec(int customer, int touchpoint, int channel, int variant, int score, int day) {}

  @Provide
  Arbitrary<List<Spec>> responses() {
    return Combinators.combine(Arbitraries.integers().between(0, 11),
        Arbitraries.integers().between(-1, TOUCHPOINTS.size() - 1),
        Arbitraries.integers().between(-1, Channel.values().length - 1),
        Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(0, 40)).as(Spec::new).list().ofMaxSize(60);
  }

  private static List<Response> build(List<Spec> specs) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      responses.add(CxShop.response("r" + i, "post-purchase", "c" + s.customer(),
          s.touchpoint() < 0 ? null : TOUCHPOINTS.get(s.touchpoint()).id(),
          s.channel() < 0 ? null : Channel.values()[s.channel()],
          s.variant() < 0 ? null : VARIANTS[s.variant()], CxShop.T0.plusSeconds(86_400L * s.day()),
          Map.of("recommend", new NpsAnswer(s.score()))));
    }
    return responses;
  }

  private static JourneyCx definition() {
    return CxShop.definition().period(Period.DAY, ZoneId.of("Europe/Berlin")).build();
  }

  private static long groupsSum(GroupedSummary grouped) {
    return grouped.groups().values().stream().mapToLong(SurveySummary::responses).sum();
  }

  @Property(tries = 150)
  void perGroupCountsAddUpToTheTotal(@ForAll("responses") List<Spec> specs) {
    List<Response> responses = build(specs);
    JourneyCxResult result = JourneyCxAnalyzer.of(definition()).acceptAll(responses.iterator())
        .result();
    long withTouchpoint = specs.stream().filter(s -> s.touchpoint() >= 0).count();

    assertThat(result.responses()).isEqualTo(specs.size());
    assertThat(groupsSum(result.byTouchpoint("post-purchase"))).isEqualTo(withTouchpoint);
    assertThat(groupsSum(result.byStage("post-purchase"))).isEqualTo(withTouchpoint);
    JourneyScorecard card = JourneyScorecard.builder(CxShop.map()).cx(result).build();
    assertThat(card.touchpoints().stream().flatMap(t -> t.cx().stream())
        .mapToLong(ScorecardCx::responses).sum()).isEqualTo(withTouchpoint);
    assertThat(card.stages().stream().flatMap(s -> s.cx().stream())
        .mapToLong(ScorecardCx::responses).sum()).isEqualTo(withTouchpoint);
    for (String view : List.of("touchpoint", "stage", "channel", "variant", "persona", "segment")) {
      GroupedSummary grouped = result.view("post-purchase", view);
      assertThat(groupsSum(grouped) + grouped.withoutKey().responses()).isEqualTo(specs.size());
      assertThat(grouped.total()).isEqualTo(result.total("post-purchase"));
    }
    // Channel: every response with a touchpoint has one (the touchpoint's when the context has none).
    long withChannel = specs.stream().filter(s -> s.touchpoint() >= 0 || s.channel() >= 0).count();
    assertThat(groupsSum(result.byChannel("post-purchase"))).isEqualTo(withChannel);
    assertThat(result.trend("post-purchase").orElseThrow().total())
        .isEqualTo(result.total("post-purchase"));
    // Each touchpoint's trend holds its responses; the stages' trends add up to their groups.
    for (Touchpoint touchpoint : TOUCHPOINTS) {
      long atTouchpoint = result.byTouchpoint("post-purchase").groups().containsKey(touchpoint.id())
          ? result.byTouchpoint("post-purchase").group(touchpoint.id()).responses() : 0;
      assertThat(result.trend("post-purchase", "touchpoint", touchpoint.id()).orElseThrow()
          .total().responses()).isEqualTo(atTouchpoint);
    }
    assertThat(CxShop.map().stages().stream().mapToLong(stage -> result.trend("post-purchase",
        "stage", stage.id()).orElseThrow().total().responses()).sum()).isEqualTo(withTouchpoint);
  }

  @Property(tries = 150)
  void mergingPartitionsByRespondentEqualsTheWhole(@ForAll("responses") List<Spec> specs,
      @ForAll("partitions") int partitions) {
    List<Response> responses = build(specs);
    JourneyCx definition = definition();
    JourneyCxResult whole = JourneyCxAnalyzer.of(definition).acceptAll(responses.iterator())
        .result();
    List<JourneyCxAnalyzer> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      parts.add(JourneyCxAnalyzer.of(definition));
    }
    for (int i = 0; i < responses.size(); i++) {
      parts.get(specs.get(i).customer() % partitions).accept(responses.get(i));
    }
    JourneyCxResult merged = parts.get(0).result();
    for (int p = 1; p < partitions; p++) {
      merged = merged.plus(parts.get(p).result());
    }
    assertThat(merged).isEqualTo(whole);
  }

  @Provide
  Arbitrary<Integer> partitions() {
    return Arbitraries.integers().between(1, 4);
  }
}
