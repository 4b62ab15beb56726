package io.cxkit.survey.condition;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a comparison looks at: a kind of fact and its name. In a survey the kind is {@value
 * #ANSWER} and the name a question's id; cx-journey adds its own kinds (a profile attribute, an
 * event count) without any change here, because the kind is an open id and the {@link Facts}
 * given to {@link Condition#test} resolve it.
 *
 * <p>In JSON the kind is the member name and the name its value: {@code {"answer": "goal",
 * "operator": "equals", "value": "fully"}}.
 *
 * @param kind the kind of fact: 1 to 32 lower-case letters, digits and {@code -}, starting with a
 *     letter, and none of the member names a comparison uses itself ({@code operator}, {@code
 *     value}, {@code values}, {@code min}, {@code max}, {@code not})
 * @param name which fact of that kind, such as a question id: letters, digits, {@code _ - .}
 */
public record Operand(String kind, String name) {
  /** The kind of a question's answer in a response. */
  public static final String ANSWER = "answer";

  /** The rule an operand kind follows, for messages. */
  static final String KIND_RULE =
      "must be 1 to 32 characters of lower-case letters, digits and '-', starting with a letter";

  /** The member names of a comparison's JSON form, which cannot also name an operand kind. */
  public static final Set<String> RESERVED =
      Set.of("operator", "value", "values", "min", "max", "not", "allOf", "anyOf");

  private static final Pattern KIND = Pattern.compile(Ids.OPERAND_KIND_REGEX);

  /**
   * @throws InvalidConditionException naming the rule if the kind or name is malformed or the kind
   *     is reserved
   */
  public Operand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!KIND.matcher(kind).matches()) {
      throw new InvalidConditionException("kind", Ids.quote(kind), KIND_RULE);
    }
    if (RESERVED.contains(kind)) {
      throw new InvalidConditionException("kind", Ids.quote(kind),
          "is a member name of a comparison and cannot name an operand kind");
    }
    try {
      Ids.requireId(kind, name);
    } catch (InvalidValueException e) {
      throw new InvalidConditionException(e.field(), e.value(), e.rule());
    }
  }

  /**
   * @param questionId a question's id
   * @return the operand of that question's answer
   */
  public static Operand answer(String questionId) {
    return new Operand(ANSWER, Objects.requireNonNull(questionId, "questionId"));
  }

  /** @return whether this operand is a question's answer */
  public boolean isAnswer() {
    return ANSWER.equals(kind);
  }

  /** @return {@code kind:name}, such as {@code answer:goal} */
  @Override
  public String toString() {
    return kind + ":" + name;
  }
}
