package io.cxkit.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.RatingScale;
import io.cxkit.core.ScoreDistribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

  /** CSAT % satisfied of three segments (hand-made counts). */
  private static Map<String, Percentage> segments() {
    Map<String, Percentage> segments = new LinkedHashMap<>();
    segments.put("new", Percentage.of(40, 50)); // 80 %
    segments.put("returning", Percentage.of(30, 60)); // 50 %
    segments.put("vip", Percentage.of(45, 90)); // 50 %
    return segments;
  }

  @Test
  void eachSegmentAgainstTheRestPooled() {
    List<GroupComparison<String, Percentage>> result = GroupComparison.eachAgainstRest(segments());
    assertThat(result).extracting(GroupComparison::group).containsExactly("new", "returning", "vip");
    // The rest of each segment is the sum of the other two:
    //   new:       30/60 + 45/90 = 75/150
    //   returning: 40/50 + 45/90 = 85/140
    //   vip:       40/50 + 30/60 = 70/110
    assertThat(result).extracting(GroupComparison::rest)
        .containsExactly(Percentage.of(75, 150), Percentage.of(85, 140), Percentage.of(70, 110));
    assertThat(result).extracting(GroupComparison::estimate)
        .containsExactly(Percentage.of(40, 50), Percentage.of(30, 60), Percentage.of(45, 90));
    for (GroupComparison<String, Percentage> g : result) {
      Comparison expected = g.estimate().comparedWith(g.rest()).orElseThrow();
      Comparison actual = g.comparison().orElseThrow();
      assertThat(actual.difference()).isEqualTo(expected.difference());
      assertThat(actual.pValue()).isEqualTo(expected.pValue());
    }
    // new vs rest: 80 % − 50 % = 30 points.
    assertThat(result.get(0).comparison().orElseThrow().difference()).isCloseTo(30.0, within(1e-12));
  }

  @Test
  void pValuesAreHolmAdjustedAcrossTheGroups() {
    List<GroupComparison<String, Percentage>> result = GroupComparison.eachAgainstRest(segments());
    double[] raw = result.stream().mapToDouble(g -> g.comparison().orElseThrow().pValue()).toArray();
    double[] adjusted = result.stream().mapToDouble(g -> g.adjustedPValue().getAsDouble()).toArray();
    assertThat(adjusted).containsExactly(Holm.adjust(raw));
    for (int i = 0; i < raw.length; i++) {
      assertThat(adjusted[i]).isGreaterThanOrEqualTo(raw[i]).isLessThanOrEqualTo(1.0);
    }
    // The smallest raw p-value (the "new" segment, 30 points above the rest) is multiplied by m = 3.
    assertThat(adjusted[0]).isEqualTo(Math.min(1, 3 * raw[0]));
    assertThat(result.get(0).isSignificant(0.05)).isEqualTo(adjusted[0] < 0.05);
  }

  @Test
  void twoGroupsAreEachOthersRest() {
    Map<String, Percentage> two = new LinkedHashMap<>();
    two.put("a", Percentage.of(56, 70));
    two.put("b", Percentage.of(48, 80));
    List<GroupComparison<String, Percentage>> result = GroupComparison.eachAgainstRest(two);
    assertThat(result.get(0).rest()).isEqualTo(Percentage.of(48, 80));
    assertThat(result.get(1).rest()).isEqualTo(Percentage.of(56, 70));
    // The two-sided tests of a vs b and b vs a have the same p; Holm with m = 2 doubles it
    // (2p, then max(2p, p) = 2p).
    double p = result.get(0).comparison().orElseThrow().pValue();
    assertThat(result.get(0).adjustedPValue()).hasValue(Math.min(1, 2 * p));
    assertThat(result.get(1).adjustedPValue()).hasValue(Math.min(1, 2 * p));
  }

  @Test
  void aGroupWithoutAComparisonGetsNoAdjustedPValue() {
    Map<String, Percentage> groups = segments();
    groups.put("no answers", Percentage.empty());
    List<GroupComparison<String, Percentage>> result = GroupComparison.eachAgainstRest(groups);
    GroupComparison<String, Percentage> empty = result.get(3);
    assertThat(empty.group()).isEqualTo("no answers");
    assertThat(empty.comparison()).isEmpty();
    assertThat(empty.adjustedPValue()).isEmpty();
    assertThat(empty.isSignificant(0.05)).isFalse();
    assertThat(empty.rest()).isEqualTo(Percentage.of(115, 200));
    // The other three are adjusted among themselves (m = 3), as if the empty group were not there.
    List<GroupComparison<String, Percentage>> withoutEmpty = GroupComparison.eachAgainstRest(segments());
    for (int i = 0; i < 3; i++) {
      assertThat(result.get(i).adjustedPValue()).isEqualTo(withoutEmpty.get(i).adjustedPValue());
    }
  }

  @Test
  void meansWorkTheSameWay() {
    Map<String, Mean> groups = new LinkedHashMap<>();
    groups.put("web", Mean.of(ScoreDistribution.ofCounts(RatingScale.CES, 1, 2, 3, 4, 5, 6, 7)));
    groups.put("app", Mean.of(ScoreDistribution.ofCounts(RatingScale.CES, 7, 6, 5, 4, 3, 2, 1)));
    groups.put("phone", Mean.of(ScoreDistribution.ofScores(RatingScale.CES, 4, 4, 4))); // no spread
    groups.put("chat", Mean.of(ScoreDistribution.ofScores(RatingScale.CES, 5))); // n = 1
    List<GroupComparison<String, Mean>> result = GroupComparison.eachAgainstRest(groups);
    assertThat(result.get(0).rest()).isEqualTo(groups.get("app").plus(groups.get("phone")).plus(groups.get("chat")));
    assertThat(result.get(3).comparison()).isEmpty(); // one response: no variance, no Welch test
    assertThat(result.get(3).adjustedPValue()).isEqualTo(OptionalDouble.empty());
    // "phone" has no spread, but its rest does: Welch's test is defined.
    assertThat(result.get(2).comparison()).isPresent();
    assertThat(result.subList(0, 3)).allSatisfy(g -> assertThat(g.adjustedPValue()).isPresent());
  }

  @Test
  void fewerThanTwoGroupsAreRefused() {
    assertThatThrownBy(() -> GroupComparison.eachAgainstRest(Map.of("only", Percentage.of(1, 2))))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("groups.size = 1: comparing each group with the rest needs at least 2 groups");
    assertThatThrownBy(() -> GroupComparison.eachAgainstRest(Map.<String, Percentage>of()))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("groups.size = 0: comparing each group with the rest needs at least 2 groups");
    assertThatThrownBy(() -> GroupComparison.<String, Percentage>eachAgainstRest(null))
        .isInstanceOf(NullPointerException.class).hasMessage("groups");
  }

  @Test
  void groupsThatCannotBePooledAreRefused() {
    Map<String, Mean> groups = new LinkedHashMap<>();
    groups.put("csat", Mean.of(ScoreDistribution.ofScores(RatingScale.CSAT, 4, 5)));
    groups.put("ces", Mean.of(ScoreDistribution.ofScores(RatingScale.CES, 6, 7)));
    assertThatThrownBy(() -> GroupComparison.eachAgainstRest(groups))
        .isExactlyInstanceOf(IncompatibleMergeException.class)
        .hasMessage("cannot merge Mean with bounds [1.0, 5.0] and Mean with bounds [1.0, 7.0]: the bounds must be equal");
  }

  @Test
  void theRecordChecksItsComponents() {
    Percentage p = Percentage.of(1, 2);
    assertThatThrownBy(() -> new GroupComparison<>(null, p, p, Optional.empty(), OptionalDouble.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("group");
    assertThatThrownBy(() -> new GroupComparison<>("g", p, p, null, OptionalDouble.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("comparison");
    GroupComparison<String, Percentage> g = new GroupComparison<>("g", p, p, Optional.empty(), OptionalDouble.of(0.01));
    assertThat(g.isSignificant(0.05)).isTrue();
    assertThatThrownBy(() -> g.isSignificant(0))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("alpha = 0.0: a significance level must lie strictly between 0 and 1");
  }
}
