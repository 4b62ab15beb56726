package io.cxkit.journey.retention;

import static io.cxkit.journey.retention.CohortShop.run;
import static io.cxkit.journey.retention.CohortShop.view;
import static io.cxkit.journey.retention.CohortShop.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RetentionMode;
import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.summary.Period;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad definitions and bad events: typed errors naming the field, value and rule; nothing lost. */
class CohortErrorsTest {

  @Test
  void refusesAMatchNamingATouchpointOrStageTheMapLacks() {
    assertThatThrownBy(() -> weekly().activity(EventMatch.atTouchpoints("home", "basket")).build())
        .isInstanceOf(UnknownTouchpointException.class)
        .hasMessageStartingWith("activity.touchpoints[1] = ")
        .hasMessageContaining("basket");
    assertThatThrownBy(() -> weekly().entry(EventMatch.builder().stages("loyalty").build()).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("entry.stages[0] = \"loyalty\": must be a stage of journey map \"shop\"");
  }

  @Test
  void refusesOffsetsBelowOneRepeatedOutOfOrderEmptyOrTooLarge() {
    assertThatThrownBy(() -> base().offsets().build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("offsets = []: must hold at least one period offset");
    assertThatThrownBy(() -> base().offsets(0, 1).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("offsets[0] = 0: must be ≥ 1: offset 0 is the cohort's own period, where every"
            + " customer is active");
    assertThatThrownBy(() -> base().offsets(-2).build()).hasMessageStartingWith("offsets[0] = -2");
    assertThatThrownBy(() -> base().offsets(1, 2, 2).build())
        .hasMessage("offsets[2] = 2: repeats offsets[1]; each offset is one column");
    assertThatThrownBy(() -> base().offsets(3, 1).build())
        .hasMessage("offsets[1] = 1: must be greater than offsets[0] = 3");
    assertThatThrownBy(() -> base().offsets(1, 10_001).build())
        .hasMessage("offsets[1] = 10001: must be ≤ 10000");
  }

  private static CohortDefinition.Builder base() {
    return CohortDefinition.builder(CohortShop.map()).period(Period.DAY, ZoneOffset.UTC)
        .asOf(CohortShop.AS_OF);
  }

  @Test
  void refusesAMissingPeriodOrAsOf() {
    assertThatThrownBy(() -> CohortDefinition.builder(CohortShop.map()).asOf(CohortShop.AS_OF)
        .build()).isInstanceOf(InvalidJourneyException.class).hasMessage("period = absent: a"
            + " cohort analysis needs a period (day, iso-week, month or quarter) and a zone");
    assertThatThrownBy(() -> CohortDefinition.builder(CohortShop.map())
        .period(Period.MONTH, ZoneOffset.UTC).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("asOf = absent: a cohort analysis needs the instant");
    assertThatThrownBy(() -> CohortDefinition.builder(CohortShop.map())
        .period(Period.MONTH, ZoneOffset.UTC).asOf(Instant.parse("+10000-01-01T00:00:00Z"))
        .build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("asOf = +10000-01-01T00:00:00Z: must have a local date in Z within the years"
            + " 1..9999");
  }

  @Test
  void refusesAnOptionSetTwiceAndBadGroupOptions() {
    assertThatThrownBy(() -> weekly().firstTime().recurring())
        .isInstanceOf(IllegalStateException.class).hasMessage("basis is set already (first-time)");
    assertThatThrownBy(() -> weekly().asOf(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> weekly().offsets(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> weekly().mode(RetentionMode.N_DAY).mode(RetentionMode.UNBOUNDED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> weekly().period(Period.DAY, ZoneOffset.UTC))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> weekly().maxGroups(0).groups(CohortShop.personas()).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessage("maxGroups = 0: must be ≥ 1");
    assertThatThrownBy(() -> weekly().maxGroups(5).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("maxGroups = 5: limits a grouping's groups; give groups(...) too");
    assertThatThrownBy(() -> weekly().groups("by persona", CohortShop.personas()).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("grouping = \"by persona\"");
    assertThatThrownBy(() -> CohortBasis.ofId("weekly")).isInstanceOf(InvalidJourneyException.class)
        .hasMessage("basis = \"weekly\": must be one of \"first-time\", \"recurring\"");
    assertThat(CohortBasis.ofId("recurring")).isEqualTo(CohortBasis.RECURRING);
  }

  @Test
  void anEventOutOfOrderIsRefusedAndChangesNothing() {
    CohortAnalyzer analyzer = CohortAnalyzer.of(weekly().build())
        .accept(view("a", "2026-03-03T10:00:00Z")).accept(view("a", "2026-03-10T10:00:00Z"));
    CohortResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("a", "2026-03-09T10:00:00Z")))
        .isInstanceOf(EventOrderException.class)
        .hasMessageContaining("customer \"a\"")
        .hasMessageContaining("is before the customer's previous event");

    assertThat(analyzer.result()).isEqualTo(before);
    // The analyzer goes on: a's W12 visit still counts at +2 of W10.
    analyzer.accept(view("a", "2026-03-17T10:00:00Z"));
    assertThat(analyzer.result().total().cohort("2026-03-02").orElseThrow().retained())
        .containsExactly(1, 1, 0);
  }

  @Test
  void anEventAtAnUnknownTouchpointOrOutOfRangeIsRefusedAndChangesNothing() {
    CohortAnalyzer analyzer = CohortAnalyzer.of(weekly().build())
        .accept(view("a", "2026-03-03T10:00:00Z"));
    CohortResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(JourneyEvent.of("b", "basket",
        Instant.parse("2026-03-04T10:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket");
    assertThatThrownBy(() -> analyzer.accept(JourneyEvent.of("b", "home",
        Instant.parse("-0005-03-04T10:00:00Z"), EventKind.VIEW)))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("at = -0005-03-04T10:00:00Z: must have a local date in Europe/Berlin within"
            + " the years 1..9999");

    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.customersSeen()).isEqualTo(1);
  }

  @Test
  void aBlankGroupOrOneGroupTooManyIsRefusedAndChangesNothing() {
    CohortAnalyzer blank = CohortAnalyzer.of(weekly()
        .groups(CustomerGroups.of(Map.of("a", " "))).build());
    assertThatThrownBy(() -> blank.accept(view("a", "2026-03-03T10:00:00Z")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("group of customer \"a\" = \" \": a group's label must not be blank");
    assertThat(blank.customersSeen()).isZero();

    CohortAnalyzer limited = CohortAnalyzer.of(weekly().groups("persona", CohortShop.personas())
        .maxGroups(1).build()).accept(view("a", "2026-03-03T10:00:00Z"));
    CohortResult before = limited.result();
    assertThatThrownBy(() -> limited.accept(view("d", "2026-03-08T12:00:00Z")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("group of customer \"d\" = \"loyal\": would open group 2 of at"
            + " most 1 (maxGroups)");
    assertThat(limited.result()).isEqualTo(before);
    assertThat(limited.customersSeen()).isEqualTo(1);
  }

  @Test
  void resultsOfOtherDefinitionsDoNotMergeAndOffsetsMustBeColumns() {
    CohortResult weeks = run(weekly().build(), CohortShop.events());
    CohortResult unbounded = run(weekly().mode(RetentionMode.UNBOUNDED).build(),
        CohortShop.events());

    assertThatThrownBy(() -> weeks.plus(unbounded)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("definition");
    assertThatThrownBy(() -> weeks.compare(4)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("offset = 4: is not a column of this matrix");
    assertThatThrownBy(() -> weeks.compare(1, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("minimumN = -1: must be a count ≥ 0");
  }

  @Test
  void equalDefinitionsAreEqualWhateverTheGroupingFunctionAndMaxGroups() {
    CohortDefinition a = weekly().groups("persona", CohortShop.personas()).build();
    CohortDefinition b = weekly().groups("persona", id -> "x").maxGroups(3).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(weekly().groups("segment", CohortShop.personas()).build());
    assertThat(a.toString()).isEqualTo("CohortDefinition{first-time, iso-week in Europe/Berlin,"
        + " n-day, offsets [1, 2, 3], entry EventMatch[any], activity EventMatch[any], as of"
        + " 2026-03-30T08:00:00Z, by persona, map shop}");
    assertThat(weekly().build().offsets()).containsExactly(1, 2, 3);
    assertThat(base().build().offsets()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }
}
