package io.cxkit.journey.intercept;

import static io.cxkit.journey.intercept.TriggerFixtures.at;
import static io.cxkit.journey.intercept.TriggerFixtures.customer;
import static io.cxkit.journey.intercept.TriggerFixtures.exit;
import static io.cxkit.journey.intercept.TriggerFixtures.scroll;
import static io.cxkit.journey.intercept.TriggerFixtures.session;
import static io.cxkit.journey.intercept.TriggerFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trigger scenarios of the seed articles (docs: CONTEXT.md, "Online feedback and its ROI" and
 * "The three survey metrics"), each with its instants written out.
 */
class TriggerScenariosTest {

  // --- exit intent on checkout -----------------------------------------------------------------

  @Test
  void exitIntentOnCheckout() {
    ExitIntentTrigger trigger = new ExitIntentTrigger(PagePattern.of("/checkout/**"));
    TriggerCheck check = trigger.check(session("2026-03-02T10:05:00Z",
        view("2026-03-02T10:00:00Z", "/cart"),
        view("2026-03-02T10:02:00Z", "/checkout/payment?step=2"),
        exit("2026-03-02T10:04:59Z", "/checkout/payment?step=2")));
    assertThat(check).isEqualTo(TriggerCheck.fired("exit intent on /checkout/payment"));
  }

