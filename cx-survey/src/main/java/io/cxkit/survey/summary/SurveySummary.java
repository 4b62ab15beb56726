package io.cxkit.survey.summary;

import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Survey;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The immutable summary of responses to one survey version: how often it was shown (when given),
 * started, completed and dismissed, and per question its reach, answers, drop-off and its type's
 * summary. Summaries of disjoint sets of responses add exactly with {@link #plus}, so partial
 * summaries from threads, files or machines merge into the whole. Build one with a {@link
 * SurveySummarizer}; {@link io.cxkit.survey.json.SurveyJson#writeSummary} gives its serial form and
 * {@link io.cxkit.survey.json.SurveyJson#readSummary(String, Survey)} reads it back for its survey.
 *
 * <p>Denominators, each named by the {@link Rate} that uses it:
 *
 * <ul>
 *   <li>{@linkplain #surveyCompletionRate() survey completion rate}: completions over displays when
 *       displays were given; otherwise over starts (partial and completed responses), or over all
 *       responses with {@link SummaryOptions#dismissedInDenominators()};
 *   <li>{@linkplain #dismissalRate() dismissal rate}: dismissals over displays, or over all
 *       responses when displays were not given;
 *   <li>a question's answer and drop-off rates: over the responses that {@linkplain
 *       QuestionResult#reached() reached} it;
 *   <li>a question type's scores (NPS, CSAT, choice shares): over the answers to the question.
 * </ul>
 */
public final class SurveySummary {
  /** Displays not given. */
  static final long UNKNOWN = -1;

  private final Survey survey;
  private final SummaryOptions options;
  private final long displays;
  private final long completions;
  private final long partials;
  private final long dismissals;
  private final List<QuestionResult> questions;

  private SurveySummary(Survey survey, SummaryOptions options, long displays, long completions,
      long partials, long dismissals, List<QuestionResult> questions) {
    this.survey = survey;
    this.options = options;
    this.displays = displays;
    this.completions = completions;
    this.partials = partials;
    this.dismissals = dismissals;
    this.questions = questions;
  }

  /**
   * A summary from its parts, as a serial form holds them.
   *
   * @param survey the survey version summarised
   * @param options how it was counted
   * @param displays how often the survey was shown, or empty when not given
   * @param completions completed responses
   * @param partials partial responses
   * @param dismissals dismissed responses
   * @param questions one result per question of the survey, in the survey's order
   * @return the summary
   * @throws InvalidValueException if a count is negative, displays are fewer than responses, the
   *     results do not match the survey's questions one to one, a question is reached more often
   *     than there are responses that could reach it, the first question is not reached by every
   *     response that started (and, with {@link SummaryOptions#dismissedInDenominators()}, every
   *     dismissed one), or the drop-offs do not add up to the partial responses (and the dismissed
   *     ones, with that option): every path starts at the first question, and every partial
   *     response stops at exactly one. Whether each summary fits its question's type and settings
   *     is for the caller (the JSON reader checks it)
   */
  public static SurveySummary of(Survey survey, SummaryOptions options, OptionalLong displays,
      long completions, long partials, long dismissals, List<QuestionResult> questions) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(displays, "displays");
    Objects.requireNonNull(questions, "questions");
    requireCount("completions", completions);
    requireCount("partials", partials);
    requireCount("dismissals", dismissals);
    long responses = QuestionResult.add("responses", QuestionResult.add("responses", completions,
        partials), dismissals);
    long shown = UNKNOWN;
    if (displays.isPresent()) {
      shown = displays.getAsLong();
      if (shown < responses) {
        throw new InvalidValueException("displays", shown,
            "must be ≥ responses = " + responses + ": every response was displayed");
      }
    }
    List<Question> asked = survey.questions();
    if (questions.size() != asked.size()) {
      throw new InvalidValueException("questions", questions.size() + " results",
          "must hold one result per question of survey " + Ids.quote(survey.id()) + " ("
              + asked.size() + ")");
    }
    long starts = completions + partials;
    long stopping = partials + (options.dismissedInDenominators() ? dismissals : 0);
    long droppedOff = 0;
    for (int i = 0; i < asked.size(); i++) {
      int index = i;
      QuestionResult result = Objects.requireNonNull(questions.get(i), () -> "questions[" + index + "]");
      String id = asked.get(i).id();
      if (!result.questionId().equals(id)) {
        throw new InvalidValueException("questions[" + i + "].questionId",
            Ids.quote(result.questionId()), "must be " + Ids.quote(id) + ", the survey's question "
                + (i + 1));
      }
      long most = starts + (i == 0 && options.dismissedInDenominators() ? dismissals : 0);
      if (i == 0 && result.reached() != most) {
        throw new InvalidValueException("questions[0].reached", result.reached(),
            "must be " + most + ": every path starts at the first question, so it is reached by "
                + (options.dismissedInDenominators() ? "every response" : "every started response"));
      }
      if (result.reached() > most) {
        throw new InvalidValueException("questions[" + i + "].reached", result.reached(),
            "must be ≤ " + most + ", the responses that could reach it");
      }
      droppedOff = QuestionResult.add("droppedOff", droppedOff, result.droppedOff());
    }
    if (droppedOff != stopping) {
      throw new InvalidValueException("questions[].droppedOff", droppedOff + " in all",
          "must add up to " + stopping + ", the " + (options.dismissedInDenominators()
              ? "partial and dismissed responses" : "partial responses")
              + ": each stops at exactly one question");
    }
    return new SurveySummary(survey, options, shown, completions, partials, dismissals,
        List.copyOf(questions));
  }

  /**
   * @param survey the survey version
   * @param options how it is counted
   * @param registry the registry of the survey's question types
   * @return the summary of no responses, with displays not given
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static SurveySummary empty(Survey survey, SummaryOptions options,
      QuestionTypeRegistry registry) {
    return SurveySummarizer.builder(survey).options(options).registry(registry).build().snapshot();
  }

  private static void requireCount(String field, long count) {
    if (count < 0) {
      throw new InvalidValueException(field, count, "must be a count ≥ 0");
    }
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return survey;
  }

  /** @return how the responses were counted */
  public SummaryOptions options() {
    return options;
  }

  /** @return how often the survey was shown, or empty when the displays were not given */
  public OptionalLong displays() {
    return displays == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(displays);
  }

  /** @return every response recorded: completed, partial and dismissed */
  public long responses() {
    return completions + partials + dismissals;
  }

  /** @return responses that answered or saw a question: partial and completed ones */
  public long starts() {
    return completions + partials;
  }

  /** @return completed responses */
  public long completions() {
    return completions;
  }

  /** @return partial responses: started and left before the end */
  public long partials() {
    return partials;
  }

  /** @return dismissed responses: shown and closed without an answer */
  public long dismissals() {
    return dismissals;
  }

  /** @return whether no response was recorded */
  public boolean isEmpty() {
    return responses() == 0;
  }

  /**
   * @return completions over displays when given; otherwise over starts, or over all responses
   *     with {@link SummaryOptions#dismissedInDenominators()}; the {@link Rate} names which
   */
  public Rate surveyCompletionRate() {
    if (displays != UNKNOWN) {
      return Rate.of(Percentage.of(completions, displays), "displays");
    }
    return options.dismissedInDenominators()
        ? Rate.of(Percentage.of(completions, responses()), "responses")
        : Rate.of(Percentage.of(completions, starts()), "starts");
  }

  /** @return dismissals over displays when given, otherwise over all responses */
  public Rate dismissalRate() {
    return displays != UNKNOWN
        ? Rate.of(Percentage.of(dismissals, displays), "displays")
        : Rate.of(Percentage.of(dismissals, responses()), "responses");
  }

  /** @return one result per question, in the survey's order */
  public List<QuestionResult> questions() {
    return questions;
  }

  /**
   * @param questionId a question of the survey
   * @return its result
   * @throws InvalidValueException if the survey has no such question
   */
  public QuestionResult question(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    for (QuestionResult result : questions) {
      if (result.questionId().equals(questionId)) {
        return result;
      }
    }
    throw new InvalidValueException("questionId", Ids.quote(questionId),
        "must be a question of survey " + Ids.quote(survey.id()) + ": " + survey.questionIds());
  }

  /**
   * Every estimate of the summary by key, in a stable order: the survey's {@link
   * EstimateKey#SURVEY_COMPLETION} and {@link EstimateKey#DISMISSAL}, then per question in the
   * survey's order its {@value EstimateKey#ANSWER_RATE} and {@value EstimateKey#DROP_OFF} rates
   * and what its type's summary contributes ({@link
   * io.cxkit.survey.spi.QuestionSummary#estimates()}). Summaries of one survey version have the
   * same keys, whatever their responses.
   *
   * @return the estimates; unmodifiable
   * @throws InvalidValueException if a question type's summary names an estimate {@value
   *     EstimateKey#ANSWER_RATE} or {@value EstimateKey#DROP_OFF}, which would hide the question's
   *     own rate, or gives a name no {@link EstimateKey} can have
   */
  public Map<EstimateKey, MergeableEstimate<?>> estimates() {
    Map<EstimateKey, MergeableEstimate<?>> all = new LinkedHashMap<>();
    all.put(EstimateKey.SURVEY_COMPLETION, surveyCompletionRate());
    all.put(EstimateKey.DISMISSAL, dismissalRate());
    for (QuestionResult result : questions) {
      String id = result.questionId();
      all.put(EstimateKey.question(id, EstimateKey.ANSWER_RATE), result.answerRate());
      all.put(EstimateKey.question(id, EstimateKey.DROP_OFF), result.dropOffRate());
      for (Map.Entry<String, MergeableEstimate<?>> entry : result.summary().estimates().entrySet()) {
        String name = entry.getKey();
        if (name.equals(EstimateKey.ANSWER_RATE) || name.equals(EstimateKey.DROP_OFF)) {
          throw new InvalidValueException("questions." + id + ".summary.estimates",
              Ids.quote(name), "is the name of the question's own " + name + " rate; question " + id
                  + " of type " + result.typeId() + " must name its estimates otherwise");
        }
        all.put(EstimateKey.question(id, name), entry.getValue());
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * @param key an estimate's key
   * @return the estimate
   * @throws InvalidValueException if the summary has no estimate with that key, naming the keys
   */
  public MergeableEstimate<?> estimate(EstimateKey key) {
    Objects.requireNonNull(key, "key");
    Map<EstimateKey, MergeableEstimate<?>> all = estimates();
    MergeableEstimate<?> estimate = all.get(key);
    if (estimate == null) {
      throw new InvalidValueException("key", key, "must be one of " + all.keySet());
    }
    return estimate;
  }

  /**
   * Adds the summaries of two disjoint sets of responses: every count exactly, each question's
   * result with its type's {@code plus}. Displays add up when both give them; when one does not,
   * the sum gives none (its survey completion rate is then over starts), except that a summary
   * that recorded nothing and was given no displays — an {@linkplain #empty empty} one — adds
   * nothing, so it is the identity of {@code plus} and merging into a new summarizer keeps the
   * displays. Open-text answers kept up to a cap follow {@link io.cxkit.survey.types.OpenTextSummary}'s
   * rule: in order for contiguous parts.
   *
   * @param other a summary of other responses to the same survey version, counted the same way
   * @return the summary of both
   * @throws IncompatibleMergeException if the surveys or options differ
   * @throws io.cxkit.core.CountOverflowException if a count would exceed {@link Long#MAX_VALUE}
   */
  public SurveySummary plus(SurveySummary other) {
    Objects.requireNonNull(other, "other");
    requireCompatible(other);
    List<QuestionResult> sum = new ArrayList<>(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      sum.add(questions.get(i).plus(other.questions.get(i)));
    }
    long shown;
    if (displays != UNKNOWN && other.displays != UNKNOWN) {
      shown = QuestionResult.add("displays", displays, other.displays);
    } else if (other.recordedNothing()) {
      shown = displays;
    } else if (recordedNothing()) {
      shown = other.displays;
    } else {
      shown = UNKNOWN;
    }
    return new SurveySummary(survey, options, shown,
        QuestionResult.add("completions", completions, other.completions),
        QuestionResult.add("partials", partials, other.partials),
        QuestionResult.add("dismissals", dismissals, other.dismissals), List.copyOf(sum));
  }

  /** @return whether no response was recorded and no displays given */
  private boolean recordedNothing() {
    return displays == UNKNOWN && isEmpty();
  }

  void requireCompatible(SurveySummary other) {
    if (!survey.id().equals(other.survey.id()) || survey.version() != other.survey.version()) {
      throw new IncompatibleMergeException("SurveySummary", "survey",
          survey.id() + " version " + survey.version(),
          other.survey.id() + " version " + other.survey.version());
    }
    if (!survey.equals(other.survey)) {
      throw new IncompatibleMergeException("SurveySummary", "survey definition",
          "survey " + survey.id() + " version " + survey.version(), "a different definition");
    }
    if (!options.equals(other.options)) {
      throw new IncompatibleMergeException("SurveySummary", "options", options, other.options);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SurveySummary s && s.survey.equals(survey) && s.options.equals(options)
        && s.displays == displays && s.completions == completions && s.partials == partials
        && s.dismissals == dismissals && s.questions.equals(questions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(survey, options, displays, completions, partials, dismissals, questions);
  }

  @Override
  public String toString() {
    return "SurveySummary{survey=" + survey.id() + " v" + survey.version()
        + (displays == UNKNOWN ? "" : ", displays=" + displays) + ", completions=" + completions
        + ", partials=" + partials + ", dismissals=" + dismissals + ", questions="
        + questions.size() + "}";
  }
}
