package io.cxkit.benchmarks;

import io.cxkit.survey.text.Codebook;
import io.cxkit.survey.text.PhraseCounter;
import io.cxkit.survey.text.PhraseCounts;
import io.cxkit.survey.text.Phrases;
import io.cxkit.survey.text.StopWords;
import io.cxkit.survey.text.ThemeSummarizer;
import io.cxkit.survey.text.ThemeSummary;
import io.cxkit.survey.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Open text per comment, in English, Russian and Chinese ({@code language}): tokenizing with ICU's
 * word break iterator, tagging with {@link Codebook#ecommerce()} (from the text, and from tokens
 * already made), summarising themes by NPS group, and counting 1- to 3-word phrases without the
 * language's stop words, exactly (the default capacity) and by Space-Saving (a capacity of 1 000,
 * which these comments exceed). The input is {@value #COMMENTS} comments of {@link ShopComments}
 * (seed 7) in the language; one invocation handles all of them and the score is per comment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextBenchmark {
  /** The comments of one invocation. */
  static final int COMMENTS = 2_000;

  @Param({"en", "ru", "zh"})
  String language;

  Locale locale;
  Tokenizer tokenizer;
  Codebook codebook;
  Phrases phrases;
  List<String> texts;
  List<String> groups;
  List<List<String>> tokens;

  @Setup
  public void setUp() {
    locale = switch (language) {
      case "en" -> ShopComments.ENGLISH;
      case "ru" -> ShopComments.RUSSIAN;
      case "zh" -> ShopComments.CHINESE;
      default -> throw new IllegalArgumentException("language " + language);
    };
    tokenizer = Tokenizer.of(locale);
    codebook = Codebook.ecommerce();
    phrases = Phrases.upToThreeWords(StopWords.of(locale));
    ShopComments source = new ShopComments(7);
    texts = new ArrayList<>(COMMENTS);
    groups = new ArrayList<>(COMMENTS);
    tokens = new ArrayList<>(COMMENTS);
    for (int i = 0; i < COMMENTS; i++) {
      ShopComments.Comment comment = source.next(locale);
      texts.add(comment.text());
      groups.add(comment.group());
      tokens.add(tokenizer.tokens(comment.text()));
    }
    ThemeSummary summary = summarise();
    if (summary.total().comments() != COMMENTS || summary.total().withTheme() == 0
        || !countPhrases().isExact() || countPhrasesSketching().isExact()) {
      throw new IllegalStateException("the benchmark's comments do not exercise the text path");
    }
  }

  /** Each comment's tokens. */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public void tokenize(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(tokenizer.tokens(text));
    }
  }

  /** Each comment's themes, from its text: tokenizing included. */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public void tag(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(codebook.tag(text, locale));
    }
  }

  /** Each comment's themes, from tokens already made: the codebook's matching alone. */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public void tagTokens(Blackhole blackhole) {
    String code = locale.getLanguage();
    for (List<String> words : tokens) {
      blackhole.consume(codebook.tagTokens(words, code));
    }
  }

  /** @return the theme summary of every comment by NPS group: tokenizing and tagging included */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public ThemeSummary summarise() {
    ThemeSummarizer summarizer = ThemeSummarizer.of(codebook);
    for (int i = 0; i < COMMENTS; i++) {
      summarizer.add(groups.get(i), texts.get(i), locale);
    }
    return summarizer.snapshot();
  }

  /** @return the phrase counts of every comment's tokens, exact at the default capacity */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public PhraseCounts countPhrases() {
    PhraseCounter counter = new PhraseCounter(phrases);
    for (List<String> words : tokens) {
      counter.add(words);
    }
    return counter.snapshot();
  }

  /** @return the phrase counts with a capacity of 1 000: Space-Saving once it is reached */
  @Benchmark
  @OperationsPerInvocation(COMMENTS)
  public PhraseCounts countPhrasesSketching() {
    PhraseCounter counter = new PhraseCounter(phrases, 1_000);
    for (List<String> words : tokens) {
      counter.add(words);
    }
    return counter.snapshot();
  }
}
