package io.cxkit.survey.io;

import static io.cxkit.survey.io.Reading.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.ResponseCsvFixtures.RankingAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mappings that cannot work are refused before a row is read; the ones that can, work. */
class ResponseCsvMappingTest {
  private final Survey survey = ResponseCsvFixtures.checkout();

  private ResponseCsv.Builder minimal() {
    return ResponseCsv.reader(survey).id("id").submittedAt("at");
  }

  @Test
  void anUnknownQuestionIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> minimal().question("recommend", "nps").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("question = \"recommend\": must be a question of survey \"checkout\": one of "
            + "\"nps\", \"goal\", \"reason\", \"topics\", \"csat\", \"comment\", \"contact\"");
  }

  @Test
  void aTypeWithoutACellParserIsRefusedWhenBuiltUnlessTheCallerGivesOne() {
    Survey ranked = ResponseCsvFixtures.ranked();
    ResponseCsv.Builder builder = ResponseCsv.reader(ranked)
        .registry(ResponseCsvFixtures.withRanking()).id("id").submittedAt("at")
        .question("rank", "rank");

    assertThatThrownBy(builder::build).isInstanceOf(InvalidValueException.class)
        .hasMessage("question = \"rank\": has type ranking, which reads no CSV cell (its "
            + "cellParser is empty): map it with question(id, column, parser)");

    ResponseCsv csv = ResponseCsv.reader(ranked).registry(ResponseCsvFixtures.withRanking())
        .id("id").submittedAt("at").question("nps", "nps")
        .question("rank", "rank", cell -> new RankingAnswer(Arrays.asList(cell.split(">"))))
        .build();
    List<Response> read = readAll(csv.open(new StringReader(
        "id,at,nps,rank\nk1,2026-01-01T00:00:00Z,9,price>speed\n")));
    assertThat(read).singleElement().satisfies(r ->
        assertThat(r.answers()).containsEntry("rank", new RankingAnswer(List.of("price", "speed")))
            .containsEntry("nps", new NpsAnswer(9)));
  }

  @Test
  void thePresetRefusesAFileWithAColumnOfATypeWithoutAParserOnlyWhenTheColumnIsThere() {
    Survey ranked = ResponseCsvFixtures.ranked();
    ResponseCsv csv = ResponseCsv.readerOfExport(ranked).registry(ResponseCsvFixtures.withRanking())
        .build();

    // Without a rank column there is nothing it cannot read.
    assertThat(readAll(csv.open(new StringReader(
        "id,submitted_at,nps\nk1,2026-01-01T00:00:00Z,9\n")))).hasSize(1);
    assertThatThrownBy(() -> csv.open(new StringReader(
        "id,submitted_at,nps,rank\nk1,2026-01-01T00:00:00Z,9,price>speed\n")))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("CSV line 1: header = [\"id\", \"submitted_at\", \"nps\", \"rank\"]: column "
            + "\"rank\" holds answers to question \"rank\" of type ranking, which reads no CSV "
            + "cell: map it with question(id, column, parser)");
    // Mapped otherwise on the preset's builder, it reads.
    ResponseCsv mapped = ResponseCsv.readerOfExport(ranked)
        .registry(ResponseCsvFixtures.withRanking())
        .question("rank", "rank", cell -> new RankingAnswer(List.of(cell.split(">"))))
        .build();
    assertThat(readAll(mapped.open(new StringReader(
        "id,submitted_at,nps,rank\nk1,2026-01-01T00:00:00Z,9,price>speed\n"))))
        .singleElement().satisfies(r -> assertThat(r.answers()).containsKey("rank"));
  }

  @Test
  void thePresetRefusesOtherTextsOrEmailsWithoutTheirQuestionsColumnRatherThanDropThem() {
    // The checkout survey's "reason" offers "other" and "contact" is a consent: a file with
    // reason.other or contact.email but without reason or contact would have its texts and
    // e-mails dropped unread, so it is refused when opened.
    ResponseCsv csv = ResponseCsv.readerOfExport(survey).build();

    assertThatThrownBy(() -> csv.open(new StringReader("id,submitted_at,nps,goal,reason.other\n"
        + "k1,2026-01-01T00:00:00Z,9,fully,Coupons\n")))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("CSV line 1: header = [\"id\", \"submitted_at\", \"nps\", \"goal\", "
            + "\"reason.other\"]: column \"reason.other\" (answers.reason.otherText) needs the "
            + "column \"reason\" (answers.reason) beside it, which the header lacks: its texts "
            + "would be lost");
    assertThatThrownBy(() -> csv.open(new StringReader("id,submitted_at,nps,goal,contact.email\n"
        + "k1,2026-01-01T00:00:00Z,9,fully,ana@example.org\n")))
        .isInstanceOf(BadRecordException.class)
        .hasMessageEndingWith("column \"contact.email\" (answers.contact.email) needs the column "
            + "\"contact\" (answers.contact) beside it, which the header lacks: its e-mails "
            + "would be lost");
    // With the question's column, the text is read.
    assertThat(readAll(csv.open(new StringReader("id,submitted_at,nps,goal,reason,reason.other\n"
        + "k1,2026-01-01T00:00:00Z,9,fully,other,Coupons\n"))))
        .singleElement().satisfies(r -> assertThat(r.answers().get("reason"))
            .isEqualTo(new SingleChoiceAnswer("other", "Coupons")));
  }

  @Test
  void aMappedColumnMissingFromTheHeaderIsRefusedWhenOpenedNamingItAndTheHeader() {
    ResponseCsv csv = minimal().question("nps", "Empfehlung").variant("Variante").build();

    assertThatThrownBy(() -> csv.open(new StringReader("id,at,NPS\n")))
        .isInstanceOfSatisfying(BadRecordException.class, e -> {
          assertThat(e.record()).isEqualTo(1);
          assertThat(e.getMessage()).isEqualTo("CSV line 1: header = [\"id\", \"at\", \"NPS\"]: "
              + "lacks the mapped columns \"Variante\" (context.variant), \"Empfehlung\" "
              + "(answers.nps)");
        });
  }

  @Test
  void aMappedNameTheHeaderHasTwiceIsRefusedButAnUnmappedOneIsIgnored() {
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal").build();

    assertThatThrownBy(() -> csv.open(new StringReader("id,at,nps,goal, nps \n")))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("CSV line 1: header = [\"id\", \"at\", \"nps\", \"goal\", \"nps\"]: names the "
            + "mapped column \"nps\" (answers.nps) more than once, first as column 3: rename one "
            + "so that it is clear which to read");
    assertThat(readAll(csv.open(new StringReader(
        "id,at,nps,goal,note,note\nd1,2026-01-01T00:00:00Z,7,fully,a,b\n"))))
        .extracting(Response::id).containsExactly("d1");
  }

  @Test
  void oneColumnMappedToTwoPartsIsRefused() {
    assertThatThrownBy(() -> minimal().variant("group").attribute("group", "group").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("column = \"group\": is mapped twice, to context.variant and to "
            + "context.attributes.group: a column feeds one part of a response");
  }

  @Test
  void eachPartIsMappedOnceAndEachSettingSetOnce() {
    assertThatThrownBy(() -> minimal().id("other"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id was already mapped, to column \"id\"");
    assertThatThrownBy(() -> minimal().idFromRow("r"))
        .isInstanceOf(IllegalStateException.class).hasMessage("id was already mapped");
    assertThatThrownBy(() -> ResponseCsv.reader(survey).idFromRow("r").id("id"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id was already mapped, to the row numbers");
    assertThatThrownBy(() -> minimal().submittedAt("other", "dd.MM.yyyy"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> minimal().question("nps", "a").question("nps", "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("question \"nps\" was already mapped, to column \"a\"");
    assertThatThrownBy(() -> minimal().options(CsvOptions.DEFAULT).options(CsvOptions.DEFAULT))
        .isInstanceOf(IllegalStateException.class).hasMessage("options was already set");
    assertThatThrownBy(() -> minimal().onBadRecord(OnBadRecord.FAIL)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT))
        .isInstanceOf(IllegalStateException.class).hasMessage("onBadRecord was already set");
    assertThatThrownBy(() -> minimal().keepBadRecords(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdAndASubmissionTimeMustBeMapped() {
    assertThatThrownBy(() -> ResponseCsv.reader(survey).submittedAt("at").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("id = unmapped: map the column of the response ids with id(column), or number "
            + "rows with idFromRow(prefix)");
    assertThatThrownBy(() -> ResponseCsv.reader(survey).id("id").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("submittedAt = unmapped: map the column of the submission times with "
            + "submittedAt(column)");
  }

  @Test
  void otherTextAndConsentEmailNeedTheirKindOfQuestionAndItsColumn() {
    assertThatThrownBy(() -> minimal().question("nps", "nps").otherText("nps", "x").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("otherText = \"nps\": must be a single or multiple choice question with an "
            + "\"other\" option");
    // topics offers no "other".
    assertThatThrownBy(() -> minimal().question("topics", "t").otherText("topics", "x").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> minimal().otherText("reason", "x").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("otherText = \"reason\": needs the question's own column too: map it with "
            + "question(id, column)");
    assertThatThrownBy(() -> minimal().question("goal", "g").consentEmail("goal", "e").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("consentEmail = \"goal\": must be a contact_consent question");
  }

  @Test
  void blankNamesPrefixesAndPatternsAreRefused() {
    assertThatThrownBy(() -> minimal().variant("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("column = \"\": must name a column of the header, for context.variant");
    assertThatThrownBy(() -> minimal().attribute(" ", "plan").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ResponseCsv.reader(survey).idFromRow("-").submittedAt("at").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("idFromRow = \"-\": must make an id with a row number, such as "
            + "\"-2\", which must be 1 to 128 characters");
    assertThatThrownBy(() -> ResponseCsv.reader(survey).id("id").submittedAt("at", "dd.MM.yyyy {")
        .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("pattern = \"dd.MM.yyyy {\": must be a "
            + "java.time.format.DateTimeFormatter pattern");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> ResponseCsv.reader(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("survey");
    assertThatThrownBy(() -> minimal().question("nps", null))
        .isInstanceOf(NullPointerException.class).hasMessage("column");
    assertThatThrownBy(() -> minimal().question("nps", "nps", null))
        .isInstanceOf(NullPointerException.class).hasMessage("parser");
    assertThatThrownBy(() -> minimal().build().open((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
  }

  @Test
  void idsFromRowsNumberRowsAsASpreadsheetDoes() {
    ResponseCsv csv = ResponseCsv.reader(survey).idFromRow("row-").submittedAt("at")
        .question("nps", "nps").question("goal", "goal").build();

    // Row 3 is blank: it keeps its number, so the next row is row-4.
    List<Response> read = readAll(csv.open(new StringReader(
        "at,nps,goal\n2026-01-01T00:00:00Z,9,fully\n,,\n2026-01-02T00:00:00Z,8,partially\n")));

    assertThat(read).extracting(Response::id).containsExactly("row-2", "row-4");
  }

  @Test
  void aPartialRowEndsAtItsLastAnsweredQuestionOnThePathTheRoutingTakes() {
    // exit-feedback: goal → (not fully) reasons → (technical-problem) contact.
    Survey exit = RoutingExamples.exitFeedback();
    ResponseCsv csv = ResponseCsv.reader(exit).id("id").submittedAt("at").status("status")
        .lastQuestionSeen("last").question("goal", "goal").question("reasons", "reasons")
        .question("contact", "contact").onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new StringReader("id,at,status,last,goal,reasons,contact\n"
        + "p1,2026-01-01T00:00:00Z,partial,,partially,technical-problem,\n"
        + "p2,2026-01-01T00:00:00Z,partial,contact,partially,technical-problem,\n"
        + "p3,2026-01-01T00:00:00Z,partial,,,,\n"
        + "p4,2026-01-01T00:00:00Z,completed,goal,fully,,\n"
        + "p5,2026-01-01T00:00:00Z,completed,,fully,price,\n"));
    List<Response> read = readAll(reader);

    assertThat(read).containsExactly(
        // No last question: reasons, the last one answered on the path goal → reasons → contact.
        new Response("p1", "exit-feedback", 1, null, java.time.Instant.parse("2026-01-01T00:00:00Z"),
            ResponseStatus.PARTIAL, "reasons", io.cxkit.survey.ResponseContext.EMPTY,
            java.util.Map.of("goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
                "reasons", SingleChoiceAnswer.of("technical-problem"))),
        // Named: contact, shown and left without an answer.
        new Response("p2", "exit-feedback", 1, null, java.time.Instant.parse("2026-01-01T00:00:00Z"),
            ResponseStatus.PARTIAL, "contact", io.cxkit.survey.ResponseContext.EMPTY,
            java.util.Map.of("goal", new GoalCompletionAnswer(GoalOutcome.PARTIALLY),
                "reasons", SingleChoiceAnswer.of("technical-problem"))));
    assertThat(reader.report().badRecords()).extracting(BadRecord::toString).containsExactly(
        "line 4: column \"last\" (lastQuestionSeen) = \"\": a partial response must name the last "
            + "question seen, and this row answers no question on its path to tell it by",
        "line 5: column \"last\" (lastQuestionSeen) = \"goal\": must be blank: only a partial "
            + "response names the last question seen, not a completed one",
        // "fully" ends the survey, so reasons was never asked: the validator says so.
        "line 6: answers.reasons = \"price\": was not asked: the answers take the path goal → end");
  }

  @Test
  void aCallersParserThatBreaksItsContractMakesABadRowNotACrash() {
    ResponseCsv csv = minimal().question("nps", "nps", cell -> {
      throw new NumberFormatException("For input string: " + cell);
    }).onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

    ResponseReader reader = csv.open(new StringReader("id,at,nps\nx1,2026-01-01T00:00:00Z,9\n"));

    assertThat(readAll(reader)).isEmpty();
    assertThat(reader.report().badRecords()).singleElement().hasToString(
        "line 2: column \"nps\" (answers.nps) = \"9\": could not be read: the cell parser of type "
            + "nps failed with java.lang.NumberFormatException");
  }

  @Test
  void duplicateIdsAreRefusedWhenAsked() {
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal")
        .rejectDuplicateIds().onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
    String text = "id,at,nps,goal\ns1,2026-01-01T00:00:00Z,9,fully\n"
        + "s2,2026-01-01T00:00:00Z,9,fully\ns1,2026-01-02T00:00:00Z,3,fully\n";

    ResponseReader reader = csv.open(new StringReader(text));

    assertThat(readAll(reader)).extracting(Response::id).containsExactly("s1", "s2");
    assertThat(reader.report().badRecords()).singleElement().hasToString(
        "line 4: column \"id\" (id) = \"s1\": duplicates the id of row 2: response ids must be "
            + "unique");
    // Without the option both are delivered: the caller decides.
    assertThat(readAll(minimal().question("nps", "nps").question("goal", "goal").build()
        .open(new StringReader(text)))).hasSize(3);
  }

  @Test
  void aListenerWithoutCollectModeIsRefusedAsItWouldNeverBeTold() {
    // In the default FAIL mode the first bad row is thrown, never told: the JSON Lines reader's
    // builder refuses this too.
    assertThatThrownBy(() -> minimal().onBadRecord(bad -> { }).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bad-record listener is told only in SKIP_AND_COLLECT mode; set "
            + "onBadRecord(OnBadRecord.SKIP_AND_COLLECT) as well");
    // With the mode, in either order, it is told of the bad row (11 is off the NPS scale).
    List<BadRecord> told = new ArrayList<>();
    ResponseCsv csv = minimal().question("nps", "nps").onBadRecord(told::add)
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
    assertThat(readAll(csv.open(new StringReader("id,at,nps\nk1,2026-01-01T00:00:00Z,11\n"))))
        .isEmpty();
    assertThat(told).extracting(BadRecord::record).containsExactly(2L);
  }

  @Test
  void onlyDeliveredRowsClaimTheirIds() {
    // Row 2 breaks a rule of the survey (nps is required), row 3 has a cell that does not read
    // (11 is off 0..10): both are skipped, so the corrected rows 4 and 5 with the same ids are
    // the first delivered with them and are kept, as the JSON Lines reader keeps them. Row 6
    // repeats row 4, which was delivered, and is the one duplicate.
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal")
        .rejectDuplicateIds().onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();
    String text = "id,at,nps,goal\n"
        + "s1,2026-01-01T00:00:00Z,,fully\n"
        + "s2,2026-01-01T00:00:00Z,11,fully\n"
        + "s1,2026-01-01T00:00:00Z,9,fully\n"
        + "s2,2026-01-01T00:00:00Z,8,fully\n"
        + "s1,2026-01-02T00:00:00Z,3,fully\n";

    ResponseReader reader = csv.open(new StringReader(text));

    assertThat(readAll(reader)).extracting(Response::id).containsExactly("s1", "s2");
    assertThat(reader.report().badRecords()).extracting(BadRecord::record)
        .containsExactly(2L, 3L, 6L);
    assertThat(reader.report().badRecords().get(2)).hasToString(
        "line 6: column \"id\" (id) = \"s1\": duplicates the id of row 4: response ids must be "
            + "unique");
  }

  @Test
  void aFileIsNamedInMessagesByItsNameAndOneThatCannotBeOpenedIsAnIoError(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("export.csv");
    Files.write(file, "id,at,nps,goal\nf1,2026-01-01T00:00:00Z,12,fully\n"
        .getBytes(StandardCharsets.UTF_8));
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal").build();

    assertThatThrownBy(() -> readAll(csv.open(file))).isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("export.csv line 2: column \"nps\"");
    // Worded as the JSON Lines reader words it.
    assertThatThrownBy(() -> csv.open(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class).hasMessageEndingWith("missing.csv: cannot be opened");
  }

  @Test
  void aStreamOrTextIsNamedInMessagesAsTheCallerNamesIt() {
    String text = "id,at,nps,goal\nf1,2026-01-01T00:00:00Z,12,fully\n";
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal").build();

    // Unnamed sources are "CSV"; a named one carries its name, as a file does.
    assertThatThrownBy(() -> readAll(csv.open(new StringReader(text))))
        .isInstanceOf(BadRecordException.class).hasMessageStartingWith("CSV line 2: column \"nps\"");
    assertThatThrownBy(() -> readAll(csv.open(new StringReader(text), "upload-7.csv")))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("upload-7.csv line 2: column \"nps\"");
    assertThatThrownBy(() -> readAll(csv.open(new java.io.ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), "upload-8.csv")))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("upload-8.csv line 2: column \"nps\"");
    assertThatThrownBy(() -> csv.open(new StringReader(text), null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void oneMappingReadsSeveralFilesAtOnceEachOnItsOwn() {
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal").build();
    ResponseReader a = csv.open(new StringReader("id,at,nps,goal\na1,2026-01-01T00:00:00Z,1,fully\n"
        + "a2,2026-01-01T00:00:00Z,2,fully\n"));
    ResponseReader b = csv.open(new StringReader("at,goal,id,nps\n2026-01-01T00:00:00Z,fully,b1,3\n"));

    assertThat(a.next().id()).isEqualTo("a1");
    assertThat(b.next().answers()).containsEntry("nps", new NpsAnswer(3));
    assertThat(a.next().id()).isEqualTo("a2");
    assertThat(a.hasNext()).isFalse();
    assertThat(b.hasNext()).isFalse();
    assertThat(csv.toString()).isEqualTo("ResponseCsv{checkout v1, delimiter=,, UTF-8, ISO-8601 "
        + "in UTC}");
  }

  @Test
  void theStreamClosesTheReader() {
    ResponseCsv csv = minimal().question("nps", "nps").question("goal", "goal").build();
    ResponseReader reader = csv.open(new StringReader(
        "id,at,nps,goal\nz1,2026-01-01T00:00:00Z,1,fully\nz2,2026-01-01T00:00:00Z,2,fully\n"));

    List<String> ids;
    try (var stream = reader.stream()) {
      ids = stream.map(Response::id).collect(Collectors.toList());
    }

    assertThat(ids).containsExactly("z1", "z2");
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(java.util.NoSuchElementException.class);
  }
}
