package io.cxkit.survey.text;

import static io.cxkit.survey.text.ThemeFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.types.NpsAnswer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseSummarizerTest {

  @Test
  void readmeExample() {
    List<Response> responses = List.of(
        response("a", 3, "The parcel never arrived.", Locale.ENGLISH),
        response("b", 10, "Quick and friendly.", Locale.ENGLISH),
        response("c", 2, "Посылка так и не пришла.", Locale.forLanguageTag("ru")));
    // README, "Open text": what detractors say against promoters, from responses, in two calls.
    PhraseSummary said = PhraseSummarizer.builder()
        .question("why")                          // the open-text question
        .groupBy(TextGroups.npsGroup("nps"))      // detractor / passive / promoter
        .defaultLocale(Locale.ENGLISH)            // for responses without a locale
        .build()
        .addAll(responses.iterator())
        .snapshot();
    DistinctiveComparison d = DistinctivePhrases.standard()
        .compare(said.groups(), TextGroups.DETRACTOR, TextGroups.PROMOTER);
    List<DistinctivePhrase> top = d.topOfFocus(3);
    // Detractors: parcel, parcel never arrived, never arrived, arrived ("never" is no Snowball stop
    // word, so "never" too) and посылка, посылка так и не пришла… each once; promoters: quick,
    // quick and friendly, friendly. Every 1-against-0 phrase scores alike, so the first three
    // in phrase order lead: "arrived", "never", "never arrived".
    assertThat(top).extracting(DistinctivePhrase::phrase)
        .containsExactly("arrived", "never", "never arrived");
    assertThat(top.get(0).focusCount()).isEqualTo(1);
    assertThat(top.get(0).pValue()).isBetween(0.0, 1.0);
  }

  @Test
  void commentsWithoutLocaleUseTheDefaultElseRootWithoutStopWords() {
    // With no locale anywhere: Locale.ROOT, no stop words, so "the" is a phrase of its own.
    PhraseSummary root = PhraseSummarizer.of().add("g", "The box", null).snapshot();
    assertThat(root.group("g").asMap().keySet()).containsExactlyInAnyOrder("the", "the box", "box");
    PhraseSummary english = PhraseSummarizer.builder().defaultLocale(Locale.ENGLISH).build()
        .add("g", "The box", null).snapshot();
    assertThat(english.group("g").asMap().keySet()).containsExactly("box");
  }

  @Test
  void stopWordsFollowEachCommentsLanguage() {
    // "и" is a Russian stop word, "and" an English one; each comment uses its own list.
    PhraseSummary said = PhraseSummarizer.of()
        .add("g", "быстро и дёшево", Locale.forLanguageTag("ru"))
        .add("g", "fast and cheap", Locale.ENGLISH)
        .snapshot();
    assertThat(said.group("g").asMap()).doesNotContainKeys("и", "and")
        .containsKeys("быстро и дёшево", "fast and cheap");
    assertThat(said.group("g").totalComments()).isEqualTo(2);
  }

  @Test
  void responsesWithoutCommentOrGroupAreKeptApart() {
    PhraseSummary said = PhraseSummarizer.builder().question("why")
        .groupBy(TextGroups.npsGroup("nps")).expectGroups(TextGroups.NPS_GROUPS).build()
        .add(response("a", 9, null, Locale.ENGLISH))          // no comment
        .add(response("b", null, "great fit", Locale.ENGLISH)) // no NPS answer: no group
        .snapshot();
    assertThat(said.responsesWithoutComment()).isEqualTo(1);
    assertThat(said.withoutGroup().totalComments()).isEqualTo(1);
    // Expected groups are present and empty, so comparing them is empty rather than an error.
    assertThat(said.groups().groups().keySet()).containsExactly("detractor", "passive", "promoter");
    assertThat(DistinctivePhrases.standard().compare(said.groups(), "detractor", "promoter").isEmpty())
        .isTrue();
  }

  @Test
  void aRefusedCommentOpensNoGroupAndCountsNothing() {
    PhraseSummarizer summarizer = PhraseSummarizer.builder().maxGroups(1).build().add("a", "x", null);
    assertThatThrownBy(() -> summarizer.add("b", "y", null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 1");
    assertThatThrownBy(() -> summarizer.add(" ", "y", null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("blank");
    assertThat(summarizer.snapshot().groups().groups().keySet()).containsExactly("a");
    assertThat(summarizer.snapshot().group("a").totalComments()).isEqualTo(1);
  }

  @Test
  void badResponsesAreTypedErrors() {
    PhraseSummarizer summarizer = PhraseSummarizer.builder().question("why")
        .groupBy(TextGroups.npsGroup("nps")).build();
    Response offScale = Response.builder("x", "nps-why", 1).answer("nps", new NpsAnswer(11)).build();
    assertThatThrownBy(() -> summarizer.add(offScale)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("answers.nps");
    Response wrongType = Response.builder("y", "nps-why", 1).answer("why", new NpsAnswer(3)).build();
    assertThatThrownBy(() -> summarizer.add(wrongType)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("answers.why");
    assertThat(summarizer.snapshot().isEmpty()).isTrue();
    assertThatThrownBy(() -> PhraseSummarizer.of().add(offScale))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("question");
  }

  @Test
  void builderRefusesAnOptionTwice() {
    assertThatThrownBy(() -> PhraseSummarizer.builder().capacity(10).capacity(10))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("capacity");
    assertThatThrownBy(() -> PhraseSummarizer.builder().maxWords(2).maxWords(2))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PhraseSummarizer.builder().maxWords(6))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxWords");
    assertThatThrownBy(() -> PhraseSummarizer.builder().maxGroups(1).expectGroups(List.of("a", "b")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxGroups");
  }

  @Test
  void partitionsMergeToTheWhole() {
    List<Response> corpus = ThemeFixtures.npsCorpus();
    PhraseSummary whole = summarizer().addAll(corpus.iterator()).snapshot();
    PhraseSummary left = summarizer().addAll(corpus.subList(0, 5).iterator()).snapshot();
    PhraseSummary right = summarizer().addAll(corpus.subList(5, corpus.size()).iterator()).snapshot();
    assertThat(left.plus(right)).isEqualTo(whole);
    assertThat(summarizer().merge(left).merge(right).snapshot()).isEqualTo(whole);
    // Another key cannot be merged in.
    PhraseSummary byLocale = PhraseSummarizer.builder().question("why").groupBy(GroupKey.locale())
        .build().snapshot();
    assertThatThrownBy(() -> whole.plus(byLocale)).isInstanceOf(IncompatibleMergeException.class)
        .hasMessageContaining("key");
    PhraseSummarizer capped = PhraseSummarizer.builder().question("why")
        .groupBy(TextGroups.npsGroup("nps")).maxGroups(1).build();
    assertThatThrownBy(() -> capped.merge(whole)).isInstanceOf(InvalidValueException.class);
    assertThat(capped.snapshot().isEmpty()).isTrue();
  }

  private static PhraseSummarizer summarizer() {
    return PhraseSummarizer.builder().question("why").groupBy(TextGroups.npsGroup("nps")).build();
  }
}
