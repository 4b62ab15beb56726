package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.RoutedArbitraries.Choices;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyNavigator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of grouped summaries over random routed surveys ({@link RoutedArbitraries#surveys()})
 * and random respondents led through them by the navigator: every response is counted once, in
 * its group or without one, and summaries of the parts of a split input add up to the whole.
 */
class GroupedSummaryProperties {
  static final List<String> VARIANTS = Arrays.asList("A", "B", "C", null);
  static final List<String> LOCALES = Arrays.asList("de-DE", "ru-RU", "zh-CN", null);
  static final Instant BASE = Instant.parse("2026-09-28T00:00:00Z");

  @Provide
  Arbitrary<Survey> surveys() {
    return RoutedArbitraries.surveys();
  }

  @Provide
  Arbitrary<List<List<Integer>>> walks() {
    return anyWalks();
  }

  /** @return up to 30 walks, decoded by {@link #responses} */
  static Arbitrary<List<List<Integer>>> anyWalks() {
    // Sizes spread evenly over 0..30, rather than mostly small, so that most tries have several
    // groups and periods.
    return RoutedArbitraries.choiceLists(20, 60).list().ofMaxSize(30)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /**
   * Decodes each walk: its first choices give the variant, the locale and the submission time
   * (within some 10 weeks of {@link #BASE}, on any hour and minute), the rest the respondent's
   * moves.
   */
  static List<Response> responses(Survey survey, List<List<Integer>> walks) {
    SurveyNavigator navigator = SurveyNavigator.of(survey);
    List<Response> out = new ArrayList<>(walks.size());
    for (List<Integer> walk : walks) {
      Choices choices = new Choices(walk);
      String variant = VARIANTS.get(choices.next(VARIANTS.size()));
      String locale = LOCALES.get(choices.next(LOCALES.size()));
      Instant at = BASE.plusSeconds(choices.next(1000) * 6047L + choices.next(60) * 60L);
      ResponseContext context = new ResponseContext(null, null, null, null,
          locale == null ? null : Locale.forLanguageTag(locale), variant, Map.of());
      out.add(GroupFixtures.walk(navigator, choices, "r-" + out.size(), at, context));
    }
    return out;
  }

  private static GroupedSummary grouped(Survey survey, GroupKey key, List<Response> responses) {
    return GroupedSummarizer.of(survey, key).addAll(responses.iterator()).snapshot();
  }

  @Property(tries = 150)
  void groupCountsAddUpToTheTotal(@ForAll("surveys") Survey survey,
      @ForAll("walks") List<List<Integer>> walks, @ForAll boolean byLocale) {
    List<Response> responses = responses(survey, walks);
    GroupKey key = byLocale ? GroupKey.locale() : GroupKey.variant();
    GroupedSummary grouped = grouped(survey, key, responses);

    long counted = grouped.withoutKey().responses();
    for (Map.Entry<String, SurveySummary> group : grouped.groups().entrySet()) {
      long expected = responses.stream()
          .filter(r -> group.getKey().equals(key.groupOf(r))).count();
      assertThat(group.getValue().responses()).as(group.getKey()).isEqualTo(expected);
      counted += group.getValue().responses();
    }
    assertThat(counted).isEqualTo(responses.size());
    assertThat(grouped.withoutKey().responses())
        .isEqualTo(responses.stream().filter(r -> key.groupOf(r) == null).count());
    // The total is the summary of every response, as one summarizer makes it.
    // Groups pool in label order, so open texts are compared as multisets (TextOrder).
    assertThat(TextOrder.sorted(grouped.total())).isEqualTo(
        TextOrder.sorted(SurveySummarizer.of(survey).addAll(responses.iterator()).snapshot()));
    // Each group and its rest hold every grouped observation of the estimate, once.
    Map<EstimateKey, List<GroupResult>> all = grouped.compareAll(3);
    for (Map.Entry<EstimateKey, List<GroupResult>> entry : all.entrySet()) {
      if (grouped.groups().size() < 2) {
        assertThat(entry.getValue()).isEmpty();
        continue;
      }
      long n = 0;
      for (SurveySummary group : grouped.groups().values()) {
        n += group.estimate(entry.getKey()).n();
      }
      for (GroupResult result : entry.getValue()) {
        assertThat(result.n() + result.rest().n()).as("%s", entry.getKey()).isEqualTo(n);
        assertThat(result.belowMinimum()).isEqualTo(result.n() < 3);
        assertThat(result.adjustedPValue().isPresent()).isEqualTo(result.comparison().isPresent());
      }
    }
  }

  @Property(tries = 150)
  void groupedSummaryOfASplitInputMergedEqualsTheWhole(@ForAll("surveys") Survey survey,
      @ForAll("walks") List<List<Integer>> walks, @ForAll @IntRange(min = 0, max = 30) int cut,
      @ForAll boolean byLocale) {
    List<Response> responses = responses(survey, walks);
    GroupKey key = byLocale ? GroupKey.locale() : GroupKey.variant();
    int at = Math.min(cut, responses.size());
    GroupedSummary whole = grouped(survey, key, responses);
    GroupedSummary first = grouped(survey, key, responses.subList(0, at));
    GroupedSummary second = grouped(survey, key, responses.subList(at, responses.size()));

    // In order, the parts give the whole exactly; the other way round, open texts come in another
    // order and are compared as multisets (TextOrder).
    assertThat(first.plus(second)).isEqualTo(whole);
    assertThat(first.plus(second).hashCode()).isEqualTo(whole.hashCode());
    assertThat(TextOrder.sorted(second.plus(first))).isEqualTo(TextOrder.sorted(whole));
    GroupedSummarizer merged = GroupedSummarizer.of(survey, key)
        .addAll(responses.subList(0, at).iterator());
    assertThat(merged.merge(second).snapshot()).isEqualTo(whole);
  }
}
