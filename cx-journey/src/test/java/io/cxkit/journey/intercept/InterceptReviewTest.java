package io.cxkit.journey.intercept;

import static io.cxkit.journey.intercept.TriggerFixtures.at;
import static io.cxkit.journey.intercept.TriggerFixtures.customer;
import static io.cxkit.journey.intercept.TriggerFixtures.session;
import static io.cxkit.journey.intercept.TriggerFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release review's findings: each test failed before its fix. */
class InterceptReviewTest {
  private static final AfterEventTrigger SEVEN_DAYS_AFTER_DELIVERY = AfterEventTrigger.after(
      EventMatch.builder().touchpoints("delivery").kinds(EventKind.COMPLETE).build(),
      Duration.ofDays(7));
  private static final CustomerProfile C1 = CustomerProfile.of("c-1");

  private static JourneyEvent delivered(String at) {
    return JourneyEvent.of("c-1", "delivery", at(at), EventKind.COMPLETE);
  }

  // --- product survey 7 days after delivery, with deliveries closer than 7 days ------------------

  @Test
  void aDeliveryNotYetDueDoesNotHideOneThatIs() {
    // Deliveries on 03-01 and 03-06. On 03-08T10:00 the first is due (03-01 + 7 d) and open
    // until 03-15; the second is due only on 03-13. Counting the latest delivery alone postponed
    // the survey to 03-13 — and a customer delivered every 5 days was never asked.
    List<JourneyEvent> events = List.of(delivered("2026-03-01T10:00:00Z"),
        delivered("2026-03-06T10:00:00Z"));
    TriggerCheck check = SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-08T10:00:00Z",
        TriggerFixtures.UTC, C1, SurveyHistory.empty(), events).forSurvey("product"));
    assertThat(check).isEqualTo(TriggerCheck.fired("due 2026-03-08T10:00:00Z, 7 d after complete"
        + " at \"delivery\" at 2026-03-01T10:00:00Z"));
  }

  @Test
  void oneSurveyShownAfterBothDeliveriesAnswersForBoth() {
    // Shown on 03-08T10:00 for the delivery of 03-01; the delivery of 03-06 is due on 03-13, but
    // the survey was shown after it too, so it does not fire a second time.
    List<JourneyEvent> events = List.of(delivered("2026-03-01T10:00:00Z"),
        delivered("2026-03-06T10:00:00Z"));
    SurveyHistory shown = SurveyHistory.empty().with(new SurveyContact("product",
        at("2026-03-08T10:00:00Z"), ContactOutcome.COMPLETED));
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-13T10:00:00Z",
        TriggerFixtures.UTC, C1, shown, events).forSurvey("product")))
        .isEqualTo(TriggerCheck.notFired("survey \"product\" shown 2026-03-08T10:00:00Z since the"
            + " event, 7 d after complete at \"delivery\" at 2026-03-06T10:00:00Z"));
    // A delivery after the survey was shown is a new occasion: 03-09 + 7 d = 03-16.
    List<JourneyEvent> third = List.of(delivered("2026-03-01T10:00:00Z"),
        delivered("2026-03-06T10:00:00Z"), delivered("2026-03-09T10:00:00Z"));
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-16T10:00:00Z",
        TriggerFixtures.UTC, C1, shown, third).forSurvey("product")).fired()).isTrue();
  }

  @Test
  void beforeAnyDeliveryIsDueTheDetailNamesTheEarliestToCome() {
    List<JourneyEvent> events = List.of(delivered("2026-03-06T10:00:00Z"),
        delivered("2026-03-04T10:00:00Z"));
    // 03-04 + 7 d = 03-11 comes first.
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-08T10:00:00Z",
        TriggerFixtures.UTC, C1, SurveyHistory.empty(), events).forSurvey("product")))
        .isEqualTo(TriggerCheck.notFired("due 2026-03-11T10:00:00Z, 7 d after complete at"
            + " \"delivery\" at 2026-03-04T10:00:00Z"));
    // 02-01's occasion closed on 02-15; 03-04's is still to come: the detail names that one.
    List<JourneyEvent> stale = List.of(delivered("2026-02-01T10:00:00Z"),
        delivered("2026-03-04T10:00:00Z"));
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-08T10:00:00Z",
        TriggerFixtures.UTC, C1, SurveyHistory.empty(), stale).forSurvey("product")).detail())
        .isEqualTo("due 2026-03-11T10:00:00Z, 7 d after complete at \"delivery\" at"
            + " 2026-03-04T10:00:00Z");
  }

  @Test
  void theEngineAsksTheCustomerDeliveredEveryFiveDays() {
    Intercept product = Intercept.builder("product-7d", "product-review")
        .triggers(SEVEN_DAYS_AFTER_DELIVERY).unlimitedDisplays().askAgainAfterCompleting().build();
    InterceptEngine engine = InterceptEngine.builder().intercepts(product)
        .clock(Clock.fixed(at("2026-03-20T12:00:00Z"), ZoneOffset.UTC)).build();
    // Delivered on 03-01, 03-06, 03-11, 03-16: on 03-20 the delivery of 03-11 is 9 days old and
    // due (open until 03-25), the one of 03-16 not yet.
    List<JourneyEvent> events = List.of(delivered("2026-03-01T12:00:00Z"),
        delivered("2026-03-06T12:00:00Z"), delivered("2026-03-11T12:00:00Z"),
        delivered("2026-03-16T12:00:00Z"));
    InterceptDecision decision = engine.decide(
        VisitorSession.of("c-1", "s-1", List.of(view("2026-03-20T11:59:00Z", "/account"))), C1,
        SurveyHistory.empty(), events);
    assertThat(decision.surveyId()).contains("product-review");
  }

  // --- cart viewed and no checkout in 30 minutes --------------------------------------------------

  private static final CartWithoutCheckoutTrigger CART = new CartWithoutCheckoutTrigger(
      PagePattern.of("/cart"), PagePattern.of("/checkout/**"), Duration.ofMinutes(30));

  @Test
  void returningToTheCartDoesNotPostponeTheSurvey() {
    // Cart first seen at 10:00, again at 10:20; no checkout by 10:30: 30 min since 10:00. Counted
    // from the latest cart view (10:20), a visitor returning to the cart every 20 min was never asked.
    TriggerCheck check = CART.check(session("2026-03-02T10:30:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), view("2026-03-02T10:05:00Z", "/product/1"),
        view("2026-03-02T10:20:00Z", "/cart"), view("2026-03-02T10:25:00Z", "/product/2")));
    assertThat(check).isEqualTo(
        TriggerCheck.fired("cart /cart viewed 30 min ago without checkout, needs 30 min"));
  }

  @Test
  void aCheckoutEndsTheWaitAndTheNextCartViewStartsANewOne() {
    // 10:00 cart, 10:10 checkout, 10:15 cart again: the wait counts from 10:15, so at 10:40 it is
    // 25 min.
    TriggerCheck after = CART.check(session("2026-03-02T10:40:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), view("2026-03-02T10:10:00Z", "/checkout/address"),
        view("2026-03-02T10:15:00Z", "/cart"), view("2026-03-02T10:16:00Z", "/cart")));
    assertThat(after).isEqualTo(
        TriggerCheck.notFired("cart /cart viewed 25 min ago without checkout, needs 30 min"));
    // On a checkout page now: checking out, whatever the cart views before.
    TriggerCheck onCheckout = CART.check(session("2026-03-02T11:00:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), view("2026-03-02T10:59:00Z", "/checkout/payment")));
    assertThat(onCheckout).isEqualTo(TriggerCheck.notFired("checkout /checkout/payment viewed at"
        + " 2026-03-02T10:59:00Z, after any cart view"));
  }

  // --- pacing with a history from a server whose clock runs ahead (checked, found as documented) --

  @Test
  void aContactRecordedInTheFutureCountsAsShownAndCoolsDownFromItsOwnInstant() {
    java.time.Instant now = at("2026-03-02T10:00:00Z");
    Intercept any = Intercept.builder("help", "help-feedback")
        .triggers(new PageViewTrigger(PagePattern.any())).build();
    InterceptEngine engine = InterceptEngine.builder().intercepts(any)
        .pacing(Pacing.builder().displayLimit(1, Duration.ofDays(30)).build())
        .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    // Another survey DISMISSED at 10:05, five minutes after now: cooling down until 10:05 + 14 d,
    // and within the 30-day window (after now − 30 d), so the engine's limit of 1 is reached too.
    SurveyContact ahead = new SurveyContact("exit-feedback", at("2026-03-02T10:05:00Z"),
        ContactOutcome.DISMISSED);
    InterceptDecision decision = engine.decide(VisitorSession.of("c-1", "s-1",
        List.of(view("2026-03-02T09:59:00Z", "/help"))), null, SurveyHistory.of(List.of(ahead)),
        List.of());
    assertThat(decision.candidate("help").orElseThrow().reasons()).containsExactly(
        new Reason.CoolingDown("exit-feedback", ahead.shownAt(), at("2026-03-16T10:05:00Z")),
        new Reason.PacingLimitReached(1, 1, Duration.ofDays(30)));
  }

  // --- pages with non-ASCII characters ---------------------------------------------------------

  @Test
  void aPatternWithUmlautsMatchesThePercentEncodedPathABrowserSends() {
    // location.pathname of https://shop.example/hilfe/über-uns is /hilfe/%C3%BCber-uns
    // (ü = U+00FC = UTF-8 C3 BC; encodeURI("/hilfe/über-uns") in any browser).
    PagePattern help = PagePattern.of("/hilfe/\u00fcber-*");
    assertThat(help.matches("/hilfe/%C3%BCber-uns")).isTrue();
    assertThat(help.matches("/hilfe/\u00fcber-uns")).isTrue(); // as written, too
    assertThat(help.matches("/hilfe/%C3%BCber")).isFalse(); // the glob still applies
    assertThat(help.matches("/hilfe/ueber-uns")).isFalse();
    // Four UTF-8 bytes for a character outside the BMP: U+1F600 = F0 9F 98 80.
    assertThat(PagePattern.of("/\uD83D\uDE00/**").matches("/%F0%9F%98%80/a")).isTrue();
    // In a query too: encodeURIComponent("größe") = gr%C3%B6%C3%9Fe.
    assertThat(PagePattern.of("/suche?q=gr\u00f6\u00dfe").matches("/suche?q=gr%C3%B6%C3%9Fe"))
        .isTrue();
    // The pattern's text and value stay as written.
    assertThat(help.pattern()).isEqualTo("/hilfe/\u00fcber-*");
    assertThat(help).isEqualTo(PagePattern.of("/hilfe/\u00fcber-*"));
  }

  @Test
  void aLoneSurrogateInAPatternIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PagePattern.of("/a\uD800"))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("lone surrogate").hasMessageContaining("at index 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PagePattern.of("/a\uDE00b"))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("lone surrogate");
  }

  // --- personal data -----------------------------------------------------------------------------

  @Test
  void aSessionEventsTextLeavesOutTheQueryString() {
    SessionEvent signUp = SessionEvent.pageView(at("2026-03-02T10:00:00Z"),
        "/welcome?email=anna@example.com#top");
    assertThat(signUp.toString())
        .isEqualTo("SessionEvent[2026-03-02T10:00:00Z page-view /welcome]")
        .doesNotContain("anna");
    assertThat(SessionEvent.scrolled(at("2026-03-02T10:00:00Z"), "/blog?u=7", 90).toString())
        .isEqualTo("SessionEvent[2026-03-02T10:00:00Z scroll /blog 90 %]");
    assertThat(SessionEvent.custom(at("2026-03-02T10:00:00Z"), "/p", "video-played").toString())
        .isEqualTo("SessionEvent[2026-03-02T10:00:00Z custom /p video-played]");
  }
}
