package io.cxkit.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.sample.internal.Comments.Topic;
import io.cxkit.survey.text.Codebook;
import io.cxkit.survey.text.ThemeCounts;
import io.cxkit.survey.text.ThemeSummarizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentsTest {
  private static final Codebook CODEBOOK = Codebook.ecommerce();

  /** The themes each topic is meant to hit, as the brief of the sample's content states them. */
  private static Map<Topic, List<String>> expectedThemes() {
    Map<Topic, List<String>> themes = new EnumMap<>(Topic.class);
    themes.put(Topic.DELIVERY_FAST, List.of("delivery"));
    themes.put(Topic.DELIVERY_LATE, List.of("delivery"));
    themes.put(Topic.PRICE_GOOD, List.of("price"));
    themes.put(Topic.PRICE_HIGH, List.of("price"));
    themes.put(Topic.DELIVERY_COST, List.of("delivery", "price"));
    themes.put(Topic.QUALITY_GOOD, List.of());
    themes.put(Topic.QUALITY_BAD, List.of());
    themes.put(Topic.SUPPORT_HELPFUL, List.of("customer-service"));
    themes.put(Topic.SUPPORT_SLOW, List.of("customer-service"));
    // The comments name the delivery date they could not see: both themes.
    themes.put(Topic.DELIVERY_DATE_MISSING, List.of("delivery", "missing-information"));
    themes.put(Topic.PRODUCT_INFO_MISSING, List.of("missing-information"));
    themes.put(Topic.POSTCODE_REJECTED, List.of("checkout-error"));
    themes.put(Topic.PAYMENT_FAILED, List.of("checkout-error"));
    themes.put(Topic.EASY_CHECKOUT, List.of());
    // "couldn't find", "не нашла", 找不到 are keywords of missing-information.
    themes.put(Topic.COULD_NOT_FIND, List.of("missing-information"));
    return themes;
  }

  @Test
  void themesAreTheBriefsInCodebookOrder() {
    Map<Topic, List<String>> expected = expectedThemes();
    assertThat(expected).hasSize(Topic.values().length);
    for (Topic topic : Topic.values()) {
      // containsExactlyElementsOf checks the order too: the codebook's order of themes.
      assertThat(Comments.themes(topic)).as("%s", topic)
          .containsExactlyElementsOf(expected.get(topic));
      assertThat(CODEBOOK.themeIds()).containsAll(Comments.themes(topic));
    }
  }

  @Test
  void theCodebookTagsEveryCommentWithExactlyItsTopicsThemes() {
    int checked = 0;
    for (Topic topic : Topic.values()) {
      for (String language : Comments.LANGUAGES) {
        for (String comment : Comments.variants(topic, language)) {
          assertThat(CODEBOOK.tag(comment, Locale.forLanguageTag(language)))
              .as("%s %s: %s", topic, language, comment)
              .containsExactlyElementsOf(Comments.themes(topic));
          checked++;
        }
      }
    }
    // 15 topics × 3 languages × 10 comments.
    assertThat(checked).isEqualTo(450);
  }

  @Test
  void aThemeSummaryOfEachTopicCountsEveryCommentInItsThemesAndNoneElsewhere() {
    for (Topic topic : Topic.values()) {
      for (String language : Comments.LANGUAGES) {
        List<String> comments = Comments.variants(topic, language);
        ThemeSummarizer summarizer = ThemeSummarizer.of(CODEBOOK);
        for (String comment : comments) {
          summarizer.add(null, comment, Locale.forLanguageTag(language));
        }
        ThemeCounts total = summarizer.snapshot().total();
        String what = topic + " " + language;
        assertThat(total.comments()).as(what).isEqualTo(comments.size());
        assertThat(total.uncovered()).as(what).isZero();
        Set<String> themes = Comments.themes(topic);
        // Each comment hits all of the topic's themes or, for a topic without one, none.
        assertThat(total.withoutTheme()).as(what).isEqualTo(themes.isEmpty() ? comments.size() : 0);
        for (String theme : CODEBOOK.themeIds()) {
          assertThat(total.count(theme)).as("%s, theme %s", what, theme)
              .isEqualTo(themes.contains(theme) ? comments.size() : 0);
        }
      }
    }
  }

  @Test
  void everyTopicHasAtLeastEightDistinctShortCommentsInEachLanguage() {
    Set<String> all = new HashSet<>();
    for (Topic topic : Topic.values()) {
      for (String language : Comments.LANGUAGES) {
        List<String> comments = Comments.variants(topic, language);
        String what = topic + " " + language;
        assertThat(comments).as(what).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        for (String comment : comments) {
          assertThat(comment).as(what).isNotBlank().isEqualTo(comment.strip());
          assertThat(comment.codePointCount(0, comment.length())).as(comment)
              .isLessThanOrEqualTo(300);
          // No comment is reused for another topic or language.
          assertThat(all.add(comment)).as("used twice: %s", comment).isTrue();
        }
      }
    }
  }

  @Test
  void commentsAreWrittenInTheirLanguagesScript() {
    for (Topic topic : Topic.values()) {
      for (String comment : Comments.variants(topic, "en")) {
        assertThat(comment.codePoints().filter(Character::isLetter)
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN))
            .as(comment).isTrue();
      }
      for (String comment : Comments.variants(topic, "ru")) {
        assertThat(comment.codePoints().anyMatch(
            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
            .as(comment).isTrue();
      }
      for (String comment : Comments.variants(topic, "zh")) {
        assertThat(comment.codePoints().anyMatch(
            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .as(comment).isTrue();
        // Chinese has no spaces between words; a Latin name such as "Apple Pay" keeps its own.
        assertThat(comment).as(comment).doesNotContainPattern("\\p{IsHan}\\s|\\s\\p{IsHan}");
      }
    }
  }

  @Test
  void pickIsDeterministicAndDrawsZeroToNMinusOneCoverEveryComment() {
    for (Topic topic : Topic.values()) {
      for (String language : Comments.LANGUAGES) {
        List<String> comments = Comments.variants(topic, language);
        int n = comments.size();
        Set<String> picked = new LinkedHashSet<>();
        for (long draw = 0; draw < n; draw++) {
          String comment = Comments.pick(topic, language, draw);
          assertThat(Comments.pick(topic, language, draw)).isEqualTo(comment);
          picked.add(comment);
        }
        assertThat(picked).containsExactlyElementsOf(comments);
        // The draw is taken modulo n: n + 3 picks what 3 picks.
        assertThat(Comments.pick(topic, language, n + 3L)).isEqualTo(comments.get(3));
      }
    }
  }

  @Test
  void negativeDrawsPickFromTheEndAsFloorModDoes() {
    List<String> comments = Comments.variants(Topic.DELIVERY_LATE, "ru");
    assertThat(comments).hasSize(10);
    // floorMod(-1, 10) = 9: the last comment.
    assertThat(Comments.pick(Topic.DELIVERY_LATE, "ru", -1)).isEqualTo(comments.get(9));
    // Long.MIN_VALUE = -9223372036854775808 = -922337203685477581 × 10 + 2, so floorMod is 2.
    assertThat(Comments.pick(Topic.DELIVERY_LATE, "ru", Long.MIN_VALUE))
        .isEqualTo(comments.get(2));
    // Long.MAX_VALUE = 9223372036854775807 ends in 7.
    assertThat(Comments.pick(Topic.DELIVERY_LATE, "ru", Long.MAX_VALUE))
        .isEqualTo(comments.get(7));
  }

  @Test
  void aLanguageOtherThanTheThreeIsRefused() {
    for (String language : List.of("de", "EN", "en-GB", "", "zh-Hans")) {
      assertThatThrownBy(() -> Comments.pick(Topic.PRICE_HIGH, language, 0))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> {
            InvalidValueException invalid = (InvalidValueException) e;
            assertThat(invalid.field()).isEqualTo("language");
            assertThat(invalid.rule()).isEqualTo("must be en, ru or zh");
          });
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Comments.pick(null, "en", 0))
        .isInstanceOf(NullPointerException.class).hasMessage("topic");
    assertThatThrownBy(() -> Comments.pick(Topic.PRICE_HIGH, null, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("language");
    assertThatThrownBy(() -> Comments.themes(null))
        .isInstanceOf(NullPointerException.class).hasMessage("topic");
  }

  @Test
  void theListsHandedOutCannotBeChanged() {
    assertThatThrownBy(() -> Comments.variants(Topic.QUALITY_GOOD, "zh").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Comments.themes(Topic.DELIVERY_COST).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Comments.LANGUAGES.add("de"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
