package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.spi.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ranking type is registered only through ServiceLoader, and found. Tests run on the class path
 * (surefire {@code useModulePath=false}), so {@link QuestionTypeRegistry#standard()} finds it
 * through {@code META-INF/services}; the module path's {@code provides} is checked in the compiled
 * module descriptor here, and at work in {@link ModulePathDiscoveryTest}.
 */
class ServiceRegistrationTest {

  private static final List<String> BUILT_INS = List.of("nps", "csat", "ces", "rating", "goal_completion",
      "single_choice", "multiple_choice", "open_text", "contact_consent");

  @Test
  void theStandardRegistryFindsTheRankingTypeBesideTheBuiltIns() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.standard();

    List<String> expected = new ArrayList<>(BUILT_INS);
    expected.add(RankingQuestionType.ID);
    assertThat(registry.ids()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(registry.find("ranking")).get().isInstanceOf(RankingQuestionType.class);
    assertThat(registry.typeOf(RankingAnswer.of("a", "b")).id()).isEqualTo("ranking");
  }

  @Test
  void theClassPathRegistrationIsAServicesFile() throws IOException {
    List<String> providers = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader()
        .getResources("META-INF/services/" + QuestionType.class.getName()))) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            providers.add(line.trim());
          }
        }
      }
    }
    assertThat(providers).containsOnlyOnce(RankingQuestionType.class.getName());
  }

  @Test
  void theModulePathRegistrationIsAProvidesClause() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.name()).isEqualTo("io.cxkit.examples.ranking");
    assertThat(module.provides())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.service()).isEqualTo(QuestionType.class.getName());
          assertThat(p.providers()).containsExactly(RankingQuestionType.class.getName());
        });
    assertThat(module.requires()).extracting(ModuleDescriptor.Requires::name).contains("io.cxkit.survey");
  }
}
