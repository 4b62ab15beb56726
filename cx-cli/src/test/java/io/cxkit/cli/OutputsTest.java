package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files that cannot be written: exit code 3 and a reason, not just a file's name. */
class OutputsTest {
  @TempDir
  Path dir;

  @Test
  void theReasonIsSaidAndTheFileItConcernsWhenItIsNotTheOneGiven() {
    // What Files.createDirectories throws for /proc/nope/r.html on Linux: only the directory's
    // name as its message, which was all the message said ("r.html: cannot be written:
    // /proc/nope").
    assertThat(Outputs.cannotWrite("/proc/nope/r.html", new NoSuchFileException("/proc/nope"))
        .getMessage()).isEqualTo("/proc/nope/r.html: cannot be written: no such directory, and"
            + " it cannot be made: /proc/nope");
    assertThat(Outputs.cannotWrite("/sys/kernel/x/r.html", new FileSystemException(
        "/sys/kernel/x", null, "Operation not permitted")).getMessage())
        .isEqualTo("/sys/kernel/x/r.html: cannot be written: operation not permitted"
            + " (/sys/kernel/x)");
    assertThat(Outputs.cannotWrite("/sys/r.html", new AccessDeniedException("/sys/r.html"))
        .getMessage()).isEqualTo("/sys/r.html: cannot be written: permission denied");
    assertThat(Outputs.cannotWrite("r.html", new IOException("No space left on device"))
        .getMessage()).isEqualTo("r.html: cannot be written: No space left on device");
  }

  @Test
  void aDirectoryOrAFileOnTheWayIsNamed() throws Exception {
    String directory = dir.toString();
    assertThatThrownBy(() -> Outputs.write(directory, w -> w.write("x")))
        .isInstanceOf(CliException.class)
        .hasMessage(directory + ": cannot be written: is a directory")
        .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(ExitCodes.INPUT));
    Path file = Files.writeString(dir.resolve("a.txt"), "x");
    String below = file.resolve("report.html").toString();
    assertThatThrownBy(() -> Outputs.write(below, w -> w.write("x")))
        .hasMessage(below + ": cannot be written: a file is in the way of " + file);
    // And through the command: cx sample --out a file.
    CxRun.Result r = CxRun.run("sample", "--customers", "1", "--seed", "1", "--out",
        file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).isEqualTo(file + ": cannot be written: a file is in the way of " + file
        + System.lineSeparator());
  }
}
