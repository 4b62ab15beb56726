package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent (so that importing it imports nothing else), which means nothing keeps it
 * in step with the build by itself: this test does. Every published module — a module of the
 * reactor with main sources, other than the benchmarks and the examples — must be in the BOM, at
 * the build's version. The examples are built like a user's project (no cxkit parent, cxkit
 * versions from the BOM), so this test also keeps the cxkit version they name in step.
 */
class BomTest {

  private static final Path ROOT = Path.of("..");

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }

  /** The project's own version: the first {@code <version>} after its artifactId. */
  private static String ownVersion(String pom, String artifactId) {
    Matcher matcher = Pattern.compile("<artifactId>" + Pattern.quote(artifactId)
        + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(matcher.find()).as("version of %s", artifactId).isTrue();
    return matcher.group(1);
  }

  @Test
  void bomListsEveryPublishedModuleAtTheBuildsVersion() throws IOException {
    String parent = read("pom.xml");
    String bom = read("cx-bom/pom.xml");

    List<String> published = new ArrayList<>();
    for (String module : all(Pattern.compile("<module>([^<]+)</module>"), parent)) {
      if (Files.isDirectory(ROOT.resolve(module).resolve("src/main/java")) && !module.equals("cx-benchmarks")
          && !module.startsWith("examples/")) {
        published.add(module);
      }
    }
    assertThat(published).contains("cx-core", "cx-survey", "cx-survey-testkit", "cx-journey");
    assertThat(all(Pattern.compile("<artifactId>(cx-[^<]+)</artifactId>"), bom))
        .containsAll(published)
        .doesNotContain("cx-benchmarks");
    assertThat(ownVersion(bom, "cx-bom")).isEqualTo(ownVersion(parent, "cxkit-parent"));
    assertThat(bom).doesNotContain("<parent>").doesNotContain("<scope>import</scope>");
  }

  @Test
  void examplesUseTheBomAtTheBuildsVersionAndAreNotPublished() throws IOException {
    String parent = read("pom.xml");
    String bom = read("cx-bom/pom.xml");
    List<String> examples = all(Pattern.compile("<module>(examples/[^<]+)</module>"), parent);
    assertThat(examples).contains("examples/custom-question-type");
    for (String example : examples) {
      String pom = read(example + "/pom.xml");
      String artifactId = example.substring(example.lastIndexOf('/') + 1);
      assertThat(bom).as("BOM").doesNotContain("<artifactId>" + artifactId + "</artifactId>");
      assertThat(pom).as(example).doesNotContain("<parent>")
          .contains("<artifactId>cx-bom</artifactId>")
          .contains("<cxkit.version>" + ownVersion(parent, "cxkit-parent") + "</cxkit.version>")
          .contains("<maven.deploy.skip>true</maven.deploy.skip>");
    }
  }
}
