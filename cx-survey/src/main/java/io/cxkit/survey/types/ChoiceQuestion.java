package io.cxkit.survey.types;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A question answered by choosing among listed options, with an optional "other" option (code
 * {@value Choice#OTHER}) that the respondent describes in words: what {@link SingleChoiceQuestion}
 * and {@link MultipleChoiceQuestion} share.
 */
public interface ChoiceQuestion extends Question {

  /** @return the options in the order shown; at least one, codes unique */
  List<Choice> choices();

  /** @return the label of the "other" option, or null when the question has none */
  @Nullable LocalizedText otherLabel();

  /** @return whether the question offers the "other" option */
  default boolean hasOther() {
    return otherLabel() != null;
  }

  /** @return the codes an answer may choose: the choices' in order, then {@code other} if offered */
  default List<String> codes() {
    return Rules.codes(choices(), hasOther());
  }

  /**
   * @param code a code, as an answer gives it
   * @return whether an answer may choose it: one of the choices' codes, or {@code other} when the
   *     question offers it; unlike {@code codes().contains(code)} this allocates nothing
   */
  default boolean offers(String code) {
    if (hasOther() && Choice.OTHER.equals(code)) {
      return true;
    }
    for (Choice choice : choices()) {
      if (choice.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** @return the question text, every choice's label and the "other" label, by path */
  @Override
  default Map<String, LocalizedText> localizedTexts() {
    return Rules.choiceTexts(text(), choices(), otherLabel());
  }
}
