package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.readme.ReadmeSnippets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the cx-core code in README.md exactly as a reader sees it, so the first code a
 * user copies always works: the quickstart must print what the README says it prints, and every
 * block marked {@code <!-- snippet -->} must compile and run without an exception.
 */
class ReadmeTest {

  /** What every snippet may use without importing it, as if it stood in a class of its own. */
  private static final String SNIPPET_IMPORTS =
      "import io.cxkit.core.*;\nimport io.cxkit.core.stats.*;\nimport io.cxkit.core.survival.*;\nimport java.util.*;\n";

  @Test
  void quickstartCompilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path work) throws Exception {
    String readme = ReadmeSnippets.readme();
    String code = ReadmeSnippets.blocks(readme, "quickstart").get(0);
    Matcher className = Pattern.compile("public class (\\w+)").matcher(code);
    assertThat(className.find()).as("the quickstart declares a public class").isTrue();

    String output = ReadmeSnippets.compileAndRun(work, className.group(1), code);

    assertThat(output).isEqualTo(ReadmeSnippets.blocks(readme, "quickstart-output").get(0));
  }

  @Test
  void everySnippetCompilesAndRuns(@TempDir Path work) throws Exception {
    ReadmeSnippets.runSnippets(work, "snippet", SNIPPET_IMPORTS);
  }
}
