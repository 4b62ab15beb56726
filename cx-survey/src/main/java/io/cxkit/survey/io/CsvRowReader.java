package io.cxkit.survey.io;

import io.cxkit.core.CxException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.Violation;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.AbstractRecordReader;
import io.cxkit.survey.internal.io.CsvRows;
import io.cxkit.survey.internal.io.CsvTimestamps;
import io.cxkit.survey.internal.io.ReaderSettings;
import io.cxkit.survey.io.CsvMapping.AnswerColumns;
import io.cxkit.survey.io.CsvMapping.Binding;
import io.cxkit.survey.io.CsvMapping.Part;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.ContactConsentQuestionType;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceAnswer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of one CSV file with Jackson's streaming CSV parser, as arrays of cells, and turns
 * each into a response by the mapping bound to the file's header. Holds one row at a time.
 */
final class CsvRowReader extends AbstractRecordReader<Response> implements ResponseReader {
  private static final Pattern ID = Pattern.compile(Ids.ID_REGEX);
  private static final String REDACTED = "(redacted)";

  /** Reads the respondent's consent in the words a contact consent question reads. */
  private static final CellParser<ContactConsentAnswer> CONSENT = new ContactConsentQuestionType()
      .cellParser(new ContactConsentQuestion("consent", LocalizedText.of("en", "Consent"), false),
          CellFormat.DEFAULT)
      .orElseThrow();

  private final CsvRows rows;
  private final Binding binding;
  private final Survey survey;
  private final CsvMapping mapping;
  private final CsvTimestamps timestamps;
  private final SurveyNavigator navigator;
  private final Set<String> questionIds;
  /** The row of each id delivered, when duplicates are refused; null otherwise. */
  private final @Nullable Map<String, Long> seen;
  private final ResponseValidator validator;
  private final boolean restoresNeutralised;
  // Reused from row to row, so that a row allocates little beyond its response: Response and
  // ResponseContext copy the maps they are given.
  private final Problems problems = new Problems();
  private final Map<String, Answer> answerBuffer = new LinkedHashMap<>();
  private final Map<String, String> attributeBuffer = new LinkedHashMap<>();

  private CsvRowReader(String source, ReaderSettings settings, CsvRows rows, Binding binding,
      ResponseCsv csv) {
    super(source, "responses", settings);
    this.rows = rows;
    this.binding = binding;
    this.survey = csv.survey();
    this.mapping = csv.mapping();
    this.timestamps = csv.timestamps();
    this.navigator = csv.navigator();
    this.questionIds = new HashSet<>(survey.questionIds());
    this.seen = csv.rejectsDuplicateIds() ? new HashMap<>() : null;
    this.validator = csv.validator();
    this.restoresNeutralised = csv.restoresNeutralised();
  }

