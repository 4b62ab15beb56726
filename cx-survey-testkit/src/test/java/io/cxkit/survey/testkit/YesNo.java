package io.cxkit.survey.testkit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.Answer;
import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.Violation;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Facts;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.CellFormat;
import io.cxkit.survey.spi.CellParser;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionSummary;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small question type of the kit's own tests, {@code yes_no}, registered explicitly (not through
 * ServiceLoader), with subclasses that each plant one bug for the kit to find.
 */
public final class YesNo {

  private YesNo() {}

  /**
   * A yes-or-no question.
   *
   * @param id the id
   * @param text the text
   * @param required whether it must be answered
   */
  public record YesNoQuestion(String id, LocalizedText text, boolean required) implements Question {}

  /**
   * An answer: {@code "yes"} or {@code "no"} are valid.
   *
   * @param value the answer
   */
  public record YesNoAnswer(String value) implements Answer {
    /** Refuses a missing value. */
    public YesNoAnswer {
      if (value == null) {
        throw new InvalidResponseException("value", null, "must be present");
      }
    }
  }

  /**
   * Counts of yes and no.
   *
   * @param yes the yes count
   * @param no the no count
   */
  public record YesNoSummary(long yes, long no)
      implements QuestionSummary<YesNoSummary>, Counts {
    @Override
    public long answered() {
      return yes + no;
    }

    /** @return {@code "yes"}: the share of yes answers */
    @Override
    public Map<String, MergeableEstimate<?>> estimates() {
      return Map.of("yes", Percentage.of(yes, yes + no));
    }

    @Override
    public YesNoSummary plus(YesNoSummary other) {
      return new YesNoSummary(yes + other.yes, no + other.no);
    }
  }

  /** A summary that loses the other side's no-count when added: merge is not whole. */
  public record LossySummary(long yes, long no)
      implements QuestionSummary<LossySummary>, Counts {
    @Override
    public long answered() {
      return yes + no;
    }

    @Override
    public LossySummary plus(LossySummary other) {
      return new LossySummary(yes + other.yes, no);
    }
  }

  /** Counts of yes and no answers, which the summaries below are made of. */
  interface Counts {
    /** @return the yes count */
    long yes();

    /** @return the no count */
    long no();
  }

  /** Makes a summary of counts of yes and no answers. */
  @FunctionalInterface
  interface CountsSummary<S> {
    S of(long yes, long no);
  }

  /**
   * @return an accumulator that counts yes and no answers and merges summaries of their counts,
   *     its snapshot made by {@code summary}
   */
  static <S extends QuestionSummary<S> & Counts> SummaryAccumulator<YesNoAnswer, S> counting(
      CountsSummary<S> summary) {
    return new SummaryAccumulator<YesNoAnswer, S>() {
      private long yes;
      private long no;

      @Override
      public void add(YesNoAnswer answer) {
        if (answer.value().equals("yes")) {
          yes++;
        } else {
          no++;
        }
      }

      @Override
      public void merge(S counts) {
        yes += counts.yes();
        no += counts.no();
      }

      @Override
      public S snapshot() {
        return summary.of(yes, no);
      }
    };
  }

  /** The correct type. */
  public static class Type implements QuestionType<YesNoQuestion, YesNoAnswer> {
    /** For ServiceLoader's rule. */
    public Type() {}

    @Override
    public String id() {
      return "yes_no";
    }

    @Override
    public Class<YesNoQuestion> questionClass() {
      return YesNoQuestion.class;
    }

    @Override
    public Class<YesNoAnswer> answerClass() {
      return YesNoAnswer.class;
    }

