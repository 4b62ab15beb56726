package io.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** cx-journey sits on cx-survey, which hands on cx-core; and exports only its own packages. */
class ModuleBoundaryTest {

  @Test
  void readsSurveyTransitively() throws IOException {
    ModuleDescriptor journey;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      journey = ModuleDescriptor.read(in);
    }

    assertThat(journey.name()).isEqualTo("io.cxkit.journey");
    assertThat(journey.requires()).extracting(Requires::name).contains("io.cxkit.survey");
    assertThat(journey.exports()).extracting(ModuleDescriptor.Exports::source)
        .allMatch(p -> p.startsWith("io.cxkit.journey"));
  }
}
