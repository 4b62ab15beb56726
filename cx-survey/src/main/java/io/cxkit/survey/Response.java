package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's response to one version of a survey: the answers by question id, how far the
 * respondent got, who it was and where it happened. Immutable and consistent in itself (a dismissed
 * response holds no answer, a partial one names the last question seen); whether it fits its survey
 * is checked against the survey. Build one with {@link #builder(String, String, int)}.
 *
 * @param id the response's id
 * @param surveyId the id of the survey answered
 * @param surveyVersion the version of the survey answered, ≥ 1
 * @param respondent who answered, or null when unknown
 * @param submittedAt when the response was submitted (or dismissed)
 * @param status how far the respondent got
 * @param lastQuestionSeen for a partial response, the id of the last question shown; otherwise null
 * @param context where and how the response was given
 * @param answers the answers by question id, in the order given; copied, unmodifiable
 */
public record Response(
    String id,
    String surveyId,
    int surveyVersion,
    @Nullable Respondent respondent,
    Instant submittedAt,
    ResponseStatus status,
    @Nullable String lastQuestionSeen,
    ResponseContext context,
    Map<String, Answer> answers) {

  /**
   * Checks the response in itself.
   *
   * @throws InvalidResponseException if an id is malformed, the version is below 1, an answer is
   *     null, a dismissed response holds answers, a partial one lacks the last question seen, or
   *     another status names one
   */
  public Response {
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(answers, "answers");
    requireResponseId("id", id);
    requireResponseId("surveyId", surveyId);
    if (surveyVersion < 1) {
      throw new InvalidResponseException("surveyVersion", surveyVersion, "must be ≥ 1");
    }
    Map<String, Answer> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> entry : answers.entrySet()) {
      String questionId = entry.getKey();
      requireResponseId("answers", questionId);
      if (entry.getValue() == null) {
        throw new InvalidResponseException("answers." + questionId, null,
            "must be an answer, not null; leave a skipped question out");
      }
      copy.put(questionId, entry.getValue());
    }
    answers = Collections.unmodifiableMap(copy);
    switch (status) {
      case DISMISSED:
        if (!answers.isEmpty()) {
          throw new InvalidResponseException("answers", answers.keySet(),
              "a dismissed response holds no answers; a response with answers is partial or completed");
        }
        requireNoLastQuestion(status, lastQuestionSeen);
        break;
      case PARTIAL:
        if (lastQuestionSeen == null) {
          throw new InvalidResponseException("lastQuestionSeen", null,
              "a partial response must name the last question seen");
        }
        requireResponseId("lastQuestionSeen", lastQuestionSeen);
        break;
      default:
        requireNoLastQuestion(status, lastQuestionSeen);
        break;
    }
  }

  /**
   * @param id the response's id
   * @param surveyId the id of the survey answered
   * @param surveyVersion the version of the survey answered
   * @return a builder for a completed response submitted now, with an empty context
   */
  public static Builder builder(String id, String surveyId, int surveyVersion) {
    return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(surveyId, "surveyId"),
        surveyVersion);
  }

  /**
   * @param questionId a question's id
   * @return the answer to that question, if it was answered
   */
  public Optional<Answer> answer(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    return Optional.ofNullable(answers.get(questionId));
  }

  /**
   * @param <A> the answer class expected
   * @param questionId a question's id
   * @param answerClass the answer class of the question's type
   * @return the answer to that question if it was answered with an answer of that class
   */
  public <A extends Answer> Optional<A> answer(String questionId, Class<A> answerClass) {
    Objects.requireNonNull(answerClass, "answerClass");
    return answer(questionId).filter(answerClass::isInstance).map(answerClass::cast);
  }

  private static void requireResponseId(String path, @Nullable String id) {
    try {
      Ids.requireId(path, id);
    } catch (io.cxkit.core.InvalidValueException e) {
      throw new InvalidResponseException(e.field(), e.value(), e.rule());
    }
  }

  private static void requireNoLastQuestion(ResponseStatus status, @Nullable String lastQuestionSeen) {
    if (lastQuestionSeen != null) {
      throw new InvalidResponseException("lastQuestionSeen", Ids.quote(lastQuestionSeen),
          "only a partial response names the last question seen, not a " + status.id() + " one");
    }
  }

  /**
   * Builds a {@link Response}. Each setting may be given once (the status once, by {@link
   * #partial} or {@link #dismissed}), each question answered once; {@link #build()} checks the
   * whole.
   */
  public static final class Builder {
    private final String id;
    private final String surveyId;
    private final int surveyVersion;
    private @Nullable Respondent respondent;
    private Instant submittedAt = Instant.now();
    private ResponseStatus status = ResponseStatus.COMPLETED;
    private @Nullable String lastQuestionSeen;
    private ResponseContext context = ResponseContext.EMPTY;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder(String id, String surveyId, int surveyVersion) {
      this.id = id;
      this.surveyId = surveyId;
      this.surveyVersion = surveyVersion;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param respondent who answered
     * @return this builder
     * @throws IllegalStateException if the respondent was already set
     */
    public Builder respondent(Respondent respondent) {
      Objects.requireNonNull(respondent, "respondent");
      once("respondent");
      this.respondent = respondent;
      return this;
    }

    /**
     * @param submittedAt when the response was submitted (default: when the builder was made)
     * @return this builder
     * @throws IllegalStateException if the instant was already set
     */
    public Builder submittedAt(Instant submittedAt) {
      Objects.requireNonNull(submittedAt, "submittedAt");
      once("submittedAt");
      this.submittedAt = submittedAt;
      return this;
    }

    /**
     * Marks the response partial.
     *
     * @param lastQuestionSeen the id of the last question shown
     * @return this builder
     * @throws IllegalStateException if the status was already set
     */
    public Builder partial(String lastQuestionSeen) {
      Objects.requireNonNull(lastQuestionSeen, "lastQuestionSeen");
      once("status");
      this.status = ResponseStatus.PARTIAL;
      this.lastQuestionSeen = lastQuestionSeen;
      return this;
    }

    /**
     * Marks the response dismissed: shown and closed without any answer.
     *
     * @return this builder
     * @throws IllegalStateException if the status was already set
     */
    public Builder dismissed() {
      once("status");
      this.status = ResponseStatus.DISMISSED;
      this.lastQuestionSeen = null;
      return this;
    }

    /**
     * @param context where and how the response was given
     * @return this builder
     * @throws IllegalStateException if the context was already set
     */
    public Builder context(ResponseContext context) {
      Objects.requireNonNull(context, "context");
      once("context");
      this.context = context;
      return this;
    }

    /**
     * @param questionId the question answered
     * @param answer the answer
     * @return this builder
     * @throws IllegalStateException if that question was already answered in this builder
     */
    public Builder answer(String questionId, Answer answer) {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(answer, "answer");
      if (answers.putIfAbsent(questionId, answer) != null) {
        throw new IllegalStateException("question " + questionId + " was already answered");
      }
      return this;
    }

    /**
     * @return the response
     * @throws InvalidResponseException if it is inconsistent (see {@link Response})
     */
    public Response build() {
      return new Response(id, surveyId, surveyVersion, respondent, submittedAt, status,
          lastQuestionSeen, context, answers);
    }
  }
}
