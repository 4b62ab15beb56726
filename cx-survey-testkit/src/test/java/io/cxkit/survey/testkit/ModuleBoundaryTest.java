package io.cxkit.survey.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The kit is a named module that exports only its one package and hands on what a kit subclass
 * speaks (cx-survey, JUnit, jqwik, AssertJ); the schema validator stays its own business.
 */
class ModuleBoundaryTest {

  @Test
  void exportsTheKitAndReadsItsApiTransitively() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.name()).isEqualTo("io.cxkit.survey.testkit");
    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.cxkit.survey.testkit");
    assertThat(module.requires())
        .filteredOn(r -> r.modifiers().contains(Modifier.TRANSITIVE))
        .extracting(ModuleDescriptor.Requires::name)
        .contains("io.cxkit.survey", "org.junit.jupiter.api", "net.jqwik.api", "org.assertj.core");
    assertThat(module.requires())
        .filteredOn(r -> r.name().equals("com.networknt.schema"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers()).doesNotContain(Modifier.TRANSITIVE));
    assertThat(module.requires()).noneMatch(r -> r.name().equals("io.cxkit.journey"));
  }
}
