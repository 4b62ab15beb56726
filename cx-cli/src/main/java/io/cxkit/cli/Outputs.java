package io.cxkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
  static CliException cannotWrite(String path, @Nullable Throwable e) {
    return CliException.input(path + ": cannot be written: " + why(path, e));
  }

  /**
   * The reason in words, and the file it concerns when that is not the one given (a directory
   * on the way): a {@link FileSystemException}'s message is only the file's name when it has no
   * reason, as a {@link NoSuchFileException} from creating a directory has.
   */
  private static String why(String path, @Nullable Throwable e) {
    if (!(e instanceof FileSystemException fs)) {
      return e == null || e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
    String file = fs.getFile();
    if (fs instanceof FileAlreadyExistsException) {
      return "a file is in the way of " + file;
    }
    if (fs instanceof NoSuchFileException) {
      return "no such directory, and it cannot be made: " + file;
    }
    String why = fs instanceof AccessDeniedException ? "permission denied"
        : fs.getReason() == null ? "an I/O error"
        : fs.getReason().toLowerCase(Locale.ROOT);
    boolean other = file != null && !Path.of(file).toAbsolutePath().normalize()
        .equals(Path.of(path).toAbsolutePath().normalize());
    return other ? why + " (" + file + ")" : why;
  }
}
