package io.cxkit.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.json.SurveyJson;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The other half of the registration: on the module path, where {@code META-INF/services} files of
 * named modules are ignored, only the {@code provides} clause of module-info can make the ranking
 * type known. This test loads this module, cx-survey and what they read into a fresh module layer
 * (the test itself runs on the class path) and asks that layer's {@code
 * QuestionTypeRegistry.standard()} and {@code SurveyJson} — through reflection, since the layer's
 * classes are not the class path's.
 */
class ModulePathDiscoveryTest {

  /** The modules the ranking type needs at run time: nothing of the test libraries. */
  private static final Set<String> MODULES = Set.of("io.cxkit.examples.ranking", "io.cxkit.survey",
      "io.cxkit.core", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind",
      "com.fasterxml.jackson.annotation", "com.fasterxml.jackson.dataformat.csv", "hipparchus.core",
      "org.jspecify", "com.ibm.icu");

  private static final String SURVEY = """
      {"formatVersion": 1, "id": "feature-poll", "version": 1, "defaultLocale": "en",
       "title": {"en": "Our shop"}, "kind": "product",
       "questions": [{"type": "ranking", "id": "features", "text": {"en": "Rank these features"},
                      "required": true,
                      "options": [{"code": "search", "label": {"en": "Search"}},
                                  {"code": "reviews", "label": {"en": "Reviews"}}]}]}
      """;

  private static ModuleLayer layer() {
    List<Path> modulePath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      try {
        for (ModuleReference module : ModuleFinder.of(path).findAll()) {
          if (MODULES.contains(module.descriptor().name())) {
            modulePath.add(path);
          }
        }
      } catch (FindException notAModule) {
        // A test library that cannot be read as a module is not one of ours: leave it out.
      }
    }
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(),
            Set.of("io.cxkit.examples.ranking"));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void provideFindsTheRankingTypeBesideTheBuiltIns() throws ReflectiveOperationException {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader("io.cxkit.survey");

    assertThat(layer.findModule("io.cxkit.examples.ranking").orElseThrow().getDescriptor().provides())
        .singleElement()
        .satisfies(p -> assertThat(p.providers()).containsExactly(RankingQuestionType.class.getName()));
    Class<?> service = loader.loadClass("io.cxkit.survey.spi.QuestionType");
    List<String> providers = new ArrayList<>();
    for (ServiceLoader.Provider<?> provider : ServiceLoader.load(layer, service).stream().toList()) {
      providers.add(provider.type().getName());
    }
    assertThat(providers).contains(RankingQuestionType.class.getName(),
        "io.cxkit.survey.types.NpsQuestionType").hasSize(10);

    Class<?> registry = loader.loadClass("io.cxkit.survey.QuestionTypeRegistry");
    Object standard = registry.getMethod("standard").invoke(null);
    List<String> ids = new ArrayList<>();
    for (Object id : (List<?>) registry.getMethod("ids").invoke(standard)) {
      ids.add(String.valueOf(id));
    }
    assertThat(ids).contains("nps", "ranking").hasSize(10);
  }

  /** Jackson binds the ranking records on the module path only because the package {@code opens} to it. */
  @Test
  void aSurveyWithARankingQuestionRoundTripsOnTheModulePath() throws ReflectiveOperationException {
    ClassLoader loader = layer().findLoader("io.cxkit.survey");
    Class<?> json = loader.loadClass("io.cxkit.survey.json.SurveyJson");
    Object facade = json.getMethod("standard").invoke(null);
    Method read = json.getMethod("readSurvey", String.class);
    Method write = json.getMethod("writeSurvey", loader.loadClass("io.cxkit.survey.Survey"));

    Object survey = read.invoke(facade, SURVEY);
    assertThat(survey.getClass().getModule().getName()).isEqualTo("io.cxkit.survey");
    assertThat(write.invoke(facade, survey))
        .isEqualTo(SurveyJson.standard().writeSurvey(SurveyJson.standard().readSurvey(SURVEY)));
  }
}
