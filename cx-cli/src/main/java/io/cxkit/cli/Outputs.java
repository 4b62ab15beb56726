package io.cxkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Writes output files: UTF-8, parent directories created, failures as exit code 3. */
final class Outputs {
  private Outputs() {}

  /** Writes text to a writer. */
  @FunctionalInterface
  interface Body {
    /** @param out where to write @throws IOException from {@code out} */
    void write(Writer out) throws IOException;
  }

  /**
   * @param path the file's path as given; replaced when it exists
   * @param body what to write
   * @return the file written
   * @throws CliException exit code 3, naming the file, when it cannot be written
   */
  static Path write(String path, Body body) {
    Path file = path(path);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        body.write(out);
      }
    } catch (IOException e) {
      throw cannotWrite(path, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(path, e.getCause());
    }
    return file;
  }

  /**
   * @param path a path as given
   * @return it as a path
   * @throws CliException exit code 3 when it is no valid path
   */
  static Path path(String path) {
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw CliException.input(path + ": cannot be written: not a valid path (" + e.getReason()
          + ")");
    }
  }

  /**
   * @param path the file or directory as given
   * @param e why it cannot be written
   * @return an exception exiting with code 3 that names the file and the reason
   */
  static CliException cannotWrite(String path, Throwable e) {
    String why = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way of "
            + e.getMessage()
        : e.getMessage() == null ? "an I/O error" : e.getMessage();
    return CliException.input(path + ": cannot be written: " + why);
  }
}
