package io.cxkit.survey;

import io.cxkit.core.CxException;
import java.util.Objects;

/**
 * Two question types claim the same type id (or the same question or answer class), so JSON could
 * not say which one a document means. The message names the id and both providers' classes.
 */
public class DuplicateQuestionTypeException extends CxException {
  private static final long serialVersionUID = 1L;

  private final String typeId;

  /**
   * @param typeId the id (or class name) claimed twice
   * @param what what is claimed twice, such as {@code type id} or {@code answer class}
   * @param first the provider class registered first
   * @param second the provider class that claimed it again
   */
  public DuplicateQuestionTypeException(String typeId, String what, String first, String second) {
    super(what + " \"" + typeId + "\" is provided twice: by " + first + " and by " + second
        + "; a registry holds one provider per " + what);
    this.typeId = Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** @return the id (or class name) claimed twice */
  public String typeId() {
    return typeId;
  }
}
