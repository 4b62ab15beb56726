package io.cxkit.survey;

import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.ComparisonBuilder;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ChoiceQuestion;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextAnswer;
import io.cxkit.survey.types.OpenTextQuestion;
import io.cxkit.survey.types.SingleChoiceAnswer;
import io.cxkit.survey.types.SingleChoiceQuestion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random routed surveys and random answers for property tests of routing, navigation and
 * validation.
 *
 * <p>A survey has 1 to 8 questions ({@code q0}, {@code q1}, …) of the types {@code nps}, {@code
 * single_choice}, {@code multiple_choice}, {@code open_text} and {@code contact_consent}, each
 * required or not, and up to two routing rules after each question. Every rule goes forward (to a
 * later question or the end), so there is never a loop; most have a condition, built from every
 * operator the named question's type supports plus {@code is-answered} and {@code is-skipped},
 * sometimes combined with {@code allOf}, {@code anyOf} or {@code not}; and every operand names the
 * rule's own question or one that can come before it, so every generated survey is valid.
 * Arguments are drawn from the values answers take (scores on the scale, offered codes, words of
 * {@link #WORDS}), so conditions hold about as often as not.
 *
 * <p>Everything is decoded from a list of small numbers ({@link Choices}), so jqwik shrinks a
 * failing case towards fewer questions, fewer rules and the first option of every choice.
 */
public final class RoutedArbitraries {
  /** The words open-text answers are made of and {@code contains} conditions look for. */
  public static final List<String> WORDS =
      List.of("slow", "late", "broken", "great", "price", "Support", "délai", "快递");

  private RoutedArbitraries() {}

  /**
   * A source of choices: the numbers of a list, one at a time, then zeros. Decoding a value from it
   * makes each choice a number below a bound, so a shorter list or smaller numbers give a simpler
   * value.
   */
  public static final class Choices {
    private final List<Integer> numbers;
    private int next;

    /** @param numbers the choices, each ≥ 0 */
    public Choices(List<Integer> numbers) {
      this.numbers = List.copyOf(Objects.requireNonNull(numbers, "numbers"));
    }

    /**
     * @param bound the number of options, ≥ 1
     * @return the next choice, in 0..bound - 1 (0 once the list is used up)
     */
    public int next(int bound) {
      if (bound < 1) {
        throw new IllegalArgumentException("bound " + bound + " must be ≥ 1");
      }
      return next < numbers.size() ? numbers.get(next++) % bound : 0;
    }

    /** @return a coin toss, false once the list is used up */
    public boolean flip() {
      return next(2) == 1;
    }
  }

  /**
   * @param minSize the fewest choices in one list: enough for the value decoded, so that random
   *     values are not mostly made of the zeros after the list's end
   * @param maxSize the most choices in one list
   * @return lists of choices for {@link Choices}
   */
  public static Arbitrary<List<Integer>> choiceLists(int minSize, int maxSize) {
    return Arbitraries.integers().between(0, 1_000).list().ofMinSize(minSize).ofMaxSize(maxSize);
  }

  /** @return random valid routed surveys, as the class comment describes */
  public static Arbitrary<Survey> surveys() {
    return choiceLists(200, 300).map(numbers -> survey(new Choices(numbers)));
  }

  /**
   * @param question a question of one of the five types of {@link #surveys()}
   * @return random answers that are valid for it
   */
  public static Arbitrary<Answer> answers(Question question) {
    Objects.requireNonNull(question, "question");
    return choiceLists(0, 12).map(numbers -> answer(question, new Choices(numbers)));
  }

  /**
   * @param survey a survey of {@link #surveys()}
   * @return answers to any subset of its questions, each valid, of another type, or breaking its
   *     question's rules (a score off the scale, a code not offered), in survey order
   */
  public static Arbitrary<Map<String, Answer>> anyAnswers(Survey survey) {
    Objects.requireNonNull(survey, "survey");
    return choiceLists(20, 40).map(numbers -> anyAnswers(survey, new Choices(numbers)));
  }

  /**
   * @param survey a survey
   * @param choices where the choices come from
   * @return answers to a subset of its questions, valid or not, as {@link #anyAnswers(Survey)}
   */
  public static Map<String, Answer> anyAnswers(Survey survey, Choices choices) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : survey.questions()) {
      switch (choices.next(3)) {
        case 1:
          answers.put(question.id(), answer(question, choices));
          break;
        case 2:
          answers.put(question.id(), stray(choices));
          break;
        default:
          break;
      }
    }
    return answers;
  }

  /** Answers that are of another type than most questions, or invalid for any question. */
  private static Answer stray(Choices choices) {
    switch (choices.next(8)) {
      case 0:
        return new NpsAnswer(99);
      case 1:
        return new CsatAnswer(3);
      case 2:
        return new GoalCompletionAnswer(GoalOutcome.FULLY);
      case 3:
        return SingleChoiceAnswer.of("not-offered");
      case 4:
        return new MultipleChoiceAnswer(List.of(), null);
      case 5:
        return new OpenTextAnswer(" ");
      case 6:
        return ContactConsentAnswer.declining();
      default:
        return new NpsAnswer(-1);
    }
  }

  /**
   * @param choices where the choices come from
   * @return a random valid routed survey, as the class comment describes
   */
  public static Survey survey(Choices choices) {
    int n = 1 + choices.next(8);
    List<Question> questions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      questions.add(question("q" + i, choices));
    }
    Survey.Builder builder = Survey.builder("routed-" + n)
        .title(LocalizedText.of("en", "A routed survey"))
        .kind(SurveyKind.EMBEDDED)
        .questions(questions);
    // edges[i]: the positions question i can lead to (n for the end); rules only go forward, so
    // the edges of every earlier question are final when the rules after question q are drawn.
    List<BitSet> edges = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      BitSet mine = new BitSet(n + 1);
      List<Integer> before = canComeBefore(edges, q);
      boolean always = false;
      int rules = choices.next(3);
      for (int r = 0; r < rules && !always; r++) {
        // The end a quarter of the time (always after the last question), else a later question:
        // ending often would leave most paths one or two questions long.
        int target = q == n - 1 || choices.next(4) == 0 ? n : q + 1 + choices.next(n - q - 1);
        RoutingRule.After after = RoutingRule.after("q" + q);
        if (choices.next(4) == 0) {
          always = true;
        } else {
          after = after.when(condition(questions, before, choices));
        }
        builder.route(target == n ? after.endSurvey() : after.goTo("q" + target));
        mine.set(target);
      }
      if (!always) {
        mine.set(q + 1);
      }
      edges.add(mine);
    }
    return builder.build();
  }

  /**
   * @return the positions a condition after question q may name: q, and every earlier question
   *     that a walk from the first question can reach and that can lead on to q
   */
  private static List<Integer> canComeBefore(List<BitSet> edges, int q) {
    int n = edges.size();
    BitSet fromStart = new BitSet();
    fromStart.set(0);
    for (int i = 0; i < n; i++) {
      if (fromStart.get(i)) {
        fromStart.or(edges.get(i));
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < q; i++) {
      if (fromStart.get(i) && leadsTo(edges, i, q)) {
        out.add(i);
      }
    }
    out.add(q);
    return out;
  }

  private static boolean leadsTo(List<BitSet> edges, int from, int to) {
    BitSet seen = new BitSet();
    seen.set(from);
    for (int i = from; i < to; i++) {
      if (seen.get(i)) {
        seen.or(edges.get(i));
      }
    }
    return seen.get(to);
  }

  private static Question question(String id, Choices choices) {
    LocalizedText text = LocalizedText.of("en", "Question " + id);
    boolean required = choices.flip();
    switch (choices.next(5)) {
      case 0:
        return new NpsQuestion(id, text, required,
            choices.flip() ? NpsVariant.ONE_TO_TEN : NpsVariant.STANDARD, null, null);
      case 1:
        return new SingleChoiceQuestion(id, text, required, options(choices),
            choices.flip() ? LocalizedText.of("en", "Other") : null);
      case 2: {
        List<Choice> options = options(choices);
        LocalizedText other = choices.flip() ? LocalizedText.of("en", "Other") : null;
        int count = options.size() + (other == null ? 0 : 1);
        int max = 1 + choices.next(count);
        int min = choices.next(max + 1);
        return new MultipleChoiceQuestion(id, text, required, options, other, min, max);
      }
      case 3:
        return new OpenTextQuestion(id, text, required, 40 + choices.next(60), null);
      default:
        return new ContactConsentQuestion(id, text, required);
    }
  }

  private static List<Choice> options(Choices choices) {
    int count = 1 + choices.next(3);
    List<Choice> options = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      options.add(Choice.of("c" + i, "en", "Option " + i));
    }
    return options;
  }

  private static Condition condition(List<Question> questions, List<Integer> candidates,
      Choices choices) {
    switch (choices.next(7)) {
      case 4:
        return Condition.allOf(comparison(questions, candidates, choices),
            comparison(questions, candidates, choices));
      case 5:
        return Condition.anyOf(comparison(questions, candidates, choices),
            comparison(questions, candidates, choices));
      case 6:
        return Condition.not(comparison(questions, candidates, choices));
      default:
        return comparison(questions, candidates, choices);
    }
  }

  /** A comparison of a candidate question's answer with an operator its type supports. */
  private static Comparison comparison(List<Question> questions, List<Integer> candidates,
      Choices choices) {
    // The rule's own question (the last candidate) is the most natural operand: favour it.
    int pick = choices.next(candidates.size() + 1);
    Question question = questions.get(candidates.get(Math.min(pick, candidates.size() - 1)));
    ComparisonBuilder answer = Condition.answer(question.id());
    int operator = choices.next(8);
    if (operator == 6) {
      return answer.isAnswered();
    }
    if (operator == 7) {
      return answer.isSkipped();
    }
    if (question instanceof NpsQuestion nps) {
      // Points of the question's own scale (0..10 or 1..10): the type refuses a condition that
      // could never hold, such as equals 0 on 1..10 or greater-than 10.
      RatingScale scale = nps.scale();
      int a = scale.min() + choices.next(scale.points());
      int b = scale.min() + choices.next(scale.points());
      switch (operator % 5) {
        case 0:
          return answer.equalTo(a);
        case 1:
          return answer.oneOf(a, b);
        case 2:
          return answer.inRange(Math.min(a, b), Math.max(a, b));
        case 3:
          return answer.greaterThan(Math.min(a, scale.max() - 1));
        default:
          return answer.lessThan(Math.max(a, scale.min() + 1));
      }
    }
    if (question instanceof SingleChoiceQuestion single) {
      List<String> codes = single.codes();
      String one = codes.get(choices.next(codes.size()));
      return operator % 2 == 0 ? answer.equalTo(one)
          : answer.oneOf(one, codes.get(choices.next(codes.size())));
    }
    if (question instanceof MultipleChoiceQuestion multiple) {
      List<String> codes = multiple.codes();
      return answer.contains(codes.get(choices.next(codes.size())));
    }
    if (question instanceof OpenTextQuestion) {
      // Lower case: contains ignores case, so "support" also finds "Support".
      String word = WORDS.get(choices.next(WORDS.size()));
      return answer.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
    return answer.equalTo(choices.flip());
  }

  /**
   * @param question a question of one of the five types of {@link #surveys()}
   * @param choices where the choices come from
   * @return a valid answer to it
   * @throws IllegalArgumentException for a question of another type
   */
  public static Answer answer(Question question, Choices choices) {
    Objects.requireNonNull(question, "question");
    if (question instanceof NpsQuestion nps) {
      RatingScale scale = nps.scale();
      return new NpsAnswer(scale.min() + choices.next(scale.points()));
    }
    if (question instanceof SingleChoiceQuestion single) {
      List<String> codes = single.codes();
      String code = codes.get(choices.next(codes.size()));
      return code.equals(Choice.OTHER) ? new SingleChoiceAnswer(code, words(choices, 40))
          : SingleChoiceAnswer.of(code);
    }
    if (question instanceof MultipleChoiceQuestion multiple) {
      List<String> left = new ArrayList<>(multiple.codes());
      int count = multiple.minSelections()
          + choices.next(multiple.maxSelections() - multiple.minSelections() + 1);
      List<String> chosen = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        chosen.add(left.remove(choices.next(left.size())));
      }
      return new MultipleChoiceAnswer(chosen,
          chosen.contains(Choice.OTHER) ? words(choices, 40) : null);
    }
    if (question instanceof OpenTextQuestion open) {
      return new OpenTextAnswer(words(choices, open.maxLength()));
    }
    if (question instanceof ContactConsentQuestion) {
      return choices.flip() ? ContactConsentAnswer.consenting("anna@shop.example")
          : ContactConsentAnswer.declining();
    }
    throw new IllegalArgumentException("no answers for " + question.getClass().getName());
  }

  /** @return one to three of {@link #WORDS}, at most {@code maxLength} code points */
  private static String words(Choices choices, int maxLength) {
    StringBuilder out = new StringBuilder(WORDS.get(choices.next(WORDS.size())));
    int more = choices.next(3);
    for (int i = 0; i < more; i++) {
      String word = WORDS.get(choices.next(WORDS.size()));
      if (out.codePointCount(0, out.length()) + 1 + word.codePointCount(0, word.length())
          <= maxLength) {
        out.append(' ').append(word);
      }
    }
    String text = out.toString();
    int length = text.codePointCount(0, text.length());
    return length <= maxLength ? text : text.substring(0, text.offsetByCodePoints(0, maxLength));
  }

  /** The instant every response of {@link #response} is submitted at, so that runs repeat. */
  public static final java.time.Instant SUBMITTED = java.time.Instant.parse("2026-11-30T09:15:00Z");

  /** The A/B variants {@link #response} draws from (or none). */
  public static final List<String> VARIANTS = List.of("a", "b");

  /**
   * A respondent's valid response, made by walking the survey with a {@link Navigation}: about one
   * in eight is dismissed; otherwise the respondent answers (or skips an optional question) until
   * the end, or stops on the way about one question in six, which gives a partial response whose
   * last question seen is the one shown. Answers are those of {@link #answer}; the context names one
   * of {@link #VARIANTS} or none.
   *
   * @param survey a survey of {@link #surveys()} (or any survey of the five types)
   * @param id the response's id
   * @param choices where the choices come from
   * @return the response, valid for the survey
   */
  public static Response response(Survey survey, String id, Choices choices) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(id, "id");
    int variant = choices.next(VARIANTS.size() + 1);
    ResponseContext context = variant == VARIANTS.size() ? ResponseContext.EMPTY
        : new ResponseContext(null, null, null, null, null, VARIANTS.get(variant), Map.of());
    if (choices.next(8) == 0) {
      return Response.builder(id, survey.id(), survey.version()).submittedAt(SUBMITTED)
          .context(context).dismissed().build();
    }
    Navigation nav = SurveyNavigator.of(survey).begin();
    while (!nav.finished() && choices.next(6) != 0) {
      Question current = nav.current().orElseThrow();
      if (!current.required() && choices.next(3) == 0) {
        nav.skip();
      } else {
        nav.answer(answer(current, choices));
      }
    }
    return nav.toResponse(id).submittedAt(SUBMITTED).context(context).build();
  }

  /**
   * @param survey a survey of {@link #surveys()}
   * @param maxSize the most responses
   * @return lists of valid responses to it, ids {@code r-0}, {@code r-1}, …
   */
  public static Arbitrary<List<Response>> responses(Survey survey, int maxSize) {
    Objects.requireNonNull(survey, "survey");
    return choiceLists(10, 40).list().ofMaxSize(maxSize).map(lists -> {
      List<Response> out = new ArrayList<>(lists.size());
      for (int i = 0; i < lists.size(); i++) {
        out.add(response(survey, "r-" + i, new Choices(lists.get(i))));
      }
      return out;
    });
  }

  /**
   * @param choices where the choices come from
   * @return a value of any of the four forms, for facts that do not fit the operand's type
   */
  public static AnswerValue anyValue(Choices choices) {
    switch (choices.next(4)) {
      case 0:
        return new AnswerValue.NumberValue(choices.next(21) - 5);
      case 1:
        return new AnswerValue.TextValue(WORDS.get(choices.next(WORDS.size())));
      case 2:
        return new AnswerValue.CodesValue(List.of("c" + choices.next(4)));
      default:
        return new AnswerValue.FlagValue(choices.flip());
    }
  }
}