  @Test
  void exitIntentElsewhereOrEarlierDoesNotFire() {
    ExitIntentTrigger trigger = new ExitIntentTrigger(PagePattern.of("/checkout/**"));
    assertThat(trigger.check(session("2026-03-02T10:05:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), exit("2026-03-02T10:01:00Z", "/cart"))))
        .isEqualTo(TriggerCheck.notFired("exit intent on /cart, not on /checkout/**"));
    // The visitor came back: a later page view ends the moment.
    assertThat(trigger.check(session("2026-03-02T10:05:00Z",
        view("2026-03-02T10:00:00Z", "/checkout/payment"),
        exit("2026-03-02T10:01:00Z", "/checkout/payment"),
        view("2026-03-02T10:02:00Z", "/checkout/payment"))).detail())
        .isEqualTo("latest event is a page-view on /checkout/payment, not an exit intent");
    assertThat(trigger.check(session("2026-03-02T10:05:00Z")))
        .isEqualTo(TriggerCheck.notFired("no events yet"));
  }

  // --- dwell 60 s on a help article ------------------------------------------------------------

  @Test
  void dwellSixtySecondsOnAHelpArticle() {
    DwellTrigger trigger = DwellTrigger.seconds("/help/**", 60);
    SessionEvent article = view("2026-03-02T10:00:00Z", "/help/returns");
    // 10:00:59 − 10:00:00 = 59 s < 60 s
    assertThat(trigger.check(session("2026-03-02T10:00:59Z", article)))
        .isEqualTo(TriggerCheck.notFired("dwell 59 s on /help/returns, needs 60 s"));
    // 10:01:00 − 10:00:00 = 60 s ≥ 60 s; a scroll on the page does not reset it
    assertThat(trigger.check(session("2026-03-02T10:01:00Z", article,
        scroll("2026-03-02T10:00:30Z", "/help/returns", 50))))
        .isEqualTo(TriggerCheck.fired("dwell 60 s on /help/returns, needs 60 s"));
    // A later page view at 10:00:40 (a reload) starts again: 10:01:00 − 10:00:40 = 20 s
    assertThat(trigger.check(session("2026-03-02T10:01:00Z", article,
        view("2026-03-02T10:00:40Z", "/help/returns"))))
        .isEqualTo(TriggerCheck.notFired("dwell 20 s on /help/returns, needs 60 s"));
    // Moving on to the cart ends it
    assertThat(trigger.check(session("2026-03-02T10:05:00Z", article,
        view("2026-03-02T10:01:10Z", "/cart"))))
        .isEqualTo(TriggerCheck.notFired("on /cart, not on /help/**"));
  }

  // --- three back-and-forth switches in two minutes --------------------------------------------

  private static final BackAndForthTrigger BACK_AND_FORTH =
      new BackAndForthTrigger(PagePattern.any(), 3, Duration.ofMinutes(2));

  @Test
  void threeSwitchesInTwoMinutesFire() {
    // /cart 10:00:00 → /help/shipping 10:00:30 (1) → /cart 10:01:00 (2) → /help/shipping 10:01:30
    // (3): switches at 10:00:30, 10:01:00, 10:01:30, first to last 60 s ≤ 2 min
    TriggerCheck check = BACK_AND_FORTH.check(session("2026-03-02T10:01:40Z",
        view("2026-03-02T10:00:00Z", "/cart"),
        view("2026-03-02T10:00:30Z", "/help/shipping"),
        view("2026-03-02T10:01:00Z", "/cart"),
        view("2026-03-02T10:01:30Z", "/help/shipping")));
    assertThat(check).isEqualTo(TriggerCheck.fired("3 switches between /cart and /help/shipping,"
        + " 3 of them from 2026-03-02T10:00:30Z to 2026-03-02T10:01:30Z, needs 3 within 2 min"));
  }

  @Test
  void theSameSpreadOverThreeMinutesDoesNot() {
    // switches at 10:00:30, 10:02:00, 10:03:30: each within 2 min of the one before, but the
    // first to the last is 3 min > 2 min
    TriggerCheck check = BACK_AND_FORTH.check(session("2026-03-02T10:04:00Z",
        view("2026-03-02T10:00:00Z", "/cart"),
        view("2026-03-02T10:00:30Z", "/help/shipping"),
        view("2026-03-02T10:02:00Z", "/cart"),
        view("2026-03-02T10:03:30Z", "/help/shipping")));
    assertThat(check).isEqualTo(TriggerCheck.notFired(
        "3 switches between /cart and /help/shipping, never 3 within 2 min"));
  }

  @Test
  void reloadsDoNotCountAndAThirdPageBreaksTheRun() {
    // A→A(reload)→B→A: 2 switches only
    assertThat(BACK_AND_FORTH.check(session("2026-03-02T10:02:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), view("2026-03-02T10:00:10Z", "/cart"),
        view("2026-03-02T10:00:20Z", "/help/shipping"), view("2026-03-02T10:00:30Z", "/cart"))))
        .isEqualTo(TriggerCheck.notFired("2 switches between /help/shipping and /cart, needs 3"
            + " within 2 min"));
    // A→B→A→B→C: the episode ended when the visitor left the pair for /product/1
    assertThat(BACK_AND_FORTH.check(session("2026-03-02T10:02:00Z",
        view("2026-03-02T10:00:00Z", "/cart"), view("2026-03-02T10:00:10Z", "/help/shipping"),
        view("2026-03-02T10:00:20Z", "/cart"), view("2026-03-02T10:00:30Z", "/help/shipping"),
        view("2026-03-02T10:00:40Z", "/product/1"))).fired()).isFalse();
  }

  // --- cart viewed and no checkout in 30 min ---------------------------------------------------

  private static final CartWithoutCheckoutTrigger CART = new CartWithoutCheckoutTrigger(
      PagePattern.of("/cart"), PagePattern.of("/checkout/**"), Duration.ofMinutes(30));

  @Test
  void cartViewedAndNoCheckoutInThirtyMinutes() {
    SessionEvent cart = view("2026-03-02T10:00:00Z", "/cart");
    SessionEvent browsing = view("2026-03-02T10:10:00Z", "/product/7");
    // 10:29:59 − 10:00:00 = 29 min 59 s < 30 min
    assertThat(CART.check(session("2026-03-02T10:29:59Z", cart, browsing)))
        .isEqualTo(TriggerCheck.notFired("cart /cart viewed 29 min ago without checkout, needs"
            + " 30 min"));
    // 10:30:00 − 10:00:00 = 30 min
    assertThat(CART.check(session("2026-03-02T10:30:00Z", cart, browsing)))
        .isEqualTo(TriggerCheck.fired("cart /cart viewed 30 min ago without checkout, needs"
            + " 30 min"));
  }

  @Test
  void withCheckoutItDoesNot() {
    assertThat(CART.check(session("2026-03-02T10:45:00Z",
        view("2026-03-02T10:00:00Z", "/cart"),
        view("2026-03-02T10:05:00Z", "/checkout/address"))))
        .isEqualTo(TriggerCheck.notFired("checkout /checkout/address viewed at"
            + " 2026-03-02T10:05:00Z, after any cart view"));
    assertThat(CART.check(session("2026-03-02T10:45:00Z", view("2026-03-02T10:00:00Z", "/"))))
        .isEqualTo(TriggerCheck.notFired("no view of /cart in the session"));
  }

  // --- contact page then leaving ---------------------------------------------------------------

  @Test
  void contactPageThenLeaving() {
    ContactThenLeaveTrigger trigger = new ContactThenLeaveTrigger(PagePattern.of("/contact"));
    assertThat(trigger.check(session("2026-03-02T10:03:00Z",
        view("2026-03-02T10:00:00Z", "/contact"), view("2026-03-02T10:01:00Z", "/faq"),
        exit("2026-03-02T10:02:00Z", "/faq"))))
        .isEqualTo(TriggerCheck.fired("exit intent on /faq after a view of /contact"));
    assertThat(trigger.check(session("2026-03-02T10:03:00Z",
        view("2026-03-02T10:00:00Z", "/faq"), exit("2026-03-02T10:02:00Z", "/faq"))))
        .isEqualTo(TriggerCheck.notFired("no view of /contact in the session"));
    assertThat(trigger.check(session("2026-03-02T10:03:00Z",
        view("2026-03-02T10:00:00Z", "/contact"))).fired()).isFalse();
  }

  // --- scroll to the end of an article ---------------------------------------------------------

  @Test
  void scrollToTheEndOfAnArticle() {
    ScrollDepthTrigger trigger = new ScrollDepthTrigger(PagePattern.of("/blog/**"), 90);
    SessionEvent article = view("2026-03-02T10:00:00Z", "/blog/sizing-guide");
    assertThat(trigger.check(session("2026-03-02T10:02:00Z", article,
        scroll("2026-03-02T10:00:20Z", "/blog/sizing-guide", 50),
        scroll("2026-03-02T10:01:00Z", "/blog/sizing-guide", 80))))
        .isEqualTo(TriggerCheck.notFired("scrolled 80 % of /blog/sizing-guide, needs 90 %"));
    assertThat(trigger.check(session("2026-03-02T10:02:00Z", article,
        scroll("2026-03-02T10:01:00Z", "/blog/sizing-guide", 100),
        scroll("2026-03-02T10:01:30Z", "/blog/sizing-guide", 40))))
        .isEqualTo(TriggerCheck.fired("scrolled 100 % of /blog/sizing-guide, needs 90 %"));
    // The depth belongs to the page view: a new view starts at 0 again.
    assertThat(trigger.check(session("2026-03-02T10:02:00Z", article,
        scroll("2026-03-02T10:01:00Z", "/blog/sizing-guide", 100),
        view("2026-03-02T10:01:30Z", "/blog/returns"))).detail())
        .isEqualTo("scrolled 0 % of /blog/returns, needs 90 %");
  }

  // --- custom event and page view ----------------------------------------------------------------

  @Test
  void customEvent() {
    CustomEventTrigger trigger = new CustomEventTrigger("coupon-refused", PagePattern.of("/cart"));
    assertThat(trigger.check(session("2026-03-02T10:02:00Z",
        view("2026-03-02T10:00:00Z", "/cart"),
        SessionEvent.custom(at("2026-03-02T10:01:00Z"), "/cart", "coupon-refused"),
        view("2026-03-02T10:01:30Z", "/product/7"))))
        .isEqualTo(TriggerCheck.fired("custom event coupon-refused at 2026-03-02T10:01:00Z on"
            + " /cart"));
    assertThat(trigger.check(session("2026-03-02T10:02:00Z",
        SessionEvent.custom(at("2026-03-02T10:01:00Z"), "/product/7", "coupon-refused"))))
        .isEqualTo(TriggerCheck.notFired("no custom event coupon-refused on /cart in the"
            + " session"));
  }

  @Test
  void pageView() {
    PageViewTrigger trigger = new PageViewTrigger(PagePattern.of("/product/*"));
    assertThat(trigger.check(session("2026-03-02T10:02:00Z",
        view("2026-03-02T10:00:00Z", "/product/7?ref=mail"),
        scroll("2026-03-02T10:01:00Z", "/product/7", 30))))
        .isEqualTo(TriggerCheck.fired("on /product/7"));
    assertThat(trigger.check(session("2026-03-02T10:02:00Z")))
        .isEqualTo(TriggerCheck.notFired("no page view yet"));
  }

  // --- product survey 7 days after delivery ----------------------------------------------------

  private static final AfterEventTrigger SEVEN_DAYS_AFTER_DELIVERY = AfterEventTrigger.after(
      EventMatch.builder().touchpoints("delivery").kinds(EventKind.COMPLETE).build(),
      Duration.ofDays(7));

  private static final JourneyEvent DELIVERED =
      JourneyEvent.of("c-1", "delivery", at("2026-03-02T10:00:00Z"), EventKind.COMPLETE);

  @Test
  void productSurveySevenDaysAfterDelivery() {
    CustomerProfile profile = CustomerProfile.of("c-1");
    List<JourneyEvent> events = List.of(DELIVERED,
        JourneyEvent.of("c-1", "delivery", at("2026-03-01T09:00:00Z"), EventKind.START));
    // 6 days after: 2026-03-08T10:00 < due 2026-03-09T10:00
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-08T10:00:00Z", TriggerFixtures.UTC,
        profile, SurveyHistory.empty(), events).forSurvey("product")))
        .isEqualTo(TriggerCheck.notFired("due 2026-03-09T10:00:00Z, 7 d after complete at"
            + " \"delivery\" at 2026-03-02T10:00:00Z"));
    // 7 days after: due
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-09T10:00:00Z", TriggerFixtures.UTC,
        profile, SurveyHistory.empty(), events).forSurvey("product")).fired()).isTrue();
    // Shown on 2026-03-09T10:00, after the delivery: not again for this delivery
    SurveyHistory shown = SurveyHistory.empty().with(new SurveyContact("product",
        at("2026-03-09T10:00:00Z"), ContactOutcome.DISMISSED));
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-10T10:00:00Z",
        TriggerFixtures.UTC, profile, shown, events).forSurvey("product")).detail())
        .startsWith("survey \"product\" shown 2026-03-09T10:00:00Z since the event");
    // Another survey's display does not count: it is the candidate's history
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-10T10:00:00Z",
        TriggerFixtures.UTC, profile, shown, events).forSurvey("nps")).fired()).isTrue();
    // Open for 7 days once due: 2026-03-16T10:00 is the end, exclusive
    assertThat(SEVEN_DAYS_AFTER_DELIVERY.check(customer("2026-03-16T10:00:00Z",
        TriggerFixtures.UTC, profile, SurveyHistory.empty(), events).forSurvey("product"))
        .detail()).startsWith("closed 2026-03-16T10:00:00Z");
  }

  @Test
  void supportSurveyAnHourAfterTheTicketClosed() {
    AfterEventTrigger trigger = AfterEventTrigger.after(EventMatch.builder().touchpoints("support")
        .kinds(EventKind.COMPLETE).attribute("channel", "chat").build(), Duration.ofHours(1));
    JourneyEvent closed = new JourneyEvent("c-1", null, "support", at("2026-03-02T10:00:00Z"),
        EventKind.COMPLETE, java.util.Map.of("channel", "chat"));
    JourneyEvent byPhone = new JourneyEvent("c-1", null, "support", at("2026-03-02T10:30:00Z"),
        EventKind.COMPLETE, java.util.Map.of("channel", "phone"));
    assertThat(trigger.check(customer("2026-03-02T10:59:59Z", TriggerFixtures.UTC,
        CustomerProfile.of("c-1"), SurveyHistory.empty(), List.of(closed, byPhone))).detail())
        .isEqualTo("due 2026-03-02T11:00:00Z, 60 min after complete at \"support\" at"
            + " 2026-03-02T10:00:00Z");
    assertThat(trigger.check(customer("2026-03-02T11:00:00Z", TriggerFixtures.UTC,
        CustomerProfile.of("c-1"), SurveyHistory.empty(), List.of(closed, byPhone))).fired())
        .isTrue();
    assertThat(trigger.check(customer("2026-03-02T11:00:00Z", TriggerFixtures.UTC,
        CustomerProfile.of("c-1"), SurveyHistory.empty(), List.of(byPhone))))
        .isEqualTo(TriggerCheck.notFired("no customer event matching complete at support with"
            + " [channel] yet"));
  }

  // --- quarterly relationship survey -----------------------------------------------------------

  @Test
  void quarterlyRelationshipSurvey() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    RecurringTrigger quarterly = new RecurringTrigger("signed-up", Period.ofMonths(3));
    CustomerProfile profile = CustomerProfile.of("c-1")
        .with("signed-up", AttributeValue.date(LocalDate.of(2026, 1, 15)));
    // 2026-04-14T23:59 Berlin (CEST, UTC+2) = 2026-04-14T21:59Z: not yet
    assertThat(quarterly.check(customer("2026-04-14T21:59:00Z", berlin, profile,
        SurveyHistory.empty(), List.of()).forSurvey("relationship")))
        .isEqualTo(TriggerCheck.notFired("next due 2026-04-15 (every P3M since signed-up"
            + " 2026-01-15)"));
    // 2026-04-15T00:00 Berlin = 2026-04-14T22:00Z: due
    assertThat(quarterly.check(customer("2026-04-14T22:00:00Z", berlin, profile,
        SurveyHistory.empty(), List.of()).forSurvey("relationship")))
        .isEqualTo(TriggerCheck.fired("due 2026-04-15 (every P3M since signed-up 2026-01-15)"));
    // Shown 2026-04-15T08:00Z: not again on 2026-07-14 …
    SurveyHistory shown = SurveyHistory.empty().with(new SurveyContact("relationship",
        at("2026-04-15T08:00:00Z"), ContactOutcome.COMPLETED));
    assertThat(quarterly.check(customer("2026-07-14T12:00:00Z", berlin, profile, shown,
        List.of()).forSurvey("relationship")))
        .isEqualTo(TriggerCheck.notFired("survey \"relationship\" shown 2026-04-15T08:00:00Z since"
            + " the occurrence of 2026-04-15; next due 2026-07-15 (every P3M since signed-up"
            + " 2026-01-15)"));
    // … but again from 2026-07-15 (Berlin)
    assertThat(quarterly.check(customer("2026-07-15T06:00:00Z", berlin, profile, shown,
        List.of()).forSurvey("relationship")).fired()).isTrue();
  }

  @Test
  void recurringCountsEachOccurrenceFromTheStart() {
    // Signed up on 2026-01-31, every month: 02-28, 03-31 (not 03-28), …; ten years on: 2036-01-31
    RecurringTrigger monthly = new RecurringTrigger("signed-up", Period.ofMonths(1));
    CustomerProfile profile = CustomerProfile.of("c-1")
        .with("signed-up", AttributeValue.date(LocalDate.of(2026, 1, 31)));
    assertThat(monthly.check(customer("2026-03-30T12:00:00Z", TriggerFixtures.UTC, profile,
        SurveyHistory.empty(), List.of())).detail())
        .isEqualTo("due 2026-02-28 (every P1M since signed-up 2026-01-31)");
    assertThat(monthly.check(customer("2026-03-31T12:00:00Z", TriggerFixtures.UTC, profile,
        SurveyHistory.empty(), List.of())).detail())
        .isEqualTo("due 2026-03-31 (every P1M since signed-up 2026-01-31)");
    assertThat(monthly.check(customer("2036-02-01T00:00:00Z", TriggerFixtures.UTC, profile,
        SurveyHistory.empty(), List.of())).detail())
        .isEqualTo("due 2036-01-31 (every P1M since signed-up 2026-01-31)");
  }

  @Test
  void recurringWithoutTheDateDoesNotFire() {
    RecurringTrigger quarterly = new RecurringTrigger("signed-up", Period.ofMonths(3));
    assertThat(quarterly.check(session("2026-04-20T00:00:00Z")).detail())
        .isEqualTo("no profile, so no \"signed-up\" date");
    CustomerProfile text = CustomerProfile.of("c-1").with("signed-up", AttributeValue.text("x"));
    assertThat(quarterly.check(customer("2026-04-20T00:00:00Z", TriggerFixtures.UTC, text,
        SurveyHistory.empty(), List.of())).detail())
        .isEqualTo("the profile's \"signed-up\" is a text, not a date");
    CustomerProfile ancient = CustomerProfile.of("c-1")
        .with("signed-up", AttributeValue.date(LocalDate.MIN));
    assertThat(new RecurringTrigger("signed-up", Period.ofDays(1)).check(customer(
        "2026-04-20T00:00:00Z", TriggerFixtures.UTC, ancient, SurveyHistory.empty(), List.of()))
        .fired()).isFalse();
  }

  // --- bad definitions -------------------------------------------------------------------------

  @Test
  void badDefinitionsAreTyped() {
    assertThatThrownBy(() -> DwellTrigger.seconds("/help/**", 0))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("atLeast")
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new ScrollDepthTrigger(PagePattern.any(), 101))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("percent = 101");
    assertThatThrownBy(() -> new BackAndForthTrigger(PagePattern.any(), 1, Duration.ofMinutes(1)))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("switches");
    assertThatThrownBy(() -> new CartWithoutCheckoutTrigger(PagePattern.any(), PagePattern.any(),
        Duration.ofMinutes(-1))).isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> new AfterEventTrigger(EventMatch.builder().stages("delivery").build(),
        Duration.ZERO, Duration.ofDays(1))).isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("event.stages");
    assertThatThrownBy(() -> new AfterEventTrigger(EventMatch.any(), Duration.ofDays(4000),
        Duration.ofDays(1))).isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("ten years");
    assertThatThrownBy(() -> new RecurringTrigger("signed-up", Period.ZERO))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("every");
    assertThatThrownBy(() -> new RecurringTrigger("signed-up", Period.of(0, 1, -1)))
        .isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> new CustomEventTrigger("bad name", PagePattern.any()))
        .isInstanceOf(InvalidTriggerException.class).hasMessageContaining("name");
  }
}
