package io.cxkit.journey;

import io.cxkit.readme.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the cx-journey code in README.md ({@code <!-- journey-snippet -->} blocks)
 * exactly as a reader sees it, on cx-journey's class path.
 */
class ReadmeTest {

  /** What every snippet may use without importing it, as if it stood in a class of its own. */
  static final String SNIPPET_IMPORTS = String.join("\n",
      "import io.cxkit.core.*;",
      "import io.cxkit.core.stats.*;",
      "import io.cxkit.survey.*;",
      "import io.cxkit.survey.condition.*;",
      "import io.cxkit.survey.io.*;",
      "import io.cxkit.survey.summary.*;",
      "import io.cxkit.survey.summary.Period;",  // rather than java.time.Period
      "import io.cxkit.survey.types.*;",
      "import io.cxkit.journey.*;",
      "import io.cxkit.journey.analysis.*;",
      "import io.cxkit.journey.cx.*;",
      "import io.cxkit.journey.intercept.*;",
      "import io.cxkit.journey.io.*;",
      "import io.cxkit.journey.json.*;",
      "import io.cxkit.journey.profile.*;",
      "import io.cxkit.journey.retention.*;",
      "import io.cxkit.core.survival.*;",
      "import java.io.StringReader;",
      "import java.io.StringWriter;",
      "import java.time.*;",
      "import java.util.*;",
      "");

  @Test
  void everyJourneySnippetCompilesAndRuns(@TempDir Path work) throws Exception {
    ReadmeSnippets.runSnippets(work, "journey-snippet", SNIPPET_IMPORTS);
  }
}
