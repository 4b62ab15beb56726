package io.cxkit.survey.json;

import io.cxkit.core.CxException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document could not be read: it is not well-formed JSON, a member has the wrong JSON type
 * (a string where a number belongs, a fraction where an integer belongs), a member is unknown,
 * missing or given twice, or the document lacks the supported format version. The message reads
 * {@code path (line L, column C): problem}, such as {@code $.questions[1].required (line 7, column
 * 19): expected true or false, found a string}.
 *
 * <p>A value that is well-formed but breaks a rule of the model (a duplicate question id, a
 * threshold off the scale) is reported by the model's own {@link io.cxkit.core.InvalidValueException}
 * instead, with the JSON path prepended to its field.
 */
public class SurveyJsonException extends CxException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param path where in the document, as a JSON path such as {@code $.questions[1].type}
   * @param line the 1-based line of the problem, or -1 when unknown
   * @param column the 1-based column of the problem, or -1 when unknown
   * @param problem what is wrong
   */
  public SurveyJsonException(String path, int line, int column, String problem) {
    this(path, line, column, problem, null);
  }

  /**
   * @param path where in the document, as a JSON path such as {@code $.questions[1].type}
   * @param line the 1-based line of the problem, or -1 when unknown
   * @param column the 1-based column of the problem, or -1 when unknown
   * @param problem what is wrong
   * @param cause the underlying failure, or null
   */
  public SurveyJsonException(String path, int line, int column, String problem,
      @Nullable Throwable cause) {
    super(message(path, line, column, problem), cause);
    this.path = path;
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.problem = problem;
  }

  private static String message(String path, int line, int column, String problem) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    return path + at(line, column) + ": " + problem;
  }

  static String at(int line, int column) {
    if (line <= 0) {
      return "";
    }
    return column > 0 ? " (line " + line + ", column " + column + ")" : " (line " + line + ")";
  }

  /** @return where in the document, as a JSON path such as {@code $.questions[1].type} */
  public String path() {
    return path;
  }

  /** @return the 1-based line of the problem in the text read, or -1 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the problem in the text read, or -1 when unknown */
  public int column() {
    return column;
  }

  /** @return what is wrong, without the location */
  public String problem() {
    return problem;
  }
}
