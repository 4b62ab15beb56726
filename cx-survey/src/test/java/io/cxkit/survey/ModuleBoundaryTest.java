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
 * and never reads upward into cx-journey (DESIGN.md: one direction of dependencies).
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
    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
        .allMatch(p -> p.startsWith("io.cxkit.survey"));
  }
}
