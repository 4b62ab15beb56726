package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Answer;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyNavigator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Records responses to one survey version into a {@link SurveySummary}, one response at a time, in
 * memory that does not grow with the responses (beyond what a question type keeps, such as the
 * first open-text answers). The mutable recorder behind a summary: not thread-safe; use one per
 * thread or partition and merge their {@linkplain #snapshot() snapshots} with {@link
 * SurveySummary#plus}.
 *
 * <p>Each response is checked against the survey first ({@link ResponseValidator}); one that breaks
 * a rule is refused with an {@link io.cxkit.survey.InvalidResponseException} listing every
 * violation, and nothing of it is counted. (A question type's accumulator must take every valid
 * answer; one that throws anyway leaves that response counted with the answers recorded before
 * it.) The readers of {@link io.cxkit.survey.io} check the same when given the survey, and can
 * skip and collect bad records instead.
 */
public final class SurveySummarizer {
  private final Survey survey;
  private final SummaryOptions options;
  private final QuestionTypeRegistry registry;
  private final ResponseValidator validator;
  private final SurveyNavigator navigator;
  private final Map<String, Integer> positions = new HashMap<>();
  private final String[] typeIds;
  private final SummaryAccumulator<Answer, ?>[] accumulators;
  private final long[] reached;
  private final long[] answered;
  private final long[] droppedOff;
  private long displays = SurveySummary.UNKNOWN;
  private long completions;
  private long partials;
  private long dismissals;

  @SuppressWarnings("unchecked")
  private SurveySummarizer(Builder builder) {
    this.survey = builder.survey;
    this.options = builder.settings.options;
    this.registry = builder.settings.registry;
    this.validator = ResponseValidator.builder().survey(survey).registry(registry).build();
    this.navigator = SurveyNavigator.of(survey, registry);
    List<Question> questions = survey.questions();
    int n = questions.size();
    this.typeIds = new String[n];
    this.accumulators = new SummaryAccumulator[n];
    for (int i = 0; i < n; i++) {
      Question question = questions.get(i);
      positions.put(question.id(), i);
      typeIds[i] = registry.typeOf(question).id();
      // The validator has checked each answer's class against its question's type.
      accumulators[i] = (SummaryAccumulator<Answer, ?>) registry.newSummary(question);
    }
    this.reached = new long[n];
    this.answered = new long[n];
    this.droppedOff = new long[n];
  }

  /**
   * @param survey the survey version to summarise, with the standard registry's types
   * @return an empty summarizer with the default options
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
   */
  public static SurveySummarizer of(Survey survey) {
    return builder(survey).build();
  }

  /**
   * @param survey the survey version to summarise
   * @return a builder for the options and the registry
   */
  public static Builder builder(Survey survey) {
    return new Builder(Objects.requireNonNull(survey, "survey"));
  }

  /** @return the survey version summarised */
  public Survey survey() {
    return survey;
  }

  /**
   * Records one response.
   *
   * @param response a response to the survey version
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException listing every violation if the response does
   *     not fit the survey (another survey or version included); nothing of it is then counted
   */
  public SurveySummarizer add(Response response) {
    validator.requireValid(Objects.requireNonNull(response, "response"));
    switch (response.status()) {
      case DISMISSED:
        dismissals++;
        if (options.dismissedInDenominators() && reached.length > 0) {
          reached[0]++;
          droppedOff[0]++;
        }
        return this;
      case PARTIAL:
        partials++;
        break;
      default:
        completions++;
        break;
    }
    for (String id : navigator.pathOf(response).questions()) {
      reached[positions.get(id)]++;
    }
    if (response.status() == ResponseStatus.PARTIAL) {
      droppedOff[positions.get(response.lastQuestionSeen())]++;
    }
    // Each answer is counted once its type took it, so that a type that throws anyway leaves
    // counts that still make a summary: the response, with the answers recorded before it.
    for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
      int p = positions.get(entry.getKey());
      accumulators[p].add(entry.getValue());
      answered[p]++;
    }
    return this;
  }

  /**
   * Records every remaining response of an iterator, such as a {@link io.cxkit.survey.io.ResponseReader}.
   *
   * @param responses the responses
   * @return this summarizer
   * @throws io.cxkit.survey.InvalidResponseException as {@link #add} does, at the first bad one;
   *     those before it are counted
   */
  public SurveySummarizer addAll(Iterator<? extends Response> responses) {
    Objects.requireNonNull(responses, "responses");
    while (responses.hasNext()) {
      add(responses.next());
    }
    return this;
  }

  /**
   * Records how often the survey was shown (from the intercept's or mailer's logs), so that the
   * survey completion rate is over displays. Displays add up over calls; a summary whose
   * summarizer was never given displays has none. Every response was displayed, so by the time of
   * a {@link #snapshot()} the displays must be at least the responses recorded.
   *
   * @param count displays, ≥ 0
   * @return this summarizer
   * @throws InvalidValueException if {@code count} is negative
   */
  public SurveySummarizer addDisplays(long count) {
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be a count of displays ≥ 0");
    }
    displays = displays == SurveySummary.UNKNOWN ? count
        : QuestionResult.add("displays", displays, count);
    return this;
  }

  /**
   * Adds a partial summary, such as another thread's snapshot.
   *
   * @param summary a summary of other responses to the same survey version, counted the same way
   * @return this summarizer
   * @throws io.cxkit.core.IncompatibleMergeException if its survey or options differ
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public SurveySummarizer merge(SurveySummary summary) {
    Objects.requireNonNull(summary, "summary");
    SurveySummary mine = snapshot();
    mine.requireCompatible(summary);
    SurveySummary sum = mine.plus(summary); // checks every part and overflow before anything changes
    List<QuestionResult> results = summary.questions();
    for (int i = 0; i < results.size(); i++) {
      ((SummaryAccumulator) accumulators[i]).merge(results.get(i).summary());
      QuestionResult total = sum.questions().get(i);
      reached[i] = total.reached();
      answered[i] = total.answered();
      droppedOff[i] = total.droppedOff();
    }
    completions = sum.completions();
    partials = sum.partials();
    dismissals = sum.dismissals();
    displays = sum.displays().orElse(SurveySummary.UNKNOWN);
    return this;
  }

  /**
   * @return an immutable summary of everything recorded so far
   * @throws InvalidValueException if displays were given and are fewer than the responses
   *     recorded, naming both (so are {@link #merge} and the grouped and trend summarizers'
   *     snapshots, which take this one)
   */
  public SurveySummary snapshot() {
    List<QuestionResult> results = new ArrayList<>(typeIds.length);
    List<Question> questions = survey.questions();
    for (int i = 0; i < typeIds.length; i++) {
      QuestionSummary<?> summary = accumulators[i].snapshot();
      results.add(new QuestionResult(questions.get(i).id(), typeIds[i], reached[i], answered[i],
          droppedOff[i], summary));
    }
    return SurveySummary.of(survey, options,
        displays == SurveySummary.UNKNOWN ? OptionalLong.empty() : OptionalLong.of(displays),
        completions, partials, dismissals, results);
  }

  @Override
  public String toString() {
    return "SurveySummarizer{survey=" + survey.id() + " v" + survey.version() + ", responses="
        + (completions + partials + dismissals) + "}";
  }

  /** Builds a {@link SurveySummarizer}; each setting may be given once. */
  public static final class Builder {
    private final Survey survey;
    private final SummarizerSettings settings = new SummarizerSettings();

    private Builder(Survey survey) {
      this.survey = survey;
    }

    /**
     * @param options how to count (default {@link SummaryOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(SummaryOptions options) {
      settings.options(options);
      return this;
    }

    /**
     * @param registry the question types of the survey (default the standard registry)
     * @return this builder
     * @throws IllegalStateException if the registry was already set
     */
    public Builder registry(QuestionTypeRegistry registry) {
      settings.registry(registry);
      return this;
    }

    /**
     * @return an empty summarizer
     * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not registered
     * @throws io.cxkit.survey.InvalidSurveyException if the survey's routing does not fit the
     *     registry's types
     */
    public SurveySummarizer build() {
      return new SurveySummarizer(this);
    }
  }
}
