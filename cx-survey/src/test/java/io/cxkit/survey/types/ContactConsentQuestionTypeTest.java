package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.TEXT;
import static io.cxkit.survey.types.Fixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.InvalidSurveyException;
import io.cxkit.survey.Violation;
import io.cxkit.survey.spi.AnswerValue;
import io.cxkit.survey.spi.ConditionOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactConsentQuestionTypeTest {
  private final ContactConsentQuestionType type = new ContactConsentQuestionType();
  private final ContactConsentQuestion question = new ContactConsentQuestion("contact", TEXT, false);

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> new ContactConsentQuestion("contact", null, false))
        .isInstanceOf(InvalidSurveyException.class).hasMessage("text = null: must be present");
  }

  @Test
  void consentWithOrWithoutEmailAndDeclineAreValid() {
    assertThat(type.validate(question, ContactConsentAnswer.consenting("a@b.example"))).isEmpty();
    assertThat(type.validate(question, new ContactConsentAnswer(true, null))).isEmpty();
    assertThat(type.validate(question, ContactConsentAnswer.declining())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b", "first.last+tag@shop.example", "иван@пример.рф", "张伟@例子.中国"})
  void wellFormedEmails(String email) {
    assertThat(type.validate(question, ContactConsentAnswer.consenting(email))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "ab", "@b.example", "a@", "a@@b", "a@b@c", "a b@c.example",
      "a@b..example", "a@.b", "a@b.", "a@-b.example", "a@b-.example", "a@b\u0000.example"})
  void malformedEmailsAreViolationsWithTheValueRedacted(String email) {
    assertThat(type.validate(question, ContactConsentAnswer.consenting(email)))
        .containsExactly(new Violation("email", "(redacted)", "must be an e-mail address of the form name@domain"));
  }

  @Test
  void anEmailWithoutConsentIsAViolation() {
    assertThat(type.validate(question, new ContactConsentAnswer(false, "a@b.example")))
        .extracting(Violation::path, Violation::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "(redacted)"));
    assertThat(type.validate(question, new ContactConsentAnswer(false, "nonsense"))).hasSize(2);
  }

  @Test
  void toStringRedactsTheEmail() {
    assertThat(ContactConsentAnswer.consenting("secret@b.example").toString())
        .isEqualTo("ContactConsentAnswer[consent=true, email=(redacted)]")
        .doesNotContain("secret");
    assertThat(ContactConsentAnswer.declining().toString()).contains("email=absent");
  }

  @Test
  void summaryIsTheConsentShare() {
    ContactConsentSummary.Accumulator accumulator = type.newSummary(question);
    accumulator.add(ContactConsentAnswer.consenting("a@b.example"));
    accumulator.add(ContactConsentAnswer.declining());
    accumulator.add(ContactConsentAnswer.declining());
    accumulator.add(new ContactConsentAnswer(true, null));
    // 2 of 4 consented = 50 %.
    ContactConsentSummary summary = accumulator.snapshot();
    assertThat(summary.consent()).isEqualTo(Percentage.of(2, 4));
    assertThat(summary.consent().value()).hasValue(50.0);
    assertThat(summary.answered()).isEqualTo(4);
    assertThat(summary.plus(ContactConsentSummary.empty())).isEqualTo(summary);
  }

  @Test
  void comparesTheConsent() {
    assertThat(type.operators()).containsExactly(ConditionOperator.EQUALS);
    assertThat(type.valueOf(ContactConsentAnswer.declining())).isEqualTo(new AnswerValue.FlagValue(false));
  }

  @Test
  void schemasDescribeTheJson() {
    String question = "{\"type\":\"contact_consent\",\"id\":\"contact\",\"text\":{\"en\":\"May we?\"},"
        + "\"required\":false}";
    assertThat(check(type.questionSchema(), "contact_consent", question)).isEmpty();
    assertThat(check(type.questionSchema(), "contact_consent", question.replace("\"required\":false", "\"required\":false,\"email\":\"x\"")))
        .isNotEmpty();
    assertThat(check(type.answerSchema(), "contact_consent",
        "{\"type\":\"contact_consent\",\"consent\":true,\"email\":\"a@b.example\"}")).isEmpty();
    assertThat(check(type.answerSchema(), "contact_consent",
        "{\"type\":\"contact_consent\",\"consent\":\"yes\"}")).isNotEmpty();
    assertThat(check(type.answerSchema(), "contact_consent",
        "{\"type\":\"contact_consent\",\"consent\":true,\"email\":\"nobody\"}")).isNotEmpty();
  }
}
