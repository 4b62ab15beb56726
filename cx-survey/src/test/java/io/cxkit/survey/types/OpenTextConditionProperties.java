package io.cxkit.survey.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The rule behind open_text's {@code validateCondition}, checked exhaustively where the answers can
 * be listed: over the alphabet {@code a A ß ␠} and a {@code maxLength} of 1 to 4, {@code contains}
 * is refused exactly when no valid answer (not blank, at most maxLength code points) contains the
 * text, ignoring case. The alphabet has a letter in both cases, one whose upper case is longer
 * ({@code ß}, "SS", which regionMatches does not map) and a blank.
 */
class OpenTextConditionProperties {
  private static final char[] ALPHABET = {'a', 'A', 'ß', ' '};
  private static final Operand OPERAND = Operand.answer("why");

  @Property(tries = 400)
  void containsIsRefusedExactlyWhenNoValidAnswerHoldsIt(
      @ForAll @IntRange(min = 1, max = 4) int maxLength,
      @ForAll @StringLength(min = 1, max = 5) @Chars({'a', 'A', 'ß', ' '}) String needle) {
    OpenTextQuestion question = new OpenTextQuestion("why", LocalizedText.of("en", "Why?"), false,
        maxLength, null);
    OpenTextQuestionType type = new OpenTextQuestionType();
    Comparison contains = Comparison.of(OPERAND, ConditionOperator.CONTAINS,
        new AnswerValue.TextValue(needle));

    boolean met = false;
    for (String text : texts(maxLength)) {
      OpenTextAnswer answer = new OpenTextAnswer(text);
      if (type.validate(question, answer).isEmpty()
          && contains.test(Facts.of(Map.of(OPERAND, type.valueOf(answer))))) {
        met = true;
        break;
      }
    }
    List<Violation> violations = type.validateCondition(question, ConditionOperator.CONTAINS,
        contains.arguments());

    assertThat(violations.isEmpty()).as("contains \"%s\", maxLength %d: met by a valid answer = %s,"
        + " violations %s", needle, maxLength, met, violations).isEqualTo(met);
  }

  /** @return every text over the alphabet of 1 to {@code maxLength} chars (all one code point) */
  private static List<String> texts(int maxLength) {
    List<String> out = new ArrayList<>();
    List<String> last = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : last) {
        for (char c : ALPHABET) {
          next.add(prefix + c);
        }
      }
      out.addAll(next);
      last = next;
    }
    return out;
  }
}
