package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  /** A clock the test moves by hand, in nanoseconds. */
  private long now = 1_000_000_000L;

  @Test
  void aLineShowsTheBarPercentRecordsAndRate() {
    // 450 of 1000 bytes: 45 %, 9 of 20 bar cells; 92345 records in 1.5 s = 61563 records/s.
    assertThat(Progress.line("events.jsonl", 450, 1000, 92_345, 1_500_000_000L))
        .isEqualTo("events.jsonl [#########-----------]  45%  92345 records  61563 records/s");
  }

  @Test
  void aLineLeavesOutWhatIsUnknown() {
    // No size: no bar or percent; no time elapsed: no rate (never a division by zero).
    assertThat(Progress.line("sample", 5, 0, 1, 0)).isEqualTo("sample  1 record");
  }

  @Test
  void percentIsRoundedDownAndClamped() {
    // 999 of 1000 is 99.9 %: shown as 99 %, so that 100 % means done; more than the total is 100 %.
    assertThat(Progress.line("f", 999, 1000, 1, 1)).contains("[###################-]  99%");
    assertThat(Progress.line("f", 2000, 1000, 1, 1)).contains("[####################] 100%");
  }

  @Test
  void longLabelsAreCutAtTheFrontAtADirectory() {
    // 34 characters: the last 27 are "sponses/delivery-csat.jsonl", cut on to the "/".
    assertThat(Progress.line("data/responses/delivery-csat.jsonl", 1, 2, 3, 0))
        .isEqualTo("…/delivery-csat.jsonl [##########----------]  50%  3 records");
    // A name longer than the width has no directory to cut at: its last 27 characters.
    String name = "a-very-long-survey-identifier-of-a-team.jsonl";
    String line = Progress.line(name, 1, 2, 3, 0);
    assertThat(line).startsWith("…" + name.substring(name.length() - 27) + " [");
    assertThat(line.length()).isLessThanOrEqualTo(100);
  }

  @Test
  void redrawsAtMostFiveTimesASecondAndEndsWithTheLastLine() {
    StringWriter screen = new StringWriter();
    Progress progress = new Progress(true, new PrintWriter(screen), () -> now);
    long[] bytes = {0};
    Progress.Task task = progress.start("r.jsonl", () -> bytes[0], 100);
    // 1000 records over one second, 1 ms apart: redraws at 200, 400, 600, 800 and 1000 ms only.
    for (int i = 0; i < 1000; i++) {
      now += 1_000_000L;
      bytes[0] = (i + 1) / 10;
      task.advance();
    }
    assertThat(screen.toString().chars().filter(c -> c == '\r').count()).isEqualTo(5);
    assertThat(screen.toString()).contains("200 records").doesNotContain("\n");
    task.finish();
    // The last line: 100 %, 1000 records in 1 s = 1000 records/s, and a line end.
    assertThat(screen.toString()).endsWith(
        "\rr.jsonl [####################] 100%  1000 records  1000 records/s\n");
    task.finish();
    assertThat(screen.toString().chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void clearBlanksTheLineForAMessage() {
    StringWriter screen = new StringWriter();
    Progress progress = new Progress(true, new PrintWriter(screen), () -> now);
    Progress.Task task = progress.start("e", () -> 0, 0);
    now += Progress.REDRAW_INTERVAL_NANOS;
    task.advance();
    String drawn = screen.toString();
    progress.clear();
    // The line "\re  1 record  5 records/s" is 24 characters after the \r: blanked with spaces.
    int width = drawn.length() - 1;
    assertThat(screen.toString()).isEqualTo(drawn + "\r" + " ".repeat(width) + "\r");
    progress.clear();
    assertThat(screen.toString()).hasSize(drawn.length() + width + 2);
  }

  @Test
  void aDisabledProgressPrintsNothing() {
    StringWriter screen = new StringWriter();
    Progress progress = new Progress(false, new PrintWriter(screen), () -> now);
    Progress.Task task = progress.start("quiet", () -> 1, 2);
    for (int i = 0; i < 10; i++) {
      now += Progress.REDRAW_INTERVAL_NANOS;
      task.advance();
    }
    task.finish();
    progress.clear();
    assertThat(screen.toString()).isEmpty();
    assertThat(task.records()).isEqualTo(10);
  }
}
