package io.cxkit.survey.io;

import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.internal.io.JsonLinesSource;
import io.cxkit.survey.internal.io.ReaderSettings;
import io.cxkit.survey.internal.io.WritableText;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Responses as JSON Lines (<a href="https://jsonlines.org">jsonlines.org</a>): one response
 * document of {@link SurveyJson#writeResponse} per line, as services and webhooks deliver them. An
 * instance is a configured reader; {@link #reader()} builds one and {@link #open(Path)} reads a
 * source with it. {@link #writer(java.io.Writer)} writes the same format.
 *
 * <pre>{@code
 * ResponseJsonLines lines = ResponseJsonLines.reader()
 *     .validatingAgainst(survey)
 *     .onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
 *     .build();
 * try (ResponseReader responses = lines.open(Path.of("responses.jsonl"))) {
 *   responses.forEachRemaining(summarizer::add);
 *   ReadReport report = responses.report(); // read = valid + skipped, each bad line with its number
 * }
 * }</pre>
 *
 * <p><b>Format.</b> Text is UTF-8; a leading byte order mark is skipped. Lines end at {@code \n}, and
 * a {@code \r} right before it belongs to the line end, so {@code \r\n} files read as well; any
 * other {@code \r} is whitespace inside the line. A last line without a line end is read. Lines
 * holding only spaces, tabs and carriage returns are not records and are not counted; every other
 * line is one record, numbered by its physical line from 1. Each is read strictly, as {@link
 * SurveyJson#readResponse(String)} reads a document (unknown members, wrong JSON types and trailing
 * content fail), then, when surveys are given, checked by a {@link ResponseValidator}; without
 * them only the response in itself is checked. Writing puts one document per line with {@code \n}
 * after each, no byte order mark; reading what was written gives equal responses.
 *
 * <p><b>Errors.</b> A bad line is a {@link BadRecord} whose {@linkplain BadRecord#problem()
 * problem} names the JSON path and the rule: a {@link io.cxkit.survey.json.SurveyJsonException}
 * (malformed or mistyped JSON, an unknown member, a line too long, bytes that are not UTF-8) with
 * the line and column in the source, an {@link io.cxkit.survey.UnknownQuestionTypeException}, or
 * an {@link io.cxkit.survey.InvalidResponseException} listing every violation against the survey
 * (or the line that first had a duplicate id). In {@link OnBadRecord#FAIL} mode, the default, the
 * first one stops reading with a {@link BadRecordException} after the valid lines before it were
 * delivered; in {@link OnBadRecord#SKIP_AND_COLLECT} mode each is skipped and reported, nothing
 * valid is lost, and the {@link ReadReport} counts lines read, valid and skipped. Malformed UTF-8
 * spoils only its own line; a source that starts with a UTF-16 or UTF-32 byte order mark is refused
 * as a whole at line 1. An I/O failure is an {@link UncheckedIOException}.
 *
 * <p><b>Memory.</b> Sources are read line by line: memory is bounded by the longest line allowed
 * ({@link Builder#maxLineLength}, {@value #DEFAULT_MAX_LINE_LENGTH} characters by default), and a
 * longer line is skipped as a bad record without being held. The bad records kept in the report
 * are capped ({@link Builder#keepBadRecords}). Only {@link Builder#rejectDuplicateIds()} keeps
 * something per response: each distinct id and its line.
 *
 * <p><b>Closing.</b> A {@link ResponseReader} closes its source when it reaches the end and when it
 * is closed; open it in try-with-resources so that a {@link BadRecordException} or an abandoned
 * read closes it too. A {@link LineWriter} closes its destination when closed.
 *
 * <p><b>Threads.</b> This class is immutable and thread-safe, so one instance may open many
 * sources at once; each {@link ResponseReader} and {@link LineWriter} is for one thread.
 */
public final class ResponseJsonLines {
  /** The longest line read unless set otherwise: 1 MiB of characters (2^20). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  /** The source name in messages when no other is given. */
  static final String DEFAULT_SOURCE = "JSON Lines";

  private final SurveyJson json;
  /** Mode, cap and listener: the builder's, copied by {@link Builder#build()}. */
  private final ReaderSettings settings;
  private final @Nullable ResponseValidator validator;
  private final int maxLineLength;
  private final boolean rejectDuplicateIds;

  private ResponseJsonLines(Builder builder) {
    this.json = builder.json;
    this.settings = builder.settings.built();
    this.validator = builder.validator;
    this.maxLineLength = builder.maxLineLength;
    this.rejectDuplicateIds = builder.rejectDuplicateIds;
  }

  /**
   * @return a builder of a reader with the {@linkplain SurveyJson#standard() standard} question
   *     types
   */
  public static Builder reader() {
    return new Builder(SurveyJson.standard());
  }

  /**
   * @param json the JSON (and so the question types) each line is read with
   * @return a builder of a reader using it
   */
  public static Builder reader(SurveyJson json) {
    return new Builder(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads responses from text already decoded, named {@code JSON Lines} in messages.
   *
   * @param source the text; closed when the reader reaches its end or is closed
   * @return the responses, one per non-blank line
   */
  public ResponseReader open(Reader source) {
    return open(source, DEFAULT_SOURCE);
  }

  /**
   * Reads responses from text already decoded.
   *
   * @param source the text; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages, such as the name of a file
   * @return the responses, one per non-blank line
   */
  public ResponseReader open(Reader source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.of(source, maxLineLength));
  }

  /**
   * Reads responses from UTF-8 bytes, named {@code JSON Lines} in messages.
   *
   * @param source the bytes; closed when the reader reaches its end or is closed
   * @return the responses, one per non-blank line
   */
  public ResponseReader open(InputStream source) {
    return open(source, DEFAULT_SOURCE);
  }

  /**
   * Reads responses from UTF-8 bytes; a line that is not valid UTF-8 is a bad record.
   *
   * @param source the bytes; closed when the reader reaches its end or is closed
   * @param name what to call the source in messages, such as the name of a file
   * @return the responses, one per non-blank line
   */
  public ResponseReader open(InputStream source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return reading(name, JsonLinesSource.ofUtf8(source, maxLineLength));
  }

  /**
   * Reads responses from a UTF-8 file, named by its file name in messages.
   *
   * @param file the file; the reader closes it at its end or when closed
   * @return the responses, one per non-blank line
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ResponseReader open(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be opened", e);
    }
    return open(in, name == null ? file.toString() : name.toString());
  }

  private ResponseReader reading(String name, JsonLinesSource lines) {
    return new JsonLinesReader(name, settings, lines, json, validator, rejectDuplicateIds);
  }

  /**
   * @param out where to write; closed by {@link LineWriter#close()}
   * @return a writer of responses with the {@linkplain SurveyJson#standard() standard} question
   *     types
   */
  public static LineWriter writer(java.io.Writer out) {
    return writer(out, SurveyJson.standard());
  }

  /**
   * @param out where to write, in UTF-8; closed by {@link LineWriter#close()}
   * @return a writer of responses with the {@linkplain SurveyJson#standard() standard} question
   *     types
   */
  public static LineWriter writer(OutputStream out) {
    return writer(out, SurveyJson.standard());
  }

  /**
   * @param out where to write; closed by {@link LineWriter#close()}
   * @param json the JSON (and so the question types) to write with
   * @return a writer of responses
   */
  public static LineWriter writer(java.io.Writer out, SurveyJson json) {
    return new LineWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(json, "json"));
  }

  /**
   * @param out where to write, in UTF-8; closed by {@link LineWriter#close()}
   * @param json the JSON (and so the question types) to write with
   * @return a writer of responses
   */
  public static LineWriter writer(OutputStream out, SurveyJson json) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(json, "json");
    // Reporting rather than replacing: a text UTF-8 cannot carry fails instead of turning into "?".
    return new LineWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), json);
  }

  /** @return the settings, such as {@code ResponseJsonLines{FAIL, maxLineLength=1048576}} */
  @Override
  public String toString() {
    return "ResponseJsonLines{" + settings.mode()
        + (settings.mode() == OnBadRecord.SKIP_AND_COLLECT ? ", keep " + settings.kept() : "")
        + (validator == null ? "" : ", " + validator)
        + ", maxLineLength=" + maxLineLength
        + (rejectDuplicateIds ? ", rejectDuplicateIds" : "") + "}";
  }

  /**
   * Settings of a {@link ResponseJsonLines} reader; each may be set once ({@link
   * IllegalStateException} otherwise), and all are optional.
   */
  public static final class Builder {
    private final SurveyJson json;
    private final ReaderSettings settings = new ReaderSettings();
    private @Nullable ResponseValidator validator;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private boolean rejectDuplicateIds;

    private Builder(SurveyJson json) {
      this.json = json;
    }

    /**
     * Checks each response against its survey: the survey and version must be among these, and
     * the answers must fit them (see {@link ResponseValidator}). The question types are those of
     * the reader's {@link SurveyJson}.
     *
     * @param surveys the surveys (versions) the responses answer, at least one
     * @return this builder
     * @throws IllegalArgumentException if no survey is given
     * @throws io.cxkit.survey.InvalidSurveyException if two share an id and version
     * @throws IllegalStateException if the surveys or a validator were already set
     */
    public Builder validatingAgainst(Survey... surveys) {
      Objects.requireNonNull(surveys, "surveys");
      for (int i = 0; i < surveys.length; i++) {
        int index = i;
        Objects.requireNonNull(surveys[i], () -> "surveys[" + index + "]");
      }
      if (surveys.length == 0) {
        throw new IllegalArgumentException("surveys: give at least one survey to validate against");
      }
      ResponseValidator built = ResponseValidator.builder().registry(json.registry())
          .surveys(List.of(surveys)).build();
      settings.once("validator");
      this.validator = built;
      return this;
    }

    /**
     * Checks each response with this validator, instead of {@link #validatingAgainst}.
     *
     * @param validator the validator
     * @return this builder
     * @throws IllegalStateException if a validator or the surveys were already set
     */
    public Builder validator(ResponseValidator validator) {
      Objects.requireNonNull(validator, "validator");
      settings.once("validator");
      this.validator = validator;
      return this;
    }

    /**
     * @param mode stop at the first bad line ({@link OnBadRecord#FAIL}, the default) or skip and
     *     report each one
     * @return this builder
     * @throws IllegalStateException if the mode was already set
     */
    public Builder onBadRecord(OnBadRecord mode) {
      settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param listener told of each bad line as it is skipped, on the reading thread; needs {@link
     *     OnBadRecord#SKIP_AND_COLLECT} (in the default mode the first bad line is thrown instead)
     * @return this builder
     * @throws IllegalStateException if a listener was already set
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      settings.listener(listener);
      return this;
    }

    /**
     * @param max how many bad lines the {@link ReadReport} keeps, ≥ 0 (default 1000);
     *     every one is counted either way
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     * @throws IllegalStateException if the cap was already set
     */
    public Builder keepBadRecords(int max) {
      settings.keepBadRecords(max);
      return this;
    }

    /**
     * @param chars the longest line read, in characters (UTF-16 units) without the line end, ≥ 1
     *     (default {@value ResponseJsonLines#DEFAULT_MAX_LINE_LENGTH}); a longer line is a bad
     *     record, skipped without being held, so memory stays bounded by this
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is below 1
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxLineLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxLineLength must be ≥ 1 character, not " + chars);
      }
      settings.once("maxLineLength");
      this.maxLineLength = chars;
      return this;
    }

    /**
     * Refuses a response whose id a response delivered earlier from the same source had: it is a
     * bad record naming that line. Memory then grows with the number of distinct ids (each id and
     * a line number are kept until the reader is dropped); without this option nothing is kept.
     *
     * @return this builder
     * @throws IllegalStateException if this was already set
     */
    public Builder rejectDuplicateIds() {
      settings.once("rejectDuplicateIds");
      this.rejectDuplicateIds = true;
      return this;
    }

    /**
     * @return the reader; this builder may go on to build others
     * @throws IllegalStateException if a listener was set without {@link
     *     OnBadRecord#SKIP_AND_COLLECT}, as it would never be told
     */
    public ResponseJsonLines build() {
      return new ResponseJsonLines(this);
    }
  }

  /**
   * Writes responses as JSON Lines: one {@link SurveyJson#writeResponse} document per line, each
   * followed by {@code \n}. Not thread-safe. A response that cannot be written fails before
   * anything of it is written: an answer of a type the JSON does not know, or a text UTF-8 cannot
   * carry (an unpaired surrogate char, which the built-in types refuse but a custom type's answer
   * may hold), refused whatever the destination, since JSON Lines text is UTF-8. An I/O failure is
   * an {@link UncheckedIOException}.
   */
  public static final class LineWriter implements Closeable, Flushable {
    private final java.io.Writer out;
    private final SurveyJson json;
    private long count;
    private boolean closed;

    private LineWriter(java.io.Writer out, SurveyJson json) {
      this.out = out;
      this.json = json;
    }

    /**
     * @param response the response to write as the next line
     * @throws io.cxkit.survey.UnknownQuestionTypeException if an answer's class belongs to no
     *     registered type
     * @throws InvalidResponseException if a text of the response holds an unpaired surrogate
     *     char, naming its JSON path (such as {@code answers.tags.tags[1]}) and the character's
     *     position; nothing of the response is written
     * @throws IllegalStateException if the writer is closed
     */
    public void write(Response response) {
      Objects.requireNonNull(response, "response");
      requireOpen();
      String line = json.writeResponse(response);
      WritableText.Unwritable unwritable = WritableText.inJson(line);
      if (unwritable != null) {
        throw new InvalidResponseException(unwritable.path(), Ids.quote(unwritable.text()),
            unwritable.rule());
      }
      try {
        out.write(line);
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("JSON Lines: writing response " + (count + 1) + " failed", e);
      }
      count++;
    }

    /**
     * @param responses the responses to write, in order
     * @return how many were written by this call
     * @throws IllegalStateException if the writer is closed
     */
    public long writeAll(Iterator<? extends Response> responses) {
      Objects.requireNonNull(responses, "responses");
      requireOpen();
      long before = count;
      while (responses.hasNext()) {
        write(responses.next());
      }
      return count - before;
    }

    /**
     * @param responses the responses to write, in order
     * @return how many were written by this call
     * @throws IllegalStateException if the writer is closed
     */
    public long writeAll(Iterable<? extends Response> responses) {
      Objects.requireNonNull(responses, "responses");
      return writeAll(responses.iterator());
    }

    /** @return the responses (lines) written so far */
    public long count() {
      return count;
    }

    /** Flushes what was written to the destination. */
    @Override
    public void flush() {
      requireOpen();
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("JSON Lines: flushing failed after " + count + " responses",
            e);
      }
    }

    /** Flushes and closes the destination; closing again does nothing. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("JSON Lines: closing failed after " + count + " responses",
            e);
      }
    }

    private void requireOpen() {
      if (closed) {
        throw new IllegalStateException("the JSON Lines writer is closed");
      }
    }

    @Override
    public String toString() {
      return "ResponseJsonLines.LineWriter{" + count + " written" + (closed ? ", closed" : "") + "}";
    }
  }
}
