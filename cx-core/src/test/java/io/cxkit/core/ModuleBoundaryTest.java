package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests run on the class path, so the module descriptor is checked here instead: cx-core exports
 * its API packages and not its internals, and reads no other cxkit module (DESIGN.md: one
 * direction of dependencies, cx-core at the bottom).
 */
class ModuleBoundaryTest {

  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsTheApiPackagesOnly() throws IOException {
    ModuleDescriptor module = descriptor();

    assertThat(module.name()).isEqualTo("io.cxkit.core");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder("io.cxkit.core", "io.cxkit.core.stats", "io.cxkit.core.survival");
    // javac writes no package list into module-info.class, so look for the internal package on disk.
    assertThat(Path.of("target", "classes", "io", "cxkit", "core", "internal")).isDirectory();
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void readsNoOtherCxkitModule() throws IOException {
    assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet()))
        .noneMatch(name -> name.startsWith("io.cxkit"))
        .contains("hipparchus.core");
  }
}
