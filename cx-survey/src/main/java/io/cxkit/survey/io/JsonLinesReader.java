package io.cxkit.survey.io;

import io.cxkit.core.CxException;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.AbstractRecordReader;
import io.cxkit.survey.internal.io.JsonLinesSource;
import io.cxkit.survey.internal.io.ReaderSettings;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveyJsonException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One JSON Lines source being read: each non-blank line is a response document, read strictly,
 * then checked against the surveys and, when asked, for an id seen before.
 */
final class JsonLinesReader extends AbstractRecordReader<Response> implements ResponseReader {
  /** The position {@link SurveyJson} gives inside a one-line document: always its line 1. */
  private static final Pattern FIRST_LINE = Pattern.compile(" \\(line 1(, column \\d+)?\\)$");

  private final JsonLinesSource lines;
  private final SurveyJson json;
  private final @Nullable ResponseValidator validator;
  /** The line of each id delivered, when duplicates are refused; null otherwise. */
  private final @Nullable Map<String, Long> firstLines;

  JsonLinesReader(String source, ReaderSettings settings, JsonLinesSource lines, SurveyJson json,
      @Nullable ResponseValidator validator, boolean rejectDuplicateIds) {
    super(source, "responses", settings);
    this.lines = lines;
    this.json = json;
    this.validator = validator;
    this.firstLines = rejectDuplicateIds ? new HashMap<>() : null;
  }

  @Override
  protected @Nullable Parsed<Response> parseNext() throws IOException {
    while (lines.next()) {
      if (lines.blank()) {
        continue;
      }
      long line = lines.number();
      CxException problem = lines.problem();
      if (problem != null) {
        if (lines.fatal()) {
          lines.close();
          return Parsed.fatal(line, line, problem);
        }
        return Parsed.bad(line, line, problem);
      }
      String text = lines.text();
      if (text == null) {
        throw new IllegalStateException("a line that is neither blank, bad nor text");
      }
      Response response;
      try {
        response = json.readResponse(text);
      } catch (CxException e) {
        return Parsed.bad(line, line, located(e, line));
      }
      // Validation comes here rather than in AbstractRecordReader so that only delivered
      // responses claim their ids: an invalid line does not make a later valid one a duplicate.
      if (validator != null) {
        List<Violation> violations = validator.validate(response);
        if (!violations.isEmpty()) {
          return Parsed.bad(line, line, new InvalidResponseException(violations));
        }
      }
      if (firstLines != null) {
        Long first = firstLines.putIfAbsent(response.id(), line);
        if (first != null) {
          return Parsed.bad(line, line, new InvalidResponseException("id", Ids.quote(response.id()),
              "duplicates the id of the response on line " + first + "; response ids must be unique"));
        }
      }
      return Parsed.of(line, line, response);
    }
    lines.close();
    return null;
  }

  /**
   * {@link SurveyJson} reads each line as a document of its own, so its positions say line 1: they
   * are moved to the line in the source, the column kept. Other problems carry a JSON path only.
   */
  static CxException located(CxException problem, long line) {
    int at = line <= Integer.MAX_VALUE ? (int) line : -1;
    if (problem.getClass() == SurveyJsonException.class) {
      SurveyJsonException e = (SurveyJsonException) problem;
      // A line holding a lone \r (JSON whitespace) makes the parser count further lines.
      int column = e.line() == 1 ? e.column() : -1;
      return new SurveyJsonException(e.path(), at, column, e.problem(), e.getCause());
    }
    if (problem.getClass() == UnknownQuestionTypeException.class) {
      UnknownQuestionTypeException e = (UnknownQuestionTypeException) problem;
      Matcher first = FIRST_LINE.matcher(e.location());
      if (first.find()) {
        String suffix = first.group(1) == null ? "" : first.group(1);
        String location = e.location().substring(0, first.start())
            + (at < 0 ? "" : " (line " + at + suffix + ")");
        UnknownQuestionTypeException moved =
            new UnknownQuestionTypeException(e.typeId(), location, e.registeredIds());
        moved.setStackTrace(e.getStackTrace());
        return moved;
      }
    }
    return problem;
  }

  @Override
  protected void closeSource() throws IOException {
    lines.close();
  }
}
