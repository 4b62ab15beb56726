package io.cxkit.survey;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The question types a program knows, by id and by class: what JSON reading, schemas, validation and
 * summaries consult. Immutable and thread-safe. {@link #standard()} holds every type found by {@link
 * ServiceLoader} — the built-ins and any team's own types registered with {@code provides} or {@code
 * META-INF/services}; {@link #builder()} adds types explicitly.
 *
 * <p>No two types may share an id, a question class or an answer class: JSON names both questions
 * and answers by type id, so either would make a document ambiguous.
 */
public final class QuestionTypeRegistry {

  private static final class Standard {
    static final QuestionTypeRegistry INSTANCE = builder().discover().build();
  }

  private final Map<String, QuestionType<?, ?>> byId;
  private final Map<Class<?>, QuestionType<?, ?>> byQuestionClass;
  private final Map<Class<?>, QuestionType<?, ?>> byAnswerClass;

  private QuestionTypeRegistry(List<QuestionType<?, ?>> types) {
    Map<String, QuestionType<?, ?>> ids = new LinkedHashMap<>();
    Map<Class<?>, QuestionType<?, ?>> questions = new LinkedHashMap<>();
    Map<Class<?>, QuestionType<?, ?>> answers = new LinkedHashMap<>();
    for (QuestionType<?, ?> type : types) {
      String id = Ids.requireTypeId(type.getClass().getName() + ".id()", type.id());
      Class<?> questionClass = Objects.requireNonNull(type.questionClass(),
          () -> type.getClass().getName() + ".questionClass()");
      Class<?> answerClass = Objects.requireNonNull(type.answerClass(),
          () -> type.getClass().getName() + ".answerClass()");
      claim(ids, id, "type id", type);
      claim(questions, questionClass, "question class", type);
      claim(answers, answerClass, "answer class", type);
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byQuestionClass = Collections.unmodifiableMap(questions);
    this.byAnswerClass = Collections.unmodifiableMap(answers);
  }

  private static <K> void claim(Map<K, QuestionType<?, ?>> map, K key, String what,
      QuestionType<?, ?> type) {
    QuestionType<?, ?> earlier = map.putIfAbsent(key, type);
    if (earlier != null) {
      String name = key instanceof Class<?> c ? c.getName() : key.toString();
      throw new DuplicateQuestionTypeException(name, what, earlier.getClass().getName(),
          type.getClass().getName());
    }
  }

  /**
   * @return the registry of every question type that {@link ServiceLoader} finds from cx-survey's
   *     class loader (built-ins first), discovered once and shared
   * @throws DuplicateQuestionTypeException if two providers claim one id or class
   */
  public static QuestionTypeRegistry standard() {
    return Standard.INSTANCE;
  }

  /** @return a builder of a registry with no types yet */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every registered type, in registration order */
  public List<QuestionType<?, ?>> types() {
    return List.copyOf(byId.values());
  }

  /** @return every registered type id, in registration order */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * @param typeId a type id
   * @return the type with that id, if registered
   */
  public Optional<QuestionType<?, ?>> find(String typeId) {
    Objects.requireNonNull(typeId, "typeId");
    return Optional.ofNullable(byId.get(typeId));
  }

  /**
   * @param typeId a type id
   * @param location where the id was found, for the message (such as {@code $.questions[1].type})
   * @return the type with that id
   * @throws UnknownQuestionTypeException naming the id, the location and the registered ids
   */
  public QuestionType<?, ?> require(String typeId, String location) {
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(location, "location");
    QuestionType<?, ?> type = byId.get(typeId);
    if (type == null) {
      throw new UnknownQuestionTypeException(typeId, location, ids());
    }
    return type;
  }

  /**
   * @param question a question
   * @return the type its class belongs to
   * @throws UnknownQuestionTypeException if no registered type has the question's class
   */
  public QuestionType<?, ?> typeOf(Question question) {
    Objects.requireNonNull(question, "question");
    return byClass(byQuestionClass, question.getClass(), "question class");
  }

  /**
   * @param answer an answer
   * @return the type its class belongs to
   * @throws UnknownQuestionTypeException if no registered type has the answer's class
   */
  public QuestionType<?, ?> typeOf(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    return byClass(byAnswerClass, answer.getClass(), "answer class");
  }

  private QuestionType<?, ?> byClass(Map<Class<?>, QuestionType<?, ?>> map, Class<?> type,
      String what) {
    QuestionType<?, ?> found = map.get(type);
    if (found == null) {
      throw new UnknownQuestionTypeException(type.getName(), what, ids());
    }
    return found;
  }

  /**
   * Checks an answer against its question with the question's type, first making sure the answer
   * is of that type (a CSAT answer given to an NPS question is a violation, not a crash).
   *
   * @param question the question answered
   * @param answer the answer given
   * @return every violation, with paths relative to the answer; empty when it is valid
   * @throws UnknownQuestionTypeException if the question's class is not registered
   */
  public List<Violation> validate(Question question, Answer answer) {
    Objects.requireNonNull(answer, "answer");
    QuestionType<?, ?> type = typeOf(question);
    if (!type.answerClass().isInstance(answer)) {
      QuestionType<?, ?> given = byAnswerClass.get(answer.getClass());
      String givenName = given == null ? answer.getClass().getName() : given.id();
      return List.of(Violation.of("", givenName + " answer",
          "must be an answer of type " + type.id() + ", the type of question " + question.id()));
    }
    return validateTyped(type, question, answer);
  }

  /**
   * @param question a question of a registered type
   * @return a new, empty summary accumulator for it
   * @throws UnknownQuestionTypeException if the question's class is not registered
   */
  public SummaryAccumulator<?, ?> newSummary(Question question) {
    return newSummaryTyped(typeOf(question), question);
  }

  // The registry guarantees that type's question and answer classes match, so these casts hold.
  private static <Q extends Question, A extends Answer> List<Violation> validateTyped(
      QuestionType<Q, A> type, Question question, Answer answer) {
    return type.validate(type.questionClass().cast(question), type.answerClass().cast(answer));
  }

  private static <Q extends Question, A extends Answer> SummaryAccumulator<A, ?> newSummaryTyped(
      QuestionType<Q, A> type, Question question) {
    return type.newSummary(type.questionClass().cast(question));
  }

  @Override
  public String toString() {
    return "QuestionTypeRegistry" + ids();
  }

  /** Builds a {@link QuestionTypeRegistry}; {@link #build()} checks ids and classes for duplicates. */
  public static final class Builder {
    private final List<QuestionType<?, ?>> types = new ArrayList<>();

    private Builder() {}

    /**
     * Adds every type {@link ServiceLoader} finds from cx-survey's own class loader: named modules
     * that {@code provides} the SPI and class-path jars with {@code META-INF/services} entries.
     *
     * @return this builder
     */
    public Builder discover() {
      return discover(QuestionTypeRegistry.class.getClassLoader());
    }

    /**
     * Adds every type {@link ServiceLoader} finds from {@code loader}.
     *
     * @param loader the class loader to search
     * @return this builder
     */
    public Builder discover(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      for (QuestionType<?, ?> type : ServiceLoader.load(QuestionType.class, loader)) {
        types.add(type);
      }
      return this;
    }

    /**
     * @param type a question type
     * @return this builder
     */
    public Builder register(QuestionType<?, ?> type) {
      types.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * @return the registry
     * @throws DuplicateQuestionTypeException if two types claim one id, question class or answer class
     * @throws InvalidValueException if a type's id is malformed
     */
    public QuestionTypeRegistry build() {
      return new QuestionTypeRegistry(types);
    }
  }
}
