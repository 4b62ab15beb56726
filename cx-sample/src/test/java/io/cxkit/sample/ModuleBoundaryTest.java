package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** cx-sample sits on cx-journey, which hands on the lower modules; it exports its API only. */
class ModuleBoundaryTest {

  @Test
  void readsJourneyTransitivelyAndExportsOnlyItsApi() throws IOException {
    ModuleDescriptor sample;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      sample = ModuleDescriptor.read(in);
    }

    assertThat(sample.name()).isEqualTo("io.cxkit.sample");
    assertThat(sample.requires()).extracting(Requires::name).contains("io.cxkit.journey");
    assertThat(sample.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.cxkit.sample");
  }
}
