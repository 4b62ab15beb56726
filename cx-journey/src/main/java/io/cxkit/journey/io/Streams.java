package io.cxkit.journey.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening files and wrapping streams the way every reader and writer here does. */
final class Streams {
  private Streams() {}

  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be opened", e);
    }
  }

  /** @return the file's name as messages give it */
  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** @return a UTF-8 writer that fails on text UTF-8 cannot carry rather than writing {@code ?} */
  static Writer utf8(OutputStream out) {
    return new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
