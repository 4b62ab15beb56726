package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.minutes;
import static io.cxkit.journey.analysis.ExitShop.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Back and forth between the cart and the checkout: 3 switches within 2 minutes is friction. */
class FrictionAnalyzerTest {

  static FrictionDefinition threeInTwoMinutes() {
    return FrictionDefinition.of(ExitShop.map(), 3, Duration.ofMinutes(2));
  }

  /**
   * c1: cart 0:00, checkout 0:30, cart 1:00, checkout 1:30 — switches at 0:30, 1:00, 1:30, the
   * first and third 1 minute apart: an episode. c2: the same walk spread over 15 minutes, each
   * switch 5 minutes after the one before (more than the window): three runs of one switch, none.
   * c3: cart, checkout, cart, checkout, cart every 20 s — 4 switches in one run: one episode.
   * c5: cart 0:00, checkout 0:10, checkout again 0:20 (a reload), cart 0:30, checkout 0:40 —
   * switches at 0:10, 0:30, 0:40: an episode. c6: cart, checkout, cart, checkout every 1.5 min —
   * one run (no gap above 2 minutes), but its switches at 1:30, 3:00, 4:30 span 3 minutes: none.
   * c4 only sees the home page. c7: cart, checkout, cart, then home — the third touchpoint breaks
   * the run at 2 switches: none.
   */
  static List<JourneyEvent> events() {
    return List.of(
        view("c1", "cart", minutes(0)), view("c1", "checkout", minutes(0.5)),
        view("c1", "cart", minutes(1)), view("c1", "checkout", minutes(1.5)),
        view("c2", "cart", minutes(0)), view("c2", "checkout", minutes(5)),
        view("c2", "cart", minutes(10)), view("c2", "checkout", minutes(15)),
        view("c3", "cart", minutes(0)), view("c3", "checkout", minutes(1.0 / 3)),
        view("c3", "cart", minutes(2.0 / 3)), view("c3", "checkout", minutes(1)),
        view("c3", "cart", minutes(4.0 / 3)),
        view("c4", "home", minutes(0)),
        view("c5", "cart", minutes(0)), view("c5", "checkout", minutes(10.0 / 60)),
        view("c5", "checkout", minutes(20.0 / 60)), view("c5", "cart", minutes(0.5)),
        view("c5", "checkout", minutes(40.0 / 60)),
        view("c6", "cart", minutes(0)), view("c6", "checkout", minutes(1.5)),
        view("c6", "cart", minutes(3)), view("c6", "checkout", minutes(4.5)),
        view("c7", "cart", minutes(0)), view("c7", "checkout", minutes(0.2)),
        view("c7", "cart", minutes(0.4)), view("c7", "home", minutes(0.6)));
  }

  @Test
  void countsEpisodesPerTouchpointAndPair() {
    FrictionResult result = FrictionAnalyzer.of(threeInTwoMinutes()).acceptAll(events().iterator())
        .result();

    // Episodes: c1, c3 (once, though its run goes on), c5: 3, all between cart and checkout.
    assertThat(result.customers()).isEqualTo(7);
    assertThat(result.episodes()).isEqualTo(3);
    assertThat(result.pairs()).singleElement().satisfies(pair -> {
      assertThat(pair.first().id()).isEqualTo("cart");
      assertThat(pair.second().id()).isEqualTo("checkout");
      assertThat(pair.episodes()).isEqualTo(3);
    });
    // The cart was visited by c1, c2, c3, c5, c6, c7 (6); 3 of them had friction there: 50 %.
    FrictionTouchpoint cart = result.touchpoint("cart");
    assertThat(cart.episodes()).isEqualTo(3);
    assertThat(cart.customers()).isEqualTo(3);
    assertThat(cart.visitors()).isEqualTo(6);
    assertThat(cart.share().value().getAsDouble()).isEqualTo(50.0);
    assertThat(result.touchpoint("checkout").share().value().getAsDouble()).isEqualTo(50.0);
    // The home page: c4 and c7 visited it, no friction: 0/2 = 0 %.
    FrictionTouchpoint home = result.touchpoint("home");
    assertThat(home.visitors()).isEqualTo(2);
    assertThat(home.share().value().getAsDouble()).isZero();
    // Nobody visited the help centre: an empty share, and it is not listed.
    assertThat(result.touchpoint("help").share().value()).isEmpty();
    assertThat(result.touchpoints()).extracting(t -> t.touchpoint().id())
        .containsExactly("cart", "checkout", "home");
  }

