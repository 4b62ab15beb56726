package io.cxkit.cli;

import io.cxkit.survey.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which survey each {@code --responses} file belongs to. A file belongs to the survey named in
 * {@code ID=FILE}; else to the survey whose id is the file's base name ({@code
 * responses/post-purchase.jsonl} to {@code post-purchase}, as {@code cx sample} writes them); else
 * to the only survey given. Anything else is a usage error that says how to pair it.
 */
final class Pairing {
  private Pairing() {}

  /**
   * A responses file paired with its survey.
   *
   * @param survey the survey
   * @param path the file's path as given
   * @param format its format, by extension
   */
  record Paired(Survey survey, String path, FileFormat format) {}

  /**
   * @param surveys the surveys, distinct ids, in the order given
   * @param specs the {@code --responses} values: {@code FILE} or {@code ID=FILE}
   * @param usage makes the usage error (exit code 2) of a message
   * @return the files, each with its survey, in the order given
   * @throws RuntimeException from {@code usage} when a file cannot be paired, has an extension
   *     that is neither JSON Lines nor CSV, or is given twice
   */
  static List<Paired> pair(List<Survey> surveys, List<String> specs,
      Function<String, RuntimeException> usage) {
    Map<String, Survey> byId = new LinkedHashMap<>();
    for (Survey survey : surveys) {
      if (byId.putIfAbsent(survey.id(), survey) != null) {
        throw usage.apply("--survey: two survey files have the id " + survey.id()
            + "; give each survey once");
      }
    }
    String known = byId.keySet().stream().collect(Collectors.joining(", "));
    List<Paired> paired = new ArrayList<>();
    Map<Path, String> files = new LinkedHashMap<>();
    for (String spec : specs) {
      Survey survey;
      String path;
      int eq = spec.indexOf('=');
      String prefix = eq > 0 ? spec.substring(0, eq) : "";
      if (eq > 0 && !prefix.contains("/") && !prefix.contains("\\") && !isFile(spec)) {
        survey = byId.get(prefix);
        path = spec.substring(eq + 1);
        if (survey == null) {
          throw usage.apply("--responses " + spec + ": no --survey has the id " + prefix
              + "; the surveys are " + known);
        }
      } else {
        path = spec;
        survey = byId.get(FileFormat.baseName(spec));
        if (survey == null && byId.size() == 1) {
          survey = surveys.get(0);
        }
        if (survey == null) {
          throw usage.apply("--responses " + spec + ": which survey's responses are these? Write"
              + " ID=FILE with one of " + known + ", or name the file after the survey id"
              + " (such as " + surveys.get(0).id() + ".jsonl)");
        }
      }
      FileFormat format = FileFormat.of(path);
      if (format == null) {
        throw usage.apply("--responses " + spec + ": " + FileFormat.RULE);
      }
      // A file given twice would count every response twice, and narrow every interval.
      Path file = identity(path);
      String earlier = file == null ? null : files.putIfAbsent(file, spec);
      if (earlier != null) {
        throw usage.apply("--responses " + spec + ": is the file of --responses " + earlier
            + " again; give each file once");
      }
      paired.add(new Paired(survey, path, format));
    }
    return paired;
  }

  /** @return the file a path names, links resolved when it exists; null for no valid path */
  private static @Nullable Path identity(String path) {
    try {
      Path file = Path.of(path).toAbsolutePath().normalize();
      return Files.exists(file) ? file.toRealPath() : file;
    } catch (InvalidPathException | IOException e) {
      return null;
    }
  }

  private static boolean isFile(String spec) {
    try {
      return Files.exists(Path.of(spec));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
