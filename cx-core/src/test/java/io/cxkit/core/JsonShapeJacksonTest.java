package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.stats.Mean;
import io.cxkit.core.stats.Percentage;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The JSON shapes promise that any JSON library writes and reads them as plain maps. This checks
 * the promise with Jackson, the JSON library of the Java field: value → JSON text → {@code Map} →
 * value gives the same value, with Jackson's own choice of number types (Integer, Long, Double).
 */
class JsonShapeJacksonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private static <T> T roundTrip(Map<String, Object> shape, Function<Map<String, ?>, T> reader) throws Exception {
    String json = MAPPER.writeValueAsString(shape);
    return reader.apply(MAPPER.readValue(json, MAP));
  }

  @Test
  void everyValueSurvivesJacksonsRoundTrip() throws Exception {
    ScoreDistribution csatCounts = ScoreDistribution.ofCounts(RatingScale.CSAT, 14, 9, 10, 32, 42);
    assertThat(roundTrip(csatCounts.toJsonShape(), ScoreDistribution::fromJsonShape)).isEqualTo(csatCounts);

    // Counts beyond Integer.MAX_VALUE come back from Jackson as Long, small ones as Integer.
    Nps nps = Nps.of(NpsVariant.ONE_TO_TEN, 5_000_000_000L, 7, 0);
    assertThat(roundTrip(nps.toJsonShape(), Nps::fromJsonShape)).isEqualTo(nps);

    Csat csat = Csat.of(csatCounts, 5);
    assertThat(roundTrip(csat.toJsonShape(), Csat::fromJsonShape)).isEqualTo(csat);

    Ces ces = Ces.ofScores(CesVariant.EFFORT_1_0, 1, 2, 2, 4, 5);
    assertThat(roundTrip(ces.toJsonShape(), Ces::fromJsonShape)).isEqualTo(ces);

    GoalCompletion goals = GoalCompletion.of(600, 250, 150)
        .withReasons(ReasonBreakdown.of(400, Map.of("missing information", 120L, "технические проблемы", 100L)));
    assertThat(roundTrip(goals.toJsonShape(), GoalCompletion::fromJsonShape)).isEqualTo(goals);

    Percentage share = Percentage.of(74, 107);
    assertThat(roundTrip(share.toJsonShape(), Percentage::fromJsonShape)).isEqualTo(share);

    // Doubles: Jackson writes the shortest text that reads back to the same double.
    Mean mean = Mean.of(csatCounts);
    assertThat(roundTrip(mean.toJsonShape(), Mean::fromJsonShape)).isEqualTo(mean);
    Mean unbounded = Mean.ofValues(0.1, 0.2, 0.7);
    assertThat(roundTrip(unbounded.toJsonShape(), Mean::fromJsonShape)).isEqualTo(unbounded);
  }

  @Test
  void churnRetentionAndLifetimeValuesSurviveJacksonsRoundTrip() throws Exception {
    PeriodRetention period = PeriodRetention.of(200, 20, 40, 210);
    assertThat(roundTrip(period.toJsonShape(), PeriodRetention::fromJsonShape)).isEqualTo(period);
    CohortRetention cohorts = CohortRetentionTest.mixpanel();
    assertThat(roundTrip(cohorts.toJsonShape(), CohortRetention::fromJsonShape)).isEqualTo(cohorts);
    // Whole-valued durations come back from Jackson as doubles (6.0); fractional ones exactly.
    io.cxkit.core.survival.LifetimeTable lifetimes = io.cxkit.core.survival.LifetimeTable.ofDurations(
        new double[] {6, 6, 7.25, 0.1, 35}, new boolean[] {true, false, true, true, false});
    assertThat(roundTrip(lifetimes.toJsonShape(), io.cxkit.core.survival.LifetimeTable::fromJsonShape)).isEqualTo(lifetimes);
    assertThat(MAPPER.writeValueAsString(PeriodRetention.of(10, 1, 2, 11).toJsonShape())).isEqualTo(
        "{\"format\":1,\"kind\":\"period-retention\",\"atStart\":10,\"lost\":1,\"newCustomers\":2,\"atEnd\":11}");
  }

  @Test
  void theJsonTextIsStableAndReadable() throws Exception {
    // Member order is fixed (format, kind, then the value's members), so equal values give equal text.
    assertThat(MAPPER.writeValueAsString(Nps.of(40, 35, 25).toJsonShape())).isEqualTo(
        "{\"format\":1,\"kind\":\"nps\",\"variant\":\"standard\",\"promoters\":40,\"passives\":35,\"detractors\":25}");
    assertThat(MAPPER.writeValueAsString(ScoreDistribution.ofScores(RatingScale.CSAT, 5, 4, 4).toJsonShape()))
        .isEqualTo("{\"format\":1,\"kind\":\"score-distribution\",\"scale\":{\"min\":1,\"max\":5},\"counts\":[0,0,0,2,1]}");
  }

  @Test
  void malformedJsonFromOutsideGetsATypedErrorNamingTheMember() throws Exception {
    Map<String, Object> tampered = MAPPER.readValue(
        "{\"format\":1,\"kind\":\"nps\",\"variant\":\"standard\",\"promoters\":\"40\",\"passives\":35,\"detractors\":25}", MAP);
    assertThatThrownBy(() -> Nps.fromJsonShape(tampered))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessageContaining("promoters")
        .hasMessageContaining("\"40\"");

    Map<String, Object> fractional = MAPPER.readValue(
        "{\"format\":1,\"kind\":\"score-distribution\",\"scale\":{\"min\":1,\"max\":5},\"counts\":[0,0,1.5,2,1]}", MAP);
    assertThatThrownBy(() -> ScoreDistribution.fromJsonShape(fractional))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessageContaining("counts[2] = 1.5");
  }
}