  @Test
  void threeSwitchesInTwoMinutesAreFrictionSpreadOverTenAreNot() {
    FrictionAnalyzer quick = FrictionAnalyzer.of(threeInTwoMinutes());
    FrictionAnalyzer slow = FrictionAnalyzer.of(threeInTwoMinutes());
    for (JourneyEvent event : events()) {
      if (event.customerId().equals("c1")) {
        quick.accept(event);
      } else if (event.customerId().equals("c2")) {
        slow.accept(event);
      }
    }
    // c1's switches span 1 minute; c2's 10 (5:00 to 15:00).
    assertThat(quick.result().episodes()).isEqualTo(1);
    assertThat(slow.result().episodes()).isZero();
    // With a window of 10 minutes, c2's gaps of 5 minutes keep one run spanning exactly 10: friction.
    FrictionAnalyzer patient = FrictionAnalyzer.of(
        FrictionDefinition.of(ExitShop.map(), 3, Duration.ofMinutes(10)));
    events().stream().filter(e -> e.customerId().equals("c2")).forEach(patient::accept);
    assertThat(patient.result().episodes()).isEqualTo(1);
  }

  @Test
  void twoSwitchesNeedOnlyAToAndFro() {
    FrictionAnalyzer analyzer = FrictionAnalyzer.of(
        FrictionDefinition.of(ExitShop.map(), 2, Duration.ofMinutes(2)));
    // c7: cart → checkout (0:12) → cart (0:24): 2 switches 12 s apart; then home.
    events().stream().filter(e -> e.customerId().equals("c7")).forEach(analyzer::accept);
    assertThat(analyzer.result().episodes()).isEqualTo(1);
  }

  @Test
  void refusedEventsChangeNothingAndDefinitionsAreChecked() {
    FrictionAnalyzer analyzer = FrictionAnalyzer.of(threeInTwoMinutes())
        .accept(view("c1", "cart", minutes(5)));
    FrictionResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("c1", "checkout", minutes(1))))
        .isInstanceOf(EventOrderException.class);
    assertThatThrownBy(() -> analyzer.accept(view("c2", "basket", minutes(6))))
        .isInstanceOf(UnknownTouchpointException.class).hasMessageContaining("basket");
    assertThat(analyzer.result()).isEqualTo(before);

    assertThatThrownBy(() -> FrictionDefinition.of(ExitShop.map(), 1, Duration.ofMinutes(2)))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("switches");
    assertThatThrownBy(() -> FrictionDefinition.of(ExitShop.map(), 3, Duration.ZERO))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("window");
    // Below the microsecond instants are counted in, the window would be 0 µs.
    assertThatThrownBy(() -> FrictionDefinition.of(ExitShop.map(), 3, Duration.ofNanos(500)))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("window")
        .hasMessageContaining("1 µs");
  }

  @Test
  void mergesPartitionsAndWritesItsJsonShape() {
    FrictionAnalyzer left = FrictionAnalyzer.of(threeInTwoMinutes());
    FrictionAnalyzer right = FrictionAnalyzer.of(threeInTwoMinutes());
    for (JourneyEvent event : events()) {
      (Set.of("c1", "c4", "c6").contains(event.customerId()) ? left : right).accept(event);
    }
    FrictionResult whole = FrictionAnalyzer.of(threeInTwoMinutes()).acceptAll(events().iterator())
        .result();

    assertThat(left.result().plus(right.result())).isEqualTo(whole);
    assertThatThrownBy(() -> whole.plus(FrictionAnalyzer.of(
        FrictionDefinition.of(ExitShop.map(), 4, Duration.ofMinutes(2))).result()))
        .isInstanceOf(IncompatibleMergeException.class);

    Map<String, Object> shape = whole.toJsonShape();
    assertThat(shape).containsEntry("kind", "friction").containsEntry("switches", 3)
        .containsEntry("window", "PT2M").containsEntry("episodes", 3L);
    assertThat(shape.get("pairs"))
        .isEqualTo(List.of(Map.of("first", "cart", "second", "checkout", "episodes", 3L)));
  }
}
