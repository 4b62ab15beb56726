package io.cxkit.survey.spi;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.Violation;
import java.util.List;
import java.util.Set;

/**
 * A kind of question — NPS, CSAT, single choice, a team's own ranking — and everything cxkit needs
 * to know about it: its id in JSON, its question and answer classes, how an answer is checked, what
 * it contributes to a summary, which condition operators apply, and its JSON binding and schema.
 * The built-in types implement this interface too; none is special.
 *
 * <p>An implementation is stateless and thread-safe, and has a public no-argument constructor so
 * that {@link java.util.ServiceLoader} can create it. Register it with {@code provides
 * io.cxkit.survey.spi.QuestionType with …} in module-info and a line in {@code
 * META-INF/services/io.cxkit.survey.spi.QuestionType} (for class-path users), or explicitly with
 * {@link io.cxkit.survey.QuestionTypeRegistry.Builder#register}.
 *
 * <p>JSON: the question and answer classes are bound by Jackson databind (records work as they
 * are; the package must be {@code opens} to {@code com.fasterxml.jackson.databind} on the module
 * path), and cxkit adds the member {@code "type": id()} to both. A type that needs more registers
 * serializers or mix-ins in {@link #configureJson}. Its schema fragments describe the same JSON.
 *
 * @param <Q> the question class
 * @param <A> the answer class
 */
public interface QuestionType<Q extends Question, A extends Answer> {

  /**
   * @return the type id used in JSON as {@code "type"}: 1 to 64 lower-case letters, digits and
   *     {@code _}, starting with a letter ({@code nps}, {@code multiple_choice}); unique in a registry
   */
  String id();

  /** @return the class of this type's questions; no other registered type may use it */
  Class<Q> questionClass();

  /** @return the class of this type's answers; no other registered type may use it */
  Class<A> answerClass();

  /**
   * Checks an answer against its question (a score on the scale, a choice that exists, not more
   * selections than allowed, a text within its length). It reports every problem and never throws
   * for bad data.
   *
   * @param question the question answered
   * @param answer the answer given
   * @return every violation, with paths relative to the answer ({@code ""} for the answer itself,
   *     {@code choices[1]} for a part of it); empty when the answer is valid
   */
  List<Violation> validate(Q question, A answer);

  /**
   * @param question the question to summarise
   * @return a new, empty accumulator of valid answers to {@code question}, whose snapshots merge
   */
  SummaryAccumulator<A, ?> newSummary(Q question);

  /**
   * @return the condition operators that apply to this type's answers; {@link
   *     ConditionOperator#IS_ANSWERED} and {@link ConditionOperator#IS_SKIPPED} always apply and
   *     need not be listed
   */
  Set<ConditionOperator> operators();

  /**
   * Checks the arguments of a condition on an answer to {@code question}, so that a condition that
   * could never hold is refused when the survey is built rather than silently never routing: an
   * {@code equals 11} on a 0..10 NPS question, a {@code one-of "fuly"} on a goal question, a {@code
   * contains "teh"} on a choice without that code. The operator is one of {@link #operators()}, or
   * {@code is-answered} / {@code is-skipped}; the arguments already fit the operator in number and
   * form as {@link io.cxkit.survey.condition.Comparison} requires. The default accepts everything.
   * It reports every problem and never throws for bad data.
   *
   * @param question the question the condition names
   * @param operator the comparison's operator
   * @param arguments the comparison's arguments
   * @return every violation, with paths relative to the comparison as its JSON names them ({@code
   *     value}, {@code values[1]}, {@code min}, {@code max}); empty when the arguments are fine
   */
  default List<Violation> validateCondition(Q question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    java.util.Objects.requireNonNull(question, "question");
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(arguments, "arguments");
    return List.of();
  }

  /**
   * @param answer a valid answer
   * @return what the answer says, in the plain form conditions compare and flat exports write
   */
  AnswerValue valueOf(A answer);

  /**
   * How a cell of a flat export (a CSV column mapped to the question) becomes an answer: the
   * reverse of {@link #valueOf}, so that what a CSV export writes reads back as the same answer. A
   * blank cell never reaches the parser (it is a question left unanswered). The default has none:
   * a CSV mapping that maps a column to such a question without a parser of its own is refused when
   * it is built (by cxkit's export preset, when a file holding the question's column is opened).
   *
   * @param question the question the column is mapped to
   * @param format how the export writes numbers and lists
   * @return the parser, or empty when this type's answers have no one-cell text form
   */
  default java.util.Optional<CellParser<A>> cellParser(Q question, CellFormat format) {
    java.util.Objects.requireNonNull(question, "question");
    java.util.Objects.requireNonNull(format, "format");
    return java.util.Optional.empty();
  }

  /**
   * @return a JSON Schema (draft 2020-12) of the question's JSON object: {@code "type": "object"}
   *     with its {@code properties} and {@code required} members, but not the {@code "type"}
   *     member, which the registry adds with this type's id as a constant
   */
  ObjectNode questionSchema();

  /**
   * @return a JSON Schema (draft 2020-12) of the answer's JSON object, likewise without its {@code
   *     "type"} member
   */
  ObjectNode answerSchema();

  /**
   * Adds what Jackson needs beyond plain databind for this type's classes (serializers, mix-ins).
   * The default adds nothing.
   *
   * @param module the module being set up
   */
  default void configureJson(SimpleModule module) {
    java.util.Objects.requireNonNull(module, "module");
  }
}
