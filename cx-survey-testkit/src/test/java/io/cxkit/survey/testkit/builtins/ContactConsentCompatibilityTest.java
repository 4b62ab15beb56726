package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.ContactConsentQuestionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The built-in {@code contact_consent} type passes the kit: consent with or without an e-mail and
 * a refusal without one are valid; an e-mail without consent, or a malformed one, is not.
 */
class ContactConsentCompatibilityTest
    extends QuestionTypeCompatibilityKit<ContactConsentQuestion, ContactConsentAnswer> {

  @Override
  protected QuestionType<ContactConsentQuestion, ContactConsentAnswer> type() {
    return new ContactConsentQuestionType();
  }

  @Override
  protected Arbitrary<ContactConsentQuestion> questions() {
    return Combinators.combine(Generators.ids(), Generators.texts(), Arbitraries.of(true, false))
        .as(ContactConsentQuestion::new);
  }

  private static Arbitrary<String> emails() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
    return Arbitraries.oneOf(
        Combinators.combine(part, part, tld).as((local, domain, top) -> local + "@" + domain + "." + top),
        Arbitraries.of("иван@пример.рф", "张伟@例子.中国", "first.last+tag@shop.example"));
  }

  @Override
  protected Arbitrary<ContactConsentAnswer> validAnswers(ContactConsentQuestion question) {
    return Arbitraries.oneOf(
        emails().map(ContactConsentAnswer::consenting),
        Arbitraries.just(new ContactConsentAnswer(true, null)),
        Arbitraries.just(ContactConsentAnswer.declining()));
  }

  @Override
  protected Arbitrary<ContactConsentAnswer> invalidAnswers(ContactConsentQuestion question) {
    Arbitrary<String> malformed = Arbitraries.of("no-at-sign.example", "a@@b.example", "@shop.example",
        "a@-shop.example", "a b@shop.example", "a@shop..example", "a@");
    return Arbitraries.oneOf(
        emails().map(email -> new ContactConsentAnswer(false, email)),
        malformed.map(ContactConsentAnswer::consenting),
        malformed.map(email -> new ContactConsentAnswer(false, email)));
  }
}
