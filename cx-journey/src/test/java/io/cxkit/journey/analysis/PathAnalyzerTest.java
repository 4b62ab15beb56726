package io.cxkit.journey.analysis;

import static io.cxkit.journey.analysis.ExitShop.minutes;
import static io.cxkit.journey.analysis.ExitShop.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventOrderException;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathAnalyzerTest {

  /**
   * Session s1 (customer a): home, product page, product page again, cart; s2 (b): home, product
   * page, cart; s3 (a, a second visit): home, product page; customer c without sessions: home.
   */
  static List<JourneyEvent> events() {
    return List.of(
        view("a", "home", minutes(0)).inSession("s1"),
        view("b", "home", minutes(0)).inSession("s2"),
        view("a", "product-page", minutes(1)).inSession("s1"),
        view("a", "product-page", minutes(2)).inSession("s1"),
        view("b", "product-page", minutes(2)).inSession("s2"),
        view("a", "cart", minutes(3)).inSession("s1"),
        view("b", "cart", minutes(3)).inSession("s2"),
        view("c", "home", minutes(4)),
        view("a", "home", minutes(60)).inSession("s3"),
        view("a", "product-page", minutes(61)).inSession("s3"));
  }

  static PathDefinition.Builder paths() {
    return PathDefinition.builder(ExitShop.map());
  }

  @Test
  void countsSessionPathsWithRepeatsCollapsed() {
    PathResult result = PathAnalyzer.of(paths().build()).acceptAll(events().iterator()).result();

    // 4 units: s1, s2, s3 and c. [home, product-page, cart] 2 (s1 with its repeat collapsed, s2)
    // = 50 %; then [home] (c) before [home, product-page] (s3) at 1 each: the shorter first.
    assertThat(result.units()).isEqualTo(4);
    assertThat(result.isExact()).isTrue();
    assertThat(result.paths()).extracting(PathCount::touchpointIds, PathCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("home", "product-page", "cart"), 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("home"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("home", "product-page"), 1L));
    assertThat(result.paths().get(0).share().value().getAsDouble()).isEqualTo(50.0);
    assertThat(result.top(1)).hasSize(1);
    assertThat(result.top(10)).hasSize(3);
    assertThat(result.count(List.of("home", "product-page"))).isEqualTo(1);
    assertThat(result.count(List.of("cart"))).isZero();
    assertThatThrownBy(() -> result.top(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void perCustomerPathsRunAcrossSessions() {
    PathResult result = PathAnalyzer.of(paths().unit(PathUnit.CUSTOMER).build())
        .acceptAll(events().iterator()).result();

    // a: home, product-page, cart, home, product-page (s1 then s3); b: home, product-page, cart;
    // c: home. 3 units, 1 each, ordered by map order step by step: [home] is a prefix of the
    // others and shortest; b's path is a prefix of a's.
    assertThat(result.units()).isEqualTo(3);
    assertThat(result.paths()).extracting(PathCount::touchpointIds).containsExactly(
        List.of("home"),
        List.of("home", "product-page", "cart"),
        List.of("home", "product-page", "cart", "home", "product-page"));
  }

  @Test
  void aStepLimitCutsPaths() {
    PathResult result = PathAnalyzer.of(paths().maxSteps(2).build())
        .acceptAll(events().iterator()).result();

    // s1 and s2 go on to the cart beyond 2 steps: [home, product-page] cut, 2. s3 ends at
    // [home, product-page] itself: 1, not cut. c: [home], 1.
    assertThat(result.paths()).extracting(PathCount::touchpointIds, PathCount::cut,
        PathCount::count).containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("home", "product-page"), true, 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("home"), false, 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("home", "product-page"), false, 1L));
    assertThat(result.count(List.of("home", "product-page"))).isEqualTo(1);
  }

  @Test
  void theCapOnNodesCountsFurtherPathsAsOther() {
    PathAnalyzer analyzer = PathAnalyzer.of(paths().maxNodes(3).build())
        .acceptAll(events().iterator());
    // s1 takes the 3 nodes home, home/product-page, home/product-page/cart; s2, s3 and c only
    // walk them. A session starting at the help centre needs a fourth node: other.
    assertThat(analyzer.nodes()).isEqualTo(3);
    assertThat(analyzer.result().isExact()).isTrue();

    analyzer.accept(view("d", "help", minutes(5)).inSession("s4"));
    PathResult result = analyzer.result();

    assertThat(result.isExact()).isFalse();
    assertThat(result.other()).isEqualTo(1);
    assertThat(result.units()).isEqualTo(5);
    // 4 units on known paths + 1 other = 5; the known counts are unchanged.
    assertThat(result.paths().stream().mapToLong(PathCount::count).sum()).isEqualTo(4);
    assertThat(result.otherShare().value().getAsDouble()).isEqualTo(20.0);
    assertThat(result.toJsonShape()).containsEntry("exact", false).containsEntry("other", 1L);
  }

  @Test
  void refusedEventsChangeNothing() {
    PathAnalyzer analyzer = PathAnalyzer.of(paths().build())
        .accept(view("a", "cart", minutes(5)).inSession("s1"));
    PathResult before = analyzer.result();

    assertThatThrownBy(() -> analyzer.accept(view("a", "home", minutes(1)).inSession("s1")))
        .isInstanceOf(EventOrderException.class);
    assertThatThrownBy(() -> analyzer.accept(view("a", "basket", minutes(6)).inSession("s1")))
        .isInstanceOf(UnknownTouchpointException.class);
    assertThat(analyzer.result()).isEqualTo(before);
    assertThat(analyzer.nodes()).isEqualTo(1);

    assertThatThrownBy(() -> paths().maxSteps(0).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> paths().maxNodes(0).build()).isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("maxNodes");
    assertThatThrownBy(() -> paths().maxSteps(3).maxSteps(4))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mergesPathByPath() {
    PathAnalyzer left = PathAnalyzer.of(paths().build());
    PathAnalyzer right = PathAnalyzer.of(paths().build());
    for (JourneyEvent event : events()) {
      (event.customerId().equals("b") ? left : right).accept(event);
    }
    PathResult whole = PathAnalyzer.of(paths().build()).acceptAll(events().iterator()).result();

    assertThat(left.result().plus(right.result())).isEqualTo(whole);
    assertThatThrownBy(() -> whole.plus(PathAnalyzer.of(paths().maxSteps(3).build()).result()))
        .isInstanceOf(IncompatibleMergeException.class);
    assertThat(PathAnalyzer.of(paths().build()).result().isEmpty()).isTrue();
    assertThat(whole.toJsonShape().get("paths")).asList().first().isEqualTo(Map.of(
        "touchpoints", List.of("home", "product-page", "cart"), "cut", false, "count", 2L,
        "share", Map.of("format", 1, "kind", "percentage", "successes", 2L, "n", 4L)));
  }
  @Test
  void aCustomersSessionsInARowEachMakeAPath() {
    // Customer a: s1 home, product page; s2 cart, a session-less help-centre visit, checkout; s3
    // home, product page twice.
    List<JourneyEvent> events = List.of(
        view("a", "home", minutes(0)).inSession("s1"),
        view("a", "product-page", minutes(1)).inSession("s1"),
        view("a", "cart", minutes(10)).inSession("s2"),
        view("a", "help", minutes(11)),
        view("a", "checkout", minutes(12)).inSession("s2"),
        view("a", "home", minutes(20)).inSession("s3"),
        view("a", "product-page", minutes(21)).inSession("s3"),
        view("a", "product-page", minutes(22)).inSession("s3"));
    PathAnalyzer analyzer = PathAnalyzer.of(paths().build()).acceptAll(events.iterator());
    PathResult result = analyzer.result();

    // s2 ends s1 and s3 ends s2; the help visit is a's session-less path and does not interrupt s2.
    // 4 paths: [home, product-page] 2 (s1; s3 with its repeat collapsed) = 50 %, [cart, checkout]
    // 1 (s2), [help] 1; the ties by map order, cart (3rd touchpoint) before help (6th).
    assertThat(result.units()).isEqualTo(4);
    assertThat(result.paths()).extracting(PathCount::touchpointIds, PathCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("home", "product-page"), 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("cart", "checkout"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("help"), 1L));
    assertThat(result.paths().get(0).share().value().getAsDouble()).isEqualTo(50.0);
    // One customer tracked, not three sessions.
    assertThat(analyzer.trackedUnits()).isEqualTo(1);

    // At one step, s1 [home] and s3 [home] are cut (product page beyond the limit), s2 [cart] too
    // (checkout beyond); the help path has its one step and is not cut.
    PathResult cut = PathAnalyzer.of(paths().maxSteps(1).build()).acceptAll(events.iterator())
        .result();
    assertThat(cut.paths()).extracting(PathCount::touchpointIds, PathCount::cut, PathCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("home"), true, 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("cart"), true, 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("help"), false, 1L));
  }

  @Test
  void aSessionSeenAgainAfterAnotherStartsANewPath() {
    // Customer a interleaves: s1 home, s2 help, s1 product page, s1 cart. Customer b's session is
    // also called s1: session ids need only be unique within a customer.
    List<JourneyEvent> events = List.of(
        view("a", "home", minutes(0)).inSession("s1"),
        view("b", "home", minutes(0)).inSession("s1"),
        view("a", "help", minutes(1)).inSession("s2"),
        view("a", "product-page", minutes(2)).inSession("s1"),
        view("a", "cart", minutes(3)).inSession("s1"));
    PathAnalyzer analyzer = PathAnalyzer.of(paths().build()).acceptAll(events.iterator());
    PathResult result = analyzer.result();

    // a's s1 is finished at [home] when s2 comes, s2 at [help] when s1 comes back, and s1 seen
    // again starts [product-page, cart]: 3 paths for a, 1 for b ([home]); 4 units, [home] 2.
    assertThat(result.units()).isEqualTo(4);
    assertThat(result.paths()).extracting(PathCount::touchpointIds, PathCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("home"), 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("product-page", "cart"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("help"), 1L));
    assertThat(analyzer.trackedUnits()).isEqualTo(2);

    // Time order is per customer, across its sessions: a's new session s3 cannot start before a's
    // last event (minute 3), though s3 has no event yet; refused, nothing changes.
    assertThatThrownBy(() -> analyzer.accept(view("a", "home", minutes(2)).inSession("s3")))
        .isInstanceOf(EventOrderException.class);
    assertThat(analyzer.result()).isEqualTo(result);
  }

  @Test
  void stateGrowsWithCustomersNotSessions() {
    // 100 customers with 30 sessions each, taken round by round (every customer's k-th session
    // before anyone's (k+1)-th), each session home then cart: 3 000 sessions.
    PathAnalyzer analyzer = PathAnalyzer.of(paths().build());
    for (int k = 0; k < 30; k++) {
      for (int c = 0; c < 100; c++) {
        String session = "c" + c + "-s" + k;
        analyzer.accept(view("c" + c, "home", minutes(10 * k)).inSession(session));
        analyzer.accept(view("c" + c, "cart", minutes(10 * k + 1)).inSession(session));
      }
    }
    PathResult result = analyzer.result();

    // 3 000 paths, all [home, cart], over 2 trie nodes; the state is 100 customers' entries.
    assertThat(analyzer.trackedUnits()).isEqualTo(100);
    assertThat(result.units()).isEqualTo(3_000);
    assertThat(result.count(List.of("home", "cart"))).isEqualTo(3_000);
    assertThat(analyzer.nodes()).isEqualTo(2);
  }
}
