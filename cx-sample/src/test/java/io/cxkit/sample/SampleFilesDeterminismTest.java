package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same seed and settings give the same files, byte for byte (issue 11: "Same seed →
 * byte-identical files"); another seed gives other events.
 */
class SampleFilesDeterminismTest {
  private static final int CUSTOMERS = SampleFilesRoundTripTest.CUSTOMERS;

  @TempDir
  Path directory;

  /** @return every regular file below the root, as relative paths with {@code /}, sorted */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      return tree.filter(Files::isRegularFile)
          .map(p -> SampleFilesRoundTripTest.relative(root, p)).sorted().toList();
    }
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void theSameSampleWritesTheSameBytes(SampleFormat format) throws IOException {
    Path first = directory.resolve("first");
    Path second = directory.resolve("second");
    SampleFiles a = ShopSample.of(CUSTOMERS).writeTo(first, format);
    // A second instance built the same way, so nothing can be carried over inside one object.
    SampleFiles b = ShopSample.builder().customers(CUSTOMERS).build().writeTo(second, format);

    List<String> names = files(first);
    assertThat(files(second)).isEqualTo(names);
    // Manifest, map, personas, profiles and events, and per survey a document and a record file.
    assertThat(names).hasSize(5 + 2 * ShopSample.of(CUSTOMERS).surveys().size());
    for (String name : names) {
      assertThat(Files.mismatch(first.resolve(name), second.resolve(name)))
          .as("first byte where the two %s differ (-1: none)", name).isEqualTo(-1L);
    }
    assertThat(b.eventCount()).isPositive().isEqualTo(a.eventCount());
    assertThat(b.responseCounts()).isEqualTo(a.responseCounts());
  }

  @Test
  void anotherSeedWritesOtherEvents() throws IOException {
    SampleFiles base = ShopSample.of(CUSTOMERS).writeTo(directory.resolve("42"),
        SampleFormat.JSON_LINES);
    SampleFiles other = ShopSample.builder().seed(43).customers(CUSTOMERS).build()
        .writeTo(directory.resolve("43"), SampleFormat.JSON_LINES);
    assertThat(base.eventCount()).isPositive();
    assertThat(Files.mismatch(base.events(), other.events())).isNotEqualTo(-1L);
    // The definitions do not depend on the seed: the same for every one.
    assertThat(Files.mismatch(base.journeyMap(), other.journeyMap())).isEqualTo(-1L);
    assertThat(Files.mismatch(base.personas(), other.personas())).isEqualTo(-1L);
  }
}