  /**
   * Reads the header and binds the mapping to it.
   *
   * @param reader the decoded text
   * @param source the name of the source, for messages
   * @param owned whether the reader was opened here, and so is closed here when the header fails
   * @throws BadRecordException for the header row: a column missing or named twice, undecodable
   *     bytes, malformed CSV, or no header at all
   */
  static ResponseReader open(Reader reader, String source, boolean owned, ReaderSettings settings,
      ResponseCsv csv) {
    CsvOptions options = csv.options();
    CsvRows rows = null;
    boolean done = false;
    try {
      rows = CsvRows.open(reader, options, ResponseCsv.MAX_COLUMNS);
      List<String> header = rows.header(source, "responses");
      Binding binding;
      try {
        binding = csv.mapping().bind(header);
      } catch (InvalidValueException e) {
        throw new BadRecordException(source, new BadRecord(rows.row(), rows.line(), e));
      }
      rows.width(binding.width());
      CsvRowReader out = new CsvRowReader(source, settings, rows, binding, csv);
      done = true;
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": opening failed", e);
    } finally {
      if (!done && owned) {
        try {
          if (rows != null) {
            rows.close();
          } else {
            reader.close();
          }
        } catch (IOException e) {
          // The header's failure is what the caller needs to see.
        }
      }
    }
  }

  @Override
  protected @Nullable Parsed<Response> parseNext() throws IOException {
    while (true) {
      try {
        if (!rows.next(false)) {
          return null;
        }
      } catch (IOException e) {
        BadRecord fatal = rows.fatal(e);
        if (fatal == null) {
          throw e;
        }
        return Parsed.fatal(fatal.record(), fatal.line(), fatal.problem());
      }
      if (!rows.blank()) {
        return toParsed(rows.row(), rows.line(), rows.count(), rows.cells());
      }
    }
  }

  @Override
  protected void closeSource() throws IOException {
    rows.close();
  }

  /** Turns one row of the header's width into a response, or the problems that keep it from one. */
  private Parsed<Response> toParsed(long row, long line, int count, String[] cells) {
    int width = binding.width();
    if (count != width) {
      return Parsed.bad(row, line, new InvalidValueException("cells", count, "must be " + width
          + ", one per column of the header: the row has " + Math.abs(count - width)
          + (count > width ? " more" : " fewer")));
    }
    if (restoresNeutralised) {
      for (int i = 0; i < count; i++) {
        cells[i] = SpreadsheetSafe.restore(cells[i]);
      }
    }
    Problems problems = this.problems;
    problems.start(cells);

    String id;
    if (mapping.idPrefix != null) {
      id = mapping.idPrefix + row;
    } else {
      id = problems.id(Part.ID, true);
    }
    String surveyId = problems.id(Part.SURVEY_ID, false);
    int version = problems.version();
    Instant submittedAt = problems.submittedAt();
    ResponseStatus status = problems.status();
    String lastQuestionSeen = problems.trimmed(Part.LAST_QUESTION_SEEN);
    if (lastQuestionSeen != null && status != null && status != ResponseStatus.PARTIAL) {
      problems.add(Part.LAST_QUESTION_SEEN, Ids.quote(lastQuestionSeen), "must be blank: only a "
          + "partial response names the last question seen, not a " + status.id() + " one");
    }
    Respondent respondent = problems.respondent();
    ResponseContext context = problems.context();
    Map<String, Answer> answers = problems.answers();

    if (status == ResponseStatus.PARTIAL && lastQuestionSeen == null && !problems.any()) {
      lastQuestionSeen = lastAnswered(answers);
      if (lastQuestionSeen == null) {
        problems.add(Part.LAST_QUESTION_SEEN, "\"\"", "a partial response must name the last "
            + "question seen, and this row answers no question on its path to tell it by");
      }
    }
    Long first = id != null && seen != null ? seen.get(id) : null;
    if (first != null) {
      problems.add(Part.ID, Ids.quote(id), "duplicates the id of row " + first
          + ": response ids must be unique");
    }
    if (problems.any() || id == null || submittedAt == null || status == null) {
      return Parsed.bad(row, line, problems.exception());
    }
    Response response;
    try {
      response = new Response(id, surveyId != null ? surveyId : survey.id(), version, respondent,
          submittedAt, status, lastQuestionSeen, context, answers);
    } catch (InvalidResponseException e) {
      return Parsed.bad(row, line, e);
    }
    // Validation comes here rather than in AbstractRecordReader so that only delivered rows claim their
    // ids: a skipped row does not make a later valid one with its id a duplicate.
    List<Violation> violations = validator.validate(response);
    if (!violations.isEmpty()) {
      return Parsed.bad(row, line, new InvalidResponseException(violations));
    }
    if (seen != null) {
      seen.put(id, row);
    }
    return Parsed.of(row, line, response);
  }

  /** @return the last question on the answers' path that is answered, or null when none is */
  private @Nullable String lastAnswered(Map<String, Answer> answers) {
    if (answers.isEmpty()) {
      return null;
    }
    List<String> path = navigator.path(answers, questionIds).questions();
    for (int i = path.size() - 1; i >= 0; i--) {
      if (answers.containsKey(path.get(i))) {
        return path.get(i);
      }
    }
    return null;
  }

  /** The cells of one row, read part by part, and every problem found on the way. */
  private final class Problems {
    private String[] cells = new String[0];
    private @Nullable List<Violation> found;

    /** Starts reading a row: its cells, no problem found yet. */
    void start(String[] cells) {
      this.cells = cells;
      this.found = null;
    }

    boolean any() {
      return found != null;
    }

    InvalidResponseException exception() {
      return new InvalidResponseException(found != null ? found : List.of(new Violation("", "row",
          "could not be read")));
    }

    void add(String path, String value, String rule) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      found.add(new Violation(path, value, rule));
    }

    void add(Part part, String value, String rule) {
      int column = binding.parts()[part.ordinal()];
      add(column >= 0 ? binding.where(column, part.path) : part.path, value, rule);
    }

    /** @return the part's cell, or null when it is not read or blank */
    @Nullable String raw(Part part) {
      int column = binding.parts()[part.ordinal()];
      if (column < 0) {
        return null;
      }
      String cell = cells[column];
      return cell.isBlank() ? null : cell;
    }

    @Nullable String trimmed(Part part) {
      String cell = raw(part);
      return cell == null ? null : cell.strip();
    }

    /** @return the part's id, or null when it is blank (a problem if required) or malformed */
    @Nullable String id(Part part, boolean required) {
      String id = trimmed(part);
      if (id == null) {
        if (required) {
          add(part, "\"\"", "must not be blank: every response needs an id");
        }
        return null;
      }
      if (!ID.matcher(id).matches()) {
        add(part, Ids.quote(id), Ids.ID_RULE);
        return null;
      }
      return id;
    }

    int version() {
      String text = trimmed(Part.SURVEY_VERSION);
      if (text == null) {
        return survey.version();
      }
      long version = 0;
      boolean digits = !text.isEmpty() && text.length() <= 10;
      for (int i = 0; digits && i < text.length(); i++) {
        char c = text.charAt(i);
        digits = c >= '0' && c <= '9';
        version = version * 10 + (c - '0');
      }
      if (!digits || version < 1 || version > Integer.MAX_VALUE) {
        add(Part.SURVEY_VERSION, Ids.quote(text), "must be a whole number ≥ 1, a version of survey "
            + Ids.quote(survey.id()));
        return survey.version();
      }
      return (int) version;
    }

    @Nullable Instant submittedAt() {
      String cell = raw(Part.SUBMITTED_AT);
      if (cell == null) {
        add(Part.SUBMITTED_AT, "\"\"",
            "must not be blank: every response needs the time it was submitted");
        return null;
      }
      try {
        return timestamps.parse(cell);
      } catch (InvalidValueException e) {
        add(Part.SUBMITTED_AT, e.value(), e.rule());
        return null;
      }
    }

    @Nullable ResponseStatus status() {
      String text = trimmed(Part.STATUS);
      if (text == null) {
        return ResponseStatus.COMPLETED;
      }
      try {
        return ResponseStatus.ofId(text.toLowerCase(Locale.ROOT));
      } catch (InvalidValueException e) {
        add(Part.STATUS, Ids.quote(text), e.rule() + " (in any case)");
        return null;
      }
    }

    @Nullable Respondent respondent() {
      String id = id(Part.RESPONDENT_ID, false);
      boolean idProblem = id == null && raw(Part.RESPONDENT_ID) != null;
      String consentCell = raw(Part.CONTACT_CONSENT);
      boolean consent = false;
      if (consentCell != null) {
        try {
          consent = CONSENT.parse(consentCell).consent();
        } catch (InvalidValueException e) {
          add(Part.CONTACT_CONSENT, e.value(), e.rule());
          return null;
        }
      }
      String email = raw(Part.CONTACT_EMAIL);
      String name = raw(Part.CONTACT_NAME);
      String phone = raw(Part.CONTACT_PHONE);
      if (idProblem || id == null && consentCell == null && email == null && name == null
          && phone == null) {
        return null;
      }
      try {
        ContactDetails contact = email == null && name == null && phone == null ? null
            : new ContactDetails(email, name, phone);
        return new Respondent(id, consent, contact);
      } catch (InvalidResponseException e) {
        for (Violation violation : e.violations()) {
          add(violation.path(), violation.value(), violation.rule());
        }
        return null;
      }
    }

    ResponseContext context() {
      String touchpoint = id(Part.TOUCHPOINT, false);
      Channel channel = null;
      String channelId = trimmed(Part.CHANNEL);
      if (channelId != null) {
        try {
          channel = Channel.ofId(channelId.toLowerCase(Locale.ROOT));
        } catch (InvalidValueException e) {
          add(Part.CHANNEL, Ids.quote(channelId), e.rule() + " (in any case)");
        }
      }
      Locale locale = null;
      String tag = trimmed(Part.LOCALE);
      if (tag != null) {
        String dashed = tag.replace('_', '-');
        try {
          new Locale.Builder().setLanguageTag(dashed);
          // forLanguageTag, as the JSON form reads it, so both give equal locales.
          locale = Locale.forLanguageTag(dashed);
        } catch (IllformedLocaleException e) {
          add(Part.LOCALE, Ids.quote(tag), "must be a BCP 47 language tag such as \"de-CH\" or "
              + "\"zh-Hans\" (\"_\" may stand for \"-\", as in zh_CN)");
        }
      }
      String pageUrl = raw(Part.PAGE_URL);
      String device = raw(Part.DEVICE);
      String variant = raw(Part.VARIANT);
      Map<String, String> attributes = Map.of();
      String[] names = binding.attributeNames();
      int[] columns = binding.attributeColumns();
      for (int i = 0; i < names.length; i++) {
        String value = cells[columns[i]];
        if (!value.isBlank()) {
          if (attributes.isEmpty()) {
            attributes = attributeBuffer;
            attributes.clear();
          }
          attributes.put(names[i], value);
        }
      }
      if (touchpoint == null && channel == null && locale == null && pageUrl == null
          && device == null && variant == null && attributes.isEmpty()) {
        return ResponseContext.EMPTY;
      }
      try {
        return new ResponseContext(touchpoint, channel, pageUrl, device, locale, variant,
            attributes);
      } catch (InvalidResponseException e) {
        for (Violation violation : e.violations()) {
          add(violation.path(), violation.value(), violation.rule());
        }
        return ResponseContext.EMPTY;
      }
    }

    Map<String, Answer> answers() {
      AnswerColumns[] all = binding.answers();
      Map<String, Answer> answers = answerBuffer;
      answers.clear();
      for (AnswerColumns columns : all) {
        Answer answer = answer(columns);
        if (answer != null) {
          answers.put(columns.mapping().question().id(), answer);
        }
      }
      return answers;
    }

    private @Nullable Answer answer(AnswerColumns columns) {
      String path = columns.mapping().path();
      String cell = cells[columns.column()];
      String other = columns.other() < 0 || cells[columns.other()].isBlank() ? null
          : cells[columns.other()];
      String email = columns.email() < 0 || cells[columns.email()].isBlank() ? null
          : cells[columns.email()];
      if (cell.isBlank()) {
        if (other != null) {
          add(binding.where(columns.other(), path + ".otherText"), Ids.quote(other),
              "must be blank when " + binding.where(columns.column(), path) + " is: the text of "
                  + "\"other\" needs an answer that chooses it");
        }
        if (email != null) {
          add(binding.where(columns.email(), path + ".email"), REDACTED,
              "must be blank when " + binding.where(columns.column(), path) + " is: an e-mail "
                  + "needs an answer that consents");
        }
        return null;
      }
      Answer answer;
      try {
        answer = columns.mapping().parser().parse(cell);
      } catch (InvalidValueException e) {
        String field = e.field();
        add(binding.where(columns.column(), field.isEmpty() ? path
            : field.startsWith("[") ? path + field : path + "." + field), e.value(), e.rule());
        return null;
      } catch (CxException e) {
        add(binding.where(columns.column(), path), Ids.quote(cell),
            "could not be read: " + e.getMessage());
        return null;
      } catch (RuntimeException e) {
        // A parser of the caller's broke its contract; the row is bad, the file goes on.
        add(binding.where(columns.column(), path), Ids.quote(cell), "could not be read: the cell "
            + "parser of type " + columns.mapping().typeId() + " failed with "
            + e.getClass().getName());
        return null;
      }
      if (answer == null) {
        add(binding.where(columns.column(), path), Ids.quote(cell), "could not be read: the cell "
            + "parser of type " + columns.mapping().typeId() + " gave no answer");
        return null;
      }
      if (other != null) {
        answer = withOther(answer, other, columns);
      }
      if (email != null && answer != null) {
        answer = withEmail(answer, email, columns);
      }
      return answer;
    }

    private @Nullable Answer withOther(Answer answer, String other, AnswerColumns columns) {
      String given;
      try {
        if (answer instanceof SingleChoiceAnswer) {
          SingleChoiceAnswer single = (SingleChoiceAnswer) answer;
          given = single.otherText();
          if (given == null) {
            return new SingleChoiceAnswer(single.choice(), other);
          }
        } else if (answer instanceof MultipleChoiceAnswer) {
          MultipleChoiceAnswer multiple = (MultipleChoiceAnswer) answer;
          given = multiple.otherText();
          if (given == null) {
            return new MultipleChoiceAnswer(multiple.choices(), other);
          }
        } else {
          add(otherWhere(columns), Ids.quote(other), "cannot be kept: the answer read from "
              + answerWhere(columns) + " is no single or multiple choice");
          return null;
        }
      } catch (InvalidResponseException e) {
        add(otherWhere(columns), e.value(), e.rule());
        return null;
      }
      add(otherWhere(columns), Ids.quote(other), "must be blank when " + answerWhere(columns)
          + " already gives the text of \"other\" (" + Ids.quote(given) + "): one text per answer");
      return null;
    }

    private @Nullable Answer withEmail(Answer answer, String email, AnswerColumns columns) {
      String path = columns.mapping().path() + ".email";
      if (!(answer instanceof ContactConsentAnswer)) {
        add(binding.where(columns.email(), path), REDACTED, "cannot be kept: the answer read from "
            + answerWhere(columns) + " is no contact consent");
        return null;
      }
      try {
        return new ContactConsentAnswer(((ContactConsentAnswer) answer).consent(), email);
      } catch (InvalidResponseException e) {
        add(binding.where(columns.email(), path), REDACTED, e.rule());
        return null;
      }
    }

    private String answerWhere(AnswerColumns columns) {
      return binding.where(columns.column(), columns.mapping().path());
    }

    private String otherWhere(AnswerColumns columns) {
      return binding.where(columns.other(), columns.mapping().path() + ".otherText");
    }
  }
}
