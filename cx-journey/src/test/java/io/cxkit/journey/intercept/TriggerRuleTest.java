package io.cxkit.journey.intercept;

import static io.cxkit.journey.intercept.TriggerFixtures.at;
import static io.cxkit.journey.intercept.TriggerFixtures.exit;
import static io.cxkit.journey.intercept.TriggerFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Operand;
import io.cxkit.survey.spi.AnswerValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TriggerRuleTest {
  private static final ExitIntentTrigger EXIT_CHECKOUT =
      new ExitIntentTrigger(PagePattern.of("/checkout/**"));
  private static final DwellTrigger LONG_HELP = DwellTrigger.seconds("/help/**", 60);

  /** A visitor leaving the checkout at 10:05, signed in from {@code country}. */
  private static TriggerInput leavingCheckout(String country) {
    VisitorSession session = VisitorSession.of("c-1", "s-1", List.of(
        view("2026-03-02T10:00:00Z", "/checkout/payment"),
        exit("2026-03-02T10:05:00Z", "/checkout/payment")));
    CustomerProfile profile = CustomerProfile.of("c-1")
        .with("country", AttributeValue.text(country));
    return TriggerInput.of(session, List.of(), profile, SurveyHistory.empty(),
        at("2026-03-02T10:05:00Z"), TriggerFixtures.UTC);
  }

  @Test
  void withoutWhenAnyTriggerFiring() {
    TriggerRule rule = TriggerRule.builder().trigger("exit-checkout", EXIT_CHECKOUT)
        .trigger("long-help", LONG_HELP).build();
    TriggerRuleCheck check = rule.check(leavingCheckout("DE"));
    assertThat(check.fired()).isTrue();
    assertThat(check.detail()).isEqualTo("fired: exit-checkout");
    assertThat(check.checks()).containsOnlyKeys("exit-checkout", "long-help");
    assertThat(check.checks().get("long-help"))
        .isEqualTo(TriggerCheck.notFired("on /checkout/payment, not on /help/**"));
    assertThat(TriggerRule.of("long-help", LONG_HELP).check(leavingCheckout("DE")))
        .isEqualTo(new TriggerRuleCheck(false, "no trigger fired",
            Map.of("long-help", TriggerCheck.notFired("on /checkout/payment, not on /help/**"))));
  }

  @Test
  void andNotOverTheProfile() {
    // exit-checkout fired AND NOT country = US
    TriggerRule rule = TriggerRule.builder().trigger("exit-checkout", EXIT_CHECKOUT)
        .when(TriggerFacts.trigger("exit-checkout").equalTo(true)
            .and(ProfileFacts.attribute("country").equalTo("US").negate()))
        .build();
    assertThat(rule.check(leavingCheckout("DE")).fired()).isTrue();
    TriggerRuleCheck us = rule.check(leavingCheckout("US"));
    assertThat(us.fired()).isFalse();
    assertThat(us.detail()).isEqualTo("when does not hold; fired: exit-checkout");
  }

  @Test
  void orAndNotOfATrigger() {
    // long-help OR (NOT exit-checkout): here long-help did not fire and exit-checkout did → false
    TriggerRule rule = TriggerRule.builder().trigger("exit-checkout", EXIT_CHECKOUT)
        .trigger("long-help", LONG_HELP)
        .when(Condition.anyOf(TriggerFacts.trigger("long-help").equalTo(true),
            Condition.not(TriggerFacts.trigger("exit-checkout").equalTo(true))))
        .build();
    assertThat(rule.check(leavingCheckout("DE")).fired()).isFalse();
    // equals false is the same as not
    TriggerRule notHelp = TriggerRule.builder().trigger("long-help", LONG_HELP)
        .when(TriggerFacts.trigger("long-help").equalTo(false)).build();
    assertThat(notHelp.check(leavingCheckout("DE")).detail())
        .isEqualTo("when holds; no trigger fired");
  }

  @Test
  void withoutAProfileItsAttributesAreMissing() {
    TriggerRule rule = TriggerRule.builder().trigger("exit-checkout", EXIT_CHECKOUT)
        .when(TriggerFacts.trigger("exit-checkout").equalTo(true)
            .and(ProfileFacts.attribute("country").isSkipped()))
        .build();
    TriggerInput anonymous = TriggerInput.of(VisitorSession.of("v-9", "s-1",
            List.of(exit("2026-03-02T10:05:00Z", "/checkout/payment"))), List.of(), null,
        SurveyHistory.empty(), at("2026-03-02T10:05:00Z"), TriggerFixtures.UTC);
    assertThat(rule.check(anonymous).fired()).isTrue();
    assertThat(rule.check(leavingCheckout("DE")).fired()).isFalse();
  }

  @Test
  void eachTriggerIsEvaluatedOnce() {
    AtomicInteger calls = new AtomicInteger();
    Trigger counting = new Trigger() {
      @Override
      public String type() {
        return "counting";
      }

      @Override
      public TriggerCheck check(TriggerInput input) {
        calls.incrementAndGet();
        return TriggerCheck.fired("counted");
      }
    };
    TriggerRule rule = TriggerRule.builder().trigger("a", counting)
        .when(Condition.allOf(TriggerFacts.trigger("a").equalTo(true),
            io.cxkit.survey.condition.Comparison.of(new Operand("trigger", "a"),
                io.cxkit.survey.spi.ConditionOperator.ONE_OF, new AnswerValue.FlagValue(true)), Condition.not(TriggerFacts.trigger("a")
                .equalTo(false))))
        .build();
    assertThat(rule.check(leavingCheckout("DE")).fired()).isTrue();
    assertThat(calls).hasValue(1);
  }

  @Test
  void triggerFactsGiveFlagsAndTheProfile() {
    Map<String, Boolean> fired = new LinkedHashMap<>();
    fired.put("a", true);
    fired.put("b", false);
    CustomerProfile profile = CustomerProfile.of("c-1")
        .with("signed-up", AttributeValue.date(LocalDate.of(2026, 1, 1)));
    TriggerFacts facts = TriggerFacts.of(fired, profile, LocalDate.of(2026, 1, 31));
    assertThat(facts.valueOf(new Operand("trigger", "a"))).isEqualTo(new AnswerValue.FlagValue(true));
    assertThat(facts.valueOf(new Operand("trigger", "b"))).isEqualTo(new AnswerValue.FlagValue(false));
    assertThat(facts.valueOf(new Operand("trigger", "c"))).isNull();
    // 2026-01-01 to 2026-01-31: 30 days
    assertThat(facts.valueOf(new Operand("days-since", "signed-up")))
        .isEqualTo(new AnswerValue.NumberValue(30));
    assertThat(TriggerFacts.of(fired, null, LocalDate.of(2026, 1, 31))
        .valueOf(new Operand("attribute", "signed-up"))).isNull();
  }

  @Test
  void badRulesAreTyped() {
    assertThatThrownBy(() -> TriggerRule.builder().build())
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("at least one trigger");
    assertThatThrownBy(() -> TriggerRule.builder().trigger("a", EXIT_CHECKOUT)
        .when(TriggerFacts.trigger("b").equalTo(true)).build())
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("when = trigger:b").hasMessageContaining("names no trigger");
    assertThatThrownBy(() -> TriggerRule.builder().trigger("a", EXIT_CHECKOUT)
        .when(TriggerFacts.trigger("a").greaterThan(1)).build())
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("flag");
    assertThatThrownBy(() -> TriggerRule.builder().trigger("a", EXIT_CHECKOUT)
        .when(Condition.answer("goal").equalTo("fully")).build())
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("\"answer\"");
    assertThatThrownBy(() -> TriggerRule.builder().trigger("a", EXIT_CHECKOUT)
        .trigger("a", LONG_HELP)).isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> TriggerRule.builder().trigger("bad id", EXIT_CHECKOUT))
        .isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> TriggerRule.builder().when(Condition.answer("x").isAnswered())
        .when(Condition.answer("x").isAnswered())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valueSemantics() {
    TriggerRule a = TriggerRule.builder().trigger("x", EXIT_CHECKOUT).trigger("y", LONG_HELP)
        .build();
    TriggerRule b = TriggerRule.builder().trigger("x", EXIT_CHECKOUT).trigger("y", LONG_HELP)
        .build();
    TriggerRule reordered = TriggerRule.builder().trigger("y", LONG_HELP)
        .trigger("x", EXIT_CHECKOUT).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(reordered);
    assertThat(a.triggers()).containsExactly(Map.entry("x", EXIT_CHECKOUT),
        Map.entry("y", LONG_HELP));
    assertThat(a.when()).isEmpty();
  }
}
