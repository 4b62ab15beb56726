package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same sample written by another JVM, with another default locale, zone and charset, is the
 * same bytes (issue 11: "Same seed → byte-identical files"). {@link SampleFilesDeterminismTest}
 * writes twice in one JVM, which cannot see what differs between runs: the order of {@code
 * Map.of}, which each JVM salts afresh, or the defaults a formatter might use.
 */
class SampleFilesAcrossJvmsTest {
  /** Few customers for a quick child JVM; enough for orders, deliveries and checkout errors. */
  private static final int CUSTOMERS = 300;

  @TempDir
  Path directory;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // Turkish: a dotless ı in lower case; comma decimals.
      "-Duser.language=tr -Duser.country=TR",
      // A zone 13 hours east of UTC, and a charset that cannot hold Cyrillic or Chinese.
      "-Duser.timezone=Pacific/Apia -Dfile.encoding=ISO-8859-1"})
  void anotherJvmWritesTheSameBytes(String settings) throws Exception {
    Path here = directory.resolve("here");
    Path there = directory.resolve("there");
    ShopSample sample = ShopSample.of(CUSTOMERS);
    for (SampleFormat format : SampleFormat.values()) {
      sample.writeTo(here.resolve(format.extension()), format);
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(settings.split(" ")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        WriteSampleMain.class.getName(), there.toString(), String.valueOf(CUSTOMERS)));
    for (SampleFormat format : SampleFormat.values()) {
      command.add(format.name());
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
    assertThat(child.exitValue()).as(output).isZero();

    List<String> names = SampleFilesDeterminismTest.files(here);
    assertThat(SampleFilesDeterminismTest.files(there)).isEqualTo(names);
    // Both formats: manifest, map, personas, profiles, events, and per survey two files.
    assertThat(names).hasSize(2 * (5 + 2 * sample.surveys().size()));
    for (String name : names) {
      assertThat(Files.mismatch(here.resolve(name), there.resolve(name)))
          .as("first byte where %s differs (-1: none)", name).isEqualTo(-1L);
    }
  }
}
