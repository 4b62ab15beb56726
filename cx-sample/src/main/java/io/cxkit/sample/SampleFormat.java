package io.cxkit.sample;

/**
 * How {@link ShopSample#writeTo} writes the record files (profiles, events, responses); the map,
 * personas and surveys are always JSON documents.
 */
public enum SampleFormat {
  /**
   * One JSON document per line, {@code .jsonl}: {@code ProfileJsonLines}, {@code EventJsonLines},
   * {@code ResponseJsonLines}.
   */
  JSON_LINES("jsonl"),
  /**
   * Comma-separated with a header row, UTF-8, {@code .csv}: {@code ProfileCsv}, {@code EventCsv},
   * {@code ResponseCsv}.
   */
  CSV("csv");

  private final String extension;

  SampleFormat(String extension) {
    this.extension = extension;
  }

  /** @return the file name extension, without the dot: {@code jsonl} or {@code csv} */
  public String extension() {
    return extension;
  }
}
