package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the quickstart exactly as README.md shows it, runs it, and checks that it prints what
 * the README says it prints, so the first code a user copies always works.
 */
class ReadmeQuickstartTest {

  private static final Path README = Path.of("..", "README.md");

  private static String block(String readme, String marker) {
    Matcher matcher = Pattern.compile("<!-- " + marker + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(matcher.find()).as("README.md has a code block after <!-- %s -->", marker).isTrue();
    return matcher.group(1);
  }

  @Test
  void quickstartCompilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path work) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String code = block(readme, "quickstart");
    String expectedOutput = block(readme, "quickstart-output");
    Matcher className = Pattern.compile("public class (\\w+)").matcher(code);
    assertThat(className.find()).as("the quickstart declares a public class").isTrue();

    Path source = work.resolve(className.group(1) + ".java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    // java.util.spi.ToolProvider (in java.base) rather than javax.tools, which the test module
    // would have to read. javac follows the Class-Path of surefire's manifest-only jar, so
    // java.class.path is the test class path.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter diagnostics = new StringWriter();
    PrintWriter diagnosticsWriter = new PrintWriter(diagnostics);
    boolean compiled = javac.run(diagnosticsWriter, diagnosticsWriter,
        "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), source.toString()) == 0;
    diagnosticsWriter.flush();
    assertThat(compiled).as("javac: %s", diagnostics).isTrue();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(className.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo(expectedOutput);
  }
}
