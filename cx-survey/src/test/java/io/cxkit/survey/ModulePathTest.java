package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests run on the class path, where META-INF/services finds the built-in types. This one
 * compiles and runs a small named module against cx-survey on the module path, where {@code
 * provides} in module-info finds them and Jackson reaches the records only through {@code opens}:
 * what a modular application sees.
 */
class ModulePathTest {

  private static final String MAIN = """
      package smoke;

      import io.cxkit.survey.*;
      import io.cxkit.survey.json.SurveyJson;
      import io.cxkit.survey.types.*;

      public class Main {
        public static void main(String[] args) {
          System.out.println(QuestionTypeRegistry.standard().ids());
          Survey survey = Survey.builder("nps-q4")
              .title(LocalizedText.of("en", "Quarterly NPS").and("ru", "Ежеквартальный NPS"))
              .kind(SurveyKind.RELATIONSHIP)
              .question(NpsQuestion.of("nps", LocalizedText.of("en", "How likely are you to recommend us?")))
              .question(OpenTextQuestion.followUp("why", LocalizedText.of("en", "Why?"), "nps"))
              .build();
          SurveyJson json = SurveyJson.standard();
          System.out.println(json.readSurvey(json.writeSurvey(survey)).equals(survey));
          // ICU's data and the stop-word resources load from the module path too.
          // (ASCII escapes: the child's source and output encodings are the platform's.)
          System.out.println(io.cxkit.survey.text.Tokenizer.CHINESE.tokens("\\u9001\\u8d27\\u592a\\u6162\\u4e86")
              .equals(java.util.List.of("\\u9001\\u8d27", "\\u592a\\u6162", "\\u4e86"))
              + " " + io.cxkit.survey.text.StopWords.english().test("the"));
        }
      }
      """;

  @Test
  void aNamedModuleFindsTheBuiltInsAndRoundTripsASurvey(@TempDir Path work) throws Exception {
    // cx-survey's own classes (an exploded module) and the jars it reads; not the test libraries.
    String modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith("classes") && !entry.endsWith("test-classes")
            || entry.matches(".*jackson-(core|databind|annotations|dataformat-csv).*") || entry.contains("hipparchus") || entry.contains("jspecify")
            || entry.contains("icu4j")
            || entry.contains("cx-core"))
        .filter(entry -> !entry.contains("tests"))
        .collect(Collectors.joining(File.pathSeparator));
    Path source = work.resolve("src");
    Files.createDirectories(source.resolve("smoke"));
    Files.writeString(source.resolve("module-info.java"), "module smoke { requires io.cxkit.survey; }\n",
        StandardCharsets.UTF_8);
    Files.writeString(source.resolve("smoke").resolve("Main.java"), MAIN, StandardCharsets.UTF_8);
    Path out = work.resolve("out");

    StringWriter diagnostics = new StringWriter();
    int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(diagnostics, true),
        new PrintWriter(diagnostics, true), "--module-path", modulePath, "-d", out.toString(),
        source.resolve("module-info.java").toString(), source.resolve("smoke").resolve("Main.java").toString());
    assertThat(status).as("javac:%n%s", diagnostics).isZero();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + modulePath,
        "-m", "smoke/smoke.Main").redirectErrorStream(true).start();
    String output = readAll(process);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines().toList()).containsExactly(
        "[nps, csat, ces, rating, goal_completion, single_choice, multiple_choice, open_text, contact_consent]",
        "true", "true true");
  }

  private static String readAll(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
