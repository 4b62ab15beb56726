package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.JsonReport;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code target/cx.jar} in a child JVM, and the {@code ./cx} launcher, as a user runs
 * them: failsafe runs this after {@code package}, so the jar is fresh and the launcher must not
 * build it again.
 */
class CxIT {
  private static final Path JAR = Path.of(Objects.requireNonNull(System.getProperty("cx.jar"),
      "cx.jar: the failsafe configuration passes the jar's path"));
  private static final Path LAUNCHER = Path.of(Objects.requireNonNull(
      System.getProperty("cx.launcher"), "cx.launcher"));
  private static final String VERSION = Objects.requireNonNull(System.getProperty("cx.version"),
      "cx.version");
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir
  Path dir;

  /** What a child process gave. */
  private record Run(int code, String out, String err) {}

  private Run run(Path workDir, List<String> command) throws Exception {
    return run(workDir, command, Map.of());
  }

  private Run run(Path workDir, List<String> command, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("CX_CLASSPATH");
    builder.environment().remove("CX_JAVA_OPTS");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run demo(Path out, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Djava.awt.headless=true"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString(), "demo", "--customers", "500", "--out",
        out.toString()));
    return run(dir, command);
  }

  @Test
  void theJarRunsTheDemoAndWritesTheSameReportUnderAnyLocaleZoneAndCharset() throws Exception {
    // Paths of one length, so that the text report's columns line up alike.
    Path first = dir.resolve("a/demo");
    Run r = demo(first);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("wrote " + first.resolve("report.html"))
        .contains("wrote " + first.resolve("report.json"));
    assertThat(first.resolve("data/sample.json")).isRegularFile();
    assertThat(first.resolve("data/events.jsonl")).isRegularFile();
    String html = Files.readString(first.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").contains("id=\"funnel\"");
    CxReport report;
    try (Reader in = Files.newBufferedReader(first.resolve("report.json"))) {
      report = JsonReport.read(in);
    }
    // 500 customers: the sections are there; the files read are the sample's twelve (four
    // surveys, four responses files, the map, the personas, the events and the profiles).
    assertThat(report.headlines()).isNotEmpty();
    assertThat(report.funnel()).isNotNull();
    assertThat(report.funnel().steps()).hasSize(4);
    assertThat(report.info().by()).isEqualTo("persona");
    assertThat(report.info().zone()).isEqualTo("Europe/Berlin");
    assertThat(report.inputs().files()).hasSize(12);
    assertThat(report.inputs().skipped()).isZero();

    // Turkish locale (dotless i), a zone at +13/+14 and a one-byte default charset: same bytes.
    Path second = dir.resolve("b/demo");
    Run tr = demo(second, "-Duser.language=tr", "-Duser.country=TR",
        "-Duser.timezone=Pacific/Apia", "-Dfile.encoding=ISO-8859-1");
    assertThat(tr.code()).as(tr.err()).isEqualTo(0);
    // The reports name the files read, which lie in different directories; all else is equal.
    for (String name : List.of("report.json", "report.html")) {
      assertThat(read(second.resolve(name)).replace(second.toString(), "DIR")).as(name)
          .isEqualTo(read(first.resolve(name)).replace(first.toString(), "DIR"));
    }
    assertThat(tr.out().replace(second.toString(), "DIR"))
        .isEqualTo(r.out().replace(first.toString(), "DIR"));
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void theLauncherRunsTheFreshJarWithoutBuildingIt() throws Exception {
    FileTime built = Files.getLastModifiedTime(JAR);
    // From another working directory: the launcher finds the repository through its own path.
    Run r = run(dir, List.of("bash", LAUNCHER.toString(), "--version"));
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("cx " + VERSION + "\n");
    assertThat(r.err()).doesNotContain("building");
    assertThat(Files.getLastModifiedTime(JAR)).isEqualTo(built);
  }

  @Test
  void aTeamsOwnQuestionTypeOnCxClasspathIsInTheSchema() throws Exception {
    // The test type's class is in target/test-classes; the services entry naming it only here.
    Path types = dir.resolve("stars");
    Files.createDirectories(types.resolve("META-INF/services"));
    Files.writeString(types.resolve("META-INF/services/io.cxkit.survey.spi.QuestionType"),
        StarsQuestionType.class.getName() + "\n");
    String classes = Path.of(StarsQuestionType.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toString();
    Run with = run(dir, List.of("bash", LAUNCHER.toString(), "schema", "survey"),
        Map.of("CX_CLASSPATH", classes + ":" + types));
    assertThat(with.code()).as(with.err()).isEqualTo(0);
    assertThat(with.out()).contains("\"const\" : \"stars\"").contains("\"const\" : \"nps\"");
    Run without = run(dir, List.of("bash", LAUNCHER.toString(), "schema", "survey"));
    assertThat(without.out()).doesNotContain("\"const\" : \"stars\"")
        .contains("\"const\" : \"nps\"");
  }

  @Test
  void withoutAJavaTheLauncherSaysSoAndExitsWithThree() throws Exception {
    // It ran "$JAVA_HOME/bin/java" regardless: bash's "No such file or directory", exit 127.
    Path nowhere = dir.resolve("no-jdk");
    Run r = run(dir, List.of("bash", LAUNCHER.toString(), "--version"),
        Map.of("JAVA_HOME", nowhere.toString()));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("cx: JAVA_HOME is " + nowhere + ", which has no bin/java;"
        + " point it at a JDK 17 or newer\n");
  }

  @Test
  void theLauncherPassesTheExitCodeOfAUsageError() throws Exception {
    Run r = run(dir, List.of("bash", LAUNCHER.toString(), "report"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required options");
  }
}
