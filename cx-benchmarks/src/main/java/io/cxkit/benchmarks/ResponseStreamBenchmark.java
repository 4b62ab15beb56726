package io.cxkit.benchmarks;

import io.cxkit.survey.Channel;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.io.ReadReport;
import io.cxkit.survey.io.ResponseCsv;
import io.cxkit.survey.io.ResponseCsvWriter;
import io.cxkit.survey.io.ResponseJsonLines;
import io.cxkit.survey.io.ResponseReader;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Responses in bulk: reading {@code size} post-purchase responses from JSON Lines and from CSV
 * (each checked against the survey), writing them as CSV, and summarising them — the whole survey,
 * and grouped by A/B variant. One operation is the whole batch; divide by {@code size} for the cost
 * per response. The responses are deterministic (seeded): an NPS score, a "why" for two in three,
 * one to three reasons, variant A or B, one of four locales, spread over 90 days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResponseStreamBenchmark {

  @Param({"10000"})
  int size;

  Survey survey;
  List<Response> responses;
  byte[] jsonLines;
  byte[] csv;
  ResponseJsonLines jsonLinesReader;
  ResponseCsv csvReader;
  ResponseCsvWriter csvWriter;

  @Setup
  public void setUp() {
    survey = Survey.builder("post-purchase")
        .title(LocalizedText.of("en", "How did we do?"))
        .kind(SurveyKind.TRANSACTIONAL)
        .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
        .question(OpenTextQuestion.followUp("why", LocalizedText.of("en", "Why this score?"), "nps"))
        .question(new MultipleChoiceQuestion("reasons", LocalizedText.of("en", "What mattered most?"),
            false, List.of(Choice.of("price", "en", "The price"),
                Choice.of("delivery", "en", "Delivery"), Choice.of("quality", "en", "Quality"),
                Choice.of("service", "en", "Customer service")),
            null, 1, 3))
        .build();
    String[] locales = {"en-GB", "de-DE", "ru-RU", "zh-CN"};
    String[] why = {"Fast delivery, well packed", "Доставка задержалась на неделю",
        "客服很耐心", "Preis zu hoch"};
    String[] codes = {"price", "delivery", "quality", "service"};
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2026-09-01T00:00:00Z");
    responses = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ResponseContext context = new ResponseContext("order-confirmation", Channel.EMAIL, null,
          null, Locale.forLanguageTag(locales[random.nextInt(4)]), random.nextBoolean() ? "A" : "B",
          Map.of());
      Response.Builder response = Response.builder("r-" + i, survey.id(), survey.version())
          .submittedAt(start.plusSeconds(random.nextLong(90L * 24 * 3600))).context(context)
          .answer("nps", new NpsAnswer(random.nextInt(11)));
      if (random.nextInt(3) > 0) {
        response.answer("why", new OpenTextAnswer(why[random.nextInt(4)]));
      }
      int first = random.nextInt(4);
      int count = 1 + random.nextInt(3);
      List<String> chosen = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        chosen.add(codes[(first + k) % 4]);
      }
      responses.add(response.answer("reasons", new MultipleChoiceAnswer(chosen, null)).build());
    }
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (var writer = ResponseJsonLines.writer(lines)) {
      writer.writeAll(responses);
    }
    jsonLines = lines.toByteArray();
    csvWriter = ResponseCsvWriter.of(survey);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    try (var writer = csvWriter.open(table)) {
      writer.writeAll(responses);
    }
    csv = table.toByteArray();
    jsonLinesReader = ResponseJsonLines.reader().validatingAgainst(survey).build();
    csvReader = ResponseCsv.readerOfExport(survey).build();

    // Each benchmark must measure the clean path: every record read back, none skipped.
    if (readJsonLines().valid() != size || readCsv().valid() != size
        || summarise().completions() != size || groupByVariant().groups().size() != 2) {
      throw new IllegalStateException("the benchmark's inputs do not read back clean");
    }
  }

  private static ReadReport drain(ResponseReader reader) {
    try (reader) {
      while (reader.hasNext()) {
        reader.next();
      }
      return reader.report();
    }
  }

  /** @return the report of reading every line, each validated against the survey */
  @Benchmark
  public ReadReport readJsonLines() {
    return drain(jsonLinesReader.open(new ByteArrayInputStream(jsonLines)));
  }

  /** @return the report of reading every row of cxkit's CSV layout, each validated */
  @Benchmark
  public ReadReport readCsv() {
    return drain(csvReader.open(new ByteArrayInputStream(csv)));
  }

  /** @return the number of responses written as CSV to a writer that discards them */
  @Benchmark
  public long writeCsv() {
    try (var writer = csvWriter.open(Writer.nullWriter())) {
      writer.writeAll(responses);
      return writer.count();
    }
  }

  /** @return the summary of every response (each validated, then counted) */
  @Benchmark
  public SurveySummary summarise() {
    return SurveySummarizer.of(survey).addAll(responses.iterator()).snapshot();
  }

  /** @return the summary of every response by A/B variant */
  @Benchmark
  public GroupedSummary groupByVariant() {
    return GroupedSummarizer.of(survey, GroupKey.variant()).addAll(responses.iterator()).snapshot();
  }
}
