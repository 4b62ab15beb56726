package io.cxkit.survey;

import io.cxkit.core.CxException;
import io.cxkit.survey.internal.Ids;
import java.util.List;
import java.util.Objects;

/**
 * A question or answer names a type id that no registered {@link io.cxkit.survey.spi.QuestionType}
 * has, such as {@code "type": "ranking"} without the ranking type on the class path, or a Java class
 * name where a type id belongs. The message names the id, where it was found and the ids that are
 * registered.
 */
public class UnknownQuestionTypeException extends CxException {
  private static final long serialVersionUID = 1L;

  private final String typeId;
  private final String location;
  private final List<String> registeredIds;

  /**
   * @param typeId the unknown id, as found
   * @param location where it was found, such as {@code $.questions[1].type (line 7, column 15)}
   * @param registeredIds the ids that are registered, in order
   */
  public UnknownQuestionTypeException(String typeId, String location, List<String> registeredIds) {
    super(location + " = " + Ids.quote(typeId) + ": unknown question type; registered types are "
        + String.join(", ", Objects.requireNonNull(registeredIds, "registeredIds")));
    this.typeId = Objects.requireNonNull(typeId, "typeId");
    this.location = Objects.requireNonNull(location, "location");
    this.registeredIds = List.copyOf(registeredIds);
  }

  /** @return the unknown id, as found */
  public String typeId() {
    return typeId;
  }

  /** @return where it was found: a JSON path, with line and column when read from text */
  public String location() {
    return location;
  }

  /** @return the ids that are registered, in order */
  public List<String> registeredIds() {
    return registeredIds;
  }
}
