package io.cxkit.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files {@link ShopSample#writeTo} wrote, each as a path inside {@link #directory()}, and how
 * many records each record file holds.
 *
 * @param directory the directory written
 * @param format the format of the record files
 * @param manifest {@code sample.json}: the settings, the files, their counts and the headlines
 * @param journeyMap {@code journey.json}, read by {@code JourneyJson.readMap}
 * @param personas {@code personas.json}, read by {@code JourneyJson.readPersonas}
 * @param surveys {@code surveys/<id>.json} by survey id, read by {@code SurveyJson.readSurvey}
 * @param profiles {@code profiles.jsonl} or {@code profiles.csv}
 * @param events {@code events.jsonl} or {@code events.csv}
 * @param responses {@code responses/<id>.jsonl} or {@code .csv} by survey id
 * @param profileCount the profiles written
 * @param eventCount the events written
 * @param responseCounts the responses written by survey id
 */
public record SampleFiles(Path directory, SampleFormat format, Path manifest, Path journeyMap,
    Path personas, Map<String, Path> surveys, Path profiles, Path events,
    Map<String, Path> responses, long profileCount, long eventCount,
    Map<String, Long> responseCounts) {

  /**
   * Copies the maps, keeping their order.
   *
   * @throws NullPointerException naming the component if one is null
   */
  public SampleFiles {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(journeyMap, "journeyMap");
    Objects.requireNonNull(personas, "personas");
    surveys = Collections.unmodifiableMap(
        new LinkedHashMap<>(Objects.requireNonNull(surveys, "surveys")));
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(events, "events");
    responses = Collections.unmodifiableMap(
        new LinkedHashMap<>(Objects.requireNonNull(responses, "responses")));
    responseCounts = Collections.unmodifiableMap(
        new LinkedHashMap<>(Objects.requireNonNull(responseCounts, "responseCounts")));
  }

  /** @return the responses written over all surveys */
  public long responseCount() {
    long total = 0;
    for (long count : responseCounts.values()) {
      total += count;
    }
    return total;
  }
}
