package io.cxkit.survey.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.NpsQuestionType;
import io.cxkit.survey.types.NpsSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A team's question type whose accumulator throws for an answer its own check accepts, which it
 * must not: the summarizer documents that the response is then counted with the answers recorded
 * before it, so its summary stays a coherent summary that can still be taken.
 */
class SurveySummarizerFaultyTypeTest {

  /** The built-in nps type, except that its accumulator refuses a score of 0. */
  static final class RefusesZero implements QuestionType<NpsQuestion, NpsAnswer> {
    private final NpsQuestionType nps = new NpsQuestionType();

    @Override
    public String id() {
      return nps.id();
    }

    @Override
    public Class<NpsQuestion> questionClass() {
      return nps.questionClass();
    }

    @Override
    public Class<NpsAnswer> answerClass() {
      return nps.answerClass();
    }

    @Override
    public List<Violation> validate(NpsQuestion question, NpsAnswer answer) {
      return nps.validate(question, answer);
    }

    @Override
    public SummaryAccumulator<NpsAnswer, ?> newSummary(NpsQuestion question) {
      NpsSummary.Accumulator inner = new NpsSummary.Accumulator(question);
      return new SummaryAccumulator<NpsAnswer, NpsSummary>() {
        @Override
        public void add(NpsAnswer answer) {
          if (answer.score() == 0) {
            throw new IllegalStateException("a 0 is not counted");
          }
          inner.add(answer);
        }

        @Override
        public void merge(NpsSummary summary) {
          inner.merge(summary);
        }

        @Override
        public NpsSummary snapshot() {
          return inner.snapshot();
        }
      };
    }

    @Override
    public Set<ConditionOperator> operators() {
      return nps.operators();
    }

    @Override
    public AnswerValue valueOf(NpsAnswer answer) {
      return nps.valueOf(answer);
    }

    @Override
    public ObjectNode questionSchema() {
      return nps.questionSchema();
    }

    @Override
    public ObjectNode answerSchema() {
      return nps.answerSchema();
    }
  }

  @Test
  void aResponseWhoseAnswerTheTypeFailsToCountLeavesASummaryThatCanStillBeTaken() {
    QuestionTypeRegistry.Builder builder = QuestionTypeRegistry.builder().register(new RefusesZero());
    QuestionTypeRegistry.standard().types().stream()
        .filter(type -> !type.id().equals(NpsQuestionType.ID)).forEach(builder::register);
    Survey survey = RoutingExamples.npsFollowUps();
    SurveySummarizer summarizer = SurveySummarizer.builder(survey).registry(builder.build()).build();
    summarizer.add(Response.builder("r1", survey.id(), survey.version())
        .answer("nps", new NpsAnswer(9)).build());
    // A detractor's 0, left at went-wrong: valid, but the type's accumulator throws on it.
    Response zero = Response.builder("r2", survey.id(), survey.version()).partial("went-wrong")
        .answer("nps", new NpsAnswer(0)).build();
    assertThatThrownBy(() -> summarizer.add(zero)).isInstanceOf(IllegalStateException.class);

    // The response is counted, with none of its answers: it started, reached nps and went-wrong
    // and stopped at went-wrong; nps counts the one answer its type took, the 9.
    SurveySummary summary = summarizer.snapshot();
    assertThat(summary.completions()).isEqualTo(1);
    assertThat(summary.partials()).isEqualTo(1);
    QuestionResult nps = summary.question("nps");
    assertThat(nps.reached()).isEqualTo(2);
    assertThat(nps.answered()).isEqualTo(1);
    assertThat(nps.summary(NpsSummary.class).answered()).isEqualTo(1);
    assertThat(summary.question("went-wrong").droppedOff()).isEqualTo(1);
    // Further responses are recorded as before.
    summarizer.add(Response.builder("r3", survey.id(), survey.version())
        .answer("nps", new NpsAnswer(10)).build());
    assertThat(summarizer.snapshot().question("nps").answered()).isEqualTo(2);
  }
}
