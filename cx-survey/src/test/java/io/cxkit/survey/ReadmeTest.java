package io.cxkit.survey;

import io.cxkit.readme.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the cx-survey code in README.md ({@code <!-- survey-snippet -->} blocks)
 * exactly as a reader sees it, on cx-survey's class path.
 */
class ReadmeTest {

  /** What every snippet may use without importing it, as if it stood in a class of its own. */
  static final String SNIPPET_IMPORTS = String.join("\n",
      "import com.fasterxml.jackson.databind.node.ObjectNode;",
      "import io.cxkit.core.*;",
      "import io.cxkit.survey.*;",
      "import io.cxkit.survey.condition.*;",
      "import io.cxkit.survey.io.*;",
      "import io.cxkit.survey.json.*;",
      "import io.cxkit.survey.loop.*;",
      "import io.cxkit.survey.summary.*;",
      "import io.cxkit.survey.text.*;",
      "import io.cxkit.survey.types.*;",
      "import java.io.StringReader;",
      "import java.io.StringWriter;",
      "import java.time.Instant;",
      "import java.time.ZoneId;",
      "import java.util.*;",
      "");

  @Test
  void everySurveySnippetCompilesAndRuns(@TempDir Path work) throws Exception {
    ReadmeSnippets.runSnippets(work, "survey-snippet", SNIPPET_IMPORTS);
  }
}
