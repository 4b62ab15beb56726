package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * cx-survey reads cx-core (and hands it on to its users, since its API speaks in cx-core's types)
 * and never reads upward into cx-journey (DESIGN.md: one direction of dependencies); it exports its
 * API packages only (and its shared reading machinery to cx-journey alone), and the module path and the class path see the same built-in types.
 */
class ModuleBoundaryTest {

  @Test
  void readsCoreTransitivelyAndNothingAbove() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.name()).isEqualTo("io.cxkit.survey");
    assertThat(module.requires())
        .filteredOn(r -> r.name().equals("io.cxkit.core"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    assertThat(module.requires()).noneMatch(r -> r.name().equals("io.cxkit.journey"));
    assertThat(module.exports()).filteredOn(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("io.cxkit.survey", "io.cxkit.survey.spi", "io.cxkit.survey.types",
            "io.cxkit.survey.json", "io.cxkit.survey.condition", "io.cxkit.survey.io",
            "io.cxkit.survey.summary", "io.cxkit.survey.text", "io.cxkit.survey.loop");
    // The shared reading machinery is no API: only cx-journey's readers may use it.
    assertThat(module.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("io.cxkit.survey.internal.io");
          assertThat(e.targets()).containsExactly("io.cxkit.journey");
        });
    assertThat(Path.of("target", "classes", "io", "cxkit", "survey", "internal")).isDirectory();
  }

  @Test
  void discoversQuestionTypesAndProvidesTheBuiltIns() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.uses()).containsExactly("io.cxkit.survey.spi.QuestionType");
    // The same nine, in the same order, as META-INF/services for class-path users.
    java.util.List<String> services = Files.readAllLines(
        Path.of("target", "classes", "META-INF", "services", "io.cxkit.survey.spi.QuestionType"))
        .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    assertThat(module.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo("io.cxkit.survey.spi.QuestionType");
      assertThat(p.providers()).hasSize(9).containsExactlyElementsOf(services);
    });
  }
}
