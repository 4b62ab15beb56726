package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.intercept.AfterEventTrigger;
import io.cxkit.journey.intercept.BackAndForthTrigger;
import io.cxkit.journey.intercept.CartWithoutCheckoutTrigger;
import io.cxkit.journey.intercept.ContactThenLeaveTrigger;
import io.cxkit.journey.intercept.CustomEventTrigger;
import io.cxkit.journey.intercept.DwellTrigger;
import io.cxkit.journey.intercept.ExitIntentTrigger;
import io.cxkit.journey.intercept.PagePattern;
import io.cxkit.journey.intercept.PageViewTrigger;
import io.cxkit.journey.intercept.RecurringTrigger;
import io.cxkit.journey.intercept.ScrollDepthTrigger;
import io.cxkit.journey.intercept.Trigger;
import io.cxkit.journey.intercept.TriggerFacts;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing then reading gives an equal value, for random triggers of every type and rules. */
class TriggerJsonProperties {
  private final TriggerJson json = TriggerJson.standard();

  private static Arbitrary<PagePattern> pages() {
    return Arbitraries.of("/", "/**", "/help/**", "/help/*", "/checkout/**", "/product/*-shoes",
        "/search?q=*", "/a/**/b/*", "/é/€\"'\\").map(PagePattern::of);
  }

  private static Arbitrary<Duration> durations() {
    // From 1 ms to 10 years, with nanoseconds as well as whole units.
    return Arbitraries.longs().between(1_000_000L, 3660L * 86_400 * 1_000_000_000L)
        .map(Duration::ofNanos);
  }

  private static Arbitrary<EventMatch> matches() {
    return Combinators.combine(
        Arbitraries.of("delivery", "support", "order").list().uniqueElements().ofMaxSize(3),
        Arbitraries.of(EventKind.class).set().ofMaxSize(3),
        Arbitraries.strings().withChars("ab\"é ").ofMaxLength(4).list().ofMaxSize(2))
        .as((touchpoints, kinds, values) -> {
          EventMatch.Builder builder = EventMatch.builder();
          if (!touchpoints.isEmpty()) {
            builder.touchpoints(touchpoints.toArray(new String[0]));
          }
          if (!kinds.isEmpty()) {
            builder.kinds(kinds.toArray(new EventKind[0]));
          }
          for (int i = 0; i < values.size(); i++) {
            builder.attribute("attr-" + i, values.get(i));
          }
          return builder.build();
        });
  }

  @Provide
  Arbitrary<Trigger> triggers() {
    return Arbitraries.oneOf(
        pages().map(PageViewTrigger::new),
        pages().map(ExitIntentTrigger::new),
        Combinators.combine(pages(), durations()).as(DwellTrigger::new),
        Combinators.combine(pages(), Arbitraries.integers().between(1, 100))
            .as(ScrollDepthTrigger::new),
        Combinators.combine(pages(), Arbitraries.integers().between(2, 64), durations())
            .as(BackAndForthTrigger::new),
        pages().map(ContactThenLeaveTrigger::new),
        Combinators.combine(pages(), pages(), durations()).as(CartWithoutCheckoutTrigger::new),
        Combinators.combine(Arbitraries.of("video-played", "coupon.refused", "x_1"), pages())
            .as(CustomEventTrigger::new),
        Combinators.combine(matches(), durations().injectNull(0.2), durations())
            .as((match, delay, valid) -> new AfterEventTrigger(match,
                delay == null ? Duration.ZERO : delay, valid)),
        Combinators.combine(Arbitraries.of("signed-up", "first.order"),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 24),
            Arbitraries.integers().between(1, 400))
            .as((since, years, months, days) -> new RecurringTrigger(since,
                Period.of(years, months, days))));
  }

  @Property(tries = 300)
  void triggersRoundTrip(@ForAll("triggers") Trigger trigger) {
    assertThat(json.readTrigger(json.writeTrigger(trigger))).isEqualTo(trigger);
  }

  @Provide
  Arbitrary<TriggerRule> rules() {
    Arbitrary<List<Trigger>> lists = triggers().list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(lists, Arbitraries.integers().between(0, 3)).as((list, shape) -> {
      TriggerRule.Builder builder = TriggerRule.builder();
      for (int i = 0; i < list.size(); i++) {
        builder.trigger("t" + i, list.get(i));
      }
      Condition first = TriggerFacts.trigger("t0").equalTo(true);
      switch (shape) {
        case 1:
          builder.when(first.and(ProfileFacts.attribute("country").equalTo("US").negate()));
          break;
        case 2:
          builder.when(Condition.anyOf(first, TriggerFacts.trigger("t" + (list.size() - 1))
              .equalTo(false), ProfileFacts.daysSince("signed-up").greaterThan(90)));
          break;
        case 3:
          builder.when(Condition.not(io.cxkit.survey.condition.Comparison.of(
              new io.cxkit.survey.condition.Operand("trigger", "t0"),
              io.cxkit.survey.spi.ConditionOperator.ONE_OF,
              new io.cxkit.survey.spi.AnswerValue.FlagValue(true))));
          break;
        default:
          break;
      }
      return builder.build();
    });
  }

  @Property(tries = 200)
  void rulesRoundTrip(@ForAll("rules") TriggerRule rule) {
    assertThat(json.readRule(json.writeRule(rule))).isEqualTo(rule);
  }
}
