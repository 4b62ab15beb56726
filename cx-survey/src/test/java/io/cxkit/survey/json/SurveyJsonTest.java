package io.cxkit.survey.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.GoalOutcome;
import io.cxkit.core.NpsVariant;
import io.cxkit.survey.Answer;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.Question;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.UnknownQuestionTypeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyJsonTest {
  private final SurveyJson json = SurveyJson.using(TestTypes.registry());

  // The expected documents are the shapes fixed for issue 4 (formatVersion first, record
  // components in order, "type" first in questions and answers, nulls left out), written by hand.
  static final String SURVEY = "{\"formatVersion\":1,\"id\":\"post-purchase\",\"version\":2,"
      + "\"defaultLocale\":\"en\","
      + "\"title\":{\"en\":\"Your order\",\"ru\":\"Ваш заказ\",\"zh\":\"您的订单\"},"
      + "\"thankYou\":{\"en\":\"Thank you!\"},\"kind\":\"exit-feedback\",\"channel\":\"mobile-web\","
      + "\"questions\":["
      + "{\"type\":\"score\",\"id\":\"nps\",\"text\":{\"en\":\"How likely…\"},\"required\":true,"
      + "\"variant\":\"one-to-ten\",\"max\":10,\"lowLabel\":{\"en\":\"Not at all likely\"}},"
      + "{\"type\":\"pick\",\"id\":\"reasons\",\"text\":{\"en\":\"Why?\"},\"required\":false,"
      + "\"codes\":[\"price\",\"speed\"],\"layout\":\"two-columns\"},"
      + "{\"type\":\"goal\",\"id\":\"goal\",\"text\":{\"en\":\"Did you?\"},\"required\":false}]}";

  static final String RESPONSE = "{\"formatVersion\":1,\"id\":\"r-1\",\"surveyId\":\"post-purchase\","
      + "\"surveyVersion\":2,"
      + "\"respondent\":{\"id\":\"c-42\",\"contactConsent\":true,\"contact\":{\"email\":\"a@b.example\"}},"
      + "\"submittedAt\":\"2026-11-30T10:15:00Z\",\"status\":\"partial\",\"lastQuestionSeen\":\"goal\","
      + "\"context\":{\"touchpointId\":\"checkout\",\"channel\":\"web\","
      + "\"pageUrl\":\"https://shop.example/cart\",\"device\":\"mobile\",\"locale\":\"ru-RU\","
      + "\"variant\":\"B\",\"attributes\":{\"orderId\":\"o-7\"}},"
      + "\"answers\":{\"nps\":{\"type\":\"score\",\"score\":9},"
      + "\"reasons\":{\"type\":\"pick\",\"codes\":[\"speed\"],\"otherText\":\"Fast.\"},"
      + "\"goal\":{\"type\":\"goal\",\"outcome\":\"not-achieved\"}}}";

  @Test
  void writesTheSurveyDocument() {
    assertThat(json.writeSurvey(Samples.survey())).isEqualTo(SURVEY);
  }

  @Test
  void readsWhatItWrites() {
    assertThat(json.readSurvey(SURVEY)).isEqualTo(Samples.survey());
    assertThat(json.readResponse(RESPONSE)).isEqualTo(Samples.response());
  }

  @Test
  void writesTheResponseDocument() {
    assertThat(json.writeResponse(Samples.response())).isEqualTo(RESPONSE);
  }

  @Test
  void leavesOutAnEmptyContextAndReadsItBackAsEmpty() {
    Response dismissed = Response.builder("r-2", "post-purchase", 2)
        .submittedAt(Instant.parse("2026-11-30T10:15:00.123456789Z")).dismissed().build();

    String written = json.writeResponse(dismissed);

    assertThat(written).isEqualTo("{\"formatVersion\":1,\"id\":\"r-2\",\"surveyId\":\"post-purchase\","
        + "\"surveyVersion\":2,\"submittedAt\":\"2026-11-30T10:15:00.123456789Z\","
        + "\"status\":\"dismissed\",\"answers\":{}}");
    assertThat(json.readResponse(written)).isEqualTo(dismissed);
  }

  @Test
  void readsMembersInAnyOrderAndNullAsAbsent() {
    String reordered = "{\"questions\":[{\"id\":\"goal\",\"required\":false,"
        + "\"text\":{\"en\":\"Did you?\"},\"type\":\"goal\"}],\"kind\":\"product\","
        + "\"title\":{\"en\":\"T\"},\"description\":null,\"defaultLocale\":\"en\",\"version\":1,"
        + "\"id\":\"s\",\"formatVersion\":1}";

    Survey survey = json.readSurvey(reordered);

    assertThat(survey.description()).isNull();
    assertThat(survey.questions()).containsExactly(
        new TestTypes.GoalQuestion("goal", LocalizedText.of("en", "Did you?"), false));
  }

  @Test
  void questionsAndAnswersStandAlone() {
    Question question = new TestTypes.ScoreQuestion("nps", LocalizedText.of("en", "How likely?"),
        true, NpsVariant.STANDARD, 10, null);
    Answer answer = new TestTypes.GoalAnswer(GoalOutcome.PARTIALLY);

    assertThat(json.writeQuestion(question)).isEqualTo("{\"type\":\"score\",\"id\":\"nps\","
        + "\"text\":{\"en\":\"How likely?\"},\"required\":true,\"variant\":\"standard\",\"max\":10}");
    assertThat(json.readQuestion(json.writeQuestion(question))).isEqualTo(question);
    assertThat(json.writeAnswer(answer)).isEqualTo("{\"type\":\"goal\",\"outcome\":\"partially\"}");
    assertThat(json.readAnswer(json.writeAnswer(answer))).isEqualTo(answer);
  }

  @Test
  void refusesToWriteAClassNoTypeOwns() {
    Question stranger = new io.cxkit.survey.Question() {
      @Override
      public String id() {
        return "x";
      }

      @Override
      public LocalizedText text() {
        return LocalizedText.of("en", "x");
      }

      @Override
      public boolean required() {
        return false;
      }
    };

    assertThatThrownBy(() -> json.writeQuestion(stranger))
        .isInstanceOf(UnknownQuestionTypeException.class)
        .hasMessageContaining("registered types are score, pick, goal");
    assertThatThrownBy(() -> json.writeSurvey(Survey.builder("s").title(LocalizedText.of("en", "T"))
            .kind(io.cxkit.survey.SurveyKind.PRODUCT).question(stranger).build()))
        .isInstanceOf(UnknownQuestionTypeException.class);
  }

  @Test
  void readsReadersAndUtf8StreamsWithoutClosingThem() {
    boolean[] closed = {false, false};
    Reader reader = new StringReader(SURVEY) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    InputStream stream = new ByteArrayInputStream(RESPONSE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };

    assertThat(json.readSurvey(reader)).isEqualTo(Samples.survey());
    assertThat(json.readResponse(stream)).isEqualTo(Samples.response());
    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void readsByteOrderMarksAndUtf16AndRefusesBrokenUtf8() {
    byte[] utf8 = SURVEY.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    byte[] broken = utf8.clone();
    broken[utf8.length / 2] = (byte) 0xFF;

    assertThat(json.readSurvey(new ByteArrayInputStream(withBom))).isEqualTo(Samples.survey());
    assertThat(json.readSurvey(new ByteArrayInputStream(SURVEY.getBytes(StandardCharsets.UTF_16))))
        .isEqualTo(Samples.survey());
    assertThat(json.readSurvey("\uFEFF" + SURVEY)).isEqualTo(Samples.survey());
    assertThatThrownBy(() -> json.readSurvey(new ByteArrayInputStream(broken)))
        .isInstanceOf(SurveyJsonException.class)
        .hasMessageContaining("Invalid UTF-8");
  }

  @Test
  void anIoFailureOfTheSourceIsUnchecked() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> json.readSurvey(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void theMapperIsACopyThatKeepsTheFacadeStrict() {
    ObjectMapper copy = json.mapper();
    copy.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(json.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThatThrownBy(() -> json.readAnswer("{\"type\":\"score\",\"score\":1,\"extra\":2}"))
        .isInstanceOf(SurveyJsonException.class);
  }

  @Test
  void aRecordMethodThatIsNoComponentNeverBecomesAMember() {
    // ScoreQuestion.isWide() looks like a bean getter; only components are members.
    assertThat(json.writeQuestion(new TestTypes.ScoreQuestion("q", LocalizedText.of("en", "Q"),
        false, NpsVariant.STANDARD, 11, null))).doesNotContain("wide");
  }

  @Test
  void knowsItsRegistry() {
    assertThat(json.registry().ids()).containsExactly("score", "pick", "goal");
    assertThat(json).hasToString("SurveyJson[score, pick, goal]");
    assertThat(SurveyJson.standard().registry()).isSameAs(io.cxkit.survey.QuestionTypeRegistry.standard());
    assertThat(List.of(json.readSurvey(SURVEY).questionIds())).containsExactly(
        List.of("nps", "reasons", "goal"));
  }
}
