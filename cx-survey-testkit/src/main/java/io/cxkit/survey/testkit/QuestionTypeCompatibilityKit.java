package io.cxkit.survey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.CxException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.UnknownQuestionTypeException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.InvalidConditionException;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.json.SurveySchema;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.SurveySummarizer;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.types.OpenTextQuestion;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;
import net.jqwik.api.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of the question-type SPI: extend it in a test class of your own type (and
 * every built-in type's tests do) to prove that the type works everywhere cxkit uses it.
 *
 * <pre>{@code
 * class RankingQuestionTypeTest extends QuestionTypeCompatibilityKit<RankingQuestion, RankingAnswer> {
 *   protected QuestionType<RankingQuestion, RankingAnswer> type() { return new RankingQuestionType(); }
 *   protected Arbitrary<RankingQuestion> questions() { ... }
 *   protected Arbitrary<RankingAnswer> validAnswers(RankingQuestion question) { ... }
 *   protected Arbitrary<RankingAnswer> invalidAnswers(RankingQuestion question) { ... }
 * }
 * }</pre>
 *
 * <p>The subclass supplies the type and jqwik {@link Arbitrary arbitraries} of its questions and of
 * valid and invalid answers to a given question; the kit then checks, as JUnit 5 tests and jqwik
 * properties:
 *
 * <ul>
 *   <li>the type id follows the id rule, the classes are concrete and distinct, the provider has the
 *       public no-argument constructor {@link java.util.ServiceLoader} needs, and {@link
 *       QuestionType#operators()} is a stable set without nulls;
 *   <li>a survey holding a question and a response holding an answer round-trip exactly through
 *       {@link SurveyJson} (equal objects, identical text), named by the type id, never a class name;
 *   <li>valid answers have no violations and a {@linkplain QuestionType#valueOf value}; invalid ones
 *       have at least one violation with a rule, and checking them never throws (a type without
 *       invalid answers says so with {@link #everyAnswerIsValid()});
 *   <li>summaries merge: the summary of all answers equals the {@code plus} of the summaries of any
 *       split of them, in either order, and {@code merge} of a snapshot agrees; an empty summary
 *       counts 0 answers (a type whose summary keeps a sample of answers in the order they came
 *       says so with {@link #summariesKeepAnswersInOrder()}, and is then held to the order of the
 *       answers, and in the other order to the same counts and estimates);
 *   <li>summaries have a serial form: a survey summary holding the question's summary of sample
 *       answers round-trips exactly through {@link SurveyJson#writeSummary} and {@link
 *       SurveyJson#readSummary(String, Survey)} (so the summary class binds with Jackson: a record
 *       of the type's, with cx-core values inside); and {@link QuestionSummary#estimates()} names
 *       the same estimates, none null, for an empty and a non-empty summary, so groups and periods
 *       compare figure by figure, each a valid {@link EstimateKey} name other than the question's
 *       own {@code answer-rate} and {@code drop-off};
 *   <li>if the type has a {@link QuestionType#cellParser cell parser}, it reads the text a flat
 *       export writes for a valid answer (its {@linkplain QuestionType#valueOf value}: a number
 *       plainly, integral ones without {@code .0}; a text as it is; codes joined with {@link
 *       CellFormat#DEFAULT}'s list separator; a flag as {@code true} or {@code false}) back into an
 *       answer with the same value;
 *   <li>condition support is coherent: every declared operator compares the form of value that
 *       valid answers have ({@code greater-than} a number, {@code contains} a text or codes); a
 *       comparison built from a valid answer's own value ({@code equals} and {@code one-of} it,
 *       {@code contains} one of its codes or its text, {@code in-range v v}, {@code greater-than}
 *       just below it, {@code less-than} just above) holds for that answer, {@link
 *       QuestionType#validateCondition} accepts it and so does a survey routing on it; and {@code
 *       validateCondition} never throws for arguments of any form that fit the operator;
 *   <li>{@link SurveySchema} of the {@linkplain #registry() registry} is valid JSON Schema draft
 *       2020-12, accepts the JSON of every question, answer, survey and response, and (like the
 *       reader, with {@link UnknownQuestionTypeException}) rejects an unknown type id; like the
 *       reader, it rejects a question or answer with a member the type does not have.
 * </ul>
 *
 * <p>Schemas are checked with networknt's json-schema-validator. Every assertion message starts
 * with the type id in brackets. The kit's fixtures (registry, JSON facade, compiled schemas) are
 * made once per test class. Tests run on the class path or the module path; on the module path the
 * packages of the question, answer and summary classes must be {@code opens} to {@code
 * com.fasterxml.jackson.databind}.
 *
 * @param <Q> the question class of the type under test
 * @param <A> the answer class of the type under test
 */
public abstract class QuestionTypeCompatibilityKit<Q extends Question, A extends Answer> {

  /** Tries per property: enough to meet each branch of a generator, fast enough to run per build. */
  private static final int TRIES = 200;

  /** Tries of the properties that validate JSON against a schema, the slowest checks. */
  private static final int SCHEMA_TRIES = 100;

  /**
   * Tries of the properties whose outcome hardly depends on the sample — how the reader treats a
   * foreign type id, the empty summary as the identity of {@code plus} — but whose every try writes
   * and reads whole documents or summarises a list: enough to meet each branch of a generator.
   */
  private static final int STRUCTURE_TRIES = 50;

  /** Longest list of answers summarised by the merge properties. */
  private static final int MAX_ANSWERS = 40;

  /** A member name that no question or answer is expected to have. */
  private static final String UNKNOWN_MEMBER = "cxkitCompatibilityKitUnknownMember";

  /** A type id that no registry is expected to hold. */
  private static final String UNKNOWN_TYPE_ID = "cxkit_compatibility_kit_unknown_type";

  /** The id rule of {@link QuestionType#id()}. */
  private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private static final Instant SUBMITTED_AT = Instant.parse("2026-11-30T10:15:00Z");

  private static final Map<Class<?>, Fixture> FIXTURES = new ConcurrentHashMap<>();

  /** For subclasses. */
  protected QuestionTypeCompatibilityKit() {}

  /**
   * @return the question type under test; the kit may call this more than once, and every call must
   *     return an equivalent, stateless instance
   */
  protected abstract QuestionType<Q, A> type();

  /**
   * @return questions of the type, covering its settings (scales, variants, optional labels present
   *     and absent); each needs an id a survey accepts and texts (labels included) with a locale in
   *     common, which becomes the default locale of the survey the kit puts it in. Questions it
   *     {@linkplain Question#questionReferences() refers to} are added before it as {@code
   *     open_text} questions, so the registry must then hold {@code open_text}, and a question may
   *     not refer to its own id (a survey refuses that).
   */
  protected abstract Arbitrary<Q> questions();

  /**
   * @param question a question from {@link #questions()}
   * @return answers of the type's answer class that {@link QuestionType#validate} must accept for
   *     {@code question}, covering its shapes (each option, the ends of a scale, optional parts
   *     present and absent); the kit also summarises lists of them, so every generated question
   *     needs at least one valid answer
   */
  protected abstract Arbitrary<A> validAnswers(Q question);

  /**
   * @param question a question from {@link #questions()}
   * @return answers of the type's answer class that break a rule of {@code question} (a score off
   *     the scale, an unknown choice, too many selections) and so must give at least one violation;
   *     {@link #noInvalidAnswers()} if {@link #everyAnswerIsValid()}
   */
  protected abstract Arbitrary<A> invalidAnswers(Q question);

  /**
   * Whether every answer of the type's class is valid for every question, as with {@code
   * goal_completion}, where each outcome answers each goal question (a missing outcome is refused
   * when the answer is made). The kit then skips its invalid-answer check and says why.
   *
   * @return false unless overridden
   */
  protected boolean everyAnswerIsValid() {
    return false;
  }

  /**
   * Whether the type's summary keeps a sample of the answers in the order they were recorded, as
   * {@code open_text} keeps its first texts up to a cap: the summary of two parts then depends on
   * which part comes first. The kit then asks that summaries added in the order of their answers
   * equal the whole, and that added in the other order they count the same answers and name the
   * same estimates with the same n; otherwise it asks that any order gives the whole.
   *
   * @return false unless overridden
   */
  protected boolean summariesKeepAnswersInOrder() {
    return false;
  }

  /**
   * @return what {@link #invalidAnswers} returns when {@link #everyAnswerIsValid()}: an arbitrary
   *     that the kit never draws from, and that fails the check naming both methods if it is drawn
   *     from because {@code everyAnswerIsValid()} was not overridden
   */
  protected final Arbitrary<A> noInvalidAnswers() {
    String message = "[" + type().id() + "] " + getClass().getName() + ".invalidAnswers returns"
        + " noInvalidAnswers(), so it must also override everyAnswerIsValid() to return true";
    return Arbitraries.just(message).map(text -> {
      throw new AssertionError(text);
    });
  }

  /**
   * The registry the JSON and schema checks use. The default is {@link
   * QuestionTypeRegistry#standard()} when it already holds {@link #type()} (a built-in type, or one
   * registered through {@code provides} or {@code META-INF/services}), and otherwise the standard
   * types plus {@link #type()}; a standard registry that holds another class under the type's id
   * fails the kit. So the kit passes for a type that {@link java.util.ServiceLoader} does not find:
   * test that registration on its own ({@code QuestionTypeRegistry.standard().find(id)}). Override
   * this to check the type in a registry of your own; it must hold the type, and {@code open_text}
   * when generated questions refer to others. It is called once per test class.
   *
   * @return the registry that holds the type under test
   */
  protected QuestionTypeRegistry registry() {
    QuestionType<Q, A> type = type();
    QuestionTypeRegistry standard = QuestionTypeRegistry.standard();
    Optional<QuestionType<?, ?>> found = standard.find(type.id());
    if (found.isPresent()) {
      if (found.get().getClass() != type.getClass()) {
        fail("[%s] the standard registry holds %s for type id %s, not the type under test %s",
            type.id(), found.get().getClass().getName(), type.id(), type.getClass().getName());
      }
      return standard;
    }
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder();
    standard.types().forEach(builder::register);
    return builder.register(type).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Providers

  /** @return the subclass's questions */
  @Provide
  public final Arbitrary<Q> kitQuestions() {
    return questions();
  }

  /** @return a question with one valid answer to it */
  @Provide
  public final Arbitrary<Answered<Q, A>> kitValidAnswers() {
    return questions().flatMap(question -> validAnswers(question).map(a -> new Answered<>(question, a)));
  }

  /** @return a question with one invalid answer to it */
  @Provide
  public final Arbitrary<Answered<Q, A>> kitInvalidAnswers() {
    return questions().flatMap(question -> invalidAnswers(question).map(a -> new Answered<>(question, a)));
  }

  /** @return a question with a list of valid answers and a point that splits the list in two */
  @Provide
  public final Arbitrary<AnswerSet<Q, A>> kitAnswerSets() {
    return questions().flatMap(question -> validAnswers(question).list().ofMaxSize(MAX_ANSWERS)
        .flatMap(answers -> Arbitraries.integers().between(0, answers.size())
            .map(split -> new AnswerSet<>(question, answers, split))));
  }

  // ---------------------------------------------------------------------------------------------
  // The provider

  /** The type id follows the rule of {@link QuestionType#id()} and is stable. */
  @Test
  public final void typeIdFollowsTheRule() {
    String id = type().id();
    assertThat(id).as("[%s] type id", id).isNotNull().matches(TYPE_ID);
    assertThat(type().id()).as("[%s] type id of a second call", id).isEqualTo(id);
  }

  /** The question and answer classes are concrete, distinct and stable. */
  @Test
  public final void questionAndAnswerClassesAreConcreteAndDistinct() {
    QuestionType<Q, A> type = type();
    String id = type.id();
    Class<Q> questionClass = type.questionClass();
    Class<A> answerClass = type.answerClass();
    assertThat(questionClass).as("[%s] questionClass()", id).isNotNull();
    assertThat(answerClass).as("[%s] answerClass()", id).isNotNull();
    assertThat(concrete(questionClass)).as("[%s] %s is a concrete class", id, questionClass.getName())
        .isTrue();
    assertThat(concrete(answerClass)).as("[%s] %s is a concrete class", id, answerClass.getName())
        .isTrue();
    assertThat(Question.class.isAssignableFrom(answerClass))
        .as("[%s] the answer class %s is not also a Question", id, answerClass.getName()).isFalse();
    assertThat(type().questionClass()).as("[%s] questionClass() of a second call", id)
        .isEqualTo(questionClass);
    assertThat(type().answerClass()).as("[%s] answerClass() of a second call", id)
        .isEqualTo(answerClass);
  }

  /** The provider can be created by {@link java.util.ServiceLoader}. */
  @Test
  public final void providerHasAPublicNoArgumentConstructor() {
    Class<?> provider = type().getClass();
    String id = type().id();
    assertThat(Modifier.isPublic(provider.getModifiers()) && !Modifier.isAbstract(provider.getModifiers()))
        .as("[%s] provider %s is a public concrete class", id, provider.getName()).isTrue();
    Constructor<?> constructor;
    try {
      constructor = provider.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new AssertionError("[" + id + "] provider " + provider.getName()
          + " needs a public no-argument constructor for ServiceLoader", e);
    }
    assertThat(Modifier.isPublic(constructor.getModifiers()))
        .as("[%s] the no-argument constructor of %s is public", id, provider.getName()).isTrue();
  }

  /** {@link QuestionType#operators()} is a stable set without nulls that callers cannot change. */
  @Test
  public final void operatorsAreAStableSetWithoutNulls() {
    QuestionType<Q, A> type = type();
    String id = type.id();
    Set<ConditionOperator> operators = type.operators();
    assertThat(operators).as("[%s] operators()", id).isNotNull().doesNotContainNull();
    Set<ConditionOperator> copy = EnumSet.noneOf(ConditionOperator.class);
    copy.addAll(operators);
    try {
      operators.clear();
    } catch (UnsupportedOperationException expected) {
      // An unmodifiable set is the expected answer; what matters is that nothing changed.
    }
    assertThat(type.operators()).as("[%s] operators() after a caller cleared the set it got", id)
        .containsExactlyInAnyOrderElementsOf(copy);
    assertThat(type().operators()).as("[%s] operators() of another instance", id)
        .containsExactlyInAnyOrderElementsOf(copy);
  }

  /** The registry used by the kit holds the type under test, by id and by classes. */
  @Test
  public final void registryHoldsTheType() {
    QuestionType<Q, A> type = type();
    QuestionTypeRegistry registry = fixture().registry;
    assertThat(registry.find(type.id())).as("[%s] registry().find(id)", type.id())
        .get().isInstanceOf(type.getClass());
  }

  /** The type's schema fragments are objects and valid draft 2020-12 schemas. */
  @Test
  public final void schemaFragmentsAreValidSchemas() {
    QuestionType<Q, A> type = type();
    String id = type.id();
    checkFragment(id, "questionSchema()", type.questionSchema());
    checkFragment(id, "answerSchema()", type.answerSchema());
  }

  private static void checkFragment(String id, String what, ObjectNode fragment) {
    assertThat(fragment).as("[%s] %s", id, what).isNotNull();
    assertThat(fragment.path("type").asText()).as("[%s] %s \"type\"", id, what).isEqualTo("object");
    assertThat(fragment.path("properties").has("type"))
        .as("[%s] %s leaves the \"type\" member to the registry", id, what).isFalse();
    assertThat(SchemaCheck.metaSchemaErrors(fragment))
        .as("[%s] %s against the draft 2020-12 meta-schema", id, what).isEmpty();
  }

  /** The registry's generated schemas are valid draft 2020-12 schemas. */
  @Test
  public final void registrySchemasAreValidDraft202012() {
    String id = type().id();
    SurveySchema schema = fixture().schema;
    Map<String, ObjectNode> documents = Map.of("survey()", schema.survey(), "response()",
        schema.response(), "question()", schema.question(), "answer()", schema.answer());
    for (Map.Entry<String, ObjectNode> document : documents.entrySet()) {
      assertThat(document.getValue().path("$schema").asText())
          .as("[%s] SurveySchema.%s \"$schema\"", id, document.getKey())
          .isEqualTo(SchemaCheck.DRAFT_2020_12);
      assertThat(SchemaCheck.metaSchemaErrors(document.getValue()))
          .as("[%s] SurveySchema.%s against the draft 2020-12 meta-schema", id, document.getKey())
          .isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generated questions and answers

  /**
   * Generated questions and answers are of the type's classes and found by the registry.
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = TRIES)
  public final void generatedValuesBelongToTheType(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    QuestionTypeRegistry registry = fixture().registry;
    assertThat(sample.question().getClass()).as("[%s] class of a generated question", id)
        .isEqualTo(type.questionClass());
    assertThat(sample.answer().getClass()).as("[%s] class of a generated answer", id)
        .isEqualTo(type.answerClass());
    assertThat(step("registry().typeOf(question)", () -> registry.typeOf(sample.question())).id())
        .as("[%s] registry().typeOf(question)", id).isEqualTo(id);
    assertThat(step("registry().typeOf(answer)", () -> registry.typeOf(sample.answer())).id())
        .as("[%s] registry().typeOf(answer)", id).isEqualTo(id);
  }

  /**
   * A valid answer has no violations, through the type and through the registry, and a value.
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = TRIES)
  public final void validAnswersHaveNoViolations(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    assertThat(step("validate(question, valid answer " + sample.answer() + ")",
        () -> type.validate(sample.question(), sample.answer())))
        .as("[%s] violations of a valid answer %s", id, sample.answer()).isEmpty();
    assertThat(step("registry().validate(question, valid answer " + sample.answer() + ")",
        () -> fixture().registry.validate(sample.question(), sample.answer())))
        .as("[%s] registry().validate of a valid answer %s", id, sample.answer()).isEmpty();
    AnswerValue value = step("valueOf(" + sample.answer() + ")", () -> type.valueOf(sample.answer()));
    assertThat(value).as("[%s] valueOf(%s)", id, sample.answer()).isNotNull();
    assertThat(type.valueOf(sample.answer())).as("[%s] valueOf(%s) again", id, sample.answer())
        .isEqualTo(value);
  }

  /**
   * An invalid answer has at least one violation, each with a rule, and checking it never throws.
   *
   * @param sample a question and an invalid answer
   */
  @Property(tries = TRIES)
  @AddLifecycleHook(SkipWhenEveryAnswerIsValid.class)
  public final void invalidAnswersHaveViolations(@ForAll("kitInvalidAnswers") Answered<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    List<List<Violation>> found = new ArrayList<>();
    assertThatCode(() -> found.add(type.validate(sample.question(), sample.answer())))
        .as("[%s] validate(question, invalid answer %s) reports, never throws", id, sample.answer())
        .doesNotThrowAnyException();
    List<Violation> violations = found.get(0);
    assertThat(violations).as("[%s] violations of the invalid answer %s to %s", id, sample.answer(),
        sample.question()).isNotNull().isNotEmpty().doesNotContainNull();
    for (Violation violation : violations) {
      assertThat(violation.rule()).as("[%s] rule of violation %s", id, violation).isNotBlank();
    }
    assertThat(fixture().registry.validate(sample.question(), sample.answer()))
        .as("[%s] registry().validate of the invalid answer %s", id, sample.answer())
        .isEqualTo(violations);
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * A survey holding the question, and the question alone, round-trip exactly, named by type id.
   *
   * @param question a generated question
   */
  @Property(tries = TRIES)
  public final void questionJsonRoundTrips(@ForAll("kitQuestions") Q question) {
    String id = type().id();
    SurveyJson json = fixture().json;
    Survey survey = surveyOf(question);

    String text = step("writing the survey " + survey + " as JSON", () -> json.writeSurvey(survey));
    Survey read = step("reading the survey back from " + text, () -> json.readSurvey(text));
    assertThat(read).as("[%s] survey read back from %s", id, text).isEqualTo(survey);
    assertThat(step("writing the survey read back", () -> json.writeSurvey(read)))
        .as("[%s] survey written again", id).isEqualTo(text);
    assertThat(read.question(question.id())).as("[%s] the question read back", id)
        .get().isInstanceOf(type().questionClass());

    String questionText = step("writing the question " + question + " as JSON",
        () -> json.writeQuestion(question));
    assertThat(step("reading the question back from " + questionText, () -> json.readQuestion(questionText)))
        .as("[%s] question read back from %s", id, questionText)
        .isEqualTo(question);
    assertThat(tree(questionText).path("type").asText()).as("[%s] \"type\" of %s", id, questionText)
        .isEqualTo(id);
    assertThat(questionText).as("[%s] question JSON names no Java class", id)
        .doesNotContain(question.getClass().getName());
  }

  /**
   * A response holding the answer, and the answer alone, round-trip exactly, named by type id.
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = TRIES)
  public final void answerJsonRoundTrips(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    String id = type().id();
    SurveyJson json = fixture().json;
    Response response = responseOf(sample);

    String text = step("writing the response " + response + " as JSON", () -> json.writeResponse(response));
    Response read = step("reading the response back from " + text, () -> json.readResponse(text));
    assertThat(read).as("[%s] response read back from %s", id, text).isEqualTo(response);
    assertThat(step("writing the response read back", () -> json.writeResponse(read)))
        .as("[%s] response written again", id).isEqualTo(text);

    String answerText = step("writing the answer " + sample.answer() + " as JSON",
        () -> json.writeAnswer(sample.answer()));
    assertThat(step("reading the answer back from " + answerText, () -> json.readAnswer(answerText)))
        .as("[%s] answer read back from %s", id, answerText)
        .isEqualTo(sample.answer());
    assertThat(tree(answerText).path("type").asText()).as("[%s] \"type\" of %s", id, answerText)
        .isEqualTo(id);
    assertThat(answerText).as("[%s] answer JSON names no Java class", id)
        .doesNotContain(sample.answer().getClass().getName());
  }

  /**
   * A survey whose question names an unknown type id, or a Java class name (of the question or of
   * the answer class), fails with {@link UnknownQuestionTypeException} naming the id and its
   * location; so does such a response.
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = STRUCTURE_TRIES)
  public final void unknownTypeIdsAreRejected(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    String id = type().id();
    SurveyJson json = fixture().json;
    assertThat(fixture().registry.find(UNKNOWN_TYPE_ID)).as("[%s] the kit's unknown id is unknown", id)
        .isEmpty();

    Survey original = surveyOf(sample.question());
    int index = original.indexOf(sample.question().id());
    for (String unknown : List.of(UNKNOWN_TYPE_ID, sample.question().getClass().getName(),
        sample.answer().getClass().getName())) {
      ObjectNode survey = tree(step("writing the survey " + original + " as JSON",
          () -> json.writeSurvey(original)));
      ((ObjectNode) survey.path("questions").path(index)).put("type", unknown);
      assertThatThrownBy(() -> json.readSurvey(survey.toString()))
          .as("[%s] reading a survey whose question has \"type\": \"%s\"", id, unknown)
          .isInstanceOfSatisfying(UnknownQuestionTypeException.class, e -> {
            assertThat(e.typeId()).as("[%s] typeId()", id).isEqualTo(unknown);
            assertThat(e.location()).as("[%s] location()", id).contains("questions[" + index + "]");
            assertThat(e.registeredIds()).as("[%s] registeredIds()", id).contains(id);
          });

      Response withAnswer = responseOf(sample);
      ObjectNode response = tree(step("writing the response " + withAnswer + " as JSON",
          () -> json.writeResponse(withAnswer)));
      ((ObjectNode) response.path("answers").path(sample.question().id())).put("type", unknown);
      assertThatThrownBy(() -> json.readResponse(response.toString()))
          .as("[%s] reading a response whose answer has \"type\": \"%s\"", id, unknown)
          .isInstanceOfSatisfying(UnknownQuestionTypeException.class, e -> {
            assertThat(e.typeId()).as("[%s] typeId()", id).isEqualTo(unknown);
            assertThat(e.location()).as("[%s] location()", id).contains("answers");
          });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // JSON Schema

  /**
   * The JSON of a question, a survey holding it, an answer and a response holding it is valid
   * against the registry's schemas; with an unknown type id it is not, nor with a member that the
   * reader refuses as unknown (an open fragment describes other JSON than the reader reads).
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = SCHEMA_TRIES)
  public final void jsonIsValidAgainstTheSchema(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    String id = type().id();
    Fixture fixture = fixture();
    SurveyJson json = fixture.json;

    ObjectNode question = tree(step("writing the question " + sample.question() + " as JSON",
        () -> json.writeQuestion(sample.question())));
    Survey original = surveyOf(sample.question());
    int index = original.indexOf(sample.question().id());
    ObjectNode survey = tree(step("writing the survey " + original + " as JSON",
        () -> json.writeSurvey(original)));
    ObjectNode answer = tree(step("writing the answer " + sample.answer() + " as JSON",
        () -> json.writeAnswer(sample.answer())));
    Response withAnswer = responseOf(sample);
    ObjectNode response = tree(step("writing the response " + withAnswer + " as JSON",
        () -> json.writeResponse(withAnswer)));
    assertThat(fixture.questionSchema.errors(question))
        .as("[%s] schema errors of question %s", id, question).isEmpty();
    assertThat(fixture.surveySchema.errors(survey))
        .as("[%s] schema errors of survey %s", id, survey).isEmpty();
    assertThat(fixture.answerSchema.errors(answer))
        .as("[%s] schema errors of answer %s", id, answer).isEmpty();
    assertThat(fixture.responseSchema.errors(response))
        .as("[%s] schema errors of response %s", id, response).isEmpty();

    ObjectNode extraQuestion = question.deepCopy().put(UNKNOWN_MEMBER, true);
    if (refuses(() -> json.readQuestion(extraQuestion.toString()))) {
      assertThat(fixture.questionSchema.errors(extraQuestion))
          .as("[%s] schema errors of question %s, whose member \"%s\" the reader refuses", id, extraQuestion,
              UNKNOWN_MEMBER)
          .isNotEmpty();
    }
    ObjectNode extraAnswer = answer.deepCopy().put(UNKNOWN_MEMBER, true);
    if (refuses(() -> json.readAnswer(extraAnswer.toString()))) {
      assertThat(fixture.answerSchema.errors(extraAnswer))
          .as("[%s] schema errors of answer %s, whose member \"%s\" the reader refuses", id, extraAnswer,
              UNKNOWN_MEMBER)
          .isNotEmpty();
    }

    question.put("type", UNKNOWN_TYPE_ID);
    ((ObjectNode) survey.path("questions").path(index)).put("type", UNKNOWN_TYPE_ID);
    answer.put("type", UNKNOWN_TYPE_ID);
    assertThat(fixture.questionSchema.errors(question))
        .as("[%s] schema errors of a question of unknown type", id).isNotEmpty();
    assertThat(fixture.surveySchema.errors(survey))
        .as("[%s] schema errors of a survey with a question of unknown type", id).isNotEmpty();
    assertThat(fixture.answerSchema.errors(answer))
        .as("[%s] schema errors of an answer of unknown type", id).isNotEmpty();
    ((ObjectNode) response.path("answers").path(sample.question().id())).put("type", UNKNOWN_TYPE_ID);
    assertThat(fixture.responseSchema.errors(response))
        .as("[%s] schema errors of a response with an answer of unknown type", id).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Summaries

  /**
   * An empty accumulator's summary counts no answer and is the identity of {@code plus}.
   *
   * @param sample a question and valid answers
   */
  @Property(tries = STRUCTURE_TRIES)
  public final void emptySummaryCountsNothing(@ForAll("kitAnswerSets") AnswerSet<Q, A> sample) {
    checkEmpty(type().newSummary(sample.question()), sample);
  }

  private <S extends QuestionSummary<S>> void checkEmpty(SummaryAccumulator<A, S> empty,
      AnswerSet<Q, A> sample) {
    String id = type().id();
    assertThat(empty).as("[%s] newSummary(question)", id).isNotNull();
    S none = empty.snapshot();
    assertThat(none).as("[%s] snapshot() of an empty accumulator", id).isNotNull();
    assertThat(none.answered()).as("[%s] answered() of an empty summary", id).isZero();
    assertThat(none.plus(none).answered()).as("[%s] answered() of empty plus empty", id).isZero();

    SummaryAccumulator<A, S> all = sameKind(empty, sample.question());
    step("adding valid answers " + sample.answers() + " to newSummary(question)", () -> {
      sample.answers().forEach(all::add);
      return all;
    });
    S whole = all.snapshot();
    assertThat(whole.plus(none)).as("[%s] summary plus the empty summary", id).isEqualTo(whole);
    assertThat(none.plus(whole)).as("[%s] the empty summary plus a summary", id).isEqualTo(whole);
  }

  /**
   * The summary of all answers equals the sum of the summaries of the two parts of any split, by
   * {@code plus} of snapshots in either order and by {@code merge} into an accumulator, and so does
   * one accumulator given the second part first; earlier snapshots do not change.
   *
   * @param sample a question, valid answers and a split point
   */
  @Property(tries = TRIES)
  public final void summaryMergeEqualsWhole(@ForAll("kitAnswerSets") AnswerSet<Q, A> sample) {
    checkMerge(type().newSummary(sample.question()), sample);
  }

  private <S extends QuestionSummary<S>> void checkMerge(SummaryAccumulator<A, S> whole,
      AnswerSet<Q, A> sample) {
    String id = type().id();
    Q question = sample.question();
    List<A> answers = sample.answers();
    List<A> left = answers.subList(0, sample.split());
    List<A> right = answers.subList(sample.split(), answers.size());

    step("adding valid answers " + answers + " to newSummary(question)", () -> {
      answers.forEach(whole::add);
      return whole;
    });
    S expected = whole.snapshot();
    assertThat(expected.answered()).as("[%s] answered() after %d answers", id, answers.size())
        .isEqualTo(answers.size());

    SummaryAccumulator<A, S> first = sameKind(whole, question);
    SummaryAccumulator<A, S> second = sameKind(whole, question);
    left.forEach(first::add);
    right.forEach(second::add);
    S firstPart = first.snapshot();
    S secondPart = second.snapshot();
    assertThat(firstPart.plus(secondPart))
        .as("[%s] summary of answers[0..%d) plus summary of answers[%d..%d)", id, sample.split(),
            sample.split(), answers.size())
        .isEqualTo(expected);
    // Partial results from several machines arrive in any order.
    SummaryAccumulator<A, S> reversed = sameKind(whole, question);
    right.forEach(reversed::add);
    left.forEach(reversed::add);
    if (summariesKeepAnswersInOrder()) {
      checkSameCounts(secondPart.plus(firstPart), expected,
          "summary of answers[" + sample.split() + ".." + answers.size()
              + ") plus summary of answers[0.." + sample.split() + ")");
      checkSameCounts(reversed.snapshot(), expected, "summary of answers[" + sample.split() + ".."
          + answers.size() + ") then answers[0.." + sample.split() + "), added to one accumulator");
    } else {
      assertThat(secondPart.plus(firstPart))
          .as("[%s] summary of answers[%d..%d) plus summary of answers[0..%d)", id, sample.split(),
              answers.size(), sample.split())
          .isEqualTo(expected);
      assertThat(reversed.snapshot())
          .as("[%s] summary of answers[%d..%d) then answers[0..%d), added to one accumulator", id,
              sample.split(), answers.size(), sample.split())
          .isEqualTo(expected);
    }

    first.merge(secondPart);
    assertThat(first.snapshot()).as("[%s] accumulator of answers[0..%d) after merge(snapshot of the rest)",
        id, sample.split()).isEqualTo(expected);

    SummaryAccumulator<A, S> again = sameKind(whole, question);
    left.forEach(again::add);
    assertThat(firstPart).as("[%s] a snapshot taken before the accumulator changed", id)
        .isEqualTo(again.snapshot());
  }

  /**
   * Checks that a summary of the same answers in another order counts the same answers and has the
   * same estimates with the same n (their values may differ in the last bits of floating point).
   */
  private <S extends QuestionSummary<S>> void checkSameCounts(S actual, S expected, String what) {
    String id = type().id();
    assertThat(actual.answered()).as("[%s] answered() of the %s", id, what)
        .isEqualTo(expected.answered());
    Map<String, Long> actualN = new java.util.LinkedHashMap<>();
    actual.estimates().forEach((name, estimate) -> actualN.put(name, estimate.n()));
    Map<String, Long> expectedN = new java.util.LinkedHashMap<>();
    expected.estimates().forEach((name, estimate) -> expectedN.put(name, estimate.n()));
    assertThat(actualN).as("[%s] the n of each estimate of the %s", id, what).isEqualTo(expectedN);
  }

  /**
   * A survey summary of responses that each hold one of the sample answers round-trips exactly
   * through {@link SurveyJson#writeSummary} and {@link SurveyJson#readSummary(String, Survey)}: the
   * question's summary is written by databind and read back as the class the type produces, equal
   * to the original, and written again gives the same text.
   *
   * @param sample a question and valid answers
   */
  @Property(tries = STRUCTURE_TRIES)
  public final void summaryJsonRoundTrips(@ForAll("kitAnswerSets") AnswerSet<Q, A> sample) {
    String id = type().id();
    Fixture fixture = fixture();
    SurveyJson json = fixture.json;
    Survey survey = surveyOf(sample.question());
    SurveySummarizer summarizer = step("making a SurveySummarizer of " + survey,
        () -> SurveySummarizer.builder(survey).registry(fixture.registry).build());
    List<A> answers = sample.answers();
    for (int i = 0; i < answers.size(); i++) {
      Response response = responseOf(new Answered<>(sample.question(), answers.get(i)), "kit-response-" + i);
      step("summarising the response " + response, () -> summarizer.add(response));
    }
    summarizer.addDisplays(answers.size() + sample.split());
    SurveySummary summary = summarizer.snapshot();
    String text = step("writing the summary of answers " + answers + " as JSON",
        () -> json.writeSummary(summary));
    SurveySummary read = step("reading the summary back from " + text,
        () -> json.readSummary(text, survey));
    QuestionSummary<?> mine = summary.question(sample.question().id()).summary();
    assertThat(read.question(sample.question().id()).summary())
        .as("[%s] the question's summary read back from %s", id, text).isEqualTo(mine);
    assertThat(read).as("[%s] summary read back from %s", id, text).isEqualTo(summary);
    assertThat(step("writing the summary read back", () -> json.writeSummary(read)))
        .as("[%s] summary written again", id).isEqualTo(text);
  }

  /**
   * {@link QuestionSummary#estimates()} names the same estimates for the empty summary and for the
   * summary of valid answers (and of both added), each value present: a report compares groups and
   * periods name by name, so a name must not come and go with the data.
   *
   * @param sample a question and one or more valid answers
   */
  @Property(tries = STRUCTURE_TRIES)
  public final void estimatesAreNamedAlikeWhateverTheAnswers(
      @ForAll("kitNonEmptyAnswerSets") AnswerSet<Q, A> sample) {
    checkEstimates(type().newSummary(sample.question()), sample);
  }

  private <S extends QuestionSummary<S>> void checkEstimates(SummaryAccumulator<A, S> accumulator,
      AnswerSet<Q, A> sample) {
    String id = type().id();
    S empty = accumulator.snapshot();
    step("adding valid answers " + sample.answers() + " to newSummary(question)", () -> {
      sample.answers().forEach(accumulator::add);
      return accumulator;
    });
    S full = accumulator.snapshot();
    Map<String, io.cxkit.core.stats.MergeableEstimate<?>> none = empty.estimates();
    Map<String, io.cxkit.core.stats.MergeableEstimate<?>> some = full.estimates();
    assertThat(none).as("[%s] estimates() of an empty summary", id).isNotNull();
    assertThat(some).as("[%s] estimates() of the summary of %s", id, sample.answers()).isNotNull()
        .doesNotContainValue(null);
    assertThat(none).as("[%s] estimates() of an empty summary", id).doesNotContainValue(null);
    assertThat(some.keySet()).as("[%s] the estimates' names for %s, against those of an empty summary %s",
        id, sample.answers(), none.keySet()).containsExactlyInAnyOrderElementsOf(none.keySet());
    assertThat(empty.plus(full).estimates().keySet())
        .as("[%s] the estimates' names of the empty summary plus a summary", id)
        .containsExactlyInAnyOrderElementsOf(none.keySet());
    String questionId = sample.question().id();
    for (String name : none.keySet()) {
      // A survey summary names each estimate by question and name; these two are the question's
      // own rates there, and a type's estimate of that name would hide them.
      assertThat(name).as("[%s] the name of an estimate of estimates()", id)
          .isNotIn(EstimateKey.ANSWER_RATE, EstimateKey.DROP_OFF);
      step("naming the estimate \"" + name + "\" EstimateKey.question(\"" + questionId + "\", name)",
          () -> EstimateKey.question(questionId, name));
    }
  }

  /**
   * If the type has a {@link QuestionType#cellParser} for {@link CellFormat#DEFAULT}, it reads the
   * text a flat export writes for a valid answer — its {@linkplain QuestionType#valueOf value} as
   * {@link #exportText} writes it — back into an answer with the same value, without throwing. A
   * type without a parser has nothing to check (its answers cannot be imported from a CSV column);
   * {@code cellParser} must still return an {@link Optional}, never null. A value whose text is
   * blank (an empty list of codes) is left out: a blank cell is an unanswered question.
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = TRIES)
  public final void cellParserReadsTheExportTextBack(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    Optional<CellParser<A>> parser = step("cellParser(question, CellFormat.DEFAULT)",
        () -> type.cellParser(sample.question(), CellFormat.DEFAULT));
    assertThat(parser).as("[%s] cellParser(question, CellFormat.DEFAULT)", id).isNotNull();
    if (parser.isEmpty()) {
      return;
    }
    AnswerValue value = step("valueOf(" + sample.answer() + ")", () -> type.valueOf(sample.answer()));
    String text = exportText(value, CellFormat.DEFAULT);
    if (text.isBlank()) {
      return;
    }
    A parsed = step("parsing the cell \"" + text + "\", the export text of " + sample.answer(),
        () -> parser.get().parse(text));
    assertThat(parsed).as("[%s] the answer parsed from the cell \"%s\"", id, text).isNotNull();
    assertThat(step("valueOf(" + parsed + ")", () -> type.valueOf(parsed)))
        .as("[%s] valueOf the answer parsed from the cell \"%s\", the export text of %s", id, text,
            sample.answer())
        .isEqualTo(value);
  }

  /**
   * The text a flat export writes for an answer's value, as cxkit's CSV layout does: a number as a
   * plain decimal, integral ones without {@code .0} ({@code 9}, {@code 4.5}, with a decimal comma
   * when the format says so); a text as it is; codes joined with the format's list separator; a
   * flag as {@code true} or {@code false}.
   *
   * @param value an answer's value
   * @param format how numbers and lists are written
   * @return the cell's text
   */
  protected static String exportText(AnswerValue value, CellFormat format) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(format, "format");
    if (value instanceof AnswerValue.NumberValue number) {
      String plain = java.math.BigDecimal.valueOf(number.value()).stripTrailingZeros().toPlainString();
      return format.decimalComma() ? plain.replace('.', ',') : plain;
    }
    if (value instanceof AnswerValue.TextValue text) {
      return text.value();
    }
    if (value instanceof AnswerValue.CodesValue codes) {
      return String.join(format.listSeparator(), codes.values());
    }
    return Boolean.toString(((AnswerValue.FlagValue) value).value());
  }

  // The registry pairs the type's question class with this accumulator's class, so a second
  // accumulator for the same question has the same summary type; the class check makes it explicit.
  @SuppressWarnings("unchecked")
  private <S extends QuestionSummary<S>> SummaryAccumulator<A, S> sameKind(
      SummaryAccumulator<A, S> model, Q question) {
    SummaryAccumulator<A, ?> made = type().newSummary(question);
    assertThat(made).as("[%s] newSummary(question)", type().id()).isNotNull();
    assertThat(made).as("[%s] newSummary(question) returns a new accumulator each time", type().id())
        .isNotSameAs(model);
    assertThat(made.getClass()).as("[%s] class of newSummary(question)", type().id())
        .isEqualTo(model.getClass());
    return (SummaryAccumulator<A, S>) made;
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions

  /**
   * Each operator that {@link QuestionType#operators()} declares compares the form of value that
   * valid answers have: {@code in-range}, {@code greater-than} and {@code less-than} need numbers,
   * {@code contains} a text or a list of codes; an operator that no answer's value could match
   * would let a survey route on a condition that never holds. Some answers may have values of
   * another form (a "not applicable" text beside the points of a scale), so the check asks that the
   * form turns up among the answers of all tries together, not among those of each.
   *
   * @param sample a question and valid answers to it
   */
  @Property(tries = STRUCTURE_TRIES)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  public final void declaredOperatorsCompareTheAnswersValues(
      @ForAll("kitNonEmptyAnswerSets") AnswerSet<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    List<AnswerValue> values = new ArrayList<>();
    for (A answer : sample.answers()) {
      values.add(step("valueOf(" + answer + ")", () -> type.valueOf(answer)));
    }
    for (ConditionOperator operator : declaredOperators(type)) {
      String needs = formNeeded(operator);
      if (needs == null) {
        continue;
      }
      // Checked once all tries have run: the tries whose answers had a value of the form.
      StatisticsCollector tries = Statistics.label(operator.id());
      tries.collect(values.stream().anyMatch(value -> fits(operator, value)));
      tries.coverage(coverage -> coverage.check(true).count((Consumer<Integer>) count ->
          assertThat(count)
              .as("[%s] operators() declares %s, which compares %s, but the values of valid answers"
                  + " are never %s in %d tries, such as those of %s: %s", id, operator.id(), needs,
                  needs, STRUCTURE_TRIES, sample.answers(), values)
              .isPositive()));
    }
  }

  /**
   * Comparisons built from a valid answer's own value hold for that answer, without throwing; {@link
   * QuestionType#validateCondition} accepts them, as they can hold; and a survey that routes on them
   * is built. Checked for each declared operator whose form the value has, and for {@code
   * is-answered} (holds) and {@code is-skipped} (does not; on missing facts it alone holds).
   *
   * @param sample a question and a valid answer
   */
  @Property(tries = TRIES)
  public final void conditionsOnAnAnswersOwnValueHold(@ForAll("kitValidAnswers") Answered<Q, A> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    Q question = sample.question();
    AnswerValue value = step("valueOf(" + sample.answer() + ")", () -> type.valueOf(sample.answer()));
    Operand operand = Operand.answer(question.id());
    Facts answered = Facts.of(Map.of(operand, value));

    List<Comparison> holding = new ArrayList<>();
    holding.add(Comparison.of(operand, ConditionOperator.IS_ANSWERED));
    for (ConditionOperator operator : declaredOperators(type)) {
      for (List<AnswerValue> arguments : argumentsFrom(operator, value)) {
        holding.add(step("building the comparison " + operator.id() + " " + arguments + " from valueOf("
            + sample.answer() + ")", () -> new Comparison(operand, operator, arguments)));
      }
    }
    for (Comparison comparison : holding) {
      assertThat(step("testing " + comparison + " on the answer's value " + value,
          () -> comparison.test(answered)))
          .as("[%s] %s on the value %s of the valid answer %s", id, comparison, value, sample.answer())
          .isTrue();
      assertThat(comparison.test(Facts.none())).as("[%s] %s on missing facts", id, comparison).isFalse();
      assertThat(step("validateCondition(question, " + comparison.operator().id() + ", "
              + comparison.arguments() + ")",
          () -> type.validateCondition(question, comparison.operator(), comparison.arguments())))
          .as("[%s] validateCondition of %s, which the valid answer %s to %s meets", id, comparison,
              sample.answer(), question)
          .isEmpty();
      step("building a survey that routes on " + comparison, () -> surveyOf(question, comparison));
    }
    Comparison skipped = Comparison.of(operand, ConditionOperator.IS_SKIPPED);
    assertThat(skipped.test(answered)).as("[%s] %s on an answered question", id, skipped).isFalse();
    assertThat(skipped.test(Facts.none())).as("[%s] %s on missing facts", id, skipped).isTrue();
    assertThat(type.validateCondition(question, ConditionOperator.IS_SKIPPED, List.of()))
        .as("[%s] validateCondition(question, is-skipped, [])", id).isEmpty();
  }

  /**
   * {@link QuestionType#validateCondition} reports and never throws, for each declared operator and
   * {@code is-answered} / {@code is-skipped}, with arguments of any form that fit the operator as
   * {@link Comparison} requires (the values of valid answers and their parts among them): it
   * returns a list without nulls, each violation with a rule.
   *
   * @param sample a question, an operator and arguments for it
   */
  @Property(tries = TRIES)
  public final void validateConditionNeverThrows(@ForAll("kitConditions") ConditionCase<Q> sample) {
    QuestionType<Q, A> type = type();
    String id = type.id();
    List<List<Violation>> found = new ArrayList<>();
    assertThatCode(() -> found.add(type.validateCondition(sample.question(), sample.operator(),
        sample.arguments())))
        .as("[%s] validateCondition(question, %s, %s) reports, never throws", id, sample.operator().id(),
            sample.arguments())
        .doesNotThrowAnyException();
    List<Violation> violations = found.get(0);
    assertThat(violations).as("[%s] validateCondition(question, %s, %s)", id, sample.operator().id(),
        sample.arguments()).isNotNull().doesNotContainNull();
    for (Violation violation : violations) {
      assertThat(violation.rule()).as("[%s] rule of violation %s", id, violation).isNotBlank();
    }
  }

  /** @return a question with one to {@value #MAX_ANSWERS} valid answers (the split is unused) */
  @Provide
  public final Arbitrary<AnswerSet<Q, A>> kitNonEmptyAnswerSets() {
    return questions().flatMap(question -> validAnswers(question).list().ofMinSize(1).ofMaxSize(MAX_ANSWERS)
        .map(answers -> new AnswerSet<>(question, answers, 0)));
  }

  /**
   * @return a question, an operator it may be compared with (a declared one, {@code is-answered} or
   *     {@code is-skipped}) and arguments of any form that fit it, some taken from a valid answer;
   *     only arguments that {@link Comparison} accepts, as {@link QuestionType#validateCondition}
   *     is promised (no text with an unpaired surrogate, say)
   */
  @Provide
  public final Arbitrary<ConditionCase<Q>> kitConditions() {
    List<ConditionOperator> operators = new ArrayList<>(declaredOperators(type()));
    operators.add(ConditionOperator.IS_ANSWERED);
    operators.add(ConditionOperator.IS_SKIPPED);
    return kitValidAnswers().flatMap(sample -> {
      AnswerValue own = type().valueOf(sample.answer());
      return Arbitraries.of(operators).flatMap(operator -> fittingArguments(operator, own)
          .filter(arguments -> comparisonAccepts(operator, arguments))
          .map(arguments -> new ConditionCase<>(sample.question(), operator, arguments)));
    });
  }

  /**
   * @return whether {@link Comparison} accepts the arguments: the generators draw texts of any
   *     chars, and a type may rightly build a comparison from what it is given
   */
  private static boolean comparisonAccepts(ConditionOperator operator, List<AnswerValue> arguments) {
    try {
      new Comparison(Operand.answer("q"), operator, arguments);
      return true;
    } catch (InvalidConditionException unfit) {
      return false;
    }
  }

  /** @return the declared operators, nulls left out: {@link #operatorsAreAStableSetWithoutNulls} reports them */
  private static Set<ConditionOperator> declaredOperators(QuestionType<?, ?> type) {
    Set<ConditionOperator> declared = EnumSet.noneOf(ConditionOperator.class);
    Set<ConditionOperator> operators = type.operators();
    if (operators != null) {
      for (ConditionOperator operator : operators) {
        if (operator != null) {
          declared.add(operator);
        }
      }
    }
    return declared;
  }

  /** @return the form of value {@code operator} compares, or null when it compares any */
  private static @Nullable String formNeeded(ConditionOperator operator) {
    switch (operator) {
      case IN_RANGE:
      case GREATER_THAN:
      case LESS_THAN:
        return "numbers";
      case CONTAINS:
        return "texts or lists of codes";
      default:
        return null;
    }
  }

  private static boolean fits(ConditionOperator operator, AnswerValue value) {
    switch (operator) {
      case IN_RANGE:
      case GREATER_THAN:
      case LESS_THAN:
        return value instanceof AnswerValue.NumberValue;
      case CONTAINS:
        return value instanceof AnswerValue.TextValue || value instanceof AnswerValue.CodesValue;
      default:
        return true;
    }
  }

  /** @return the argument lists of {@code operator}, built from {@code value}, that {@code value} meets */
  private static List<List<AnswerValue>> argumentsFrom(ConditionOperator operator, AnswerValue value) {
    List<List<AnswerValue>> out = new ArrayList<>();
    switch (operator) {
      case EQUALS:
      case ONE_OF:
        out.add(List.of(value));
        break;
      case IN_RANGE:
        if (value instanceof AnswerValue.NumberValue number) {
          out.add(List.of(number, number));
        }
        break;
      case GREATER_THAN:
        if (value instanceof AnswerValue.NumberValue number && Double.isFinite(Math.nextDown(number.value()))) {
          out.add(List.of(new AnswerValue.NumberValue(Math.nextDown(number.value()))));
        }
        break;
      case LESS_THAN:
        if (value instanceof AnswerValue.NumberValue number && Double.isFinite(Math.nextUp(number.value()))) {
          out.add(List.of(new AnswerValue.NumberValue(Math.nextUp(number.value()))));
        }
        break;
      case CONTAINS:
        if (value instanceof AnswerValue.TextValue text && !text.value().isEmpty()) {
          out.add(List.of(text));
        } else if (value instanceof AnswerValue.CodesValue codes) {
          for (String code : new LinkedHashSet<>(codes.values())) {
            if (!code.isEmpty()) {
              out.add(List.of(new AnswerValue.TextValue(code)));
            }
          }
        }
        break;
      default:
        break;
    }
    return out;
  }

  /**
   * Arguments of any form that fit {@code operator} in number and form, as {@link Comparison}
   * requires; {@code own} (a valid answer's value) and its parts are among the candidates.
   */
  private static Arbitrary<List<AnswerValue>> fittingArguments(ConditionOperator operator, AnswerValue own) {
    List<String> parts = new ArrayList<>();
    if (own instanceof AnswerValue.TextValue text) {
      parts.add(text.value());
    } else if (own instanceof AnswerValue.CodesValue codes) {
      parts.addAll(codes.values());
    }
    parts.add("other");
    Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of(parts), Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(4));
    Arbitrary<AnswerValue> numbers = Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 1003).map(n -> (AnswerValue) new AnswerValue.NumberValue(n)),
        Arbitraries.of(0.5, -0.0, 6.75, 1e300, -1e300, Double.MIN_VALUE, Double.MAX_VALUE)
            .map(AnswerValue.NumberValue::new));
    Arbitrary<AnswerValue> anyValue = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(own)),
        Tuple.of(3, numbers),
        Tuple.of(3, texts.map(AnswerValue.TextValue::new)),
        Tuple.of(2, texts.list().ofMaxSize(4).map(AnswerValue.CodesValue::new)),
        Tuple.of(1, Arbitraries.of(true, false).map(AnswerValue.FlagValue::new)));
    switch (operator) {
      case EQUALS:
        return anyValue.list().ofSize(1);
      case ONE_OF:
        return anyValue.list().ofMinSize(1).ofMaxSize(4);
      case IN_RANGE:
        return numbers.list().ofSize(2).map(pair -> {
          double a = ((AnswerValue.NumberValue) pair.get(0)).value();
          double b = ((AnswerValue.NumberValue) pair.get(1)).value();
          return a <= b ? pair : List.of(pair.get(1), pair.get(0));
        });
      case GREATER_THAN:
      case LESS_THAN:
        return numbers.list().ofSize(1);
      case CONTAINS:
        return texts.filter(text -> !text.isEmpty()).map(text -> List.<AnswerValue>of(new AnswerValue.TextValue(text)));
      default:
        return Arbitraries.just(List.of());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static boolean concrete(Class<?> type) {
    return !type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && !type.isArray()
        && !type.isPrimitive();
  }

  private Fixture fixture() {
    return FIXTURES.computeIfAbsent(getClass(), kit -> new Fixture(registry()));
  }

  private ObjectNode tree(String json) {
    try {
      JsonNode node = fixture().json.mapper().readTree(json);
      assertThat(node).as("[%s] JSON document %s", type().id(), json).isInstanceOf(ObjectNode.class);
      return (ObjectNode) node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("[" + type().id() + "] SurveyJson wrote JSON it cannot parse: " + json, e);
    }
  }

  /**
   * @param question a question
   * @return a survey holding {@code question} last, after an open-text question for each question
   *     it {@linkplain Question#questionReferences() refers to}; its default locale is the first
   *     locale of the question's text that all of the question's texts have
   */
  private Survey surveyOf(Q question) {
    return surveyOf(question, null);
  }

  /**
   * @param question a question
   * @param when a condition on its answer, or null
   * @return the survey of {@link #surveyOf(Question)}, which with a condition ends after {@code
   *     question} when it holds, built with the {@linkplain #registry() registry} so that the type
   *     checks the condition
   */
  private Survey surveyOf(Q question, @Nullable Condition when) {
    Locale locale = surveyLocale(question);
    String tag = locale.toLanguageTag();
    Survey.Builder survey = Survey.builder(surveyId())
        .version(3)
        .defaultLocale(locale)
        .title(LocalizedText.of(tag, "Compatibility kit"))
        .kind(SurveyKind.PRODUCT);
    for (String referenced : new LinkedHashSet<>(question.questionReferences().values())) {
      survey.question(new OpenTextQuestion(referenced, LocalizedText.of(tag, "Referenced question"), false,
          OpenTextQuestion.DEFAULT_MAX_LENGTH, null));
    }
    survey.question(question);
    if (when != null) {
      survey.route(RoutingRule.after(question.id()).when(when).endSurvey()).registry(fixture().registry);
    }
    return step("putting the generated question " + question + " in a survey",
        () -> survey.build());
  }

  private Locale surveyLocale(Q question) {
    Map<String, LocalizedText> texts = question.localizedTexts();
    for (Locale locale : question.text().locales()) {
      if (texts.values().stream().allMatch(text -> text.covers(locale))) {
        return locale;
      }
    }
    throw new AssertionError("[" + type().id() + "] the texts of the generated question " + question
        + " share no locale, but a survey needs every text in its default locale: generate texts"
        + " with a locale in common");
  }

  private String surveyId() {
    return "kit-" + type().id().replace('_', '-');
  }

  private Response responseOf(Answered<Q, A> sample) {
    return responseOf(sample, "kit-response");
  }

  private Response responseOf(Answered<Q, A> sample, String responseId) {
    return step("putting the generated answer " + sample.answer() + " in a response",
        () -> Response.builder(responseId, surveyId(), 3)
            .submittedAt(SUBMITTED_AT)
            .answer(sample.question().id(), sample.answer())
            .build());
  }

  /** @return whether {@code read} fails with a {@link CxException}, as reading refuses bad JSON */
  private static boolean refuses(Runnable read) {
    try {
      read.run();
      return false;
    } catch (CxException refused) {
      return true;
    }
  }

  /**
   * Runs one step of a check, so that an exception it throws (a {@code CxException} of the JSON
   * facade, say) fails the check with a message that starts with the type id and names the step
   * and its input, like every assertion of the kit.
   */
  private <T> T step(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      throw new AssertionError("[" + type().id() + "] " + what + " failed: " + e, e);
    }
  }

  /**
   * A generated question and one answer to it.
   *
   * @param <Q> the question class
   * @param <A> the answer class
   * @param question the question
   * @param answer the answer
   */
  public record Answered<Q extends Question, A extends Answer>(Q question, A answer) {
    /** Checks that both are present. */
    public Answered {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * A generated question, valid answers to it and a point that splits them into {@code
   * answers[0..split)} and {@code answers[split..size)}.
   *
   * @param <Q> the question class
   * @param <A> the answer class
   * @param question the question
   * @param answers the answers; copied, unmodifiable
   * @param split the split point, 0 to {@code answers.size()}
   */
  public record AnswerSet<Q extends Question, A extends Answer>(Q question, List<A> answers, int split) {
    /** Checks the parts and copies the answers. */
    public AnswerSet {
      Objects.requireNonNull(question, "question");
      answers = List.copyOf(answers);
      if (split < 0 || split > answers.size()) {
        throw new IllegalArgumentException("split " + split + " is outside 0.." + answers.size());
      }
    }
  }

  /**
   * A generated question, an operator to compare its answer with and the comparison's arguments.
   *
   * @param <Q> the question class
   * @param question the question
   * @param operator the operator
   * @param arguments the arguments, fitting the operator; copied, unmodifiable
   */
  public record ConditionCase<Q extends Question>(Q question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    /** Checks the parts and copies the arguments. */
    public ConditionCase {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(operator, "operator");
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * Skips the invalid-answer check of a kit whose type has no invalid answers ({@link
   * #everyAnswerIsValid()}). Public only because jqwik creates it by reflection.
   */
  public static final class SkipWhenEveryAnswerIsValid implements SkipExecutionHook {
    /** For jqwik. */
    public SkipWhenEveryAnswerIsValid() {}

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      Optional<Class<?>> container = context.optionalContainerClass();
      if (container.isEmpty() || Modifier.isAbstract(container.get().getModifiers())
          || !QuestionTypeCompatibilityKit.class.isAssignableFrom(container.get())) {
        return SkipResult.doNotSkip();
      }
      QuestionTypeCompatibilityKit<?, ?> kit =
          (QuestionTypeCompatibilityKit<?, ?>) context.newInstance(container.get());
      return kit.everyAnswerIsValid()
          ? SkipResult.skip("[" + kit.type().id() + "] every answer of the type is valid")
          : SkipResult.doNotSkip();
    }
  }

  /** What the kit builds once per test class: the registry, its JSON facade and its schemas. */
  private static final class Fixture {
    final QuestionTypeRegistry registry;
    final SurveyJson json;
    final SurveySchema schema;
    final SchemaCheck surveySchema;
    final SchemaCheck responseSchema;
    final SchemaCheck questionSchema;
    final SchemaCheck answerSchema;

    Fixture(QuestionTypeRegistry registry) {
      this.registry = registry;
      this.json = SurveyJson.using(registry);
      this.schema = SurveySchema.of(registry);
      this.surveySchema = SchemaCheck.of(schema.survey());
      this.responseSchema = SchemaCheck.of(schema.response());
      this.questionSchema = SchemaCheck.of(schema.question());
      this.answerSchema = SchemaCheck.of(schema.answer());
    }
  }
}
