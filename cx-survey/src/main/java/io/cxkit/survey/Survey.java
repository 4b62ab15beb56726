package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A survey definition: what is asked, in which order and languages, when and through which channel.
 * Immutable and validated on construction; build one with {@link #builder(String)}.
 *
 * <pre>{@code
 * Survey survey = Survey.builder("post-purchase")
 *     .version(2)
 *     .title(LocalizedText.of("en", "Your order").and("ru", "Ваш заказ"))
 *     .kind(SurveyKind.PRODUCT)
 *     .channel(Channel.EMAIL)
 *     .question(npsQuestion)
 *     .question(whyQuestion)
 *     .build();
 * }</pre>
 *
 * @param id the survey's id: letters, digits, {@code _ - .}
 * @param version the definition's version, ≥ 1; responses name the version they answered
 * @param defaultLocale the locale every text must have, and the fallback for other locales
 * @param title the survey's title
 * @param description an optional introduction shown before the first question
 * @param thankYou an optional message shown after the last question
 * @param kind when and why the survey is asked
 * @param channel the channel it is delivered through, or null when it is not tied to one
 * @param questions the questions in order; at least one, ids unique
 * @param routing the rules that decide which question follows which (see {@link RoutingRule});
 *     empty when every question follows the one before
 */
public record Survey(
    String id,
    int version,
    Locale defaultLocale,
    LocalizedText title,
    @Nullable LocalizedText description,
    @Nullable LocalizedText thankYou,
    SurveyKind kind,
    @Nullable Channel channel,
    List<Question> questions,
    List<RoutingRule> routing) {

  /**
   * Checks the definition.
   *
   * @throws InvalidSurveyException if the id is malformed, the version is below 1, a text (of the
   *     survey or any question, labels included) lacks the default locale, there is no question, a
   *     question is null, two questions share an id (naming both positions), a question refers to
   *     one that does not come before it, or the routing breaks a rule: a rule follows or goes to
   *     an unknown question, goes to its own question, can never apply, compares something other
   *     than an answer of a question that can come before it on some walk from the first question,
   *     makes a loop (naming the rule that goes back, the message lists the loop's questions:
   *     {@code routing[2] = a → b → c → a: must not loop: …}), or uses an operator or argument
   *     that the named question's type does not support (checked here for the types of the
   *     {@linkplain QuestionTypeRegistry#standard() standard registry}; {@link #verify} checks
   *     against any registry)
   */
  public Survey {
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(routing, "routing");
    requireSurveyId("id", id);
    if (version < 1) {
      throw new InvalidSurveyException("version", version, "must be ≥ 1");
    }
    requireDefaultLocale("title", title, defaultLocale);
    if (description != null) {
      requireDefaultLocale("description", description, defaultLocale);
    }
    if (thankYou != null) {
      requireDefaultLocale("thankYou", thankYou, defaultLocale);
    }
    if (questions.isEmpty()) {
      throw new InvalidSurveyException("questions", "[]", "must hold at least one question");
    }
    List<Question> copy = new ArrayList<>(questions.size());
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      String path = "questions[" + i + "]";
      if (question == null) {
        throw new InvalidSurveyException(path, null, "must be a question, not null");
      }
      requireSurveyId(path + ".id", question.id());
      Integer earlier = positions.putIfAbsent(question.id(), i);
      if (earlier != null) {
        throw new InvalidSurveyException(path + ".id", Ids.quote(question.id()),
            "duplicates the id of questions[" + earlier + "]; question ids must be unique");
      }
      for (Map.Entry<String, LocalizedText> text : question.localizedTexts().entrySet()) {
        requireDefaultLocale(path + "." + text.getKey(), text.getValue(), defaultLocale);
      }
      for (Map.Entry<String, String> reference : question.questionReferences().entrySet()) {
        Integer target = positions.get(reference.getValue());
        if (target == null || target == i) {
          throw new InvalidSurveyException(path + "." + reference.getKey(),
              Ids.quote(reference.getValue()), "must name an earlier question of the survey");
        }
      }
      copy.add(question);
    }
    questions = Collections.unmodifiableList(copy);
    List<RoutingRule> rules = new ArrayList<>(routing.size());
    for (int k = 0; k < routing.size(); k++) {
      RoutingRule rule = routing.get(k);
      if (rule == null) {
        throw new InvalidSurveyException("routing[" + k + "]", null, "must be a rule, not null");
      }
      rules.add(rule);
    }
    routing = Collections.unmodifiableList(rules);
    Flow.check(questions, routing);
    Flow.checkTypes(questions, routing, Survey::standardTypeOf);
  }

  private static io.cxkit.survey.spi.@Nullable QuestionType<?, ?> standardTypeOf(
      Question question) {
    try {
      return QuestionTypeRegistry.standard().typeOf(question);
    } catch (UnknownQuestionTypeException e) {
      // Not a ServiceLoader type: checked by verify() with the registry that knows it.
      return null;
    }
  }

  /**
   * Checks what needs the question types: that {@code registry} knows every question's type, and
   * that every routing condition uses operators and arguments the type of the question it names
   * supports. Building a survey checks this for the standard registry's types; {@link
   * Builder#registry}, {@link io.cxkit.survey.json.SurveyJson} and the navigator and validator
   * call this with theirs.
   *
   * @param registry the question types
   * @return this survey
   * @throws UnknownQuestionTypeException if a question's class is not registered
   * @throws InvalidSurveyException if a condition uses an operator or argument its question's type
   *     refuses, naming the condition's path ({@code routing[1].when.operator}), the type and the
   *     operators it supports
   */
  public Survey verify(QuestionTypeRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    for (Question question : questions) {
      registry.typeOf(question);
    }
    Flow.checkTypes(questions, routing, registry::typeOf);
    return this;
  }

  /**
   * @param questionId a question's id
   * @return the routing rules after that question, in the order they are tried
   */
  public List<RoutingRule> routingAfter(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    List<RoutingRule> out = new ArrayList<>();
    for (RoutingRule rule : routing) {
      if (rule.after().equals(questionId)) {
        out.add(rule);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param id the survey's id
   * @return a builder; the default locale is English unless set
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * @param questionId a question's id
   * @return the question with that id, if the survey has one
   */
  public Optional<Question> question(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    for (Question question : questions) {
      if (question.id().equals(questionId)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  /** @return the questions' ids in order */
  public List<String> questionIds() {
    List<String> ids = new ArrayList<>(questions.size());
    for (Question question : questions) {
      ids.add(question.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * @param questionId a question's id
   * @return its position (0-based), or -1 if the survey has no such question
   */
  public int indexOf(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(questionId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @throws InvalidSurveyException if {@code id} breaks {@link Ids#ID_RULE}; also for the ids of
   *     the survey's parts (questions, routing rules)
   */
  static void requireSurveyId(String path, @Nullable String id) {
    try {
      Ids.requireId(path, id);
    } catch (io.cxkit.core.InvalidValueException e) {
      throw new InvalidSurveyException(e.field(), e.value(), e.rule());
    }
  }

  private static void requireDefaultLocale(String path, @Nullable LocalizedText text, Locale locale) {
    if (text == null) {
      throw new InvalidSurveyException(path, null, "must be a text, not null");
    }
    if (!text.covers(locale)) {
      throw new InvalidSurveyException(path, text.texts().keySet(),
          "must have a text for the survey's default locale " + locale.toLanguageTag());
    }
  }

  /**
   * Builds a {@link Survey}. Each setting may be given once; {@link #build()} checks the whole.
   */
  public static final class Builder {
    private final String id;
    private final Map<String, Boolean> set = new LinkedHashMap<>();
    private int version = 1;
    private Locale defaultLocale = Locale.ENGLISH;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private @Nullable LocalizedText thankYou;
    private @Nullable SurveyKind kind;
    private @Nullable Channel channel;
    private final List<Question> questions = new ArrayList<>();
    private final List<RoutingRule> routing = new ArrayList<>();
    private @Nullable QuestionTypeRegistry registry;

    private Builder(String id) {
      this.id = id;
    }

    private void once(String option) {
      if (set.put(option, Boolean.TRUE) != null) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * @param version the definition's version, ≥ 1 (default 1)
     * @return this builder
     */
    public Builder version(int version) {
      once("version");
      this.version = version;
      return this;
    }

    /**
     * @param defaultLocale the locale every text must have (default English)
     * @return this builder
     */
    public Builder defaultLocale(Locale defaultLocale) {
      Objects.requireNonNull(defaultLocale, "defaultLocale");
      once("defaultLocale");
      this.defaultLocale = defaultLocale;
      return this;
    }

    /**
     * @param title the survey's title (required)
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      Objects.requireNonNull(title, "title");
      once("title");
      this.title = title;
      return this;
    }

    /**
     * @param description an introduction shown before the first question
     * @return this builder
     */
    public Builder description(LocalizedText description) {
      Objects.requireNonNull(description, "description");
      once("description");
      this.description = description;
      return this;
    }

    /**
     * @param thankYou a message shown after the last question
     * @return this builder
     */
    public Builder thankYou(LocalizedText thankYou) {
      Objects.requireNonNull(thankYou, "thankYou");
      once("thankYou");
      this.thankYou = thankYou;
      return this;
    }

    /**
     * @param kind when and why the survey is asked (required)
     * @return this builder
     */
    public Builder kind(SurveyKind kind) {
      Objects.requireNonNull(kind, "kind");
      once("kind");
      this.kind = kind;
      return this;
    }

    /**
     * @param channel the channel the survey is delivered through
     * @return this builder
     */
    public Builder channel(Channel channel) {
      Objects.requireNonNull(channel, "channel");
      once("channel");
      this.channel = channel;
      return this;
    }

    /**
     * @param question the next question
     * @return this builder
     */
    public Builder question(Question question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /**
     * @param more the next questions, in order
     * @return this builder
     */
    public Builder questions(List<? extends Question> more) {
      Objects.requireNonNull(more, "more");
      for (Question question : more) {
        question(question);
      }
      return this;
    }

    /**
     * @param rule the next routing rule; rules after one question are tried in the order given
     * @return this builder
     */
    public Builder route(RoutingRule rule) {
      routing.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * @param rules the next routing rules, in order
     * @return this builder
     */
    public Builder routes(List<RoutingRule> rules) {
      Objects.requireNonNull(rules, "rules");
      for (RoutingRule rule : rules) {
        route(rule);
      }
      return this;
    }

    /**
     * @param registry the question types to check the questions and conditions with (default: the
     *     standard registry)
     * @return this builder
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      once("registry");
      this.registry = registry;
      return this;
    }

    /**
     * @return the survey
     * @throws IllegalStateException if the title or kind was not set
     * @throws InvalidSurveyException if the definition breaks a rule (see {@link Survey})
     * @throws UnknownQuestionTypeException if a {@linkplain #registry registry} was given and does
     *     not know a question's type
     */
    public Survey build() {
      if (title == null) {
        throw new IllegalStateException("title is required");
      }
      if (kind == null) {
        throw new IllegalStateException("kind is required");
      }
      Survey survey = new Survey(id, version, defaultLocale, title, description, thankYou, kind,
          channel, questions, routing);
      return registry == null ? survey : survey.verify(registry);
    }
  }
}
