package io.cxkit.survey.loop;

import io.cxkit.core.CesVariant;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.Answer;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Question;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.loop.FollowUpCriterion.BottomBox;
import io.cxkit.survey.loop.FollowUpCriterion.Detractor;
import io.cxkit.survey.loop.FollowUpCriterion.GoalNotAchieved;
import io.cxkit.survey.loop.FollowUpCriterion.Matching;
import io.cxkit.survey.loop.FollowUpCriterion.NotAgreeing;
import io.cxkit.survey.loop.FollowUpCriterion.ReasonChosen;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.ChoiceQuestion;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link FollowUpRules} bound to one {@link Survey}: decides for each of its responses which rules
 * it matches and whether its respondent may be contacted. Immutable and thread-safe; get one from
 * {@link FollowUpRules#bind}. Stream responses through a {@link #collector()} to get a {@link
 * FollowUpList}:
 *
 * <pre>{@code
 * FollowUpFinder finder = rules.bind(survey);
 * FollowUpCollector collector = finder.collector();
 * try (ResponseReader reader = ResponseJsonLines.reader(survey).open(path)) {
 *   reader.forEachRemaining(collector::add);
 * }
 * FollowUpList list = collector.result();
 * }</pre>
 *
 * <p><b>Who may be contacted.</b> A respondent may be contacted when the response carries their
 * consent and a way to reach them: a {@link Respondent} with {@code contactConsent} and {@link
 * ContactDetails}, or an answer to a {@code contact_consent} question with consent and an e-mail
 * (which, given for this feedback, replaces the respondent's e-mail, keeping their name and phone).
 * An answer to a {@code contact_consent} question that declines wins over a consent of the
 * respondent: asked about this feedback, they said no. Every other response is never an entry of
 * a list, only counted.
 *
 * <p><b>Bad data.</b> Responses are expected to be valid for the survey (read them with a reader
 * that validates, or check them with {@link io.cxkit.survey.ResponseValidator}); a response to
 * another survey, an answer of another type than its question's or a score off the question's
 * scale, where a rule looks at it, fails with an {@link InvalidResponseException} naming the
 * response, the answer and the rule, rather than being matched or not by accident.
 */
public final class FollowUpFinder {
  private final FollowUpRules rules;
  private final Survey survey;
  private final Test[] tests;
  private final FollowUpRule[] ruleArray;
  private final String[] consentQuestions;

  FollowUpFinder(FollowUpRules rules, Survey survey, QuestionTypeRegistry registry) {
    this.rules = rules;
    this.survey = survey;
    List<FollowUpRule> list = rules.rules();
    this.ruleArray = list.toArray(new FollowUpRule[0]);
    this.tests = new Test[ruleArray.length];
    for (int i = 0; i < ruleArray.length; i++) {
      tests[i] = compile(i, ruleArray[i], survey, registry);
    }
    List<String> consent = new ArrayList<>();
    for (Question question : survey.questions()) {
      if (question instanceof ContactConsentQuestion) {
        consent.add(question.id());
      }
    }
    this.consentQuestions = consent.toArray(new String[0]);
  }

  /** @return the rules */
  public FollowUpRules rules() {
    return rules;
  }

  /** @return the survey the rules are bound to */
  public Survey survey() {
    return survey;
  }

  /**
   * @return a collector keeping at most {@link FollowUpList#DEFAULT_CAPACITY} entries, the most
   *     urgent
   */
  public FollowUpCollector collector() {
    return new FollowUpCollector(this, FollowUpList.DEFAULT_CAPACITY);
  }

  /**
   * @param capacity the most entries the list keeps (the most urgent in {@link FollowUpEntry#ORDER});
   *     ≥ 1
   * @return a collector
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public FollowUpCollector collector(int capacity) {
    return new FollowUpCollector(this, capacity);
  }

  /**
   * @param responses the responses to check
   * @return their follow-up list, keeping at most {@link FollowUpList#DEFAULT_CAPACITY} entries
   * @throws InvalidResponseException as the class documentation says
   */
  public FollowUpList find(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses");
    return find(responses.iterator());
  }

  /**
   * @param responses the responses to check, such as a {@link io.cxkit.survey.io.ResponseReader}
   * @return their follow-up list, keeping at most {@link FollowUpList#DEFAULT_CAPACITY} entries
   * @throws InvalidResponseException as the class documentation says
   */
  public FollowUpList find(Iterator<Response> responses) {
    Objects.requireNonNull(responses, "responses");
    FollowUpCollector collector = collector();
    while (responses.hasNext()) {
      collector.add(responses.next());
    }
    return collector.result();
  }

  /**
   * @param response a response to the survey
   * @return the rules it matches, in order; empty when none
   * @throws InvalidResponseException as the class documentation says
   */
  public List<FollowUpRule> matchedRules(Response response) {
    Objects.requireNonNull(response, "response");
    boolean[] matched = new boolean[ruleArray.length];
    if (!evaluate(response, matched)) {
      return List.of();
    }
    List<FollowUpRule> out = new ArrayList<>();
    for (int i = 0; i < matched.length; i++) {
      if (matched[i]) {
        out.add(ruleArray[i]);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param response a response to the survey
   * @return its entry, if it matches a rule and its respondent may be contacted; empty otherwise
   *     (a matched response without consent included: it has no entry, ever)
   * @throws InvalidResponseException as the class documentation says
   */
  public Optional<FollowUpEntry> entryFor(Response response) {
    Objects.requireNonNull(response, "response");
    boolean[] matched = new boolean[ruleArray.length];
    if (!evaluate(response, matched)) {
      return Optional.empty();
    }
    ContactDetails contact = contactOf(response);
    return contact == null ? Optional.empty() : Optional.of(entry(response, matched, contact));
  }

  int ruleCount() {
    return ruleArray.length;
  }

  /**
   * Evaluates every rule on the response into {@code matched}.
   *
   * @return whether any rule matched
   */
  boolean evaluate(Response response, boolean[] matched) {
    if (!response.surveyId().equals(survey.id())) {
      throw new InvalidResponseException("surveyId", Ids.quote(response.surveyId()),
          "must be " + Ids.quote(survey.id()) + ", the survey these follow-up rules are bound to"
              + of(response));
    }
    boolean any = false;
    for (int i = 0; i < tests.length; i++) {
      boolean hit = tests[i].test(response);
      matched[i] = hit;
      any |= hit;
    }
    return any;
  }

  FollowUpEntry entry(Response response, boolean[] matched, ContactDetails contact) {
    List<FollowUpReason> reasons = new ArrayList<>(2);
    int priority = Integer.MAX_VALUE;
    for (int i = 0; i < matched.length; i++) {
      if (matched[i]) {
        reasons.add(FollowUpReason.of(ruleArray[i]));
        priority = Math.min(priority, ruleArray[i].priority());
      }
    }
    Respondent respondent = response.respondent();
    return new FollowUpEntry(response.id(), respondent == null ? null : respondent.id(),
        response.surveyId(), response.submittedAt(), response.context().touchpointId(), priority,
        reasons, contact);
  }

  /**
   * @return how to reach the respondent with their consent, or null when they may not be
   *     contacted (no consent, a declining answer, or consent without any way to reach them)
   */
  @Nullable ContactDetails contactOf(Response response) {
    String answerEmail = null;
    String answeredAt = null;
    for (String questionId : consentQuestions) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        continue;
      }
      if (!(answer instanceof ContactConsentAnswer)) {
        throw wrongType(response, questionId, answer, "contact_consent");
      }
      ContactConsentAnswer consent = (ContactConsentAnswer) answer;
      if (!consent.consent()) {
        return null;
      }
      if (answerEmail == null && consent.email() != null) {
        answerEmail = consent.email();
        answeredAt = questionId;
      }
    }
    Respondent respondent = response.respondent();
    ContactDetails known = respondent != null && respondent.contactConsent()
        ? respondent.contact() : null;
    if (answerEmail == null) {
      return known;
    }
    try {
      return known == null ? ContactDetails.ofEmail(answerEmail)
          : new ContactDetails(answerEmail, known.name(), known.phone());
    } catch (InvalidResponseException e) {
      throw new InvalidResponseException("answers." + answeredAt + ".email", "(redacted)",
          "must be an e-mail address of the form name@domain" + of(response));
    }
  }

  private static String of(Response response) {
    return " (response " + Ids.quote(response.id()) + ")";
  }

  private static InvalidResponseException wrongType(Response response, String questionId,
      Answer answer, String typeId) {
    return new InvalidResponseException("answers." + questionId,
        answer.getClass().getSimpleName(),
        "must be an answer of type " + typeId + ", the type of question " + questionId
            + of(response));
  }

  private static InvalidResponseException offScale(Response response, String questionId,
      int score, RatingScale scale) {
    return new InvalidResponseException("answers." + questionId + ".score", score,
        "must lie on scale " + scale + " of question " + questionId + of(response));
  }

  @Override
  public String toString() {
    return "FollowUpFinder[survey=" + survey.id() + ", rules=" + rules.ids() + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Binding

  /** One rule, compiled against the survey: plain fields and primitive comparisons. */
  private abstract static class Test {
    final String questionId;

    Test(String questionId) {
      this.questionId = questionId;
    }

    abstract boolean test(Response response);
  }

  private static Test compile(int index, FollowUpRule rule, Survey survey,
      QuestionTypeRegistry registry) {
    FollowUpCriterion criterion = rule.criterion();
    String at = "rules[" + index + "]";
    String named = "rule " + Ids.quote(rule.id()) + " (" + criterion.kindId() + ")";
    if (criterion instanceof Detractor detractor) {
      NpsQuestion question = question(at, named, survey, detractor.questionId(), NpsQuestion.class,
          "nps");
      return new DetractorTest(question);
    }
    if (criterion instanceof BottomBox box) {
      CsatQuestion question = question(at, named, survey, box.questionId(), CsatQuestion.class,
          "csat");
      int highest = question.min() + box.boxes() - 1;
      if (highest >= question.threshold()) {
        throw new InvalidFollowUpRuleException(at + ".boxes", box.boxes(),
            named + ": the bottom " + box.boxes() + " points of question " + question.id()
                + "'s scale " + question.scale() + " reach its satisfied answers (from "
                + question.threshold() + "); must be at most "
                + (question.threshold() - question.min()));
      }
      return new BottomBoxTest(question, highest);
    }
    if (criterion instanceof NotAgreeing notAgreeing) {
      CesQuestion question = question(at, named, survey, notAgreeing.questionId(),
          CesQuestion.class, "ces");
      return new NotAgreeingTest(question);
    }
    if (criterion instanceof GoalNotAchieved goal) {
      question(at, named, survey, goal.questionId(), GoalCompletionQuestion.class,
          "goal_completion");
      return new GoalTest(goal.questionId(), goal.includePartially());
    }
    if (criterion instanceof ReasonChosen reason) {
      ChoiceQuestion question = question(at, named, survey, reason.questionId(),
          ChoiceQuestion.class, "single_choice or multiple_choice");
      if (!(question instanceof SingleChoiceQuestion) && !(question instanceof MultipleChoiceQuestion)) {
        throw new InvalidFollowUpRuleException(at + ".question", Ids.quote(question.id()),
            named + ": needs a single_choice or multiple_choice question");
      }
      if (!question.offers(reason.code())) {
        throw new InvalidFollowUpRuleException(at + ".code", Ids.quote(reason.code()),
            named + ": question " + question.id() + " does not offer it; it offers "
                + question.codes());
      }
      return new ChoiceTest(question, reason.code());
    }
    Matching matching = (Matching) criterion;
    return MatchingTest.of(at + ".when", named, survey, registry, matching.condition());
  }

  private static <Q> Q question(String at, String named, Survey survey, String questionId,
      Class<Q> type, String typeId) {
    Optional<Question> found = survey.question(questionId);
    if (found.isEmpty()) {
      throw new InvalidFollowUpRuleException(at + ".question", Ids.quote(questionId),
          named + ": survey " + survey.id() + " has no such question; it has "
              + survey.questionIds());
    }
    Question question = found.get();
    if (!type.isInstance(question)) {
      throw new InvalidFollowUpRuleException(at + ".question", Ids.quote(questionId),
          named + ": needs a " + typeId + " question, and question " + questionId + " of survey "
              + survey.id() + " is of type " + typeName(question));
    }
    return type.cast(question);
  }

  private static String typeName(Question question) {
    try {
      return QuestionTypeRegistry.standard().typeOf(question).id();
    } catch (io.cxkit.survey.UnknownQuestionTypeException e) {
      return question.getClass().getSimpleName();
    }
  }

  private static final class DetractorTest extends Test {
    private final RatingScale scale;
    private final int highest;

    DetractorTest(NpsQuestion question) {
      super(question.id());
      NpsVariant variant = question.variant();
      this.scale = variant.scale();
      this.highest = variant.highestDetractorScore();
    }

    @Override
    boolean test(Response response) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return false;
      }
      if (!(answer instanceof NpsAnswer)) {
        throw wrongType(response, questionId, answer, "nps");
      }
      int score = ((NpsAnswer) answer).score();
      if (!scale.contains(score)) {
        throw offScale(response, questionId, score, scale);
      }
      return score <= highest;
    }
  }

  private static final class BottomBoxTest extends Test {
    private final RatingScale scale;
    private final int highest;

    BottomBoxTest(CsatQuestion question, int highest) {
      super(question.id());
      this.scale = question.scale();
      this.highest = highest;
    }

    @Override
    boolean test(Response response) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return false;
      }
      if (!(answer instanceof CsatAnswer)) {
        throw wrongType(response, questionId, answer, "csat");
      }
      int score = ((CsatAnswer) answer).score();
      if (!scale.contains(score)) {
        throw offScale(response, questionId, score, scale);
      }
      return score <= highest;
    }
  }

  private static final class NotAgreeingTest extends Test {
    private final CesVariant variant;

    NotAgreeingTest(CesQuestion question) {
      super(question.id());
      this.variant = question.variant();
    }

    @Override
    boolean test(Response response) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return false;
      }
      if (!(answer instanceof CesAnswer)) {
        throw wrongType(response, questionId, answer, "ces");
      }
      int score = ((CesAnswer) answer).score();
      if (!variant.scale().contains(score)) {
        throw offScale(response, questionId, score, variant.scale());
      }
      return score < variant.favourableLowest() || score > variant.favourableHighest();
    }
  }

  private static final class GoalTest extends Test {
    private final boolean includePartially;

    GoalTest(String questionId, boolean includePartially) {
      super(questionId);
      this.includePartially = includePartially;
    }

    @Override
    boolean test(Response response) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return false;
      }
      if (!(answer instanceof GoalCompletionAnswer)) {
        throw wrongType(response, questionId, answer, "goal_completion");
      }
      GoalOutcome outcome = ((GoalCompletionAnswer) answer).outcome();
      return outcome == GoalOutcome.NOT_ACHIEVED
          || (includePartially && outcome == GoalOutcome.PARTIALLY);
    }
  }

  private static final class ChoiceTest extends Test {
    private final boolean single;
    private final String code;

    ChoiceTest(ChoiceQuestion question, String code) {
      super(question.id());
      this.single = question instanceof SingleChoiceQuestion;
      this.code = code;
    }

    @Override
    boolean test(Response response) {
      Answer answer = response.answers().get(questionId);
      if (answer == null) {
        return false;
      }
      if (single) {
        if (!(answer instanceof SingleChoiceAnswer)) {
          throw wrongType(response, questionId, answer, "single_choice");
        }
        return ((SingleChoiceAnswer) answer).choice().equals(code);
      }
      if (!(answer instanceof MultipleChoiceAnswer)) {
        throw wrongType(response, questionId, answer, "multiple_choice");
      }
      List<String> chosen = ((MultipleChoiceAnswer) answer).choices();
      for (int i = 0, n = chosen.size(); i < n; i++) {
        if (chosen.get(i).equals(code)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A condition over answers; the answers it names are checked for their type before it runs. */
  private static final class MatchingTest extends Test {
    private final Condition condition;
    private final String[] questionIds;
    private final QuestionType<?, ?>[] types;

    private MatchingTest(Condition condition, String[] questionIds, QuestionType<?, ?>[] types) {
      super(questionIds.length == 0 ? "" : questionIds[0]);
      this.condition = condition;
      this.questionIds = questionIds;
      this.types = types;
    }

    static MatchingTest of(String at, String named, Survey survey, QuestionTypeRegistry registry,
        Condition condition) {
      Set<String> named_ = new LinkedHashSet<>();
      List<Comparison> comparisons = condition.comparisons();
      for (int k = 0; k < comparisons.size(); k++) {
        Comparison comparison = comparisons.get(k);
        Operand operand = comparison.operand();
        String where = at + " comparison " + (k + 1) + " (" + comparison + ")";
        if (!operand.isAnswer()) {
          throw new InvalidFollowUpRuleException(where, operand,
              named + ": a follow-up rule can compare only answers of the survey's questions");
        }
        Optional<Question> found = survey.question(operand.name());
        if (found.isEmpty()) {
          throw new InvalidFollowUpRuleException(where, Ids.quote(operand.name()),
              named + ": survey " + survey.id() + " has no such question; it has "
                  + survey.questionIds());
        }
        Question question = found.get();
        QuestionType<?, ?> type = registry.typeOf(question);
        ConditionOperator operator = comparison.operator();
        if (operator != ConditionOperator.IS_ANSWERED && operator != ConditionOperator.IS_SKIPPED
            && !type.operators().contains(operator)) {
          throw new InvalidFollowUpRuleException(where, operator.id(),
              named + ": question " + question.id() + " is of type " + type.id()
                  + ", which does not support this operator; it supports " + type.operators());
        }
        List<Violation> violations = validate(type, question, operator, comparison.arguments());
        if (!violations.isEmpty()) {
          Violation first = violations.get(0);
          throw new InvalidFollowUpRuleException(where + "." + first.path(), first.value(),
              named + ": " + first.rule() + " (question " + question.id() + " is of type "
                  + type.id() + ")");
        }
        named_.add(question.id());
      }
      String[] ids = named_.toArray(new String[0]);
      QuestionType<?, ?>[] types = new QuestionType<?, ?>[ids.length];
      for (int i = 0; i < ids.length; i++) {
        types[i] = registry.typeOf(survey.question(ids[i]).orElseThrow());
      }
      return new MatchingTest(condition, ids, types);
    }

    @Override
    boolean test(Response response) {
      java.util.Map<String, Answer> answers = response.answers();
      for (int i = 0; i < questionIds.length; i++) {
        Answer answer = answers.get(questionIds[i]);
        if (answer != null && !types[i].answerClass().isInstance(answer)) {
          throw wrongType(response, questionIds[i], answer, types[i].id());
        }
      }
      Facts facts = operand -> {
        if (!operand.isAnswer()) {
          return null;
        }
        for (int i = 0; i < questionIds.length; i++) {
          if (questionIds[i].equals(operand.name())) {
            Answer answer = answers.get(questionIds[i]);
            return answer == null ? null : valueOf(types[i], answer);
          }
        }
        return null;
      };
      return condition.test(facts);
    }
  }

  // The registry guarantees that a type's question and answer classes match, so these casts hold.
  private static <Q extends Question, A extends Answer> List<Violation> validate(
      QuestionType<Q, A> type, Question question, ConditionOperator operator,
      List<AnswerValue> arguments) {
    return type.validateCondition(type.questionClass().cast(question), operator, arguments);
  }

  private static <Q extends Question, A extends Answer> AnswerValue valueOf(
      QuestionType<Q, A> type, Answer answer) {
    return type.valueOf(type.answerClass().cast(answer));
  }
}
