package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.ResponseValidatorTest.RankAnswer;
import io.cxkit.survey.ResponseValidatorTest.RankQuestion;
import io.cxkit.survey.ResponseValidatorTest.RankType;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.spi.SummaryAccumulator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A team's question type whose check returns a list holding null, which it must not: the validator
 * promises never to throw for a type whose check fails, so this is reported as "could not be
 * checked" like a check that throws, and the response's other problems are still reported.
 */
class ResponseValidatorFaultyTypeTest {

  /** {@link RankType}, except that its check returns a null violation. */
  static final class NullViolationType implements QuestionType<RankQuestion, RankAnswer> {
    private final RankType rank = new RankType();

    @Override
    public String id() {
      return rank.id();
    }

    @Override
    public Class<RankQuestion> questionClass() {
      return rank.questionClass();
    }

    @Override
    public Class<RankAnswer> answerClass() {
      return rank.answerClass();
    }

    @Override
    public List<Violation> validate(RankQuestion question, RankAnswer answer) {
      return Arrays.asList((Violation) null);
    }

    @Override
    public SummaryAccumulator<RankAnswer, ?> newSummary(RankQuestion question) {
      return rank.newSummary(question);
    }

    @Override
    public Set<ConditionOperator> operators() {
      return rank.operators();
    }

    @Override
    public AnswerValue valueOf(RankAnswer answer) {
      return rank.valueOf(answer);
    }

    @Override
    public ObjectNode questionSchema() {
      return rank.questionSchema();
    }

    @Override
    public ObjectNode answerSchema() {
      return rank.answerSchema();
    }
  }

  @Test
  void aNullViolationFromATypeIsReportedNotThrown() {
    QuestionTypeRegistry registry = QuestionTypeRegistry.builder()
        .register(new NullViolationType()).build();
    Survey survey = Survey.builder("ranked").title(LocalizedText.of("en", "Rank"))
        .kind(SurveyKind.PRODUCT)
        .question(new RankQuestion("rank", LocalizedText.of("en", "Rank it"), true,
            List.of("fast", "cheap")))
        .registry(registry).build();
    ResponseValidator validator = ResponseValidator.builder().registry(registry).survey(survey)
        .build();
    Response response = Response.builder("r", "ranked", 1).answer("rank", new RankAnswer(2))
        .answer("extra", new RankAnswer(1)).build();
    assertThat(validator.validate(response)).containsExactly(
        new Violation("answers.rank", "2",
            "could not be checked: question type rank failed with java.lang.NullPointerException"),
        new Violation("answers.extra", "1",
            "answers a question that survey \"ranked\" version 1 does not have; it asks \"rank\""));
  }
}
