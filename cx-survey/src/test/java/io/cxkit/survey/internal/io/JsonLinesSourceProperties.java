package io.cxkit.survey.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The line splitting under the reader, against a reference written the plain way ({@link
 * String#split} at {@code \n}, one {@code \r} dropped before it): whatever the reads' sizes, each
 * line comes out with the same number, as blank, too long or its exact text, from text and from
 * UTF-8 bytes alike.
 */
class JsonLinesSourceProperties {

  /** What a line is, as the reference sees it. */
  private static String expected(String line, int limit) {
    String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (content.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
      return "blank";
    }
    return content.length() > limit ? "too long: " + content.length() : "text: " + content;
  }

  private static List<String> reference(String text, int limit) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> out = new ArrayList<>();
    String[] parts = body.split("\n", -1);
    // After the last \n there is a line only if something follows it.
    int count = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
    for (int i = 0; i < count; i++) {
      out.add((i + 1) + " " + expected(parts[i], limit));
    }
    return out;
  }

  private static List<String> actual(JsonLinesSource source) throws IOException {
    List<String> out = new ArrayList<>();
    while (source.next()) {
      String what;
      if (source.blank) {
        what = "blank";
      } else if (source.problem != null) {
        String message = source.problem.getMessage();
        int from = message.indexOf("the line holds ") + "the line holds ".length();
        what = "too long: " + message.substring(from, message.indexOf(' ', from));
      } else {
        what = "text: " + source.text;
      }
      out.add(source.number + " " + what);
    }
    source.close();
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'e').withChars('"', '{', '}', ' ', '\t', 'é', 'Ж',
            '中').ofMaxLength(12),
        Arbitraries.of("\n", "\r\n", "\r", "\r\r\n", "\n\n", "\uD83D\uDE00", " \t", "\uFEFF",
            "\u2028", "\u0085"));
    return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("\uFEFF"))
        .flatMap(start -> piece.list().ofMaxSize(30)
            .map(pieces -> start + String.join("", pieces)));
  }

  @Property(tries = 1000)
  void linesComeOutAsTheReferenceSplitsThem(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 20) int limit,
      @ForAll @IntRange(min = 1, max = 9) int readSize) throws IOException {
    List<String> reference = reference(text, limit);
    Reader chars = new Reader() {
      private int next;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (next >= text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, readSize), text.length() - next);
        text.getChars(next, next + n, cbuf, off);
        next += n;
        return n;
      }

      @Override
      public void close() {}
    };
    assertThat(actual(new JsonLinesSource.Chars(chars, limit))).isEqualTo(reference);

    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, readSize));
      }
    };
    assertThat(actual(new JsonLinesSource.Utf8(in, limit))).isEqualTo(reference);
  }
}
