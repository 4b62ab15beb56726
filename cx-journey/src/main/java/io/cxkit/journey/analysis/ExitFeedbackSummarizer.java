package io.cxkit.journey.analysis;

import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.summary.GroupKey;
import io.cxkit.survey.summary.GroupedSummarizer;
import io.cxkit.survey.summary.SummaryOptions;
import io.cxkit.survey.summary.SurveySummary;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Joins one survey's responses to the exit points of an {@link ExitAnalyzer}: each response is
 * summarised at the touchpoint it was given at ({@link io.cxkit.survey.ResponseContext#touchpointId()}),
 * by cx-survey's {@link GroupedSummarizer} keyed by touchpoint, so that every exit point's feedback
 * has the figures and intervals cx-survey gives any summary. With {@link Builder#onlyExitedThere()}
 * a response counts at its touchpoint only when its respondent (whose id is the customer id) left
 * the journey there, as the analyzer sees it when the response is added: add the responses after
 * the events.
 *
 * <p>One survey version at a time (a summary needs its survey). A response naming a touchpoint the
 * map lacks is refused with an {@link UnknownTouchpointException}, one that does not fit the survey
 * with cx-survey's {@link io.cxkit.survey.InvalidResponseException}; a refused response counts
 * nowhere. Responses without a touchpoint are kept apart ({@link ExitFeedback#withoutTouchpoint()}).
 * Memory is one survey summary per touchpoint with feedback. Not thread-safe.
 */
public final class ExitFeedbackSummarizer {
  private final ExitAnalyzer analyzer;
  private final JourneyMap map;
  private final boolean onlyExitedThere;
  private final GroupedSummarizer grouped;
  private final SurveySummary empty;

  private ExitFeedbackSummarizer(Builder builder) {
    this.analyzer = builder.analyzer;
    this.map = analyzer.definition().map();
    this.onlyExitedThere = builder.onlyExitedThere;
    GroupKey key = onlyExitedThere ? GroupKey.of("exit-touchpoint", this::exitedHere)
        : GroupKey.touchpoint();
    this.grouped = GroupedSummarizer.builder(builder.survey, key).options(builder.options)
        .registry(builder.registry).maxGroups(Math.max(1, map.touchpoints().size())).build();
    this.empty = SurveySummary.empty(builder.survey, builder.options, builder.registry);
  }

  private @Nullable String exitedHere(Response response) {
    String touchpoint = response.context().touchpointId();
    Respondent respondent = response.respondent();
    if (touchpoint == null || respondent == null || respondent.id() == null) {
      return null;
    }
    Optional<String> exit = analyzer.exitPointOf(respondent.id());
    return exit.isPresent() && exit.get().equals(touchpoint) ? touchpoint : null;
  }

  /**
   * @param survey the survey version whose responses to join, with the standard registry's types
   * @param analyzer the analyzer of the exits, whose map names the touchpoints
   * @return a summarizer keeping every response at its touchpoint, with the default options
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static ExitFeedbackSummarizer of(Survey survey, ExitAnalyzer analyzer) {
    return builder(survey, analyzer).build();
  }

  /**
   * @param survey the survey version whose responses to join
   * @param analyzer the analyzer of the exits
   * @return a builder for the choice of responses, the summary options and the registry
   */
  public static Builder builder(Survey survey, ExitAnalyzer analyzer) {
    return new Builder(Objects.requireNonNull(survey, "survey"),
        Objects.requireNonNull(analyzer, "analyzer"));
  }

  /**
   * Records one response at its touchpoint.
   *
   * @param response a response to the survey version
   * @return this summarizer
   * @throws UnknownTouchpointException if its touchpoint is not in the map; nothing is counted
   * @throws io.cxkit.survey.InvalidResponseException listing every violation if it does not fit
   *     the survey; nothing is counted
   */
  public ExitFeedbackSummarizer add(Response response) {
    Objects.requireNonNull(response, "response");
    String touchpoint = response.context().touchpointId();
    if (touchpoint != null && map.touchpointIndex(touchpoint) < 0) {
      throw new UnknownTouchpointException("context.touchpointId", touchpoint, map.id());
    }
    grouped.add(response);
    return this;
  }

  /**
   * Records every remaining response of an iterator, such as a {@link
   * io.cxkit.survey.io.ResponseReader}.
   *
   * @param responses the responses
   * @return this summarizer
   * @throws io.cxkit.core.CxException as {@link #add} does, at the first refused response; those
   *     before it are counted
   */
  public ExitFeedbackSummarizer addAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      add(responses.next());
    }
    return this;
  }

  /** @return the analyzer's exits so far beside the feedback recorded so far */
  public ExitFeedback result() {
    return new ExitFeedback(analyzer.result(), grouped.snapshot(), onlyExitedThere, empty);
  }

  @Override
  public String toString() {
    return "ExitFeedbackSummarizer{survey=" + grouped.survey().id() + " v"
        + grouped.survey().version() + ", map=" + map.id()
        + (onlyExitedThere ? ", only respondents who left there" : "") + "}";
  }

  /** Builds an {@link ExitFeedbackSummarizer}; each setting may be given once. */
  public static final class Builder {
    private final Survey survey;
    private final ExitAnalyzer analyzer;
    private boolean onlyExitedThere;
    private SummaryOptions options = SummaryOptions.DEFAULT;
    private QuestionTypeRegistry registry = QuestionTypeRegistry.standard();
    private final Set<String> set = new HashSet<>();

    private Builder(Survey survey, ExitAnalyzer analyzer) {
      this.survey = survey;
      this.analyzer = analyzer;
    }

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * Keeps a response at its touchpoint only when its respondent left the journey there (the
     * respondent's id is the customer id of the events); other responses are kept apart.
     *
     * @return this builder
     * @throws IllegalStateException if already chosen
     */
    public Builder onlyExitedThere() {
      once("onlyExitedThere");
      this.onlyExitedThere = true;
      return this;
    }

    /**
     * @param options how to count (default {@link SummaryOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(SummaryOptions options) {
      Objects.requireNonNull(options, "options");
      once("options");
      this.options = options;
      return this;
    }

    /**
     * @param registry the question types of the survey (default the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      once("registry");
      this.registry = registry;
      return this;
    }

    /**
     * @return the summarizer
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
     * @throws io.cxkit.survey.InvalidSurveyException if the survey's routing does not fit the
     *     registry's types
     */
    public ExitFeedbackSummarizer build() {
      return new ExitFeedbackSummarizer(this);
    }
  }
}
