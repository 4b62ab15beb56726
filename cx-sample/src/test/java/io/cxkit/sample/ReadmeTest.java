package io.cxkit.sample;

import io.cxkit.readme.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the cx-sample code in README.md ({@code <!-- sample-snippet -->} blocks)
 * exactly as a reader sees it, on cx-sample's class path.
 */
class ReadmeTest {

  /** What every snippet may use without importing it, as if it stood in a class of its own. */
  static final String SNIPPET_IMPORTS = String.join("\n",
      "import io.cxkit.core.*;",
      "import io.cxkit.core.stats.*;",
      "import io.cxkit.survey.*;",
      "import io.cxkit.survey.io.*;",
      "import io.cxkit.survey.summary.*;",
      "import io.cxkit.survey.summary.Period;",  // rather than java.time.Period
      "import io.cxkit.survey.types.*;",
      "import io.cxkit.journey.*;",
      "import io.cxkit.journey.analysis.*;",
      "import io.cxkit.journey.cx.*;",
      "import io.cxkit.journey.io.*;",
      "import io.cxkit.journey.json.*;",
      "import io.cxkit.journey.profile.*;",
      "import io.cxkit.journey.retention.*;",
      "import io.cxkit.sample.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "");

  @Test
  void everySampleSnippetCompilesAndRuns(@TempDir Path work) throws Exception {
    ReadmeSnippets.runSnippets(work, "sample-snippet", SNIPPET_IMPORTS);
  }
}
