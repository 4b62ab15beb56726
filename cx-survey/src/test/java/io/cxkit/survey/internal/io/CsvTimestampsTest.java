package io.cxkit.survey.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ISO-8601 forms {@link io.cxkit.survey.io.ResponseCsv.Builder#submittedAt(String)} documents, each read to the
 * instant it names; the zone of the options (Europe/Berlin, +01:00 in November) applies only to a
 * timestamp without an offset or zone.
 */
class CsvTimestampsTest {
  private final CsvTimestamps iso = CsvTimestamps.iso(ZoneId.of("Europe/Berlin"));

  /**
   * The javadoc names offsets "also as +0100 or +01": 10:15 at +01:00 is 09:15Z in every spelling,
   * 10:15 at −05:30 is 15:45Z, and an offset with seconds (+01:00:30) is 30 s earlier still.
   */
  @ParameterizedTest
  @CsvSource({
      "2026-11-30T10:15:00+01:00, 2026-11-30T09:15:00Z",
      "2026-11-30T10:15+0100, 2026-11-30T09:15:00Z",
      "2026-11-30T10:15+01, 2026-11-30T09:15:00Z",
      "2026-11-30 10:15:00+0100, 2026-11-30T09:15:00Z",
      "2026-11-30T10:15-0530, 2026-11-30T15:45:00Z",
      "2026-11-30T10:15:00+01:00:30, 2026-11-30T09:14:30Z",
      "2026-11-30T10:15+0100[Europe/Berlin], 2026-11-30T09:15:00Z",
      "2026-11-30T10:15:00Z, 2026-11-30T10:15:00Z",
      // No offset: in the options' zone, +01:00 in winter.
      "2026-11-30T10:15, 2026-11-30T09:15:00Z",
      "2026-11-30, 2026-11-29T23:00:00Z"})
  void everyDocumentedOffsetFormReads(String cell, String instant) {
    assertThat(iso.parse(cell)).isEqualTo(Instant.parse(instant));
  }

  @Test
  void anOffsetOfNoDocumentedFormIsATypedError() {
    // One digit of hours, or one of minutes, is no ISO-8601 offset.
    for (String cell : new String[] {"2026-11-30T10:15+1", "2026-11-30T10:15+01:0"}) {
      assertThatThrownBy(() -> iso.parse(cell)).isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("submittedAt = \"" + cell + "\": must be an ISO-8601 instant");
    }
  }
}
