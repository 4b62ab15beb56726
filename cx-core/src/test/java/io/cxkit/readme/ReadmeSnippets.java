package io.cxkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * Compiles and runs code blocks of README.md as a reader sees them. Shared with the other modules'
 * README tests through cx-core's test jar, so each module checks the snippets that use its API
 * (marked {@code <!-- snippet -->}, {@code <!-- survey-snippet -->}, …) on its own class path. Its
 * package is one no module owns: the other modules' tests are patched into their named modules, which
 * would hide a class of the test jar in a package of cx-core's.
 */
public final class ReadmeSnippets {
  /** The README, seen from a module's directory, where Maven runs its tests. */
  public static final Path README = Path.of("..", "README.md");

  private ReadmeSnippets() {}

  /** @return the README's text */
  public static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /**
   * @param readme the README's text
   * @param marker the marker before each block, such as {@code snippet} for {@code <!-- snippet -->}
   * @return the code blocks that follow the marker, in order; at least one
   */
  public static List<String> blocks(String readme, String marker) {
    Matcher matcher = Pattern.compile("<!-- " + marker + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    assertThat(blocks).as("README.md has code blocks after <!-- %s -->", marker).isNotEmpty();
    return blocks;
  }

  /**
   * Runs every block after {@code marker} as the body of a main method, with {@code imports} above.
   *
   * @param work a scratch directory
   * @param marker the blocks' marker
   * @param imports the import lines every block may rely on
   */
  public static void runSnippets(Path work, String marker, String imports) throws Exception {
    List<String> snippets = blocks(readme(), marker);
    for (int i = 0; i < snippets.size(); i++) {
      String className = "Readme" + Character.toUpperCase(marker.charAt(0))
          + marker.substring(1).replace("-", "") + (i + 1);
      String source = imports + "public class " + className
          + " {\n  public static void main(String[] args) throws Exception {\n" + snippets.get(i) + "  }\n}\n";
      compileAndRun(work, className, source);
    }
  }

  /**
   * Compiles {@code source} as {@code className} and runs its main method.
   *
   * @return what it printed to standard output
   */
  public static String compileAndRun(Path work, String className, String source) throws Exception {
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
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {work.toUri().toURL()}, ReadmeSnippets.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