    @Override
    public List<Violation> validate(YesNoQuestion question, YesNoAnswer answer) {
      return answer.value().equals("yes") || answer.value().equals("no")
          ? List.of()
          : List.of(Violation.of("value", answer.value(), "must be yes or no"));
    }

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return counting(YesNoSummary::new);
    }

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.EQUALS);
    }

    /** A yes or no is a flag, so {@code equals} anything else could never hold. */
    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      if (operator == ConditionOperator.EQUALS && !(arguments.get(0) instanceof AnswerValue.FlagValue)) {
        return List.of(Violation.of("value", arguments.get(0), "must be a flag: yes is true, no is false"));
      }
      return List.of();
    }

    @Override
    public AnswerValue valueOf(YesNoAnswer answer) {
      return new AnswerValue.FlagValue(answer.value().equals("yes"));
    }

    @Override
    public ObjectNode questionSchema() {
      ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      properties.putObject("id").put("type", "string");
      properties.putObject("text").put("type", "object");
      properties.putObject("required").put("type", "boolean");
      schema.putArray("required").add("id").add("text").add("required");
      schema.put("additionalProperties", false);
      return schema;
    }

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
      schema.putObject("properties").putObject("value").put("type", "string");
      schema.putArray("required").add("value");
      schema.put("additionalProperties", false);
      return schema;
    }
  }

  /** Bug: every answer is valid. */
  public static final class AcceptsAnything extends Type {
    /** For ServiceLoader's rule. */
    public AcceptsAnything() {}

    @Override
    public List<Violation> validate(YesNoQuestion question, YesNoAnswer answer) {
      return List.of();
    }
  }

  /** Bug: a bad answer throws instead of being reported. */
  public static final class ThrowsOnBadAnswers extends Type {
    /** For ServiceLoader's rule. */
    public ThrowsOnBadAnswers() {}

    @Override
    public List<Violation> validate(YesNoQuestion question, YesNoAnswer answer) {
      List<Violation> violations = super.validate(question, answer);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(violations.toString());
      }
      return violations;
    }
  }

  /** Bug: the summary loses counts when added, so merge is not whole. */
  public static final class LossyMerge extends Type {
    /** For ServiceLoader's rule. */
    public LossyMerge() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return counting(LossySummary::new);
    }
  }

  /** Bug: the answer schema names a member the answer JSON does not have. */
  public static final class WrongAnswerSchema extends Type {
    /** For ServiceLoader's rule. */
    public WrongAnswerSchema() {}

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
      schema.putObject("properties").putObject("choice").put("type", "string");
      schema.putArray("required").add("choice");
      schema.put("additionalProperties", false);
      return schema;
    }
  }

  /** Bug: a type id with upper-case letters and a dash. */
  public static final class BadId extends Type {
    /** For ServiceLoader's rule. */
    public BadId() {}

    @Override
    public String id() {
      return "Yes-No";
    }
  }

  /**
   * A summary that is a live view of its accumulator's counts, not a copy: a snapshot changes when
   * the accumulator records more, so earlier snapshots are not values.
   */
  public static final class ViewSummary implements QuestionSummary<ViewSummary> {
    private final long[] counts;

    @JsonCreator
    ViewSummary(@JsonProperty("counts") long[] counts) {
      this.counts = counts;
    }

    @Override
    public long answered() {
      return counts[0] + counts[1];
    }

    @Override
    public ViewSummary plus(ViewSummary other) {
      return new ViewSummary(new long[] {counts[0] + other.counts[0], counts[1] + other.counts[1]});
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ViewSummary view && java.util.Arrays.equals(counts, view.counts);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
      return "ViewSummary" + java.util.Arrays.toString(counts);
    }
  }

  /** Bug: a snapshot shares the accumulator's array, so it changes after it was taken. */
  public static final class SnapshotIsAView extends Type {
    /** For ServiceLoader's rule. */
    public SnapshotIsAView() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return new SummaryAccumulator<YesNoAnswer, ViewSummary>() {
        private final long[] counts = new long[2];

        @Override
        public void add(YesNoAnswer answer) {
          counts[answer.value().equals("yes") ? 0 : 1]++;
        }

        @Override
        public void merge(ViewSummary summary) {
          counts[0] += summary.counts[0];
          counts[1] += summary.counts[1];
        }

        @Override
        public ViewSummary snapshot() {
          return new ViewSummary(counts);
        }
      };
    }
  }

  /** Leaves {@code required} out of a question's JSON, so reading it back gives {@code false}. */
  @JsonIgnoreProperties({"required"})
  abstract static class WithoutRequired {}

  /** Bug: the JSON binding drops the question's {@code required} member. */
  public static final class LosesRequired extends Type {
    /** For ServiceLoader's rule. */
    public LosesRequired() {}

    @Override
    public void configureJson(SimpleModule module) {
      module.setMixInAnnotation(YesNoQuestion.class, WithoutRequired.class);
    }
  }

  /** Bug: the accumulator throws on a valid "no" answer instead of counting it. */
  public static final class AccumulatorRefusesNo extends Type {
    /** For ServiceLoader's rule. */
    public AccumulatorRefusesNo() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      @SuppressWarnings("unchecked")
      SummaryAccumulator<YesNoAnswer, YesNoSummary> counts =
          (SummaryAccumulator<YesNoAnswer, YesNoSummary>) super.newSummary(question);
      return new SummaryAccumulator<YesNoAnswer, YesNoSummary>() {
        @Override
        public void add(YesNoAnswer answer) {
          if (answer.value().equals("no")) {
            throw new IllegalStateException("no is not counted");
          }
          counts.add(answer);
        }

        @Override
        public void merge(YesNoSummary summary) {
          counts.merge(summary);
        }

        @Override
        public YesNoSummary snapshot() {
          return counts.snapshot();
        }
      };
    }
  }

  /** Bug: the answer schema is open, so it accepts members that the reader refuses. */
  public static final class OpenAnswerSchema extends Type {
    /** For ServiceLoader's rule. */
    public OpenAnswerSchema() {}

    @Override
    public ObjectNode answerSchema() {
      ObjectNode schema = super.answerSchema();
      schema.remove("additionalProperties");
      return schema;
    }
  }

  /**
   * Counts of yes and no and the first answer recorded: the first answer depends on the order in
   * which partial summaries are added, so summaries from several machines do not agree.
   *
   * @param yes the yes count
   * @param no the no count
   * @param first the first answer recorded, or null before any
   */
  public record FirstAnswerSummary(long yes, long no, @org.jspecify.annotations.Nullable String first)
      implements QuestionSummary<FirstAnswerSummary> {
    @Override
    public long answered() {
      return yes + no;
    }

    @Override
    public FirstAnswerSummary plus(FirstAnswerSummary other) {
      return new FirstAnswerSummary(yes + other.yes, no + other.no, first != null ? first : other.first);
    }
  }

  /** Bug: the summary keeps the first answer, so adding partial summaries depends on their order. */
  public static final class OrderDependentSummary extends Type {
    /** For ServiceLoader's rule. */
    public OrderDependentSummary() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return new SummaryAccumulator<YesNoAnswer, FirstAnswerSummary>() {
        private FirstAnswerSummary summary = new FirstAnswerSummary(0, 0, null);

        @Override
        public void add(YesNoAnswer answer) {
          boolean yes = answer.value().equals("yes");
          merge(new FirstAnswerSummary(yes ? 1 : 0, yes ? 0 : 1, answer.value()));
        }

        @Override
        public void merge(FirstAnswerSummary other) {
          summary = summary.plus(other);
        }

        @Override
        public FirstAnswerSummary snapshot() {
          return summary;
        }
      };
    }
  }

  /** Bug: validateCondition casts the argument to the form of the type's own values. */
  public static final class ValidateConditionThrows extends Type {
    /** For ServiceLoader's rule. */
    public ValidateConditionThrows() {}

    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      if (operator == ConditionOperator.EQUALS) {
        // Assumes the argument has the form of the type's own values; it may be a number or text.
        AnswerValue.FlagValue flag = (AnswerValue.FlagValue) arguments.get(0);
        return flag.value() ? List.of() : List.of();
      }
      return List.of();
    }
  }

  /** Bug: operators() holds a null beside {@code equals}. */
  public static final class NullOperator extends Type {
    /** For ServiceLoader's rule. */
    public NullOperator() {}

    @Override
    public Set<ConditionOperator> operators() {
      return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(ConditionOperator.EQUALS, null)));
    }
  }

  /** Bug: validateCondition refuses every {@code equals}, even the value of a valid answer. */
  public static final class RefusesItsOwnValue extends Type {
    /** For ServiceLoader's rule. */
    public RefusesItsOwnValue() {}

    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      return operator == ConditionOperator.EQUALS
          ? List.of(Violation.of("value", arguments.get(0), "is never given"))
          : List.of();
    }
  }

  /** Bug: declares {@code greater-than}, which compares numbers, though every value is a flag. */
  public static final class NumberOperatorOnFlags extends Type {
    /** For ServiceLoader's rule. */
    public NumberOperatorOnFlags() {}

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.EQUALS, ConditionOperator.GREATER_THAN);
    }
  }

  /** Legitimate: declares no comparison operator, so only is-answered and is-skipped apply. */
  public static final class NoOperators extends Type {
    /** For ServiceLoader's rule. */
    public NoOperators() {}

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of();
    }
  }

  /** Legitimate: a yes is the number 1 and a no 0, compared with {@code equals} only. */
  public static final class NumberEqualsOnly extends Type {
    /** For ServiceLoader's rule. */
    public NumberEqualsOnly() {}

    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      if (operator == ConditionOperator.EQUALS && !(arguments.get(0) instanceof AnswerValue.NumberValue n
          && (n.value() == 0 || n.value() == 1))) {
        return List.of(Violation.of("value", arguments.get(0), "must be 1 (yes) or 0 (no)"));
      }
      return List.of();
    }

    @Override
    public AnswerValue valueOf(YesNoAnswer answer) {
      return new AnswerValue.NumberValue(answer.value().equals("yes") ? 1 : 0);
    }
  }

  /**
   * Legitimate: refuses a condition exactly when neither answer meets it, by building the comparison
   * from the arguments it is given and testing it on both values, as a type with few answers may.
   */
  public static final class TestsBothValues extends Type {
    /** For ServiceLoader's rule. */
    public TestsBothValues() {}

    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      Operand operand = Operand.answer(question.id());
      Comparison comparison = new Comparison(operand, operator, arguments);
      if (operator == ConditionOperator.IS_SKIPPED
          || comparison.test(Facts.of(Map.of(operand, new AnswerValue.FlagValue(true))))
          || comparison.test(Facts.of(Map.of(operand, new AnswerValue.FlagValue(false))))) {
        return List.of();
      }
      return List.of(Violation.of("value", comparison.toString(), "no answer meets it"));
    }
  }

  /**
   * Legitimate: reads an answer from a flat export's cell, the text of its value: {@code true} is
   * yes, {@code false} no.
   */
  public static final class CellParsed extends Type {
    /** For ServiceLoader's rule. */
    public CellParsed() {}

    @Override
    public Optional<CellParser<YesNoAnswer>> cellParser(YesNoQuestion question, CellFormat format) {
      return Optional.of(cell -> {
        switch (cell) {
          case "true":
            return new YesNoAnswer("yes");
          case "false":
            return new YesNoAnswer("no");
          default:
            throw new InvalidValueException("cell", cell, "must be true or false");
        }
      });
    }
  }

  /** Bug: the cell parser reads every cell as yes, so a no read back from a CSV is a yes. */
  public static final class CellParserMisreads extends Type {
    /** For ServiceLoader's rule. */
    public CellParserMisreads() {}

    @Override
    public Optional<CellParser<YesNoAnswer>> cellParser(YesNoQuestion question, CellFormat format) {
      return Optional.of(cell -> new YesNoAnswer("yes"));
    }
  }

  /** Leaves {@code no} out of a summary's JSON, so a summary read back has lost its no answers. */
  @JsonIgnoreProperties({"no"})
  abstract static class WithoutNo {}

  /** Bug: the JSON binding drops the summary's no count. */
  public static final class SummaryLosesNo extends Type {
    /** For ServiceLoader's rule. */
    public SummaryLosesNo() {}

    @Override
    public void configureJson(SimpleModule module) {
      module.setMixInAnnotation(YesNoSummary.class, WithoutNo.class);
    }
  }

  /**
   * Counts of yes and no whose estimates are there only once something was answered.
   *
   * @param yes the yes count
   * @param no the no count
   */
  public record ComeAndGoSummary(long yes, long no)
      implements QuestionSummary<ComeAndGoSummary>, Counts {
    @Override
    public long answered() {
      return yes + no;
    }

    @Override
    public Map<String, MergeableEstimate<?>> estimates() {
      return yes + no == 0 ? Map.of() : Map.of("yes", Percentage.of(yes, yes + no));
    }

    @Override
    public ComeAndGoSummary plus(ComeAndGoSummary other) {
      return new ComeAndGoSummary(yes + other.yes, no + other.no);
    }
  }

  /** Bug: the summary's estimates come and go with the data, so groups cannot be compared by name. */
  public static final class EstimatesComeAndGo extends Type {
    /** For ServiceLoader's rule. */
    public EstimatesComeAndGo() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return counting(ComeAndGoSummary::new);
    }
  }

  /**
   * Counts of yes and no whose estimate is named as a question's own drop-off rate.
   *
   * @param yes the yes count
   * @param no the no count
   */
  public record DropOffSummary(long yes, long no)
      implements QuestionSummary<DropOffSummary>, Counts {
    @Override
    public long answered() {
      return yes + no;
    }

    @Override
    public Map<String, MergeableEstimate<?>> estimates() {
      return Map.of("drop-off", Percentage.of(no, yes + no));
    }

    @Override
    public DropOffSummary plus(DropOffSummary other) {
      return new DropOffSummary(yes + other.yes, no + other.no);
    }
  }

  /**
   * Bug: the summary's estimate is named {@code drop-off}, which in a survey summary would hide the
   * question's own drop-off rate.
   */
  public static final class EstimateNamedDropOff extends Type {
    /** For ServiceLoader's rule. */
    public EstimateNamedDropOff() {}

    @Override
    public SummaryAccumulator<YesNoAnswer, ?> newSummary(YesNoQuestion question) {
      return counting(DropOffSummary::new);
    }
  }

  /**
   * Legitimate: a yes is the number 1, a no the text "no" (as a "not applicable" is beside the
   * points of a scale); {@code greater-than} compares the yes answers, which are numbers.
   */
  public static final class MixedForms extends Type {
    /** For ServiceLoader's rule. */
    public MixedForms() {}

    @Override
    public Set<ConditionOperator> operators() {
      return Set.of(ConditionOperator.EQUALS, ConditionOperator.GREATER_THAN);
    }

    @Override
    public List<Violation> validateCondition(YesNoQuestion question, ConditionOperator operator,
        List<AnswerValue> arguments) {
      if (operator == ConditionOperator.GREATER_THAN
          && ((AnswerValue.NumberValue) arguments.get(0)).value() >= 1) {
        return List.of(Violation.of("value", arguments.get(0), "can never hold: a yes is 1"));
      }
      return List.of();
    }

    @Override
    public AnswerValue valueOf(YesNoAnswer answer) {
      return answer.value().equals("yes") ? new AnswerValue.NumberValue(1)
          : new AnswerValue.TextValue("no");
    }
  }
}
