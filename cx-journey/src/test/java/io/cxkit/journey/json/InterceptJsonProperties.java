package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.intercept.Audience;
import io.cxkit.journey.intercept.Intercept;
import io.cxkit.journey.intercept.InterceptConfiguration;
import io.cxkit.journey.intercept.Pacing;
import io.cxkit.journey.intercept.TriggerRule;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a configuration then reading it gives an equal one, for random configurations. */
class InterceptJsonProperties {
  private final InterceptJson json = InterceptJson.standard();

  private static Arbitrary<Audience> audiences() {
    Condition germany = ProfileFacts.attribute("country").oneOf("DE", "AT");
    Condition recent = ProfileFacts.daysSince("signed-up").lessThan(90);
    return Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.of("loyal", "newcomer", "bargain").list().uniqueElements().ofMaxSize(3),
        Arbitraries.of(true, false).injectNull(0.3))
        .as((rule, personas, anonymous) -> {
          Audience.Builder builder = Audience.builder();
          if (rule == 1) {
            builder.rule(germany);
          } else if (rule == 2) {
            builder.rule(germany.or(recent.negate()));
          }
          if (!personas.isEmpty()) {
            builder.personas(personas.toArray(new String[0]));
          }
          if (anonymous != null) {
            builder.anonymousVisitors(anonymous);
          }
          return builder.build();
        });
  }

  private static Arbitrary<Intercept> intercepts(int index) {
    Arbitrary<TriggerRule> rules = new TriggerJsonProperties().rules();
    Arbitrary<Double> percents = Arbitraries.oneOf(Arbitraries.of(0.0, 0.5, 10.0, 33.3, 100.0),
        Arbitraries.doubles().between(0, 100));
    return Combinators.combine(rules, audiences(), percents.injectNull(0.3),
        Arbitraries.integers().injectNull(0.3), Arbitraries.integers().between(0, 10).injectNull(0.3),
        Arbitraries.of(true, false))
        .as((rule, audience, percent, priority, max, askAgain) -> {
          Intercept.Builder builder = Intercept.builder("i-" + index, "survey." + index % 3)
              .when(rule).audience(audience);
          if (percent != null) {
            builder.samplePercent(percent);
          }
          if (priority != null) {
            builder.priority(priority);
          }
          if (max != null) {
            if (max == 0) {
              builder.unlimitedDisplays();
            } else {
              builder.maxDisplays(max);
            }
          }
          if (askAgain) {
            builder.askAgainAfterCompleting();
          }
          return builder.build();
        });
  }

  private static Arbitrary<Pacing> pacings() {
    // Cooldowns from 0 to ten years, in nanoseconds as well as whole days.
    Arbitrary<Duration> cooldowns = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 3660).map(Duration::ofDays),
        Arbitraries.longs().between(0, 3660L * 86_400 * 1_000_000_000L).map(Duration::ofNanos));
    return Combinators.combine(cooldowns.injectNull(0.2), Arbitraries.integers().between(1, 20),
        cooldowns.filter(d -> !d.isZero()).injectNull(0.5))
        .as((cooldown, max, window) -> {
          Pacing.Builder builder = Pacing.builder();
          if (cooldown != null) {
            builder.cooldown(cooldown);
          }
          if (window != null) {
            builder.displayLimit(max, window);
          }
          return builder.build();
        });
  }

  @Provide
  Arbitrary<InterceptConfiguration> configurations() {
    return Arbitraries.integers().between(1, 4).flatMap(n -> {
      List<Arbitrary<Intercept>> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        parts.add(intercepts(i));
      }
      return Combinators.combine(Combinators.combine(parts).as(List::copyOf), pacings())
          .as(InterceptConfiguration::new);
    });
  }

  @Property(tries = 200)
  void configurationsRoundTrip(@ForAll("configurations") InterceptConfiguration configuration) {
    String written = json.writeConfiguration(configuration);
    InterceptConfiguration read = json.readConfiguration(written);
    assertThat(read).isEqualTo(configuration);
    // Writing is a function of the value: the read configuration writes the same text.
    assertThat(json.writeConfiguration(read)).isEqualTo(written);
  }
}
