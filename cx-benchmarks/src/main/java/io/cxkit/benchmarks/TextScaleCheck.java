package io.cxkit.benchmarks;

import static io.cxkit.benchmarks.ScaleChecks.mib;

import io.cxkit.survey.text.Codebook;
import io.cxkit.survey.text.DistinctiveComparison;
import io.cxkit.survey.text.DistinctivePhrase;
import io.cxkit.survey.text.DistinctivePhrases;
import io.cxkit.survey.text.PhraseCount;
import io.cxkit.survey.text.PhraseCounts;
import io.cxkit.survey.text.PhraseGroupCounter;
import io.cxkit.survey.text.PhraseGroupCounts;
import io.cxkit.survey.text.Phrases;
import io.cxkit.survey.text.StopWords;
import io.cxkit.survey.text.TextGroups;
import io.cxkit.survey.text.ThemeCounts;
import io.cxkit.survey.text.ThemeSummarizer;
import io.cxkit.survey.text.ThemeSummary;
import io.cxkit.survey.text.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * Checks issue 10's promise that text analysis runs over millions of comments in bounded memory: a
 * million generated comments in English, Russian and Chinese ({@link ShopComments}), each tagged
 * with {@link Codebook#ecommerce()} into a {@link ThemeSummarizer} by NPS group, and tokenized and
 * counted into a {@link PhraseGroupCounter} of its language (that language's stop words, 1- to
 * 3-word phrases, by NPS group, the default capacity of {@value PhraseCounts#DEFAULT_CAPACITY}
 * phrases per group). Run it with {@code java -Xmx512m -cp cx-benchmarks/target/benchmarks.jar
 * io.cxkit.benchmarks.TextScaleCheck}.
 *
 * <p>It prints comments per second (and the time of each stage), the heap in use after a full GC
 * at checkpoints and at the end with every counter live, each theme's share among detractors and
 * promoters, and the most distinctive English phrases of detractors against promoters. Options:
 * {@code --comments N} (1 000 000), {@code --seed S} (7), {@code --capacity C} (phrases per group),
 * {@code --checkpoints K} (10). Exit status 0, 2 when the heap ran out, 1 on another failure.
 */
public final class TextScaleCheck {
  private static final Locale[] LOCALES =
      {ShopComments.ENGLISH, ShopComments.RUSSIAN, ShopComments.CHINESE};

  private long comments = 1_000_000;
  private long seed = 7;
  private int capacity = PhraseCounts.DEFAULT_CAPACITY;
  private int checkpoints = 10;
  private long gcNanos;

  private TextScaleCheck() {}

  /**
   * @param args the options of the class documentation
   */
  public static void main(String[] args) {
    TextScaleCheck check = new TextScaleCheck();
    try {
      check.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
    try {
      check.run();
    } catch (OutOfMemoryError e) {
      ScaleChecks.outOfMemory("main", e);
    }
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + arg
            + "; options: --comments N --seed S --capacity C --checkpoints K");
      }
      String value = args[++i].replace("_", "");
      switch (arg) {
        case "--comments" -> comments = Long.parseLong(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--capacity" -> capacity = Integer.parseInt(value);
        case "--checkpoints" -> checkpoints = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + arg
            + "; options: --comments N --seed S --capacity C --checkpoints K");
      }
    }
  }

  private void run() {
    System.out.printf(Locale.ROOT, "%,d comments (en 50 %%, ru 30 %%, zh 20 %%), seed %d, %,d"
        + " phrases per group; max heap %,d MiB%n", comments, seed, capacity,
        Runtime.getRuntime().maxMemory() >> 20);
    long baseline = heapAfterGc();
    gcNanos = 0;
    System.out.printf(Locale.ROOT, "heap after GC before the run: %,.1f MiB%n", mib(baseline));
    Codebook codebook = Codebook.ecommerce();
    ThemeSummarizer themes = ThemeSummarizer.builder(codebook)
        .expectGroups(TextGroups.NPS_GROUPS).build();
    PhraseGroupCounter[] phrases = new PhraseGroupCounter[LOCALES.length];
    for (int l = 0; l < LOCALES.length; l++) {
      phrases[l] = new PhraseGroupCounter(Phrases.upToThreeWords(StopWords.of(LOCALES[l])),
          capacity);
    }
    ShopComments source = new ShopComments(seed);
    long every = checkpoints > 0 ? Math.max(1, comments / checkpoints) : Long.MAX_VALUE;
    long makeNanos = 0;
    long themeNanos = 0;
    long tokenNanos = 0;
    long phraseNanos = 0;
    long chars = 0;
    long started = System.nanoTime();
    for (long n = 1; n <= comments; n++) {
      long t0 = System.nanoTime();
      ShopComments.Comment comment = source.next();
      long t1 = System.nanoTime();
      themes.add(comment.group(), comment.text(), comment.locale());
      long t2 = System.nanoTime();
      int language = comment.locale() == ShopComments.ENGLISH ? 0
          : comment.locale() == ShopComments.RUSSIAN ? 1 : 2;
      List<String> tokens = Tokenizer.of(comment.locale()).tokens(comment.text());
      long t3 = System.nanoTime();
      phrases[language].add(comment.group(), tokens);
      long t4 = System.nanoTime();
      makeNanos += t1 - t0;
      themeNanos += t2 - t1;
      tokenNanos += t3 - t2;
      phraseNanos += t4 - t3;
      chars += comment.text().length();
      if (n % every == 0 && n < comments) {
        System.out.printf(Locale.ROOT, "  %,12d comments: heap after GC %,7.1f MiB%n", n,
            mib(heapAfterGc()));
      }
    }
    double seconds = (System.nanoTime() - started - gcNanos) / 1e9;
    System.out.printf(Locale.ROOT, "%,d comments (%.1f chars on average) in %.1f s: %,.0f"
        + " comments/s, of which making them %.1f s%n", comments, (double) chars / comments,
        seconds, comments / seconds, makeNanos / 1e9);
    System.out.printf(Locale.ROOT, "  per comment: ThemeSummarizer.add %.1f µs (tokenizes and"
        + " tags), Tokenizer.tokens %.1f µs, PhraseGroupCounter.add %.1f µs%n",
        themeNanos / 1e3 / comments, tokenNanos / 1e3 / comments, phraseNanos / 1e3 / comments);
    long used = heapAfterGc();
    System.out.printf(Locale.ROOT, "heap after GC at the end, counters live: %,.1f MiB (%,.1f MiB"
        + " above the baseline)%n", mib(used), mib(used - baseline));
    print(themes.snapshot(), phrases);
  }

  private static void print(ThemeSummary summary, PhraseGroupCounter[] phrases) {
    ThemeCounts total = summary.total();
    System.out.printf(Locale.ROOT, "themes: %,d comments, %,d without a theme (%s)%n",
        total.comments(), total.withoutTheme(), ShopAnalyses.percent(total.withoutThemeShare()));
    ThemeCounts detractors = summary.group(TextGroups.DETRACTOR);
    ThemeCounts promoters = summary.group(TextGroups.PROMOTER);
    for (String theme : total.themeIds()) {
      System.out.printf(Locale.ROOT, "  %-20s all %s, detractors %s, promoters %s%n", theme,
          ShopAnalyses.percent(total.share(theme)), ShopAnalyses.percent(detractors.share(theme)),
          ShopAnalyses.percent(promoters.share(theme)));
    }
    for (int l = 0; l < LOCALES.length; l++) {
      PhraseGroupCounts counts = phrases[l].snapshot();
      PhraseCounts detractorPhrases = counts.group(TextGroups.DETRACTOR).orElseThrow();
      System.out.printf(Locale.ROOT, "phrases %s: %s; detractors: %,d comments, %,d (comment,"
          + " phrase) pairs, %,d phrases held, error bound %,d; top: %s%n",
          LOCALES[l].getLanguage(), counts.isExact() ? "exact" : "Space-Saving beyond the cap",
          detractorPhrases.totalComments(), detractorPhrases.totalPhrases(),
          detractorPhrases.size(), detractorPhrases.unmonitoredBound(),
          detractorPhrases.topN(5).stream().map(PhraseCount::phrase).toList());
      if (l == 0) {
        DistinctiveComparison comparison = DistinctivePhrases.builder().allowInexactCounts()
            .minCount(100).build().compare(counts, TextGroups.DETRACTOR, TextGroups.PROMOTER);
        System.out.printf(Locale.ROOT, "  distinctive of en detractors vs promoters: %s%n",
            comparison.topOfFocus(5).stream().map(TextScaleCheck::scored).toList());
        System.out.printf(Locale.ROOT, "  distinctive of en promoters vs detractors: %s%n",
            comparison.topOfReference(5).stream().map(TextScaleCheck::scored).toList());
      }
    }
  }

  private static String scored(DistinctivePhrase phrase) {
    return String.format(Locale.ROOT, "%s (z %.1f)", phrase.phrase(), phrase.z());
  }

  private long heapAfterGc() {
    long start = System.nanoTime();
    long used = ScaleChecks.heapAfterGc();
    gcNanos += System.nanoTime() - start;
    return used;
  }
}
