package io.cxkit.survey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.types.ChoiceQuestion;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.internal.io.CsvWriteEncoding;
import io.cxkit.survey.internal.io.CsvWriteNumbers;
import io.cxkit.survey.internal.io.CsvWriteTarget;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes responses to one survey version as a flat CSV file, one row per response, in cxkit's own
 * layout, which {@code ResponseCsv}'s preset for cxkit exports reads back. Immutable and
 * thread-safe; each {@link #open} gives an {@link Output} for one file. Build one with {@link
 * #builder(Survey)}:
 *
 * <pre>{@code
 * ResponseCsvWriter csv = ResponseCsvWriter.builder(survey)
 *     .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true).withByteOrderMark(true))
 *     .attributes("plan", "campaign")
 *     .build();
 * try (ResponseCsvWriter.Output out = csv.open(Files.newOutputStream(path))) {
 *   out.writeAll(responses);
 * }
 * }</pre>
 *
 * <p><b>Layout.</b> The header row names the columns, in this order:
 *
 * <ol>
 *   <li>{@code id, survey_id, survey_version, submitted_at, status, last_question_seen,
 *       respondent_id, contact_consent} — {@code submitted_at} an ISO-8601 instant in UTC ({@code
 *       2026-11-30T09:15:00Z}), {@code status} the status id ({@code completed}, {@code partial},
 *       {@code dismissed}), {@code contact_consent} the respondent's {@code true}/{@code false}
 *       (blank without a respondent);
 *   <li>with {@linkplain Builder#includeContactDetails contact details} only: {@code contact_email,
 *       contact_name, contact_phone};
 *   <li>{@code touchpoint, channel, page_url, device, locale, variant} — {@code channel} the
 *       channel id, {@code locale} a BCP 47 tag ({@code zh-CN});
 *   <li>{@code attr:<name>} for each {@linkplain Builder#attributes attribute} asked for, in the
 *       order given; other attributes are not written;
 *   <li>one column per question, named by the question's id, in the survey's order; right after a
 *       {@linkplain ChoiceQuestion choice question} with an "other" option, {@code <id>.other} with
 *       the respondent's words; right after a {@code contact_consent} question, with contact details
 *       only, {@code <id>.email} with the e-mail given.
 * </ol>
 *
 * <p>An answer is written in the plain form of {@link QuestionType#valueOf}: a number as a plain
 * number (an integral one without {@code .0}, others with the digits of {@link
 * Double#toString(double)}, with a decimal comma when the options say), a text as it is, codes
 * joined with the options' list separator, a flag as {@code true} or {@code false}. A blank cell is
 * an unanswered question (so an answer that chooses no option at all, which a multiple choice with
 * no minimum allows, is written like no answer: the layout cannot tell them apart). Likewise a free
 * text that is empty or only white space (a page URL, device, variant, attribute value, contact
 * name or phone), which the model allows, is written as it is but reads back as absent: a blank
 * cell is a part left out.
 *
 * <p><b>Free text is neutralised.</b> Every cell of text that did not come from cxkit — ids, the
 * touchpoint, page URL, device, variant, attribute values, contact details, text answers ({@link
 * AnswerValue.TextValue}, codes included) and "other" texts — goes through {@link
 * SpreadsheetSafe#neutralise}: one starting with {@code = + - @}, tab or carriage return gets a
 * leading {@code '} so that a spreadsheet shows it rather than running it as a formula (a phone
 * number {@code +49 30 …} too). Such a cell no longer reads back identical by itself; {@link
 * ResponseCsv#readerOfExport} applies {@link SpreadsheetSafe#restore}, the exact inverse, and so
 * reads the original text. Numbers,
 * timestamps, status, channel and locale are formatted by cxkit and written unchanged; ids and the
 * codes of the built-in types cannot start with a dangerous character, so neutralising never
 * changes them.
 *
 * <p><b>Checks.</b> {@link Output#write} checks each response against the survey with a {@link
 * ResponseValidator} and refuses an invalid one, or one with a cell the encoding cannot hold, whole:
 * nothing of it is written and the output stays usable. Contact details are personal data: they
 * are left out unless asked for, and error messages never show them.
 */
public final class ResponseCsvWriter {
  /** The columns every file starts with, in order. */
  public static final List<String> RESPONSE_COLUMNS = List.of("id", "survey_id", "survey_version",
      "submitted_at", "status", "last_question_seen", "respondent_id", "contact_consent");

  /** The respondent's contact details, after {@link #RESPONSE_COLUMNS}, only when asked for. */
  public static final List<String> CONTACT_COLUMNS =
      List.of("contact_email", "contact_name", "contact_phone");

  /** Where and how the response was given, after the respondent's columns. */
  public static final List<String> CONTEXT_COLUMNS =
      List.of("touchpoint", "channel", "page_url", "device", "locale", "variant");

  /** What comes before an attribute's name in its column's name: {@code attr:plan}. */
  public static final String ATTRIBUTE_PREFIX = "attr:";

  /** What follows a choice question's id in the name of its "other" text column. */
  public static final String OTHER_SUFFIX = ".other";

  /** What follows a contact_consent question's id in the name of its e-mail column. */
  public static final String EMAIL_SUFFIX = ".email";

  private static final String REDACTED = "(redacted)";

  /**
   * One column: its header name, where its cell comes from in a response (for messages), whether
   * it holds personal data, and how the cell is made.
   */
  private record Column(String name, String path, boolean personal,
      Function<Response, @Nullable String> cell) {}

  private final Survey survey;
  private final CsvOptions options;
  private final ResponseValidator validator;
  private final List<Column> columns;
  private final List<String> header;

  private ResponseCsvWriter(Builder builder) {
    this.survey = builder.survey;
    this.options = builder.options;
    QuestionTypeRegistry registry = builder.registry;
    this.validator = ResponseValidator.builder().survey(survey).registry(registry).build();
    this.columns = List.copyOf(columns(builder, registry));
    List<String> names = new ArrayList<>(columns.size());
    for (Column column : columns) {
      names.add(column.name());
    }
    this.header = List.copyOf(names);
  }

  /**
   * @param survey the survey version whose responses to write
   * @return a builder with the standard registry, {@link CsvOptions#DEFAULT}, no attribute columns
   *     and no contact details
   */
  public static Builder builder(Survey survey) {
    return new Builder(Objects.requireNonNull(survey, "survey"));
  }

  /**
   * @param survey the survey version whose responses to write
   * @return a writer with the builder's defaults
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not a standard one
   * @throws InvalidValueException if a question's column name is one of the layout's own
   */
  public static ResponseCsvWriter of(Survey survey) {
    return builder(survey).build();
  }

  /** @return the survey version whose responses this writes */
  public Survey survey() {
    return survey;
  }

  /** @return how files are written */
  public CsvOptions options() {
    return options;
  }

  /** @return the header row: the column names in order; unmodifiable */
  public List<String> header() {
    return header;
  }

  /**
   * Starts a file on a writer of characters, which encodes them itself: set the options' charset
   * to its encoding, since cells are checked against that charset. With a byte order mark, the file
   * starts with U+FEFF, which the writer's encoding turns into its byte order mark.
   *
   * @param out where to write; closed by {@link Output#close()}
   * @return the output, with the header written
   * @throws UncheckedIOException if writing fails
   */
  public Output open(Writer out) {
    Objects.requireNonNull(out, "out");
    return new Output(CsvWriteTarget.of(source(), out, options, true));
  }

  /**
   * Starts a file on a stream of bytes, encoded with the options' charset; with a byte order mark,
   * the file starts with the encoding's ({@code EF BB BF} in UTF-8).
   *
   * @param out where to write; closed by {@link Output#close()}
   * @return the output, with the header written
   * @throws UncheckedIOException if writing fails
   */
  public Output open(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new Output(CsvWriteTarget.of(source(), out, options, true));
  }

  /**
   * Starts a file at a path, created or replaced, as {@link #open(OutputStream)} writes it.
   *
   * @param path the file
   * @return the output, with the header written
   * @throws UncheckedIOException if the file cannot be opened or writing fails
   */
  public Output open(Path path) {
    Objects.requireNonNull(path, "path");
    OutputStream out;
    try {
      out = Files.newOutputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot be opened for writing", e);
    }
    return new Output(CsvWriteTarget.of(path.toString(), out, options, true));
  }

  private String source() {
    return "CSV export of survey " + survey.id() + " version " + survey.version();
  }

  @Override
  public String toString() {
    return "ResponseCsvWriter{survey=" + survey.id() + " v" + survey.version() + ", columns="
        + header.size() + "}";
  }

  /**
   * One CSV file being written: the header is written when it opens, then one row per {@link
   * #write}. Not thread-safe. Closing it flushes and closes the destination; an I/O failure is an
   * {@link UncheckedIOException}.
   */
  public final class Output implements Closeable, Flushable {
    private final CsvWriteTarget target;
    private final CsvWriteEncoding encoding;
    private final @Nullable String[] cells;
    private long count;
    private boolean closed;

    private Output(CsvWriteTarget target) {
      this.target = target;
      this.encoding = new CsvWriteEncoding(options.charset());
      this.cells = new String[columns.size()];
      target.row(header.toArray(new String[0]));
    }

    /**
     * Writes one response as one row, or nothing of it when it is refused.
     *
     * @param response a response to the writer's survey version
     * @throws InvalidResponseException if the response breaks a rule of its survey (every
     *     violation listed; one of another survey or version among them), or a cell of it cannot
     *     be written in the options' charset (naming the response, the column and the character)
     * @throws IllegalStateException if the output is closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Response response) {
      Objects.requireNonNull(response, "response");
      requireOpen();
      List<Violation> violations = validator.validate(response);
      if (!violations.isEmpty()) {
        throw new InvalidResponseException(violations);
      }
      for (int i = 0; i < cells.length; i++) {
        Column column = columns.get(i);
        String cell = column.cell().apply(response);
        if (cell != null) {
          int at = encoding.unencodable(cell);
          if (at >= 0) {
            throw new InvalidResponseException(column.path(),
                column.personal() ? REDACTED : Ids.quote(cell),
                "cannot be written in column " + column.name() + " of response " + response.id()
                    + ": " + encoding.rule(cell, at));
          }
        }
        cells[i] = cell;
      }
      target.row(cells);
      count++;
    }

    /**
     * Writes responses in order, as {@link #write} does each; those before a refused one are
     * written.
     *
     * @param responses the responses, such as a {@link ResponseReader}
     * @return how many this call wrote
     * @throws InvalidResponseException at the first response refused
     */
    public long writeAll(Iterator<? extends Response> responses) {
      Objects.requireNonNull(responses, "responses");
      long before = count;
      while (responses.hasNext()) {
        write(responses.next());
      }
      return count - before;
    }

    /**
     * @param responses the responses, in order
     * @return how many this call wrote
     * @throws InvalidResponseException at the first response refused
     * @see #writeAll(Iterator)
     */
    public long writeAll(Iterable<? extends Response> responses) {
      Objects.requireNonNull(responses, "responses");
      return writeAll(responses.iterator());
    }

    /** @return how many responses were written, the header not counted */
    public long count() {
      return count;
    }

    /** Pushes what was written to the destination. */
    @Override
    public void flush() {
      requireOpen();
      target.flush();
    }

    /** Flushes and closes the destination; closing again does nothing. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        target.close();
      }
    }

    private void requireOpen() {
      if (closed) {
        throw new IllegalStateException(source() + ": the output is closed");
      }
    }

    @Override
    public String toString() {
      return "ResponseCsvWriter.Output{survey=" + survey.id() + " v" + survey.version()
          + ", written=" + count + (closed ? ", closed" : "") + "}";
    }
  }

  private static List<Column> columns(Builder builder, QuestionTypeRegistry registry) {
    boolean comma = builder.options.cells().decimalComma();
    String separator = builder.options.cells().listSeparator();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("id", "id", false, r -> safe(r.id())));
    columns.add(new Column("survey_id", "surveyId", false, r -> safe(r.surveyId())));
    columns.add(new Column("survey_version", "surveyVersion", false,
        r -> Integer.toString(r.surveyVersion())));
    columns.add(new Column("submitted_at", "submittedAt", false, r -> r.submittedAt().toString()));
    columns.add(new Column("status", "status", false, r -> r.status().id()));
    columns.add(new Column("last_question_seen", "lastQuestionSeen", false,
        r -> safe(r.lastQuestionSeen())));
    columns.add(new Column("respondent_id", "respondent.id", false,
        r -> r.respondent() == null ? null : safe(r.respondent().id())));
    columns.add(new Column("contact_consent", "respondent.contactConsent", false,
        r -> r.respondent() == null ? null : Boolean.toString(r.respondent().contactConsent())));
    if (builder.contacts) {
      columns.add(new Column("contact_email", "respondent.contact.email", true,
          r -> safe(contact(r) == null ? null : contact(r).email())));
      columns.add(new Column("contact_name", "respondent.contact.name", true,
          r -> safe(contact(r) == null ? null : contact(r).name())));
      columns.add(new Column("contact_phone", "respondent.contact.phone", true,
          r -> safe(contact(r) == null ? null : contact(r).phone())));
    }
    columns.add(new Column("touchpoint", "context.touchpointId", false,
        r -> safe(r.context().touchpointId())));
    columns.add(new Column("channel", "context.channel", false,
        r -> r.context().channel() == null ? null : r.context().channel().id()));
    columns.add(new Column("page_url", "context.pageUrl", false, r -> safe(r.context().pageUrl())));
    columns.add(new Column("device", "context.device", false, r -> safe(r.context().device())));
    columns.add(new Column("locale", "context.locale", false,
        r -> r.context().locale() == null ? null : r.context().locale().toLanguageTag()));
    columns.add(new Column("variant", "context.variant", false, r -> safe(r.context().variant())));
    for (String name : builder.attributes) {
      columns.add(new Column(ATTRIBUTE_PREFIX + name, "context.attributes." + Ids.escape(name, '"'),
          false, r -> safe(r.context().attributes().get(name))));
    }
    for (Question question : builder.survey.questions()) {
      String id = question.id();
      QuestionType<?, ?> type = registry.typeOf(question);
      columns.add(new Column(id, "answers." + id, false, r -> {
        Answer answer = r.answers().get(id);
        return answer == null ? null : cell(type, answer, id, comma, separator);
      }));
      if (question instanceof ChoiceQuestion choice && choice.hasOther()) {
        columns.add(new Column(id + OTHER_SUFFIX, "answers." + id + ".otherText", false,
            r -> safe(otherText(r.answers().get(id)))));
      }
      if (builder.contacts && question instanceof ContactConsentQuestion) {
        columns.add(new Column(id + EMAIL_SUFFIX, "answers." + id + ".email", true,
            r -> r.answers().get(id) instanceof ContactConsentAnswer consent
                ? safe(consent.email()) : null));
      }
    }
    requireDistinct(columns);
    String[] names = new String[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = columns.get(i).name();
    }
    new CsvWriteEncoding(builder.options.charset()).requireEncodable("header", names);
    return columns;
  }

  /** A layout whose header names a column twice could not be read back by name. */
  private static void requireDistinct(List<Column> columns) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      Integer earlier = seen.putIfAbsent(name, i);
      if (earlier != null) {
        throw new InvalidValueException("header[" + i + "]", Ids.quote(name),
            "is already the name of header[" + earlier + "] (" + columns.get(earlier).path()
                + "), so the column of " + columns.get(i).path() + " needs another: a CSV export"
                + " names each column once; give the question another id");
      }
    }
  }

  private static @Nullable ContactDetails contact(Response response) {
    Respondent respondent = response.respondent();
    return respondent == null ? null : respondent.contact();
  }

  private static @Nullable String otherText(@Nullable Answer answer) {
    if (answer instanceof SingleChoiceAnswer single) {
      return single.otherText();
    }
    if (answer instanceof MultipleChoiceAnswer multiple) {
      return multiple.otherText();
    }
    return null;
  }

  private static @Nullable String safe(@Nullable String text) {
    return text == null ? null : SpreadsheetSafe.neutralise(text);
  }

  @SuppressWarnings("unchecked")
  private static String cell(QuestionType<?, ?> type, Answer answer, String questionId,
      boolean decimalComma, String separator) {
    // The validator has checked the answer's class against the question's type.
    AnswerValue value = ((QuestionType<?, Answer>) type).valueOf(answer);
    if (value instanceof AnswerValue.NumberValue number) {
      return CsvWriteNumbers.plain(number.value(), decimalComma);
    }
    if (value instanceof AnswerValue.TextValue text) {
      return SpreadsheetSafe.neutralise(text.value());
    }
    if (value instanceof AnswerValue.CodesValue codes) {
      for (int i = 0; i < codes.values().size(); i++) {
        String code = codes.values().get(i);
        if (code.isEmpty() || code.contains(separator)) {
          throw new InvalidResponseException("answers." + questionId + "[" + i + "]",
              Ids.quote(code), "cannot be written in a cell of codes joined with "
                  + Ids.quote(separator) + ": a code must be non-empty and not hold the separator;"
                  + " choose another list separator");
        }
      }
      return SpreadsheetSafe.neutralise(String.join(separator, codes.values()));
    }
    return Boolean.toString(((AnswerValue.FlagValue) value).value());
  }

  /**
   * Builds a {@link ResponseCsvWriter}. Each setting may be given once; {@link #build()} checks the
   * whole.
   */
  public static final class Builder {
    private final Survey survey;
    private QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    private CsvOptions options = CsvOptions.DEFAULT;
    private List<String> attributes = List.of();
    private boolean contacts;
    private final Set<String> set = new HashSet<>();

    private Builder(Survey survey) {
      this.survey = survey;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param registry the question types of the survey's questions (default: the standard ones)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      once("registry");
      this.registry = registry;
      return this;
    }

    /**
     * @param options the delimiter, charset, decimal comma, list separator and byte order mark
     *     (default {@link CsvOptions#DEFAULT}; the zone is not used: instants are written in UTC)
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(CsvOptions options) {
      Objects.requireNonNull(options, "options");
      once("options");
      this.options = options;
      return this;
    }

    /**
     * @param names the context attributes that get an {@code attr:<name>} column, in this order;
     *     responses without one get a blank cell, and attributes not named are not written
     * @return this builder
     * @throws IllegalStateException if the attributes were already set
     */
    public Builder attributes(String... names) {
      Objects.requireNonNull(names, "names");
      once("attributes");
      List<String> copy = new ArrayList<>(names.length);
      for (int i = 0; i < names.length; i++) {
        int index = i;
        copy.add(Objects.requireNonNull(names[i], () -> "names[" + index + "]"));
      }
      this.attributes = Collections.unmodifiableList(copy);
      return this;
    }

    /**
     * @param include whether to write contact details (personal data): the respondent's e-mail,
     *     name and phone, and the e-mail of each contact_consent answer (default false: left out)
     * @return this builder
     * @throws IllegalStateException if this was already set
     */
    public Builder includeContactDetails(boolean include) {
      once("includeContactDetails");
      this.contacts = include;
      return this;
    }

    /**
     * @return the writer
     * @throws InvalidValueException if an attribute name is blank, named twice or holds an unpaired
     *     surrogate; two columns would have one name (a question with the id {@code status} or
     *     {@code variant}, a question {@code reasons.other} beside a choice question {@code reasons}
     *     with an "other" option); a column name cannot be written in the charset; or the options
     *     ask for a byte order mark that the charset does not have
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
     */
    public ResponseCsvWriter build() {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < attributes.size(); i++) {
        String name = attributes.get(i);
        if (name.isBlank()) {
          throw new InvalidValueException("attributes[" + i + "]", Ids.quote(name),
              "an attribute name must not be blank");
        }
        Ids.requireWellFormed("attributes[" + i + "]", name);
        if (!names.add(name)) {
          throw new InvalidValueException("attributes[" + i + "]", Ids.quote(name),
              "names an attribute already named; name each once");
        }
      }
      CsvWriteEncoding.requireByteOrderMark(options);
      return new ResponseCsvWriter(this);
    }
  }
}
