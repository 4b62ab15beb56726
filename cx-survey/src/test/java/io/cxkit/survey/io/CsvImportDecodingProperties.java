package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.Survey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A byte that is not UTF-8 (0xFF) anywhere in a file of valid rows: every row before the row that
 * holds it is delivered, and that row is the one bad record, with its own row and line numbers,
 * whether the byte starts the row, sits inside it or ends it, and whatever the rows before (quoted
 * cells over two lines, long cells that make the parser refill its buffer, {@code \n} or {@code
 * \r\n}).
 */
class CsvImportDecodingProperties {
  private static final Survey SURVEY = ResponseCsvFixtures.checkout();
  private static final ResponseCsv CSV = ResponseCsv.reader(SURVEY).id("id").submittedAt("date")
      .question("nps", "nps").question("goal", "goal").question("comment", "comment")
      .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build();

  /**
   * A file to read.
   *
   * @param rows how many data rows; the header is row 1
   * @param badRow the row that holds the bad byte, 2..rows + 1
   * @param where 0: the byte starts the row; 1: it follows the id; 2: it ends the comment
   * @param comments each row's comment: true for a quoted two-line one, false for a long one
   * @param crlf whether lines end with CR LF
   */
  record Case(int rows, int badRow, int where, List<Boolean> comments, boolean crlf) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.integers().between(1, 150).flatMap(rows -> Combinators.combine(
            Arbitraries.integers().between(2, rows + 1), Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false, false, false).list().ofSize(rows),
            Arbitraries.of(true, false))
        .as((bad, where, comments, crlf) -> new Case(rows, bad, where, comments, crlf)));
  }

  @Property(tries = 300)
  void everyRowBeforeTheBadByteIsDeliveredAndItsRowIsTheBadRecord(@ForAll("cases") Case c)
      throws Exception {
    String end = c.crlf() ? "\r\n" : "\n";
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(("id,date,nps,goal,comment" + end).getBytes(StandardCharsets.UTF_8));
    List<String> before = new ArrayList<>();
    long line = 2;
    long badLine = -1;
    for (int row = 2; row <= c.rows() + 1; row++) {
      boolean twoLines = c.comments().get(row - 2);
      String id = "r" + row;
      String rest = ",2026-01-01T00:00:00Z,9,fully,"
          + (twoLines ? "\"two" + end + "lines\"" : "x".repeat(40 + row % 60));
      if (row == c.badRow()) {
        badLine = line;
        String cells = id + rest;
        int cut = c.where() == 0 ? 0 : c.where() == 1 ? id.length() : cells.length();
        file.write(cells.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        file.write(0xFF);
        file.write((cells.substring(cut) + end).getBytes(StandardCharsets.UTF_8));
      } else {
        file.write((id + rest + end).getBytes(StandardCharsets.UTF_8));
        if (row < c.badRow()) {
          before.add(id);
        }
      }
      line += twoLines ? 2 : 1;
    }

    List<String> read = new ArrayList<>();
    ReadReport report;
    try (ResponseReader reader = CSV.open(new ByteArrayInputStream(file.toByteArray()))) {
      reader.forEachRemaining(r -> read.add(r.id()));
      report = reader.report();
    }

    assertThat(read).isEqualTo(before);
    assertThat(report.skipped()).isEqualTo(1);
    BadRecord bad = report.badRecords().get(0);
    assertThat(bad.record()).isEqualTo(c.badRow());
    assertThat(bad.line()).isEqualTo(badLine);
    assertThat(bad.problem().getMessage()).startsWith("encoding = byte FF on line ");
  }
}
