package io.cxkit.survey;

import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds a respondent's way through a survey's {@linkplain Survey#routing() routing}: from the
 * answers so far, which question comes next, which questions are on the path, and which answers a
 * changed earlier answer has left off it. Immutable and thread-safe; {@link #begin()} starts a
 * mutable {@link Navigation} for one respondent.
 *
 * <p>The walk starts at the first question. At each question its answer (if any) becomes visible to
 * conditions, the rules after it are tried in order, and the first that holds, or else the next
 * question in order, decides where to go. Only answers to questions on the path are visible, so an
 * answer left behind by a change never steers the route. An answer that is not of its question's
 * type counts as missing for conditions (the validator reports it).
 */
public final class SurveyNavigator {
  private final Survey survey;
  private final QuestionTypeRegistry registry;
  private final Flow flow;
  private final QuestionType<?, ?>[] types;

  private SurveyNavigator(Survey survey, QuestionTypeRegistry registry) {
    this.survey = survey.verify(registry);
    this.registry = registry;
    this.flow = Flow.check(survey.questions(), survey.routing());
    this.types = new QuestionType<?, ?>[survey.questions().size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = registry.typeOf(survey.questions().get(i));
    }
  }

  /**
   * @param survey the survey
   * @return a navigator using the {@linkplain QuestionTypeRegistry#standard() standard registry}
   * @throws UnknownQuestionTypeException if a question's type is not registered there
   */
  public static SurveyNavigator of(Survey survey) {
    return of(survey, QuestionTypeRegistry.standard());
  }

  /**
   * @param survey the survey
   * @param registry the question types of its questions
   * @return a navigator
   * @throws UnknownQuestionTypeException if a question's type is not registered
   * @throws InvalidSurveyException if a condition uses an operator or argument its type refuses
   */
  public static SurveyNavigator of(Survey survey, QuestionTypeRegistry registry) {
    return new SurveyNavigator(Objects.requireNonNull(survey, "survey"),
        Objects.requireNonNull(registry, "registry"));
  }

  /** @return the survey navigated */
  public Survey survey() {
    return survey;
  }

  /** @return the question types used */
  public QuestionTypeRegistry registry() {
    return registry;
  }

  /**
   * The path so far of a respondent who is answering: it stops at the first question on the path
   * that has neither an answer nor is listed as skipped (shown and left unanswered).
   *
   * @param answers the answers so far by question id; ids the survey does not have are ignored
   * @param skipped the ids of questions shown and left unanswered
   * @return the path, the next question, and the answers that can no longer come onto the path
   */
  public SurveyPath path(Map<String, ? extends Answer> answers, Set<String> skipped) {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(skipped, "skipped");
    int n = flow.size();
    boolean[] answered = new boolean[n];
    AnswerValue[] values = values(answers, answered);
    boolean[] shown = new boolean[n];
    for (String id : skipped) {
      int position = flow.position(Objects.requireNonNull(id, "skipped id"));
      if (position >= 0) {
        shown[position] = true;
      }
    }
    Flow.Walk walk = flow.walk(values, answered, p -> shown[p], Flow.END);
    return toPath(walk, answered, walk.next());
  }

  /**
   * The path a submitted response took. For a completed response every question without an answer
   * counts as skipped and the path runs to the end; for a partial one likewise, but it stops after
   * the last question seen; a dismissed response has an empty path. {@link SurveyPath#offPath()}
   * lists every answered question the path did not visit.
   *
   * @param response a response to this survey
   * @return its path
   * @throws InvalidResponseException if the response names another survey or version (its path
   *     through this one would mean nothing)
   */
  public SurveyPath pathOf(Response response) {
    Objects.requireNonNull(response, "response");
    if (!response.surveyId().equals(survey.id())) {
      throw new InvalidResponseException("surveyId", io.cxkit.survey.internal.Ids.quote(response.surveyId()),
          "must be \"" + survey.id() + "\", the survey navigated");
    }
    if (response.surveyVersion() != survey.version()) {
      throw new InvalidResponseException("surveyVersion", response.surveyVersion(),
          "must be " + survey.version() + ", the version of survey \"" + survey.id() + "\" navigated");
    }
    int n = flow.size();
    if (response.status() == ResponseStatus.DISMISSED) {
      return new SurveyPath(List.of(), flow.question(0).id(), List.of());
    }
    boolean[] answered = new boolean[n];
    AnswerValue[] values = values(response.answers(), answered);
    int stopAfter = Flow.END;
    if (response.status() == ResponseStatus.PARTIAL && response.lastQuestionSeen() != null) {
      stopAfter = flow.position(response.lastQuestionSeen());
    }
    Flow.Walk walk = flow.walk(values, answered, p -> true, stopAfter < 0 ? Flow.END : stopAfter);
    return toPath(walk, answered, Flow.END);
  }

  /**
   * @return a new navigation for one respondent, at the first question with no answers
   */
  public Navigation begin() {
    return new Navigation(this);
  }

  Flow flow() {
    return flow;
  }

  /**
   * The rule by which answers and skip marks off the path are dropped: a question not on {@code
   * path} can still come onto it when the path has not reached the end and some walk from its next
   * question reaches that question (a later change of an answer could still lead there).
   *
   * @param path a path of this navigator
   * @param questionId a question not on the path
   * @return whether it can still come onto the path
   */
  boolean canComeOnto(SurveyPath path, String questionId) {
    int position = flow.position(questionId);
    String next = path.next().orElse(null);
    if (position < 0 || next == null) {
      return false;
    }
    int from = flow.position(next);
    return from == position || flow.canReach(from, position);
  }

  /**
   * @param answers answers by question id
   * @param answered set to true at the position of each answered question of the survey
   * @return the value of each answer of its question's type, by position; null elsewhere
   */
  @Nullable AnswerValue[] values(Map<String, ? extends Answer> answers, boolean[] answered) {
    AnswerValue[] values = new AnswerValue[flow.size()];
    for (Map.Entry<String, ? extends Answer> entry : answers.entrySet()) {
      int position = flow.position(Objects.requireNonNull(entry.getKey(), "answers key"));
      Answer answer = Objects.requireNonNull(entry.getValue(), () -> "answers." + entry.getKey());
      if (position >= 0) {
        answered[position] = true;
        values[position] = valueOf(types[position], answer);
      }
    }
    return values;
  }

  private static <Q extends Question, A extends Answer> @Nullable AnswerValue valueOf(
      QuestionType<Q, A> type, Answer answer) {
    if (!type.answerClass().isInstance(answer)) {
      return null;
    }
    try {
      return type.valueOf(type.answerClass().cast(answer));
    } catch (RuntimeException e) {
      // A team's type may refuse to map an invalid answer; for routing it is then missing, and the
      // validator reports the answer itself.
      return null;
    }
  }

  /**
   * @param beyond the position from which answers may still come onto the path, or END when none
   *     can (every answered question off the path is then reported)
   */
  private SurveyPath toPath(Flow.Walk walk, boolean[] answered, int beyond) {
    List<String> ids = new ArrayList<>(walk.path().length);
    for (int position : walk.path()) {
      ids.add(flow.question(position).id());
    }
    List<String> offPath = new ArrayList<>();
    for (int p = 0; p < answered.length; p++) {
      if (answered[p] && !walk.visited()[p]
          && (beyond == Flow.END || (p != beyond && !flow.canReach(beyond, p)))) {
        offPath.add(flow.question(p).id());
      }
    }
    String next = walk.next() == Flow.END ? null : flow.question(walk.next()).id();
    return new SurveyPath(ids, next, offPath);
  }
}
