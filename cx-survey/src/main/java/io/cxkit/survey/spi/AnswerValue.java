package io.cxkit.survey.spi;

import io.cxkit.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * What an answer says, in one of four plain forms that conditions compare and flat exports write,
 * whatever the question type: a number (a score), a text (a chosen code, an outcome id, free text),
 * a list of codes (a multiple choice) or a flag (a consent). A question type maps its answers onto
 * one of them with {@link QuestionType#valueOf}.
 */
public sealed interface AnswerValue {

  /**
   * A number, such as a score.
   *
   * @param value a finite number
   */
  record NumberValue(double value) implements AnswerValue {
    /** @throws InvalidValueException if {@code value} is NaN or infinite */
    public NumberValue {
      if (!Double.isFinite(value)) {
        throw new InvalidValueException("value", value, "must be a finite number");
      }
    }
  }

  /**
   * A text: a chosen code, an outcome id or free text.
   *
   * @param value the text
   */
  record TextValue(String value) implements AnswerValue {
    /** Checks that the text is present. */
    public TextValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The codes of a multiple choice, in the order chosen.
   *
   * @param values the codes; copied, unmodifiable
   */
  record CodesValue(List<String> values) implements AnswerValue {
    /** Copies the codes; a null among them is named by its index ({@code values[2]}). */
    public CodesValue {
      Objects.requireNonNull(values, "values");
      for (int i = 0; i < values.size(); i++) {
        int index = i;
        Objects.requireNonNull(values.get(i), () -> "values[" + index + "]");
      }
      values = List.copyOf(values);
    }
  }

  /**
   * A yes or no, such as a consent.
   *
   * @param value the flag
   */
  record FlagValue(boolean value) implements AnswerValue {}
}
