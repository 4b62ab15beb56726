package io.cxkit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTest {

  private record Score(int score) implements Answer {}

  private record Other(String text) implements Answer {}

  private static final Instant SUBMITTED = Instant.parse("2026-11-30T10:15:00Z");

  @Test
  void buildsACompletedResponseWithContext() {
    ResponseContext context = new ResponseContext("checkout", Channel.MOBILE_WEB,
        "https://shop.example/cart", "mobile", Locale.forLanguageTag("ru-RU"), "B",
        Map.of("orderId", "o-7"));
    Response response = Response.builder("r-1", "post-purchase", 2)
        .respondent(Respondent.of("c-42"))
        .submittedAt(SUBMITTED)
        .context(context)
        .answer("nps", new Score(9))
        .answer("why", new Other("Fast delivery"))
        .build();

    assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
    assertThat(response.lastQuestionSeen()).isNull();
    assertThat(response.answers().keySet()).containsExactly("nps", "why");
    assertThat(response.answer("nps")).hasValue(new Score(9));
    assertThat(response.answer("nps", Score.class)).hasValue(new Score(9));
    assertThat(response.answer("nps", Other.class)).isEmpty();
    assertThat(response.answer("skipped")).isEmpty();
    assertThat(response.context().attributes()).containsEntry("orderId", "o-7");
    assertThatThrownBy(() -> response.answers().put("x", new Score(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void statusRulesHold() {
    Response partial = Response.builder("r-2", "exit", 1).submittedAt(SUBMITTED)
        .partial("reasons").answer("goal", new Other("not-achieved")).build();
    assertThat(partial.status()).isEqualTo(ResponseStatus.PARTIAL);
    assertThat(partial.lastQuestionSeen()).isEqualTo("reasons");

    Response dismissed = Response.builder("r-3", "exit", 1).submittedAt(SUBMITTED).dismissed().build();
    assertThat(dismissed.answers()).isEmpty();

    assertThatThrownBy(() -> Response.builder("r-4", "exit", 1).dismissed()
            .answer("goal", new Other("fully")).build())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers = [goal]: a dismissed response holds no answers; "
            + "a response with answers is partial or completed");
    assertThatThrownBy(() -> new Response("r-5", "exit", 1, null, SUBMITTED, ResponseStatus.PARTIAL,
            null, ResponseContext.EMPTY, Map.of()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("lastQuestionSeen = null: a partial response must name the last question seen");
    assertThatThrownBy(() -> new Response("r-6", "exit", 1, null, SUBMITTED, ResponseStatus.COMPLETED,
            "goal", ResponseContext.EMPTY, Map.of()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("lastQuestionSeen = \"goal\": only a partial response names the last question seen, "
            + "not a completed one");
  }

  @Test
  void refusesMalformedIdsVersionsAndNullAnswers() {
    assertThatThrownBy(() -> Response.builder("", "exit", 1).build())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("id = \"\": must be 1 to 128 characters");
    assertThatThrownBy(() -> Response.builder("r", "exit", 0).build())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("surveyVersion = 0: must be ≥ 1");
    Map<String, Answer> withNull = new HashMap<>();
    withNull.put("goal", null);
    assertThatThrownBy(() -> new Response("r", "exit", 1, null, SUBMITTED, ResponseStatus.COMPLETED,
            null, ResponseContext.EMPTY, withNull))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("answers.goal = null: must be an answer, not null; leave a skipped question out");
    Map<String, Answer> badKey = new LinkedHashMap<>();
    badKey.put("q 1", new Score(3));
    assertThatThrownBy(() -> new Response("r", "exit", 1, null, SUBMITTED, ResponseStatus.COMPLETED,
            null, ResponseContext.EMPTY, badKey))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("answers = \"q 1\": must be 1 to 128 characters");
    assertThatThrownBy(() -> Response.builder("r", "exit", 1).answer("q", new Score(1)).answer("q", new Score(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("question q was already answered");
  }

  @Test
  void contactDetailsOnlyWithConsentAndNeverInToString() {
    ContactDetails contact = ContactDetails.ofEmail("anna@shop.example");
    Respondent consenting = Respondent.withConsent("c-42", contact);
    assertThat(consenting.contact()).isEqualTo(contact);
    assertThat(consenting.toString()).doesNotContain("anna").contains("(redacted)");

    assertThatThrownBy(() -> new Respondent("c-42", false, contact))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("respondent.contact = ContactDetails[email=(redacted), name=absent, phone=absent]: "
            + "contact details may only be kept when contactConsent is true");
    assertThatThrownBy(() -> new ContactDetails(null, " ", null))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("respondent.contact = {}: must hold an e-mail, a name or a phone number");
    assertThatThrownBy(() -> ContactDetails.ofEmail("anna.shop.example"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("respondent.contact.email = (redacted): must be an e-mail address of the form name@domain");
    // An anonymous visitor who left an e-mail for follow-up is still a lead.
    assertThat(Respondent.withConsent(null, contact).id()).isNull();
  }

  @Test
  void contextRefusesBlankAttributeNamesAndNullValues() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("plan", null);
    assertThatThrownBy(() -> new ResponseContext(null, null, null, null, null, null, nullValue))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("context.attributes.plan = null: an attribute value must not be null; "
            + "leave the attribute out instead");
    assertThatThrownBy(() -> new ResponseContext(null, null, null, null, null, null, Map.of(" ", "x")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("context.attributes = \" \": an attribute name must not be blank");
    assertThatThrownBy(() -> new ResponseContext("check out", null, null, null, null, null, Map.of()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("context.touchpointId = \"check out\"");
  }

  @Test
  void builderRefusesASettingGivenTwice() {
    // As Survey.Builder does (STYLE.md 5): a second call is a mistake, not a silent override.
    assertThatThrownBy(() -> Response.builder("r", "s", 1).partial("q1").dismissed())
        .isInstanceOf(IllegalStateException.class).hasMessage("status was already set");
    assertThatThrownBy(() -> Response.builder("r", "s", 1).dismissed().partial("q1"))
        .isInstanceOf(IllegalStateException.class).hasMessage("status was already set");
    assertThatThrownBy(() -> Response.builder("r", "s", 1).respondent(Respondent.of("a"))
            .respondent(Respondent.of("b")))
        .isInstanceOf(IllegalStateException.class).hasMessage("respondent was already set");
    Instant at = Instant.parse("2026-11-30T10:15:00Z");
    assertThatThrownBy(() -> Response.builder("r", "s", 1).submittedAt(at).submittedAt(at))
        .isInstanceOf(IllegalStateException.class).hasMessage("submittedAt was already set");
    assertThatThrownBy(() -> Response.builder("r", "s", 1).context(ResponseContext.EMPTY)
            .context(ResponseContext.EMPTY))
        .isInstanceOf(IllegalStateException.class).hasMessage("context was already set");
    // A null is refused before it uses up the setting.
    Response.Builder builder = Response.builder("r", "s", 1);
    assertThatThrownBy(() -> builder.partial(null))
        .isInstanceOf(NullPointerException.class).hasMessage("lastQuestionSeen");
    assertThat(builder.partial("q1").build().lastQuestionSeen()).isEqualTo("q1");
  }

  @Test
  void aResponseToStringShowsNoEmailThroughItsRespondentOrItsAnswers() {
    Response response = Response.builder("r", "s", 1)
        .submittedAt(Instant.parse("2026-11-30T10:15:00Z"))
        .respondent(Respondent.withConsent("c-42",
            new ContactDetails("anna@shop.example", "Anna Petrova", "+7 900 000-00-00")))
        .answer("consent", io.cxkit.survey.types.ContactConsentAnswer.consenting("anna@shop.example"))
        .build();

    assertThat(response.toString())
        .doesNotContain("anna").doesNotContain("Anna").doesNotContain("900")
        .contains("c-42", "(redacted)");
  }
}
