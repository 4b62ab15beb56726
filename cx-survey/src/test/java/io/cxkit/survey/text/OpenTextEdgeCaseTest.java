package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Edges of the open-text path found in review: each test names the defect it pins down. */
class OpenTextEdgeCaseTest {

  @Test
  void aTokenLongerThanTheLimitIsNoPhraseAndBreaksTheRun() {
    // Defect: a pasted hash or log line of 99 999 letters was held as one phrase, so 20 000 such
    // phrases per group could take gigabytes although memory was promised bounded.
    String hash = "f".repeat(Phrases.MAX_TOKEN_LENGTH + 1);
    String word = "f".repeat(Phrases.MAX_TOKEN_LENGTH);
    Phrases rule = Phrases.withoutStopWords(3);
    assertThat(rule.phrases(List.of("order", hash, "lost")))
        .containsExactly("order", "lost"); // no "order <hash>", no "order <hash> lost"
    assertThat(rule.phrases(List.of(word))).containsExactly(word);
    PhraseSummary said = PhraseSummarizer.of()
        .add("g", "order " + "x".repeat(99_000) + " lost", Locale.ENGLISH).snapshot();
    assertThat(said.group("g").asMap().keySet()).containsExactlyInAnyOrder("order", "lost");
  }

  @Test
  void aStarInsideAWordIsRefused() {
    // Defect: "достав*ка" compiled to [достав*, ка], a prefix followed by a separate word "ка",
    // which no comment says; the star must end its word.
    assertThatThrownBy(() -> Theme.builder("delivery", "Delivery").keywords("ru", "достав*ка").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("достав*ка")
        .hasMessageContaining("'*'");
    // A star at a word's end, before a space or the end, still makes a prefix.
    Theme ok = Theme.builder("delivery", "Delivery").keywords("ru", "достав* курьер*").build();
    assertThat(Codebook.of(ok).tag("доставка курьером", Locale.forLanguageTag("ru")))
        .containsExactly("delivery");
  }

  @Test
  void phrasesOfDifferentLengthsAreNotCompared() {
    // Defect: 1-word counts set against 3-word counts gave z-scores of a different n in each
    // group, silently.
    PhraseCounts one = new PhraseCounter(Phrases.withoutStopWords(1)).add(List.of("a", "b")).snapshot();
    PhraseCounts three = new PhraseCounter(Phrases.withoutStopWords(3)).add(List.of("a", "b")).snapshot();
    assertThatThrownBy(() -> DistinctivePhrases.standard().compare(one, three))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("maxWords");
  }

  @Test
  void aCutBeforeACombiningMarkRunsThroughTheWord() {
    // Defect: a text cut just before the U+0301 of "cafe\u0301" kept "cafe", a word that the text
    // does not hold (its word is "café"); a combining mark continues the word.
    String text = "x".repeat(Tokenizer.MAX_TEXT_LENGTH - 5) + " cafe\u0301 ok";
    TokenizedText cut = Tokenizer.ENGLISH.tokenize(text);
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.tokens()).hasSize(1); // only the run of x; "cafe" was cut through
  }

  @Test
  void emojiMixedScriptsRtlAndBlankText() {
    // ICU drops emoji and punctuation, splits scripts, normalises NFKC; no input throws.
    assertThat(Tokenizer.ENGLISH.tokens("I ❤️ it 👍🏽 hello世界 Ｈｅｌｌｏ ﬁne"))
        .containsExactly("i", "it", "hello", "世界", "hello", "fine");
    assertThat(Tokenizer.of(Locale.forLanguageTag("he")).tokens("שלום עולם")).containsExactly("שלום", "עולם");
    assertThat(Tokenizer.of(Locale.ROOT).tokens("送货太慢了")).containsExactly("送货", "太慢", "了");
    PhraseSummary blank = PhraseSummarizer.of().add("g", "   ", Locale.forLanguageTag("xx"))
        .add("g", "😀😀", Locale.ROOT).snapshot();
    // Two comments with no phrase: counted, nothing held.
    assertThat(blank.group("g").totalComments()).isEqualTo(2);
    assertThat(blank.group("g").size()).isZero();
  }
}
