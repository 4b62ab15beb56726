package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.LABEL;
import static io.cxkit.survey.types.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * For every built-in type, summarising answers in two parts and adding the parts gives exactly the
 * summary of all answers at once — by {@code plus} of two snapshots and by {@code merge} into an
 * accumulator — whatever the split.
 */
class SummaryMergeProperties {
  private static final List<Choice> CHOICES =
      List.of(Choice.of("a", "en", "A"), Choice.of("b", "en", "B"), Choice.of("c", "en", "C"));

  /** Checks merge = whole for one accumulator factory, answers and split point. */
  static <A extends Answer, S extends QuestionSummary<S>> void mergeEqualsWhole(
      Supplier<? extends SummaryAccumulator<A, S>> accumulators, List<A> answers, int split) {
    int k = Math.min(split, answers.size());
    SummaryAccumulator<A, S> first = accumulators.get();
    SummaryAccumulator<A, S> second = accumulators.get();
    SummaryAccumulator<A, S> whole = accumulators.get();
    for (int i = 0; i < answers.size(); i++) {
      (i < k ? first : second).add(answers.get(i));
      whole.add(answers.get(i));
    }
    S expected = whole.snapshot();
    assertThat(first.snapshot().plus(second.snapshot())).isEqualTo(expected);
    first.merge(second.snapshot());
    assertThat(first.snapshot()).isEqualTo(expected);
    assertThat(expected.answered()).isEqualTo(answers.size());
  }

