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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the code in README.md exactly as a reader sees it, so the first code a user
 * copies always works: the quickstart must print what the README says it prints, and every block
 * marked {@code <!-- snippet -->} must compile and run without an exception.
 */
class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");

  /** What every snippet may use without importing it, as if it stood in a class of its own. */
  private static final String SNIPPET_IMPORTS =
      "import io.cxkit.core.*;\nimport io.cxkit.core.stats.*;\nimport io.cxkit.core.survival.*;\nimport java.util.*;\n";

  private static List<String> blocks(String readme, String marker) {
    Matcher matcher = Pattern.compile("<!-- " + marker + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    assertThat(blocks).as("README.md has code blocks after <!-- %s -->", marker).isNotEmpty();
    return blocks;
  }

  /** Compiles {@code source} as {@code className} and runs its main method; returns what it printed. */
  private String compileAndRun(Path work, String className, String source) throws Exception {
    Path file = work.resolve(className + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    // java.util.spi.ToolProvider (in java.base) rather than javax.tools, which the test module
    // would have to read. javac follows the Class-Path of surefire's manifest-only jar, so
    // java.class.path is the test class path.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter diagnostics = new StringWriter();
    PrintWriter diagnosticsWriter = new PrintWriter(diagnostics);
    int status = javac.run(diagnosticsWriter, diagnosticsWriter,
        "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), file.toString());
    diagnosticsWriter.flush();
    assertThat(status).as("javac on %s:%n%s%n%s", className, diagnostics, source).isZero();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void quickstartCompilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path work) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String code = blocks(readme, "quickstart").get(0);
    Matcher className = Pattern.compile("public class (\\w+)").matcher(code);
    assertThat(className.find()).as("the quickstart declares a public class").isTrue();

    String output = compileAndRun(work, className.group(1), code);

    assertThat(output).isEqualTo(blocks(readme, "quickstart-output").get(0));
  }

  @Test
  void everySnippetCompilesAndRuns(@TempDir Path work) throws Exception {
    List<String> snippets = blocks(Files.readString(README, StandardCharsets.UTF_8), "snippet");
    for (int i = 0; i < snippets.size(); i++) {
      String className = "ReadmeSnippet" + (i + 1);
      String source = SNIPPET_IMPORTS + "public class " + className
          + " {\n  public static void main(String[] args) throws Exception {\n" + snippets.get(i) + "  }\n}\n";
      compileAndRun(work, className, source);
    }
  }
}
