package io.cxkit.survey;

import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks responses against the surveys (and versions) they answer, reporting every problem at once.
 * {@link #validate} is lenient and returns the list of {@link Violation}s; {@link #requireValid} is
 * strict and throws an {@link InvalidResponseException} holding the same list. Immutable and
 * thread-safe; build one with {@link #of} or {@link #builder()}.
 *
 * <p>The rules, each reported as {@code path = value: rule}:
 *
 * <ul>
 *   <li>{@code surveyId}: the survey must be known; {@code surveyVersion}: so must its version.
 *       When either fails nothing else can be checked, and that one violation is all that is
 *       reported.
 *   <li>{@code lastQuestionSeen} (a partial response): must be a question of the survey, on the
 *       path the answers take.
 *   <li>{@code answers.<id>…}: the question type's own checks ({@link
 *       QuestionTypeRegistry#validate}: the answer's kind, a score on the scale, the number of choices, offered choices, the
 *       length of a text, a well-formed e-mail, consent where contact details are given), with
 *       their paths under the answer ({@code answers.nps.score}). A type whose check throws, which
 *       it must not, gives {@code could not be checked} naming the type and the exception's class.
 *   <li>{@code answers.<id>}: an answer to a question the path never reached (the response's
 *       answers decide the path, see {@link SurveyNavigator#pathOf}).
 *   <li>{@code answers.<id>} with value {@code null}: a required question on the path left
 *       unanswered. A completed response must answer every required question on its path; a
 *       partial one those on its path before the last question seen (which may itself be
 *       unanswered), and none when its last question seen is not on the path, since then it is not
 *       known where the respondent stopped. A question the routing goes around is never required.
 *   <li>{@code answers.<id>}: an answer to a question the survey does not have.
 * </ul>
 *
 * <p>A dismissed response holds no answers (a {@link Response} cannot be built otherwise), so only
 * its survey and version are checked.
 *
 * <p>Order: the violations follow the response's components — {@code surveyId}, {@code
 * surveyVersion}, {@code lastQuestionSeen}, {@code answers} — and the answers follow the survey's
 * question order (for each question: the type's checks, then "was not asked", or "must be
 * answered" for a missing one), then the answers to unknown questions in the response's order. The
 * same response always gives the same list.
 *
 * <p>An answer in a message is shown in the plain form of {@link QuestionType#valueOf} — a score, a
 * code, a free text quoted and cut after 64 code points, a list of codes cut after about as many
 * with their number, a consent flag but never an e-mail — or as {@code <type> answer} when its
 * type is unknown or cannot map it. Paths and lists of question ids in messages are cut after
 * their first ten entries, with the number of the others, so the report stays linear in the size
 * of the response however large the survey.
 */
public final class ResponseValidator {
  private final QuestionTypeRegistry registry;
  /** By survey id in the order given, then by version in ascending order. */
  private final Map<String, Map<Integer, Version>> surveys;

  private ResponseValidator(QuestionTypeRegistry registry,
      Map<String, Map<Integer, Version>> surveys) {
    this.registry = registry;
    this.surveys = surveys;
  }

  /**
   * @param surveys the surveys whose responses to check; several versions of one survey may be
   *     given, each once
   * @return a validator using the {@linkplain QuestionTypeRegistry#standard() standard registry}
   * @throws IllegalArgumentException if no survey is given
   * @throws InvalidSurveyException if two surveys share an id and version, or a routing condition
   *     uses an operator its question's type refuses
   * @throws UnknownQuestionTypeException if a question's type is not registered
   */
  public static ResponseValidator of(Survey... surveys) {
    Objects.requireNonNull(surveys, "surveys");
    if (surveys.length == 0) {
      throw new IllegalArgumentException("surveys must hold at least one survey");
    }
    Builder builder = builder();
    for (Survey survey : surveys) {
      builder.survey(survey);
    }
    return builder.build();
  }

  /** @return a builder with no survey yet and the standard registry */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a response against its survey and version. Never throws for bad data: every problem,
   * even an answer class that no registered type knows or a question type whose check fails, is a
   * violation.
   *
   * @param response the response
   * @return every violation in the order described in the class comment; empty when the response
   *     is valid
   */
  public List<Violation> validate(Response response) {
    Objects.requireNonNull(response, "response");
    Map<Integer, Version> versions = surveys.get(response.surveyId());
    if (versions == null) {
      return List.of(Violation.of("surveyId", Ids.quote(response.surveyId()),
          "must be the id of a known survey, one of " + quoted(surveys.keySet())));
    }
    Version version = versions.get(response.surveyVersion());
    if (version == null) {
      return List.of(Violation.of("surveyVersion", response.surveyVersion(),
          "must be a known version of survey " + Ids.quote(response.surveyId()) + ", one of "
              + joined(versions.keySet())));
    }
    if (response.status() == ResponseStatus.DISMISSED) {
      return List.of();
    }
    return version.check(response, this);
  }

  /**
   * @param response the response
   * @return whether {@link #validate} finds no violation
   */
  public boolean isValid(Response response) {
    return validate(response).isEmpty();
  }

  /**
   * @param response the response
   * @return {@code response}, when it is valid
   * @throws InvalidResponseException holding every violation {@link #validate} finds; its message
   *     is the first one's, followed by the others
   */
  public Response requireValid(Response response) {
    List<Violation> violations = validate(response);
    if (!violations.isEmpty()) {
      throw new InvalidResponseException(violations);
    }
    return response;
  }

  /** @return the question types used */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  /** @return the surveys known, such as {@code ResponseValidator[exit-feedback v1, v2]} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ResponseValidator[");
    String separator = "";
    for (Map.Entry<String, Map<Integer, Version>> entry : surveys.entrySet()) {
      out.append(separator).append(entry.getKey()).append(' ');
      String comma = "";
      for (Integer version : entry.getValue().keySet()) {
        out.append(comma).append('v').append(version);
        comma = ", ";
      }
      separator = "; ";
    }
    return out.append(']').toString();
  }

  /**
   * How many ids a message lists before it summarises the rest by their number: a message per
   * answer that listed every question of a survey of thousands would make the report quadratic.
   */
  private static final int LISTED = 10;

  /** @return the ids quoted, the first {@link #LISTED} of them and {@code and N more} */
  private static String quoted(java.util.Collection<String> ids) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String id : ids) {
      if (shown == LISTED) {
        return out.append(" and ").append(ids.size() - LISTED).append(" more").toString();
      }
      out.append(shown++ == 0 ? "" : ", ").append(Ids.quote(id));
    }
    return out.toString();
  }

  private static String joined(Iterable<Integer> versions) {
    StringBuilder out = new StringBuilder();
    for (Integer version : versions) {
      out.append(out.length() == 0 ? "" : ", ").append(version);
    }
    return out.toString();
  }

  /**
   * @return the answer as a message shows it: its plain value by its own class's type, or {@code
   *     <type> answer} when there is none (the class is unknown or the type cannot map it)
   */
  private String render(Answer answer) {
    QuestionType<?, ?> type;
    try {
      type = registry.typeOf(answer);
    } catch (UnknownQuestionTypeException e) {
      return answer.getClass().getName() + " answer";
    }
    AnswerValue value;
    try {
      value = valueOf(type, answer);
    } catch (RuntimeException e) {
      // A team's type may refuse to map an invalid answer; the message then names the kind only.
      return type.id() + " answer";
    }
    if (value instanceof AnswerValue.CodesValue codes) {
      // Whole codes while the text is shorter than a quoted text may be, then a count.
      List<String> all = codes.values();
      StringBuilder out = new StringBuilder("[");
      int shown = 0;
      while (shown < all.size() && out.length() < Ids.SHOWN) {
        out.append(shown == 0 ? "" : ", ").append(Ids.quote(all.get(shown++)));
      }
      return shown == all.size() ? out.append(']').toString()
          : out.append(", …] (").append(all.size()).append(" codes)").toString();
    }
    // A number, a text (quoted and cut) or a flag, as conditions show their arguments.
    return Comparison.format(value);
  }

  private List<Violation> checkAnswer(Question question, Answer answer) {
    try {
      // Copied here, inside the try, so that a null list or a null among the violations is a
      // failed check too rather than an NPE further on.
      return List.copyOf(registry.validate(question, answer));
    } catch (RuntimeException e) {
      // A question type must report, not throw; a team's type that fails anyway still leaves the
      // response's other problems reported. The exception's message may quote the answer, so
      // only its class is shown.
      return List.of(Violation.of("", render(answer), "could not be checked: question type "
          + registry.typeOf(question).id() + " failed with " + e.getClass().getName()));
    }
  }

  // The registry finds a type by the answer's own class, so this cast holds.
  private static <Q extends Question, A extends Answer> AnswerValue valueOf(QuestionType<Q, A> type,
      Answer answer) {
    return Objects.requireNonNull(type.valueOf(type.answerClass().cast(answer)), "valueOf");
  }

  /** What is checked against one version of one survey, prepared once. */
  private static final class Version {
    private final Survey survey;
    private final SurveyNavigator navigator;
    /** The positions of the survey's questions, by id. */
    private final Flow flow;
    /** The survey's name in messages: {@code survey "exit-feedback" version 1}. */
    private final String name;

    Version(SurveyNavigator navigator) {
      this.navigator = navigator;
      this.survey = navigator.survey();
      this.flow = navigator.flow();
      this.name = "survey " + Ids.quote(survey.id()) + " version " + survey.version();
    }

    List<Violation> check(Response response, ResponseValidator validator) {
      List<Violation> out = new ArrayList<>(0);
      SurveyPath path = navigator.pathOf(response);
      List<String> walked = path.questions();
      // How many questions at the start of the path must hold an answer when they are required.
      int mustAnswer = walked.size();
      boolean stops = false;
      String last = response.lastQuestionSeen();
      if (response.status() == ResponseStatus.PARTIAL && last != null) {
        int at = walked.indexOf(last);
        if (flow.position(last) < 0) {
          out.add(Violation.of("lastQuestionSeen", Ids.quote(last),
              "must be a question of " + name + ", one of " + quoted(survey.questionIds())));
        } else if (at < 0) {
          out.add(Violation.of("lastQuestionSeen", Ids.quote(last),
              "must be on the path the answers take, " + describe(path, false)));
        }
        mustAnswer = Math.max(at, 0);
        stops = at >= 0;
      }
      // Described only for a violation, so that a valid response costs no text.
      @Nullable String route = null;
      int n = survey.questions().size();
      boolean[] required = new boolean[n];
      for (int i = 0; i < mustAnswer; i++) {
        int position = flow.position(walked.get(i));
        required[position] = survey.questions().get(position).required();
      }
      boolean[] offPath = new boolean[n];
      for (String id : path.offPath()) {
        offPath[flow.position(id)] = true;
      }
      Map<String, Answer> answers = response.answers();
      for (int p = 0; p < n; p++) {
        Question question = survey.questions().get(p);
        Answer answer = answers.get(question.id());
        if (answer == null) {
          if (required[p]) {
            route = route == null ? describe(path, stops) : route;
            out.add(Violation.of("answers." + question.id(), null,
                "must be answered: the question is required and on the path " + route));
          }
          continue;
        }
        for (Violation violation : validator.checkAnswer(question, answer)) {
          out.add(violation.under("answers." + question.id()));
        }
        if (offPath[p]) {
          route = route == null ? describe(path, stops) : route;
          out.add(Violation.of("answers." + question.id(), validator.render(answer),
              "was not asked: the answers take the path " + route));
        }
      }
      for (Map.Entry<String, Answer> entry : answers.entrySet()) {
        if (flow.position(entry.getKey()) < 0) {
          out.add(Violation.of("answers." + entry.getKey(), validator.render(entry.getValue()),
              "answers a question that " + name + " does not have; it asks "
                  + quoted(survey.questionIds())));
        }
      }
      return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    /**
     * @param stops whether the path stops at a partial response's last question seen rather than
     *     running to the end
     * @return the path as messages show it: {@code goal → reasons → end}, or {@code goal → reasons,
     *     where the response stops}; past eleven questions the first ten, {@code … N more} and the
     *     last
     */
    private static String describe(SurveyPath path, boolean stops) {
      List<String> ids = path.questions();
      // A long path shows its first questions and its last, where it ends or stops.
      String shown = ids.size() <= LISTED + 1 ? String.join(" → ", ids)
          : String.join(" → ", ids.subList(0, LISTED)) + " → … " + (ids.size() - LISTED - 1)
              + " more → " + ids.get(ids.size() - 1);
      return shown + (stops ? ", where the response stops" : " → end");
    }
  }

  /**
   * Builds a {@link ResponseValidator}: the surveys in any order (several versions of one survey
   * each once), and optionally the question types. {@link #build()} prepares a navigator per
   * survey version, which checks that every question's type is registered.
   */
  public static final class Builder {
    private final List<Survey> surveys = new ArrayList<>();
    private @Nullable QuestionTypeRegistry registry;

    private Builder() {}

    /**
     * @param survey a survey (one version of it) whose responses to check
     * @return this builder
     */
    public Builder survey(Survey survey) {
      surveys.add(Objects.requireNonNull(survey, "survey"));
      return this;
    }

    /**
     * @param more surveys whose responses to check
     * @return this builder
     */
    public Builder surveys(List<Survey> more) {
      Objects.requireNonNull(more, "more");
      for (Survey survey : more) {
        survey(survey);
      }
      return this;
    }

    /**
     * @param registry the question types of the surveys' questions (default: the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      if (this.registry != null) {
        throw new IllegalStateException("registry was already set");
      }
      this.registry = registry;
      return this;
    }

    /**
     * @return the validator
     * @throws IllegalStateException if no survey was given
     * @throws InvalidSurveyException if two surveys share an id and version (naming both by their
     *     position, {@code surveys[2]}), or a routing condition uses an operator its question's
     *     type refuses
     * @throws UnknownQuestionTypeException if a question's type is not registered
     */
    public ResponseValidator build() {
      if (surveys.isEmpty()) {
        throw new IllegalStateException("at least one survey is required");
      }
      QuestionTypeRegistry types = registry == null ? QuestionTypeRegistry.standard() : registry;
      Map<String, Map<Integer, Version>> byId = new LinkedHashMap<>();
      Map<String, Integer> given = new HashMap<>();
      for (int i = 0; i < surveys.size(); i++) {
        Survey survey = surveys.get(i);
        String key = Ids.quote(survey.id()) + " version " + survey.version();
        Integer earlier = given.putIfAbsent(key, i);
        if (earlier != null) {
          throw new InvalidSurveyException("surveys[" + i + "]", key,
              "duplicates surveys[" + earlier + "]; give each version of a survey once");
        }
        Version version = new Version(SurveyNavigator.of(survey, types));
        byId.computeIfAbsent(survey.id(), id -> new TreeMap<>()).put(survey.version(), version);
      }
      return new ResponseValidator(types, byId);
    }
  }
}
