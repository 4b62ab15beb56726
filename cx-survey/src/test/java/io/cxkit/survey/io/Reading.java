package io.cxkit.survey.io;

import io.cxkit.survey.Response;
import java.util.ArrayList;
import java.util.List;

/** What the reader tests do with a reader: read it to the end and close it. */
final class Reading {
  private Reading() {}

  /** @return every response the reader delivers, in order; the reader is closed */
  static List<Response> readAll(ResponseReader reader) {
    List<Response> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }
}