  @Property(tries = 200)
  void nps(@ForAll boolean oneToTen, @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 10) Integer> scores,
      @ForAll @IntRange(max = 60) int split) {
    NpsQuestion question = new NpsQuestion("q", TEXT, true,
        oneToTen ? NpsVariant.ONE_TO_TEN : NpsVariant.STANDARD, null, null);
    mergeEqualsWhole(() -> new NpsSummary.Accumulator(question), map(scores, NpsAnswer::new), split);
  }

  @Property(tries = 200)
  void csat(@ForAll("csatQuestions") CsatQuestion question, @ForAll @Size(max = 60) List<@IntRange(max = 1000) Integer> draws,
      @ForAll @IntRange(max = 60) int split) {
    int points = question.max() - question.min() + 1;
    mergeEqualsWhole(() -> new CsatSummary.Accumulator(question),
        map(draws, d -> new CsatAnswer(question.min() + d % points)), split);
  }

  @Provide
  Arbitrary<CsatQuestion> csatQuestions() {
    return Arbitraries.integers().between(0, 1).flatMap(min -> Arbitraries.integers().between(min + 1, 10)
        .flatMap(max -> Arbitraries.integers().between(min + 1, max)
            .map(threshold -> new CsatQuestion("q", TEXT, true, min, max, threshold, null, null))));
  }

  @Property(tries = 200)
  void ces(@ForAll CesVariant variant, @ForAll @Size(max = 60) List<@IntRange(max = 1000) Integer> draws,
      @ForAll @IntRange(max = 60) int split) {
    CesQuestion question = new CesQuestion("q", TEXT, true, variant, null);
    int points = variant.scale().points();
    mergeEqualsWhole(() -> new CesSummary.Accumulator(question),
        map(draws, d -> new CesAnswer(variant.scale().min() + d % points)), split);
  }

  @Property(tries = 200)
  void rating(@ForAll @IntRange(min = 2, max = 10) int points, @ForAll RatingStyle style,
      @ForAll @Size(max = 60) List<@IntRange(max = 1000) Integer> draws, @ForAll @IntRange(max = 60) int split) {
    RatingQuestion question = new RatingQuestion("q", TEXT, true, points, style);
    mergeEqualsWhole(() -> new RatingSummary.Accumulator(question),
        map(draws, d -> new RatingAnswer(1 + d % points)), split);
  }

  @Property(tries = 200)
  void goalCompletion(@ForAll @Size(max = 60) List<GoalOutcome> outcomes, @ForAll @IntRange(max = 60) int split) {
    GoalCompletionQuestion question = GoalCompletionQuestion.of("q", TEXT);
    mergeEqualsWhole(() -> new GoalCompletionSummary.Accumulator(question),
        map(outcomes, GoalCompletionAnswer::new), split);
  }

  @Property(tries = 200)
  void singleChoice(@ForAll @Size(max = 60) List<@IntRange(max = 3) Integer> picks, @ForAll @IntRange(max = 60) int split) {
    SingleChoiceQuestion question = new SingleChoiceQuestion("q", TEXT, true, CHOICES, LABEL);
    List<String> codes = question.codes();
    mergeEqualsWhole(() -> new ChoiceSummary.Accumulator(question),
        map(picks, p -> new SingleChoiceAnswer(codes.get(p), p == 3 ? "mine" : null)), split);
  }

  @Property(tries = 200)
  void multipleChoice(@ForAll("selections") List<List<String>> selections, @ForAll @IntRange(max = 60) int split) {
    MultipleChoiceQuestion question = new MultipleChoiceQuestion("q", TEXT, true, CHOICES, LABEL, 0, 4);
    mergeEqualsWhole(() -> new MultipleChoiceSummary.Accumulator(question),
        map(selections, s -> new MultipleChoiceAnswer(s, s.contains("other") ? "mine" : null)), split);
  }

  @Provide
  Arbitrary<List<List<String>>> selections() {
    return Arbitraries.of("a", "b", "c", "other").list().uniqueElements().ofMaxSize(4).list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void openText(@ForAll("openTexts") List<String> texts, @ForAll @IntRange(max = 60) int split,
      @ForAll @IntRange(max = 70) int cap) {
    // Contiguous parts added in order keep exactly the whole's first `cap` texts, whatever the cap.
    OpenTextQuestion question = new OpenTextQuestion("q", TEXT, false, 40, null);
    mergeEqualsWhole(() -> new OpenTextSummary.Accumulator(question, cap), map(texts, OpenTextAnswer::new),
        split);
  }

  @Provide
  Arbitrary<List<String>> openTexts() {
    // A letter first: a valid answer is not blank.
    return net.jqwik.api.Combinators.combine(Arbitraries.chars().alpha(),
            Arbitraries.strings().ofMaxLength(39))
        .as((first, rest) -> first + rest).list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void openTextPartsInOrderKeepTheFirstTexts(@ForAll("openTexts") List<String> texts,
      @ForAll @Size(max = 5) List<@IntRange(max = 60) Integer> cuts, @ForAll @IntRange(max = 12) int cap) {
    // Several contiguous parts, each summarised alone, added left to right: the first `cap` texts of
    // the whole, in order, and every answer counted.
    OpenTextQuestion question = new OpenTextQuestion("q", TEXT, false, 40, null);
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    cuts.stream().map(c -> Math.min(c, texts.size())).sorted().forEach(bounds::add);
    bounds.add(texts.size());
    OpenTextSummary sum = OpenTextSummary.empty(question, cap);
    for (int i = 0; i + 1 < bounds.size(); i++) {
      OpenTextSummary.Accumulator part = new OpenTextSummary.Accumulator(question, cap);
      texts.subList(bounds.get(i), bounds.get(i + 1)).forEach(t -> part.add(new OpenTextAnswer(t)));
      sum = sum.plus(part.snapshot());
    }
    assertThat(sum.texts()).containsExactlyElementsOf(texts.subList(0, Math.min(cap, texts.size())));
    assertThat(sum.answered()).isEqualTo(texts.size());
  }

  @Property(tries = 200)
  void contactConsent(@ForAll @Size(max = 60) List<Boolean> consents, @ForAll @IntRange(max = 60) int split) {
    ContactConsentQuestion question = new ContactConsentQuestion("q", TEXT, false);
    mergeEqualsWhole(() -> new ContactConsentSummary.Accumulator(question),
        map(consents, c -> new ContactConsentAnswer(c, c ? "a@b.example" : null)), split);
  }

  @Property(tries = 100)
  void summariesAddInAnyOrder(@ForAll @Size(max = 30) List<@IntRange(max = 10) Integer> a,
      @ForAll @Size(max = 30) List<@IntRange(max = 10) Integer> b) {
    NpsQuestion question = NpsQuestion.of("q", TEXT);
    NpsSummary left = summarise(new NpsSummary.Accumulator(question), map(a, NpsAnswer::new));
    NpsSummary right = summarise(new NpsSummary.Accumulator(question), map(b, NpsAnswer::new));
    assertThat(left.plus(right)).isEqualTo(right.plus(left));
    assertThat(left.plus(NpsSummary.empty(NpsVariant.STANDARD))).isEqualTo(left);
  }

  private static <A extends Answer, S extends QuestionSummary<S>> S summarise(
      SummaryAccumulator<A, S> accumulator, List<A> answers) {
    answers.forEach(accumulator::add);
    return accumulator.snapshot();
  }

  private static <T, R> List<R> map(List<T> values, java.util.function.Function<T, R> f) {
    List<R> mapped = new ArrayList<>(values.size());
    for (T value : values) {
      mapped.add(f.apply(value));
    }
    return mapped;
  }
}
