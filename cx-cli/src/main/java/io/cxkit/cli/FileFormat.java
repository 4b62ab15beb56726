package io.cxkit.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a record file is written, told by its name: JSON Lines or CSV. */
enum FileFormat {
  /** {@code .jsonl} or {@code .ndjson}: one JSON document per line. */
  JSON_LINES,
  /** {@code .csv}: cxkit's export layout, with a header row. */
  CSV;

  /** The rule a usage error quotes. */
  static final String RULE = "must end in .jsonl or .ndjson (JSON Lines) or .csv (CSV)";

  /**
   * @param path a file's path as given
   * @return its format by extension, in any case, or null when the extension is none of them
   */
  static @Nullable FileFormat of(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return null;
  }

  /**
   * @param path a file's path as given, such as {@code data/responses/post-purchase.jsonl}
   * @return its name without the directories and the record extension: {@code post-purchase}
   */
  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    String name = path.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
