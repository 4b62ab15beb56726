package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record {@link ShopSample#writeTo} returns, built by hand. */
class SampleFilesTest {
  private static final Path DIR = Path.of("sample");
  private static final Map<String, Path> SURVEYS = Map.of("nps", DIR.resolve("surveys/nps.json"));
  private static final Map<String, Path> RESPONSES =
      Map.of("nps", DIR.resolve("responses/nps.csv"));

  private static SampleFiles files(Map<String, Path> surveys, Map<String, Path> responses,
      Map<String, Long> counts) {
    return new SampleFiles(DIR, SampleFormat.CSV, DIR.resolve("sample.json"),
        DIR.resolve("journey.json"), DIR.resolve("personas.json"), surveys,
        DIR.resolve("profiles.csv"), DIR.resolve("events.csv"), responses, 3, 40, counts);
  }

  @Test
  void aNullMapIsRefusedNamingTheParameter() {
    Map<String, Long> counts = Map.of("nps", 2L);
    assertThatThrownBy(() -> files(null, RESPONSES, counts))
        .isInstanceOf(NullPointerException.class).hasMessage("surveys");
    assertThatThrownBy(() -> files(SURVEYS, null, counts))
        .isInstanceOf(NullPointerException.class).hasMessage("responses");
    assertThatThrownBy(() -> files(SURVEYS, RESPONSES, null))
        .isInstanceOf(NullPointerException.class).hasMessage("responseCounts");
  }

  @Test
  void theCountsKeepTheirOrderAndAddUp() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("post-purchase", 7L);
    counts.put("exit-feedback", 5L);
    counts.put("delivery-csat", 0L);
    SampleFiles files = files(SURVEYS, RESPONSES, counts);
    counts.clear();

    // Copied when built: clearing the map given changes nothing.
    assertThat(files.responseCounts().keySet())
        .containsExactly("post-purchase", "exit-feedback", "delivery-csat");
    // 7 + 5 + 0.
    assertThat(files.responseCount()).isEqualTo(12);
    assertThatThrownBy(() -> files.responseCounts().put("support-ces", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
