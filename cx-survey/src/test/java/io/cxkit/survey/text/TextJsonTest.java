package io.cxkit.survey.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.Response;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The serial forms of {@link TextJson}: golden fixtures written from the English corpus of {@link
 * OpenTextEndToEndTest} (its counts are worked out there), round trips, merges after a round trip,
 * and strict reading.
 */
class TextJsonTest {
  private static final List<Response> CORPUS = OpenTextEndToEndTest.englishResponses();

  private static String fixture(String name) throws IOException {
    try (InputStream in = TextJsonTest.class.getResourceAsStream("/fixtures/text/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void phraseCountsMatchTheGoldenFixture() throws IOException {
    PhraseCounts detractors = OpenTextEndToEndTest.phrases(CORPUS).group(TextGroups.DETRACTOR);
    String golden = fixture("en-detractors.phrase-counts.json");
    // 5 comments, 19 (comment, phrase) pairs, 13 distinct phrases: late and delivery 3 times,
    // delivery was late and expensive twice, the rest once (see OpenTextEndToEndTest.english).
    assertThat(TextJson.write(detractors)).isEqualTo(golden);
    PhraseCounts back = TextJson.readPhraseCounts(golden);
    assertThat(back).isEqualTo(detractors);
    assertThat(back.size()).isEqualTo(13);
    assertThat(back.topN(2)).extracting(PhraseCount::phrase).containsExactly("delivery", "late");
  }

  @Test
  void phraseSummaryMatchesTheGoldenFixtureAndStillCompares() throws IOException {
    PhraseSummary summary = OpenTextEndToEndTest.phrases(CORPUS);
    String golden = fixture("en-nps.phrase-summary.json");
    assertThat(TextJson.write(summary)).isEqualTo(golden);
    PhraseSummary back = TextJson.readPhraseSummary(new StringReader(golden));
    assertThat(back).isEqualTo(summary);
    // The comparison of OpenTextEndToEndTest.english, from the document read back: z = 1.061092.
    assertThat(DistinctivePhrases.standard()
        .compare(back.groups(), TextGroups.DETRACTOR, TextGroups.PROMOTER).topOfFocus(1).get(0).z())
        .isCloseTo(1.061092, org.assertj.core.api.Assertions.within(1e-4));
  }

  @Test
  void themeSummaryMatchesTheGoldenFixture() throws IOException {
    ThemeSummary summary = OpenTextEndToEndTest.themes(CORPUS);
    String golden = fixture("en-nps.theme-summary.json");
    assertThat(TextJson.write(summary)).isEqualTo(golden);
    ThemeSummary back = TextJson.readThemeSummary(golden);
    assertThat(back).isEqualTo(summary);
    // Detractors mention delivery in 3 of 5 comments (OpenTextEndToEndTest.english).
    assertThat(back.group(TextGroups.DETRACTOR).share("delivery").value().orElseThrow()).isEqualTo(60.0);
  }

  @Test
  void partialResultsMergeAfterTheRoundTrip() {
    PhraseSummary whole = OpenTextEndToEndTest.phrases(CORPUS);
    PhraseSummary left = OpenTextEndToEndTest.phrases(CORPUS.subList(0, 4));
    PhraseSummary right = OpenTextEndToEndTest.phrases(CORPUS.subList(4, CORPUS.size()));
    PhraseSummary merged = TextJson.readPhraseSummary(TextJson.write(left))
        .plus(TextJson.readPhraseSummary(TextJson.write(right)));
    assertThat(merged).isEqualTo(whole);
    PhraseGroupCounts groups = TextJson.readPhraseGroupCounts(TextJson.write(left.groups()))
        .plus(TextJson.readPhraseGroupCounts(TextJson.write(right.groups())));
    assertThat(groups).isEqualTo(whole.groups());

    ThemeSummary themes = OpenTextEndToEndTest.themes(CORPUS);
    ThemeSummary themesMerged = TextJson.readThemeSummary(TextJson.write(
        OpenTextEndToEndTest.themes(CORPUS.subList(0, 4))))
        .plus(TextJson.readThemeSummary(TextJson.write(
            OpenTextEndToEndTest.themes(CORPUS.subList(4, CORPUS.size())))));
    assertThat(themesMerged).isEqualTo(themes);
  }

  @Test
  void spaceSavingEstimatesRoundTripWithTheirErrors() {
    // Capacity 2 over "a b", "c", "a": a:1, b:1 held; c evicts the lowest (a or b by heap order:
    // a at the root) at count 2 with error 1; a comes back evicting b (count 1) as 2 with error 1.
    PhraseCounter counter = new PhraseCounter(Phrases.withoutStopWords(1), 2);
    counter.add(List.of("a", "b")).add(List.of("c")).add(List.of("a"));
    PhraseCounts counts = counter.snapshot();
    assertThat(counts.isExact()).isFalse();
    String json = TextJson.write(counts);
    assertThat(json).contains("\"maxError\" : 1");
    assertThat(TextJson.readPhraseCounts(json)).isEqualTo(counts);
    StringWriter out = new StringWriter();
    TextJson.write(counts, out);
    assertThat(out.toString()).isEqualTo(json);
  }

  private static final String COUNTS = """
      {"formatVersion": 1, "kind": "phrase-counts", "maxWords": 2, "capacity": 10,
       "totalComments": 2, "totalPhrases": 3,
       "unmonitoredBound": 0, "phrases": [{"phrase": "late", "count": 2}, {"phrase": "so late", "count": 1}]}
      """;

  @Test
  void aValidDocumentReads() {
    PhraseCounts counts = TextJson.readPhraseCounts(COUNTS);
    assertThat(counts.count("late").count()).isEqualTo(2);
    assertThat(counts.totalPhrases()).isEqualTo(3);
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedAsInEveryCxkitReader() {
    // U+FEFF before the document, as an editor or a spreadsheet export saves it (RFC 8259 §8.1).
    PhraseCounts plain = TextJson.readPhraseCounts(COUNTS);
    assertThat(TextJson.readPhraseCounts("\uFEFF" + COUNTS)).isEqualTo(plain);
    assertThat(TextJson.readPhraseCounts(new StringReader("\uFEFF" + COUNTS))).isEqualTo(plain);
  }

  @Test
  void badDocumentsNameThePathLineAndRule() {
    assertBad(COUNTS.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        "$.formatVersion (line 1", "must be 1");
    assertBad(COUNTS.replace("phrase-counts", "theme-summary"), "$.kind", "phrase-counts");
    assertBad(COUNTS.replace("\"capacity\": 10,", "\"capacity\": 10, \"extra\": 1,"),
        "$.extra", "unknown member");
    assertBad(COUNTS.replace("\"capacity\": 10,", "\"capacity\": 10, \"capacity\": 10,"),
        "$.capacity", "given twice");
    assertBad(COUNTS.replace("\"totalComments\": 2,", ""), "$ (line 1", "missing member \"totalComments\"");
    assertBad(COUNTS.replace("\"totalComments\": 2", "\"totalComments\": -2"), "$.totalComments",
        "≥ 0");
    assertBad(COUNTS.replace("\"totalComments\": 2", "\"totalComments\": 99999999999999999999"),
        "$.totalComments", "out of range");
    assertBad(COUNTS.replace("\"totalComments\": 2", "\"totalComments\": 2.5"), "$.totalComments",
        "integer");
    assertBad(COUNTS.replace("so late", "so  late"), "$.phrases[1].phrase (line 3",
        "single spaces");
    assertBad(COUNTS.replace("so late", "so very late"), "$.phrases[1]", "more than maxWords");
    assertBad(COUNTS.replace("so late", "late"), "$.phrases[1]", "given twice");
    assertBad(COUNTS.replace("\"totalPhrases\": 3", "\"totalPhrases\": 4"), "$.phrases",
        "add up to 3");
    assertBad(COUNTS.replace("\"count\": 2", "\"count\": 3"), "$.phrases[0]",
        "exceeds totalComments");
    assertBad(COUNTS.replace("\"count\": 1}", "\"count\": 1, \"maxError\": 1}"), "$.phrases[1]",
        "above its maxError");
    assertBad(COUNTS.replace("\"capacity\": 10", "\"capacity\": 1"), "$.phrases", "more than the capacity");
    assertBad(COUNTS.replace("\"maxWords\": 2", "\"maxWords\": 9"), "$.maxWords", "1..5");
    assertBad(COUNTS + "{}", "$", "content after");
    assertBad(COUNTS.replace("]}", "]"), "$", "malformed JSON");
    assertBad("[]", "$", "must be a JSON object");
  }

  @Test
  void groupsOfAnotherShapeAreRefused() {
    String groups = "{\"formatVersion\": 1, \"kind\": \"phrase-group-counts\", \"maxWords\": 2, "
        + "\"capacity\": 10, \"groups\": [{\"group\": \"a\", \"counts\": " + COUNTS + "}]}";
    assertThat(TextJson.readPhraseGroupCounts(groups).groups()).containsOnlyKeys("a");
    String otherCapacity = groups.replace("\"capacity\": 10, \"groups\"", "\"capacity\": 20, \"groups\"");
    assertThatThrownBy(() -> TextJson.readPhraseGroupCounts(otherCapacity))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.groups")
        .hasMessageContaining("capacity 10");
    String group = "{\"group\": \"a\", \"counts\": " + COUNTS + "}";
    String twice = "{\"formatVersion\": 1, \"kind\": \"phrase-group-counts\", \"maxWords\": 2, "
        + "\"capacity\": 10, \"groups\": [" + group + ", " + group + "]}";
    assertThatThrownBy(() -> TextJson.readPhraseGroupCounts(twice))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.groups[1]")
        .hasMessageContaining("given twice");
    String blank = groups.replace("\"group\": \"a\"", "\"group\": \" \"");
    assertThatThrownBy(() -> TextJson.readPhraseGroupCounts(blank))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.groups[0].group");
  }

  @Test
  void themeCountsMustNameTheCodebooksThemesInOrder() {
    ThemeSummary summary = ThemeSummarizer.builder(Codebook.ecommerce()).build()
        .add("g", "late delivery", Locale.ENGLISH).snapshot();
    String json = TextJson.write(summary);
    assertThat(TextJson.readThemeSummary(json)).isEqualTo(summary);
    // Swap two theme members of the group's counts: "price" before "delivery" is out of place.
    String swapped = json.replaceFirst("\"delivery\" : 1,\\s*\"price\" : 0", "\"price\" : 0, \"delivery\" : 1");
    assertThat(swapped).isNotEqualTo(json);
    assertThatThrownBy(() -> TextJson.readThemeSummary(swapped))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("themes.price")
        .hasMessageContaining("out of place");
    // A theme count above the comments with a theme is refused by ThemeCounts' own rule.
    String tooMany = json.replaceFirst("\"delivery\" : 1", "\"delivery\" : 2");
    assertThatThrownBy(() -> TextJson.readThemeSummary(tooMany))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("counts.delivery");
    // A codebook problem is located inside the summary.
    String badKeyword = json.replace("\"deliver*\"", "\"*deliver\"");
    assertThatThrownBy(() -> TextJson.readThemeSummary(badKeyword))
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining("$.codebook.themes[0].keywords.en[1]");
  }

  private static void assertBad(String json, String path, String problem) {
    assertThatThrownBy(() -> TextJson.readPhraseCounts(json)).as(json)
        .isInstanceOf(SurveyJsonException.class).hasMessageContaining(path)
        .hasMessageContaining(problem);
  }
}
