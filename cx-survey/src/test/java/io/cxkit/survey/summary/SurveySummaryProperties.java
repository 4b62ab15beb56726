package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.RoutedArbitraries;
import io.cxkit.survey.Survey;
import io.cxkit.survey.json.SurveyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of survey summaries over random routed surveys ({@link RoutedArbitraries#surveys()})
 * and random valid responses to them ({@link RoutedArbitraries#responses}): the summaries of the
 * contiguous parts of a stream of responses, cut anywhere into up to five parts and added in order,
 * equal the summary of the whole stream (by {@code plus} and by a summarizer's {@code merge});
 * added in any order they agree on every count and estimate; the counts add up; and the JSON form
 * reads back equal.
 */
class SurveySummaryProperties {

  /**
   * A survey, responses to it, where to cut them into parts, how to count, and displays: {@code
   * extraDisplays} shown without a response on top of one display per response, or none given when
   * negative.
   */
  record Case(Survey survey, List<Response> responses, List<Integer> cuts, SummaryOptions options,
      int extraDisplays) {

    /** @return the responses cut into contiguous parts, in order (some may be empty) */
    List<List<Response>> parts() {
      List<List<Response>> parts = new ArrayList<>();
      int from = 0;
      for (int cut : cuts) {
        parts.add(responses.subList(from, cut));
        from = cut;
      }
      parts.add(responses.subList(from, responses.size()));
      return parts;
    }

    /** @return the summary of {@code part}, the first part with the extra displays */
    SurveySummary summary(List<Response> part, boolean first) {
      SurveySummarizer summarizer = SurveySummarizer.builder(survey).options(options).build();
      part.forEach(summarizer::add);
      if (extraDisplays >= 0) {
        summarizer.addDisplays(part.size() + (first ? extraDisplays : 0));
      }
      return summarizer.snapshot();
    }

    SurveySummary whole() {
      return summary(responses, true);
    }

    List<SurveySummary> partSummaries() {
      List<SurveySummary> out = new ArrayList<>();
      List<List<Response>> parts = parts();
      for (int i = 0; i < parts.size(); i++) {
        out.add(summary(parts.get(i), i == 0));
      }
      return out;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return RoutedArbitraries.surveys().flatMap(survey -> RoutedArbitraries.responses(survey, 30)
        .flatMap(responses -> Combinators.combine(
                Arbitraries.integers().between(0, responses.size()).list().ofMaxSize(4),
                Arbitraries.of(SummaryOptions.DEFAULT, SummaryOptions.DEFAULT.withDismissedInDenominators(true)),
                Arbitraries.integers().between(-1, 20))
            .as((cuts, options, extra) -> new Case(survey, responses, cuts.stream().sorted().toList(),
                options, extra))));
  }

  @Property(tries = 150)
  void partsAddedInOrderEqualTheWhole(@ForAll("cases") Case sample) {
    SurveySummary whole = sample.whole();
    SurveySummary sum = SurveySummary.empty(sample.survey(), sample.options(), QuestionTypeRegistry.standard());
    for (SurveySummary part : sample.partSummaries()) {
      sum = sum.plus(part);
    }
    assertThat(sum).isEqualTo(whole);
  }

  @Property(tries = 150)
  void partsMergedIntoASummarizerEqualTheWhole(@ForAll("cases") Case sample) {
    SurveySummary whole = sample.whole();
    List<SurveySummary> parts = sample.partSummaries();
    SurveySummarizer fresh = SurveySummarizer.builder(sample.survey()).options(sample.options()).build();
    parts.forEach(fresh::merge);
    assertThat(fresh.snapshot()).isEqualTo(whole);
    // A summarizer that recorded the first part itself, then merges the others' snapshots.
    List<List<Response>> responses = sample.parts();
    SurveySummarizer recording = SurveySummarizer.builder(sample.survey()).options(sample.options()).build();
    responses.get(0).forEach(recording::add);
    if (sample.extraDisplays() >= 0) {
      recording.addDisplays(responses.get(0).size() + sample.extraDisplays());
    }
    parts.subList(1, parts.size()).forEach(recording::merge);
    assertThat(recording.snapshot()).isEqualTo(whole);
  }

  @Property(tries = 100)
  void partsAddedInAnyOrderAgreeOnEveryCountAndEstimate(@ForAll("cases") Case sample) {
    // Only the open-text answers kept (the first ones up to a cap) depend on the order.
    SurveySummary whole = sample.whole();
    List<SurveySummary> parts = new ArrayList<>(sample.partSummaries());
    java.util.Collections.reverse(parts);
    SurveySummary sum = parts.get(0);
    for (SurveySummary part : parts.subList(1, parts.size())) {
      sum = sum.plus(part);
    }
    assertThat(sum.estimates()).isEqualTo(whole.estimates());
    assertThat(sum.displays()).isEqualTo(whole.displays());
    for (int i = 0; i < whole.questions().size(); i++) {
      QuestionResult a = sum.questions().get(i);
      QuestionResult b = whole.questions().get(i);
      assertThat(List.of(a.reached(), a.answered(), a.droppedOff()))
          .containsExactly(b.reached(), b.answered(), b.droppedOff());
    }
  }

  @Property(tries = 150)
  void countsAddUp(@ForAll("cases") Case sample) {
    SurveySummary summary = sample.whole();
    List<Response> responses = sample.responses();
    long dismissed = responses.stream().filter(r -> r.status() == ResponseStatus.DISMISSED).count();
    long partial = responses.stream().filter(r -> r.status() == ResponseStatus.PARTIAL).count();
    assertThat(summary.responses()).isEqualTo(responses.size());
    assertThat(summary.dismissals()).isEqualTo(dismissed);
    assertThat(summary.partials()).isEqualTo(partial);
    assertThat(summary.completions() + summary.partials() + summary.dismissals()).isEqualTo(responses.size());
    boolean in = sample.options().dismissedInDenominators();
    long droppedOff = 0;
    for (QuestionResult result : summary.questions()) {
      long answers = responses.stream().filter(r -> r.answers().containsKey(result.questionId())).count();
      assertThat(result.answered()).isEqualTo(answers).isEqualTo(result.summary().answered())
          .isLessThanOrEqualTo(result.reached());
      droppedOff += result.droppedOff();
    }
    assertThat(droppedOff).isEqualTo(partial + (in ? dismissed : 0));
    assertThat(summary.questions().get(0).reached()).isEqualTo(summary.starts() + (in ? dismissed : 0));
    // Every summary of the survey version has the same estimates, named alike, whatever its data.
    SurveySummary empty = SurveySummary.empty(sample.survey(), sample.options(), QuestionTypeRegistry.standard());
    Map<EstimateKey, MergeableEstimate<?>> estimates = summary.estimates();
    assertThat(estimates.keySet()).containsExactlyElementsOf(empty.estimates().keySet());
    assertThat(estimates.values()).doesNotContainNull();
    // The generator is not degenerate: partial and dismissed responses, and several parts, are common.
    Statistics.label("has a partial response").collect(partial > 0);
    Statistics.label("has a dismissed response").collect(dismissed > 0);
    Statistics.label("cut into several non-empty parts")
        .collect(sample.parts().stream().filter(part -> !part.isEmpty()).count() > 1);
    for (String label : List.of("has a partial response", "has a dismissed response",
        "cut into several non-empty parts")) {
      Statistics.label(label).coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
    }
  }

  @Property(tries = 100)
  void theJsonFormReadsBackEqual(@ForAll("cases") Case sample) {
    SurveyJson json = SurveyJson.standard();
    for (SurveySummary summary : sample.partSummaries()) {
      String text = json.writeSummary(summary);
      SurveySummary read = json.readSummary(text, sample.survey());
      assertThat(read).isEqualTo(summary);
      assertThat(json.writeSummary(read)).isEqualTo(text);
    }
  }
}
