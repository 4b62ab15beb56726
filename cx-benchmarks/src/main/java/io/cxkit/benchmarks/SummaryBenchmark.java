package io.cxkit.benchmarks;

import io.cxkit.core.Nps;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Violation;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.MultipleChoiceSummary;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summarising and validating typed answers, the cx-survey layer over cx-core's counting. The
 * accumulator benchmarks record {@code size} pre-built answer objects per invocation (divide the
 * time by {@code size} for the cost per answer); the validation benchmarks check one answer per
 * operation with {@link QuestionTypeRegistry#standard()}, cycling through 1,024 valid answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SummaryBenchmark {
  private static final int CYCLE = 1024; // a power of two: the next answer is (i + 1) & (CYCLE − 1)

  @Param({"1000000"})
  int size;

  QuestionTypeRegistry types;
  NpsQuestion npsQuestion;
  MultipleChoiceQuestion choiceQuestion;
  NpsAnswer[] npsAnswers;
  MultipleChoiceAnswer[] choiceAnswers;
  int next;

  @Setup
  public void setUp() {
    types = QuestionTypeRegistry.standard();
    npsQuestion = NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?"));
    List<Choice> choices = List.of(
        Choice.of("price", "en", "The price"),
        Choice.of("delivery-speed", "en", "Delivery speed"),
        Choice.of("product-range", "en", "The range of products"),
        Choice.of("checkout", "en", "Checking out"),
        Choice.of("support", "en", "Customer support"),
        Choice.of("returns", "en", "Returns"));
    choiceQuestion = new MultipleChoiceQuestion("reasons", LocalizedText.of("en", "What could be better?"),
        false, choices, null, 1, 3);
    List<String> codes = choiceQuestion.codes();

    // A fixed seed keeps runs comparable: about 40 % promoters and 35 % passives, as in
    // ScoreAccumulatorBenchmark; 1 to 3 distinct reasons, each equally likely.
    SplittableRandom random = new SplittableRandom(42);
    npsAnswers = new NpsAnswer[size];
    choiceAnswers = new MultipleChoiceAnswer[size];
    for (int i = 0; i < size; i++) {
      double u = random.nextDouble();
      int score = u < 0.40 ? 9 + random.nextInt(2) : u < 0.75 ? 7 + random.nextInt(2) : random.nextInt(7);
      npsAnswers[i] = new NpsAnswer(score);
      int n = 1 + random.nextInt(3);
      List<String> chosen = new ArrayList<>(n);
      while (chosen.size() < n) {
        String code = codes.get(random.nextInt(codes.size()));
        if (!chosen.contains(code)) {
          chosen.add(code);
        }
      }
      choiceAnswers[i] = new MultipleChoiceAnswer(chosen, null);
    }
    // The validation benchmarks must measure the path of a valid answer.
    for (int i = 0; i < CYCLE; i++) {
      if (!types.validate(npsQuestion, npsAnswers[i]).isEmpty()
          || !types.validate(choiceQuestion, choiceAnswers[i]).isEmpty()) {
        throw new IllegalStateException("answer " + i + " is not valid");
      }
    }
  }

  /** {@code NpsSummary.Accumulator.add} per answer, then the snapshot's NPS. */
  @Benchmark
  public Nps npsAccumulate() {
    NpsSummary.Accumulator accumulator = new NpsSummary.Accumulator(npsQuestion);
    for (NpsAnswer answer : npsAnswers) {
      accumulator.add(answer);
    }
    return accumulator.snapshot().nps();
  }

  /** {@code MultipleChoiceSummary.Accumulator.add} per answer of 1 to 3 codes, then the snapshot. */
  @Benchmark
  public MultipleChoiceSummary multipleChoiceAccumulate() {
    MultipleChoiceSummary.Accumulator accumulator = new MultipleChoiceSummary.Accumulator(choiceQuestion);
    for (MultipleChoiceAnswer answer : choiceAnswers) {
      accumulator.add(answer);
    }
    return accumulator.snapshot();
  }

  /** {@code QuestionTypeRegistry.validate} of one valid nps answer. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Violation> validateNps() {
    int i = next = (next + 1) & (CYCLE - 1);
    return types.validate(npsQuestion, npsAnswers[i]);
  }

  /** {@code QuestionTypeRegistry.validate} of one valid multiple_choice answer of 1 to 3 codes. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Violation> validateMultipleChoice() {
    int i = next = (next + 1) & (CYCLE - 1);
    return types.validate(choiceQuestion, choiceAnswers[i]);
  }
}
