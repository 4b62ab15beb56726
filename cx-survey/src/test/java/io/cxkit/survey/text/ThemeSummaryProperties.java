package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ThemeSummaryProperties {
  private static final Codebook SHOP = Codebook.ecommerce();

  /** A comment: its group (or none), its language (or none) and words from the codebook and not. */
  record Comment(String group, String text, String language) {}

  @Provide
  Arbitrary<List<Comment>> comments() {
    Arbitrary<String> groups = Arbitraries.of("", "detractor", "passive", "promoter", "vip");
    Arbitrary<String> languages = Arbitraries.of("", "en", "ru", "zh", "de");
    Arbitrary<String> words = Arbitraries.of("delivery", "late", "price", "support", "the", "ok",
        "доставка", "цена", "ошибка", "送货", "价格", "客服", "很好", "out of stock", "!", " ");
    Arbitrary<String> texts = words.list().ofMaxSize(6).map(w -> String.join(" ", w));
    return Combinators.combine(groups, texts, languages).as(Comment::new).list().ofMaxSize(40);
  }

  private static ThemeSummary summarise(List<Comment> comments) {
    ThemeSummarizer summarizer = ThemeSummarizer.of(SHOP);
    for (Comment c : comments) {
      summarizer.add(c.group().isEmpty() ? null : c.group(), c.text(),
          c.language().isEmpty() ? null : Locale.forLanguageTag(c.language()));
    }
    return summarizer.snapshot();
  }

  @Property(tries = 150)
  void mergingPartitionsEqualsTheWhole(@ForAll("comments") List<Comment> comments,
      @ForAll @IntRange(min = 0, max = 40) int cut) {
    int at = Math.min(cut, comments.size());
    ThemeSummary whole = summarise(comments);
    ThemeSummary left = summarise(comments.subList(0, at));
    ThemeSummary right = summarise(comments.subList(at, comments.size()));
    assertThat(left.plus(right)).isEqualTo(whole);
    assertThat(right.plus(left)).isEqualTo(whole);
    ThemeSummarizer merged = ThemeSummarizer.of(SHOP).merge(left).merge(right);
    assertThat(merged.snapshot()).isEqualTo(whole);
  }

  @Property(tries = 150)
  void countsAddUpAndSharesStayOn0To100(@ForAll("comments") List<Comment> comments) {
    ThemeSummary summary = summarise(comments);
    ThemeCounts total = summary.total();
    // Every comment is counted once: covered or not.
    assertThat(total.comments() + total.uncovered()).isEqualTo(comments.size());
    for (ThemeCounts counts : summary.groups().values()) {
      for (String theme : SHOP.themeIds()) {
        counts.share(theme).value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
        counts.share(theme).wilsonInterval(0.95).ifPresent(i -> {
          assertThat(i.lower()).isBetween(0.0, 100.0);
          assertThat(i.upper()).isBetween(0.0, 100.0);
        });
        assertThat(counts.count(theme)).isLessThanOrEqualTo(counts.withTheme());
      }
      assertThat(counts.share(SHOP.themeIds().get(0)).value().isPresent())
          .isEqualTo(counts.comments() > 0);
    }
    for (String theme : SHOP.themeIds()) {
      summary.compare(theme).forEach(c -> c.adjustedPValue()
          .ifPresent(p -> assertThat(p).isBetween(0.0, 1.0)));
    }
  }
}
