package io.cxkit.survey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.ByteOrderMark;
import io.cxkit.survey.io.CsvMapping.Column;
import io.cxkit.survey.io.CsvMapping.Part;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.types.ChoiceQuestion;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.internal.io.CsvDecodingReader;
import io.cxkit.survey.internal.io.CsvTimestamps;
import io.cxkit.survey.internal.io.ReaderSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads responses to one survey from a flat CSV export, one row per response, in constant memory:
 * the export of a survey tool or a spreadsheet, or cxkit's own ({@link #readerOfExport}). A mapping
 * says which column holds what; columns are found by their header name, and columns not mapped are
 * ignored. Immutable and thread-safe: build it once, {@link #open} it for each file.
 *
 * <pre>{@code
 * ResponseCsv csv = ResponseCsv.reader(survey)
 *     .options(CsvOptions.DEFAULT.withDelimiter(';').withDecimalComma(true)
 *         .withZone(ZoneId.of("Europe/Berlin")))
 *     .id("Antwort-ID")
 *     .submittedAt("Datum", "dd.MM.yyyy HH:mm")
 *     .variant("Variante")
 *     .question("nps", "Empfehlung")
 *     .question("reasons", "Gründe")
 *     .onBadRecord(OnBadRecord.SKIP_AND_COLLECT)
 *     .build();
 * try (ResponseReader responses = csv.open(Path.of("export.csv"))) {
 *   responses.forEachRemaining(summarizer::add);
 *   ReadReport report = responses.report(); // read, valid, skipped, and each bad row
 * }
 * }</pre>
 *
 * <p><b>The file.</b> The {@linkplain CsvOptions options} give the delimiter ({@code ,} {@code ;}
 * tab {@code |}), the encoding, decimal commas, the separator of several choices in one cell and
 * the zone of timestamps without one. Bytes are decoded strictly: a byte sequence that is not valid
 * in the encoding is never replaced; it ends reading with a bad record naming its row, line and
 * byte offset (most often the file is in another encoding: UTF-8 versus windows-1251 or GB18030). A
 * UTF-8 byte order mark is skipped. Cells may be quoted with {@code "}, a quote inside doubled
 * ({@code ""}), and quoted cells may hold delimiters and line breaks. The first row that is not
 * blank is the header; its names are matched exactly once spaces around them are trimmed. A row
 * whose cells are all blank (a blank line, {@code ,,,}) is no record: it is not counted, and no
 * answer is lost by skipping it.
 *
 * <p><b>Numbers.</b> A record's number is its row as a spreadsheet shows it: the header is row 1
 * (unless blank lines come before it), and a blank row keeps its number. Its line is the physical
 * line it starts on, which is later than its row when quoted cells span lines. {@link BadRecord}
 * and {@link BadRecordException} carry both: {@code row 5 (line 7)}.
 *
 * <p><b>Cells.</b> A blank cell (empty or white space) is a part left out: an unanswered question,
 * no variant. Ids, codes and flags are trimmed; free text (page URL, device, variant, attribute
 * values, open answers, other texts) is kept as it is. An answer cell is read by its question
 * type's {@link QuestionType#cellParser} (codes or labels in any of the survey's languages,
 * integral decimals such as {@code 9,0}; see each type) or by a parser of the caller's. Statuses
 * and channels are their ids in any case ({@code completed}, {@code Partial}; {@code mobile-web});
 * a locale is a BCP 47 tag, also with {@code _} ({@code zh_CN} is {@code zh-CN}). Without a status
 * column every row is completed. Timestamps: see {@link Builder#submittedAt(String)}. A row has a
 * respondent when any of the respondent's columns (id, consent, contact details) holds something,
 * and none when they are all blank; a consent cell reads the words a {@code contact_consent}
 * question reads, blank being no.
 *
 * <p><b>Partial rows.</b> A partial row names the last question its respondent saw in the {@link
 * Builder#lastQuestionSeen} column. When that cell is blank (or the column is not mapped), the last
 * question on the row's path (its answers decide it, {@link SurveyNavigator#path}) that the row
 * answers is taken: the respondent saw at least that far. Drop-off is then counted at that
 * question, which is one question early when the respondent saw the next one and left it without
 * an answer. A partial row that answers no question on its path cannot say where it stopped and is
 * a bad record.
 *
 * <p><b>Errors.</b> A mapping that cannot work is refused when it is built ({@link
 * Builder#build()}) or, for what depends on the file, when it is opened: a mapped column missing
 * from the header, a mapped name the header has twice, a header of more than {@value #MAX_COLUMNS}
 * columns, or an empty file throw a {@link
 * BadRecordException} for the header row before any record is read, naming the columns and the
 * header. A bad row — cells that do not read ({@code column "Empfehlung" (answers.nps.score) =
 * "11": must lie on scale 0..10}, every one of the row's reported at once in an {@link
 * io.cxkit.survey.InvalidResponseException}), more or fewer cells than the header, a response
 * that breaks a rule of the survey (checked by a {@link ResponseValidator} of the survey, every
 * row) — is handled as {@link Builder#onBadRecord(OnBadRecord)} says: by default reading stops with
 * a {@link BadRecordException}; in {@link OnBadRecord#SKIP_AND_COLLECT} mode the row is skipped and
 * reported, and every valid row is delivered. CSV the parser cannot read past (a quote that is
 * never closed, text after a closing quote) and undecodable bytes end reading in either mode, with
 * a last bad record. No input ends in another exception than these; an I/O failure is an {@link
 * UncheckedIOException}.
 */
public final class ResponseCsv {
  /**
   * The most columns a header may have: 100 000, several times what spreadsheet programs hold
   * (16 384). A wider header, most often a file that is no CSV export at all, is refused when
   * opened, without its cells being held, so that memory stays bounded.
   */
  public static final int MAX_COLUMNS = 100_000;

  private final Survey survey;
  private final QuestionTypeRegistry registry;
  private final CsvOptions options;
  private final CsvMapping mapping;
  private final CsvTimestamps timestamps;
  /** Mode, cap and listener: the builder's, copied by {@link Builder#build()}. */
  private final ReaderSettings settings;
  private final boolean rejectDuplicateIds;
  private final boolean restoresNeutralised;
  private final ResponseValidator validator;
  private final SurveyNavigator navigator;

  private ResponseCsv(Builder builder, ReaderSettings settings, CsvMapping mapping,
      CsvTimestamps timestamps) {
    this.survey = builder.survey;
    this.registry = builder.registry;
    this.options = builder.options;
    this.mapping = mapping;
    this.timestamps = timestamps;
    this.settings = settings;
    this.rejectDuplicateIds = builder.rejectDuplicateIds;
    this.restoresNeutralised = builder.restoreNeutralised;
    this.validator = ResponseValidator.builder().survey(survey).registry(registry).build();
    this.navigator = SurveyNavigator.of(survey, registry);
  }

  /**
   * @param survey the survey the rows answer
   * @return a builder of a mapping that maps nothing yet: say where the id ({@link Builder#id} or
   *     {@link Builder#idFromRow}) and the submission time ({@link Builder#submittedAt}) are, and
   *     which columns hold which question's answers
   */
  public static Builder reader(Survey survey) {
    return new Builder(Objects.requireNonNull(survey, "survey"));
  }

  /**
   * A mapping of cxkit's own CSV layout of responses, which its export writes: the columns {@code
   * id, survey_id, survey_version, submitted_at, status, last_question_seen, respondent_id,
   * contact_consent, contact_email, contact_name, contact_phone, touchpoint, channel, page_url,
   * device, locale, variant}, {@code attr:<name>} for each attribute, and one column per question
   * named by its id, with {@code <id>.other} for the "other" text of a choice question with an
   * "other" option and {@code <id>.email} for the e-mail of a contact consent question. {@code id}
   * and {@code submitted_at} must be in the header; every other column is read when the header has
   * it, so exports with or without contact details and attributes read alike. An {@code <id>.other}
   * or {@code <id>.email} column without the question's own column is refused when the file is
   * opened, since its texts would be lost.
   *
   * <p>Any of these may be mapped otherwise on the builder returned (a question of a type without
   * a {@link QuestionType#cellParser} needs {@link Builder#question(String, String, CellParser)},
   * or a file holding its column is refused when opened); set the {@linkplain Builder#options
   * options} the export was written with. Cells get {@link Builder#restoreNeutralised()}, so the
   * {@code '} the export puts before free text that a spreadsheet would run as a formula is
   * removed again. Export then import gives back equal responses for valid responses of the
   * built-in types, except for a multiple choice answered with no option (written as a blank cell,
   * so read as unanswered) and a free text that is empty or only white space (a page URL, device,
   * variant, attribute value, contact name or phone: a blank cell, so read as absent).
   *
   * @param survey the survey the rows answer
   * @return a builder with the layout mapped
   */
  public static Builder readerOfExport(Survey survey) {
    Builder builder = reader(survey);
    builder.preset(Part.ID, "id", false);
    builder.preset(Part.SURVEY_ID, "survey_id", true);
    builder.preset(Part.SURVEY_VERSION, "survey_version", true);
    builder.preset(Part.SUBMITTED_AT, "submitted_at", false);
    builder.preset(Part.STATUS, "status", true);
    builder.preset(Part.LAST_QUESTION_SEEN, "last_question_seen", true);
    builder.preset(Part.RESPONDENT_ID, "respondent_id", true);
    builder.preset(Part.CONTACT_CONSENT, "contact_consent", true);
    builder.preset(Part.CONTACT_EMAIL, "contact_email", true);
    builder.preset(Part.CONTACT_NAME, "contact_name", true);
    builder.preset(Part.CONTACT_PHONE, "contact_phone", true);
    builder.preset(Part.TOUCHPOINT, "touchpoint", true);
    builder.preset(Part.CHANNEL, "channel", true);
    builder.preset(Part.PAGE_URL, "page_url", true);
    builder.preset(Part.DEVICE, "device", true);
    builder.preset(Part.LOCALE, "locale", true);
    builder.preset(Part.VARIANT, "variant", true);
    // The writer's names, so that the layout it writes and the one read here cannot drift apart.
    builder.attributePrefix = ResponseCsvWriter.ATTRIBUTE_PREFIX;
    builder.restoreNeutralised();
    for (Question question : survey.questions()) {
      String id = question.id();
      builder.presetAnswer("question:" + id, id);
      if (question instanceof ChoiceQuestion && ((ChoiceQuestion) question).hasOther()) {
        builder.presetAnswer("otherText:" + id, id + ResponseCsvWriter.OTHER_SUFFIX);
      }
      if (question instanceof ContactConsentQuestion) {
        builder.presetAnswer("consentEmail:" + id, id + ResponseCsvWriter.EMAIL_SUFFIX);
      }
    }
    return builder;
  }

  /** @return the survey the rows answer */
  public Survey survey() {
    return survey;
  }

  /** @return the options files are read with */
  public CsvOptions options() {
    return options;
  }

  /**
   * Opens a file, decoding it with the options' charset.
   *
   * @param file the file; its name names it in messages
   * @return the responses, one per row, read as they are asked for
   * @throws UncheckedIOException if the file cannot be opened or read
   * @throws BadRecordException for the header row, before any record is read: it lacks a mapped
   *     column, names one twice, has more than {@value #MAX_COLUMNS} columns or otherwise does
   *     not fit the mapping (see the class comment), is not well-formed CSV,
   *     cannot be decoded, or the file is empty
   */
  public ResponseReader open(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be opened", e);
    }
    Path name = file.getFileName();
    return open(new CsvDecodingReader(in, options.charset()),
        name == null ? file.toString() : name.toString(), true);
  }

  /**
   * Opens a stream of bytes, decoding it with the options' charset; closing the reader closes it.
   * When opening fails the stream is left open, for the caller to close.
   *
   * @param in the bytes
   * @return the responses, one per row, read as they are asked for
   * @throws UncheckedIOException if the stream cannot be read
   * @throws BadRecordException for the header row, before any record is read: it lacks a mapped
   *     column, names one twice, has more than {@value #MAX_COLUMNS} columns or otherwise does
   *     not fit the mapping (see the class comment), is not well-formed CSV,
   *     cannot be decoded, or the stream is empty
   */
  public ResponseReader open(InputStream in) {
    return open(in, "CSV");
  }

  /**
   * Opens a stream of bytes, as {@link #open(InputStream)} does, named in messages.
   *
   * @param in the bytes
   * @param name what to call the source in messages, such as the name of a file or an upload
   * @return the responses, one per row, read as they are asked for
   * @throws UncheckedIOException if the stream cannot be read
   * @throws BadRecordException for the header row, as {@link #open(InputStream)} says
   */
  public ResponseReader open(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return open(new CsvDecodingReader(in, options.charset()), name, false);
  }

  /**
   * Opens text already decoded (the options' charset is not used); a leading byte order mark
   * (U+FEFF) is skipped. Closing the reader closes it; when opening fails it is left open.
   *
   * @param reader the text
   * @return the responses, one per row, read as they are asked for
   * @throws UncheckedIOException if the text cannot be read
   * @throws BadRecordException for the header row, before any record is read: it lacks a mapped
   *     column, names one twice, has more than {@value #MAX_COLUMNS} columns or otherwise does
   *     not fit the mapping (see the class comment), is not well-formed CSV,
   *     or the text is empty
   */
  public ResponseReader open(Reader reader) {
    return open(reader, "CSV");
  }

  /**
   * Opens text already decoded, as {@link #open(Reader)} does, named in messages.
   *
   * @param reader the text
   * @param name what to call the source in messages, such as the name of a file or an upload
   * @return the responses, one per row, read as they are asked for
   * @throws UncheckedIOException if the text cannot be read
   * @throws BadRecordException for the header row, as {@link #open(Reader)} says
   */
  public ResponseReader open(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Reader text;
    try {
      text = ByteOrderMark.skip(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": reading failed", e);
    }
    return open(text, name, false);
  }

  private ResponseReader open(Reader reader, String source, boolean owned) {
    // The row reader validates each response itself, before it claims the response's id.
    return CsvRowReader.open(reader, source, owned, settings, this);
  }

  CsvMapping mapping() {
    return mapping;
  }

  CsvTimestamps timestamps() {
    return timestamps;
  }

  ResponseValidator validator() {
    return validator;
  }

  boolean rejectsDuplicateIds() {
    return rejectDuplicateIds;
  }

  boolean restoresNeutralised() {
    return restoresNeutralised;
  }

  SurveyNavigator navigator() {
    return navigator;
  }

  /**
   * @return the survey, delimiter, charset and timestamps read, such as {@code ResponseCsv{checkout
   *     v1, delimiter=;, UTF-8, ISO-8601 in UTC}}
   */
  @Override
  public String toString() {
    return "ResponseCsv{" + survey.id() + " v" + survey.version() + ", delimiter="
        + (options.delimiter() == '\t' ? "tab" : String.valueOf(options.delimiter())) + ", "
        + options.charset().name() + ", " + timestamps + "}";
  }

  /**
   * A column given to the builder.
   *
   * @param column the column
   * @param parser the caller's parser of an answer column, or null
   * @param explicit whether the caller set it (the export preset's may be replaced once)
   */
  private record Target(Column column, @Nullable CellParser<?> parser, boolean explicit) {}

  /**
   * Builds a {@link ResponseCsv}: the mapping from columns to the parts of a response, the file's
   * options and what to do with bad rows. Each setting may be given once, each part mapped once
   * ({@link IllegalStateException} otherwise; the export preset's columns may be mapped otherwise
   * once); {@link #build()} checks the whole. Column names are trimmed; a null argument is a {@link
   * NullPointerException} naming it.
   */
  public static final class Builder {
    private final Survey survey;
    private QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    private CsvOptions options = CsvOptions.DEFAULT;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private @Nullable String idPrefix;
    private @Nullable String pattern;
    private @Nullable String attributePrefix;
    private boolean rejectDuplicateIds;
    private boolean restoreNeutralised;
    /** The bad-record settings, and which settings were given (each may be given once). */
    private final ReaderSettings settings = new ReaderSettings();

    private Builder(Survey survey) {
      this.survey = survey;
    }

    private void preset(Part part, String column, boolean whenPresent) {
      targets.put(part.name(), new Target(new Column(column, whenPresent), null, false));
    }

    /** Maps a question's column, or its other text's or e-mail's, when the header has it. */
    private void presetAnswer(String key, String column) {
      targets.put(key, new Target(new Column(column, true), null, false));
    }

    private Builder map(String key, String what, String column, @Nullable CellParser<?> parser) {
      Objects.requireNonNull(column, "column");
      Target earlier = targets.get(key);
      if (earlier != null && earlier.explicit()) {
        throw new IllegalStateException(what + " was already mapped, to column "
            + Ids.quote(earlier.column().name()));
      }
      targets.put(key, new Target(new Column(column.strip(), false), parser, true));
      return this;
    }

    private Builder map(Part part, String column) {
      return map(part.name(), part.path, column, null);
    }

    /**
     * @param registry the question types of the survey's questions, whose cell parsers read the
     *     answers (default: the {@linkplain QuestionTypeRegistry#standard() standard registry})
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      settings.once("registry");
      this.registry = registry;
      return this;
    }

    /**
     * @param options the delimiter, encoding, number and list format and zone of the files
     *     (default {@link CsvOptions#DEFAULT}: comma, UTF-8, decimal point, {@code ;} between
     *     choices, UTC)
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(CsvOptions options) {
      Objects.requireNonNull(options, "options");
      settings.once("options");
      this.options = options;
      return this;
    }

    /**
     * @param column the column of the response ids, which must be ids: 1 to 128
     *     letters, digits, {@code _ - .}, starting with a letter or digit
     * @return this builder
     */
    public Builder id(String column) {
      if (idPrefix != null) {
        throw new IllegalStateException("id was already mapped, to the row numbers");
      }
      return map(Part.ID, column);
    }

    /**
     * Numbers the responses by row instead of reading ids: the row of a spreadsheet as the record
     * number says it, so row 2 (the first after the header) of prefix {@code r} is {@code r2}.
     *
     * @param prefix what comes before the row number; the result must be an id
     * @return this builder
     */
    public Builder idFromRow(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      Target earlier = targets.get(Part.ID.name());
      if (idPrefix != null || earlier != null && earlier.explicit()) {
        throw new IllegalStateException("id was already mapped");
      }
      targets.remove(Part.ID.name());
      idPrefix = prefix;
      return this;
    }

    /**
     * @param column a column holding the survey's id; a blank cell is the survey's id, another id
     *     makes the row a bad record (it answers another survey). Unmapped, every row answers the
     *     survey.
     * @return this builder
     */
    public Builder surveyId(String column) {
      return map(Part.SURVEY_ID, column);
    }

    /**
     * @param column a column holding the survey's version, a whole number; a blank cell is the
     *     survey's version, another version makes the row a bad record. Unmapped, every row answers
     *     the survey's version.
     * @return this builder
     */
    public Builder surveyVersion(String column) {
      return map(Part.SURVEY_VERSION, column);
    }

    /**
     * Reads when each response was submitted from ISO-8601 text: an instant ({@code
     * 2026-11-30T09:15:00Z}), an offset date-time ({@code 2026-11-30T10:15:00+01:00}, offsets
     * also as {@code +0100} or {@code +01}), either with a zone in brackets ({@code
     * [Europe/Berlin]}), a local date-time ({@code 2026-11-30T10:15}, seconds and fraction
     * optional, a space allowed instead of the {@code T}), or a date ({@code 2026-11-30}). A
     * value without an offset or zone is in the options' {@linkplain CsvOptions#zone() zone}; a
     * date alone is the start of that day there. A local time that the zone skips (clocks put
     * forward) moves forward by the gap, and one it repeats (clocks put back) takes the earlier
     * offset, as {@link java.time.LocalDateTime#atZone} does: in Europe/Berlin {@code 2026-03-29
     * 02:30} is 03:30 summer time ({@code 01:30Z}) and {@code 2026-10-25 02:30} is 02:30 summer time
     * ({@code 00:30Z}).
     *
     * @param column the column of the submission times; a blank cell is a bad record
     * @return this builder
     */
    public Builder submittedAt(String column) {
      map(Part.SUBMITTED_AT, column);
      pattern = null;
      return this;
    }

    /**
     * Reads when each response was submitted with a {@link java.time.format.DateTimeFormatter}
     * pattern such as {@code dd.MM.yyyy HH:mm} or {@code M/d/yyyy h:mm a}, in {@link
     * java.util.Locale#ROOT} (English month and day names, in any case) and strictly (a 31.02. is
     * refused, not moved to the 28th). Without an offset or zone in the pattern the time is in the
     * options' zone, and a pattern of a date alone gives the start of the day, as {@link
     * #submittedAt(String)} describes, gaps and overlaps included.
     *
     * @param column the column of the submission times; a blank cell is a bad record
     * @param pattern the pattern; checked by {@link #build()}
     * @return this builder
     */
    public Builder submittedAt(String column, String pattern) {
      Objects.requireNonNull(pattern, "pattern");
      map(Part.SUBMITTED_AT, column);
      this.pattern = pattern;
      return this;
    }

    /**
     * @param column the column of the statuses: {@code completed}, {@code partial} or {@code
     *     dismissed} in any case; a blank cell is completed (default: every row is completed)
     * @return this builder
     */
    public Builder status(String column) {
      return map(Part.STATUS, column);
    }

    /**
     * @param column the column naming, for a partial row, the id of the last question its
     *     respondent saw; a blank cell of a partial row is inferred (see the class comment), a
     *     non-blank one of a row that is not partial makes it a bad record
     * @return this builder
     */
    public Builder lastQuestionSeen(String column) {
      return map(Part.LAST_QUESTION_SEEN, column);
    }

    /**
     * @param column the column of the respondents' customer ids; a blank cell is an anonymous
     *     respondent
     * @return this builder
     */
    public Builder respondentId(String column) {
      return map(Part.RESPONDENT_ID, column);
    }

    /**
     * @param column the column saying whether the respondent agreed to be contacted, in the words
     *     a {@code contact_consent} question reads ({@code true}/{@code false}, {@code yes}/{@code
     *     no}, {@code ja}/{@code nein}, …); a blank cell is no
     * @return this builder
     */
    public Builder contactConsent(String column) {
      return map(Part.CONTACT_CONSENT, column);
    }

    /**
     * @param column the column of the respondents' e-mail addresses, kept only with consent (a row
     *     with an e-mail and without consent is a bad record)
     * @return this builder
     */
    public Builder contactEmail(String column) {
      return map(Part.CONTACT_EMAIL, column);
    }

    /**
     * @param column the column of the respondents' names, kept only with consent
     * @return this builder
     */
    public Builder contactName(String column) {
      return map(Part.CONTACT_NAME, column);
    }

    /**
     * @param column the column of the respondents' phone numbers, kept only with consent
     * @return this builder
     */
    public Builder contactPhone(String column) {
      return map(Part.CONTACT_PHONE, column);
    }

    /**
     * @param column the column of the journey touchpoint ids
     * @return this builder
     */
    public Builder touchpoint(String column) {
      return map(Part.TOUCHPOINT, column);
    }

    /**
     * @param column the column of the channel ids ({@code web}, {@code mobile-web}, {@code email},
     *     … in any case)
     * @return this builder
     */
    public Builder channel(String column) {
      return map(Part.CHANNEL, column);
    }

    /**
     * @param column the column of the pages the survey was shown on
     * @return this builder
     */
    public Builder pageUrl(String column) {
      return map(Part.PAGE_URL, column);
    }

    /**
     * @param column the column of the device classes ({@code desktop}, {@code mobile}, …)
     * @return this builder
     */
    public Builder device(String column) {
      return map(Part.DEVICE, column);
    }

    /**
     * @param column the column of the respondents' locales: BCP 47 tags ({@code de-CH}, {@code
     *     zh-Hans}), also with {@code _} ({@code zh_CN})
     * @return this builder
     */
    public Builder locale(String column) {
      return map(Part.LOCALE, column);
    }

    /**
     * @param column the column of the A/B variants shown
     * @return this builder
     */
    public Builder variant(String column) {
      return map(Part.VARIANT, column);
    }

    /**
     * @param name the attribute's name in the response context, such as {@code plan}
     * @param column the column of its values; a blank cell leaves the attribute out
     * @return this builder
     */
    public Builder attribute(String name, String column) {
      Objects.requireNonNull(name, "name");
      return map("attribute:" + name, "attribute " + Ids.quote(name), column, null);
    }

    /**
     * Reads a question's answers with its type's {@link QuestionType#cellParser}, in the options'
     * {@linkplain CsvOptions#cells() cell format}; {@link #build()} refuses a question the survey
     * does not have, or whose type has no parser.
     *
     * @param questionId the question's id
     * @param column the column of its answers; a blank cell is the question unanswered
     * @return this builder
     */
    public Builder question(String questionId, String column) {
      Objects.requireNonNull(questionId, "questionId");
      return map("question:" + questionId, "question " + Ids.quote(questionId), column, null);
    }

    /**
     * Reads a question's answers with a parser of the caller's, for a type without a parser or an
     * export that writes answers its own way. Whatever the parser throws makes the row a bad
     * record naming the column.
     *
     * @param questionId the question's id
     * @param column the column of its answers; a blank cell is the question unanswered
     * @param parser how a cell becomes an answer of the question's type
     * @return this builder
     */
    public Builder question(String questionId, String column, CellParser<?> parser) {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(parser, "parser");
      return map("question:" + questionId, "question " + Ids.quote(questionId), column, parser);
    }

    /**
     * Reads the "other" text of a single or multiple choice question that offers "other", which
     * the answer then holds as its {@code otherText}; the question's own column must be mapped too.
     * A text beside a blank answer cell makes the row a bad record (the text would be lost), and so
     * does one beside an answer that does not choose "other" (by validation).
     *
     * @param questionId the choice question's id
     * @param column the column of the texts
     * @return this builder
     */
    public Builder otherText(String questionId, String column) {
      Objects.requireNonNull(questionId, "questionId");
      return map("otherText:" + questionId, "otherText of " + Ids.quote(questionId), column, null);
    }

    /**
     * Reads the e-mail of a contact consent question's answer; the question's own column must be
     * mapped too. An e-mail beside a blank answer cell, or without consent (by validation), makes
     * the row a bad record.
     *
     * @param questionId the contact consent question's id
     * @param column the column of the e-mail addresses
     * @return this builder
     */
    public Builder consentEmail(String questionId, String column) {
      Objects.requireNonNull(questionId, "questionId");
      return map("consentEmail:" + questionId, "consentEmail of " + Ids.quote(questionId), column,
          null);
    }

    /**
     * @param mode what to do with a bad row (default {@link OnBadRecord#FAIL})
     * @return this builder
     * @throws IllegalStateException if the mode was already set
     */
    public Builder onBadRecord(OnBadRecord mode) {
      settings.onBadRecord(mode);
      return this;
    }

    /**
     * @param max how many bad rows a {@link ReadReport} keeps, ≥ 0 (default 1000); the others are
     *     counted
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     * @throws IllegalStateException if the cap was already set
     */
    public Builder keepBadRecords(int max) {
      settings.keepBadRecords(max);
      return this;
    }

    /**
     * @param listener told of each bad row as it is skipped, in {@link OnBadRecord#SKIP_AND_COLLECT}
     *     mode (which {@link #build()} requires with a listener), whether or not the report keeps it
     * @return this builder
     * @throws IllegalStateException if a listener was already set
     */
    public Builder onBadRecord(Consumer<? super BadRecord> listener) {
      settings.listener(listener);
      return this;
    }

    /**
     * Refuses a row whose response id an earlier row of the same file had: it is a bad record
     * naming that row. Only delivered rows count: a row skipped as bad does not make a later one
     * with its id a duplicate. The ids delivered are remembered while a file is read, so memory
     * grows with the number of distinct ids (about a hundred bytes each).
     *
     * @return this builder
     * @throws IllegalStateException if this was already set
     */
    public Builder rejectDuplicateIds() {
      settings.once("rejectDuplicateIds");
      rejectDuplicateIds = true;
      return this;
    }

    /**
     * Reads files that cxkit's {@link ResponseCsvWriter} (or {@link SpreadsheetSafe#neutralise})
     * wrote: every cell gets {@link SpreadsheetSafe#restore}, which removes the {@code '} put
     * before text a spreadsheet would run as a formula, so that the text reads back as it was
     * given. Other cells are unchanged, so a number such as {@code -3} stays {@code -3}. {@link
     * ResponseCsv#readerOfExport} sets it; leave it off for other tools' exports, where a leading
     * {@code '} may be the respondent's own.
     *
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder restoreNeutralised() {
      settings.once("restoreNeutralised");
      restoreNeutralised = true;
      return this;
    }

    /**
     * @return the reader of CSV files
     * @throws IllegalStateException if a listener was set without {@link
     *     OnBadRecord#SKIP_AND_COLLECT}, as it would never be told
     * @throws InvalidValueException naming the setting if no id or submission time is mapped, a
     *     question is not the survey's, a question's type reads no cell and no parser is given, an
     *     other text or e-mail is mapped for a question of another kind or without its own column,
     *     a column name or attribute name is blank, one column is mapped to two parts, the row
     *     prefix makes no id, or the timestamp pattern is no pattern
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in the
     *     registry
     */
    public ResponseCsv build() {
      ReaderSettings built = settings.built();
      if (idPrefix == null && !targets.containsKey(Part.ID.name())) {
        throw new InvalidValueException("id", "unmapped",
            "map the column of the response ids with id(column), or number rows with idFromRow(prefix)");
      }
      if (!targets.containsKey(Part.SUBMITTED_AT.name())) {
        throw new InvalidValueException("submittedAt", "unmapped",
            "map the column of the submission times with submittedAt(column)");
      }
      if (idPrefix != null) {
        try {
          Ids.requireId("idFromRow", idPrefix + "2");
        } catch (InvalidValueException e) {
          throw new InvalidValueException("idFromRow", Ids.quote(idPrefix),
              "must make an id with a row number, such as " + Ids.quote(idPrefix + "2")
                  + ", which " + Ids.ID_RULE);
        }
      }
      survey.verify(registry);
      Map<String, String> usedBy = new HashMap<>();
      Map<Part, Column> parts = new EnumMap<>(Part.class);
      Map<String, Column> attributes = new LinkedHashMap<>();
      Map<String, Target> answers = new HashMap<>();
      Map<String, Target> others = new HashMap<>();
      Map<String, Target> emails = new HashMap<>();
      for (Map.Entry<String, Target> entry : targets.entrySet()) {
        String key = entry.getKey();
        Target target = entry.getValue();
        String name = target.column().name();
        String what;
        if (key.startsWith("question:")) {
          what = "answers." + key.substring(9);
          answers.put(key.substring(9), target);
        } else if (key.startsWith("otherText:")) {
          what = "answers." + key.substring(10) + ".otherText";
          others.put(key.substring(10), target);
        } else if (key.startsWith("consentEmail:")) {
          what = "answers." + key.substring(13) + ".email";
          emails.put(key.substring(13), target);
        } else if (key.startsWith("attribute:")) {
          String attribute = key.substring(10);
          if (attribute.isBlank() || Ids.hasUnpairedSurrogate(attribute)) {
            throw new InvalidValueException("attribute", Ids.quote(attribute),
                "must be an attribute name: not blank, valid Unicode");
          }
          what = "context.attributes." + attribute;
          attributes.put(attribute, target.column());
        } else {
          Part part = Part.valueOf(key);
          what = part.path;
          parts.put(part, target.column());
        }
        if (name.isEmpty()) {
          throw new InvalidValueException("column", "\"\"", "must name a column of the header, for "
              + what);
        }
        String earlier = usedBy.putIfAbsent(name, what);
        if (earlier != null) {
          throw new InvalidValueException("column", Ids.quote(name), "is mapped twice, to "
              + earlier + " and to " + what + ": a column feeds one part of a response");
        }
      }
      List<CsvMapping.AnswerMapping> mapped = new ArrayList<>();
      for (Map.Entry<String, Target> entry : answers.entrySet()) {
        requireQuestion(entry.getKey(), "question");
      }
      for (String id : others.keySet()) {
        Question question = requireQuestion(id, "otherText");
        if (!(question instanceof ChoiceQuestion) || !((ChoiceQuestion) question).hasOther()) {
          throw new InvalidValueException("otherText", Ids.quote(id),
              "must be a single or multiple choice question with an \"other\" option");
        }
        requireAnswerColumn(id, "otherText", answers);
      }
      for (String id : emails.keySet()) {
        Question question = requireQuestion(id, "consentEmail");
        if (!(question instanceof ContactConsentQuestion)) {
          throw new InvalidValueException("consentEmail", Ids.quote(id),
              "must be a contact_consent question");
        }
        requireAnswerColumn(id, "consentEmail", answers);
      }
      for (Question question : survey.questions()) {
        Target target = answers.get(question.id());
        if (target == null) {
          continue;
        }
        QuestionType<?, ?> type = registry.typeOf(question);
        CellParser<?> parser = target.parser() != null ? target.parser()
            : parserOf(type, question, options).orElse(null);
        if (parser == null && target.explicit()) {
          throw new InvalidValueException("question", Ids.quote(question.id()), "has type "
              + type.id() + ", which reads no CSV cell (its cellParser is empty): map it with "
              + "question(id, column, parser)");
        }
        Target other = others.get(question.id());
        Target email = emails.get(question.id());
        mapped.add(new CsvMapping.AnswerMapping(question, "answers." + question.id(),
            target.column(), parser, type.id(),
            other == null ? null : other.column(), email == null ? null : email.column()));
      }
      CsvTimestamps timestamps = pattern == null ? CsvTimestamps.iso(options.zone())
          : CsvTimestamps.pattern(pattern, options.zone());
      return new ResponseCsv(this, built, new CsvMapping(parts, idPrefix, attributes,
          attributePrefix, mapped), timestamps);
    }

    private Question requireQuestion(String id, String field) {
      return survey.question(id).orElseThrow(() -> new InvalidValueException(field, Ids.quote(id),
          "must be a question of survey " + Ids.quote(survey.id()) + ": one of "
              + quoted(survey.questionIds())));
    }

    private static void requireAnswerColumn(String id, String field, Map<String, Target> answers) {
      if (!answers.containsKey(id)) {
        throw new InvalidValueException(field, Ids.quote(id),
            "needs the question's own column too: map it with question(id, column)");
      }
    }

    private static String quoted(List<String> ids) {
      StringBuilder out = new StringBuilder();
      for (String id : ids) {
        out.append(out.length() == 0 ? "" : ", ").append(Ids.quote(id));
      }
      return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Optional<? extends CellParser<?>> parserOf(QuestionType<?, ?> type,
        Question question, CsvOptions options) {
      // The registry found the type by the question's class, so the question is the type's Q.
      QuestionType<Question, ?> typed = (QuestionType<Question, ?>) type;
      return Objects.requireNonNull(typed.cellParser(question, options.cells()),
          () -> "cellParser of type " + type.id());
    }
  }
}
