package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.intercept.InterceptTestTriggers.Always;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.condition.Condition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intercepts, audiences and pacing as values, with their defaults and their typed errors. */
class InterceptTest {
  private static final Always ALWAYS = new Always("always");

  @Test
  void anInterceptsDefaults() {
    Intercept intercept = Intercept.builder("exit", "exit-feedback").triggers(ALWAYS).build();

    assertThat(intercept.audience()).isSameAs(Audience.everyone());
    assertThat(intercept.sampling()).isSameAs(Sampling.all());
    assertThat(intercept.priority()).isZero();
    assertThat(intercept.maxDisplays()).hasValue(Intercept.DEFAULT_MAX_DISPLAYS).hasValue(3);
    assertThat(intercept.neverAgainAfterCompleting()).isTrue();
    // The shorthand names the trigger by its type.
    assertThat(intercept.triggerRule().triggers()).containsExactly(entry("test-always", ALWAYS));
    assertThat(intercept.triggerRule().when()).isEmpty();
    assertThat(intercept).hasToString(
        "Intercept[\"exit\" -> survey \"exit-feedback\", triggers [test-always], priority 0]");
  }

  @Test
  void interceptsAreValues() {
    Intercept a = Intercept.builder("exit", "exit-feedback").triggers(ALWAYS).priority(2).build();
    Intercept b = Intercept.builder("exit", "exit-feedback").triggers(new Always("always"))
        .priority(2).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Intercept.builder("exit", "exit-feedback").triggers(ALWAYS)
        .priority(3).build());
  }

  @Test
  void badInterceptsGetTypedErrors() {
    assertThatThrownBy(() -> Intercept.builder("exit", "exit-feedback").build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("triggers")
        .hasMessageContaining("at least one trigger");
    assertThatThrownBy(() -> Intercept.builder("exit", "exit-feedback").triggers(List.of())
        .build()).isInstanceOf(InvalidJourneyException.class);
    assertThatThrownBy(() -> Intercept.builder("exit page", "exit-feedback").triggers(ALWAYS)
        .build()).isInstanceOf(InvalidJourneyException.class).hasMessageContaining("id")
        .hasMessageContaining("\"exit page\"");
    assertThatThrownBy(() -> Intercept.builder("exit", "").triggers(ALWAYS).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("surveyId");
    assertThatThrownBy(() -> Intercept.builder("exit", "s").samplePercent(150))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("samplePercent");
    assertThatThrownBy(() -> Intercept.builder("exit", "s").maxDisplays(0))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("maxDisplays")
        .hasMessageContaining("unlimitedDisplays()");
  }

  @Test
  void interceptOptionsAreSetOnce() {
    assertThatThrownBy(() -> Intercept.builder("e", "s").priority(1).priority(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("priority");
    assertThatThrownBy(() -> Intercept.builder("e", "s").maxDisplays(2).unlimitedDisplays())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxDisplays");
    assertThatThrownBy(() -> Intercept.builder("e", "s").triggers(ALWAYS).triggers(ALWAYS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("triggers");
    assertThatThrownBy(() -> Intercept.builder("e", "s").samplePercent(5).samplePercent(5))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Intercept.builder("e", "s").askAgainAfterCompleting()
        .askAgainAfterCompleting()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Intercept.builder("e", "s").audience(Audience.everyone())
        .audience(Audience.everyone())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void audiences() {
    Condition germany = ProfileFacts.attribute("country").equalTo("DE");
    Audience both = Audience.builder().rule(germany).personas("loyal", "vip").build();
    assertThat(both.rule()).contains(germany);
    assertThat(both.personaIds()).containsExactly("loyal", "vip");
    assertThat(both.anonymousVisitors()).isFalse();
    assertThat(Audience.everyone().anonymousVisitors()).isTrue();
    assertThat(Audience.builder().build()).isSameAs(Audience.everyone());
    assertThat(Audience.personas("loyal")).isEqualTo(Audience.personas("loyal"))
        .isNotEqualTo(Audience.personas("vip"));
    assertThat(Audience.personas("loyal"))
        .hasToString("Audience[personas [loyal], without visitors not known]");
  }

  @Test
  void badAudiencesGetTypedErrors() {
    // An answer operand is a survey's, not a profile's.
    Condition answer = Condition.answer("nps").inRange(0, 6);
    assertThatThrownBy(() -> Audience.matching(answer))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("audience.rule")
        .hasMessageContaining("\"answer\"").hasMessageContaining("\"days-since\"");
    Condition nested = ProfileFacts.attribute("country").equalTo("DE").and(answer);
    assertThatThrownBy(() -> Audience.matching(nested))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("audience.rule.allOf[1]");
    assertThatThrownBy(() -> Audience.personas("loyal", "loyal"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("audience.personas[1]").hasMessageContaining("twice");
    assertThatThrownBy(() -> Audience.personas())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("at least one persona");
    assertThatThrownBy(() -> Audience.personas("not an id"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("audience.personas[0]");
    assertThatThrownBy(() -> Audience.builder().anonymousVisitors(true).anonymousVisitors(false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void pacing() {
    assertThat(Pacing.standard().cooldown()).isEqualTo(Pacing.DEFAULT_COOLDOWN)
        .isEqualTo(Duration.ofDays(14));
    assertThat(Pacing.standard().displayLimit()).isEmpty();
    assertThat(Pacing.builder().build()).isEqualTo(Pacing.standard());
    assertThat(Pacing.none().cooldown()).isZero();
    Pacing limited = Pacing.builder().cooldown(Duration.ofDays(7))
        .displayLimit(3, Duration.ofDays(90)).build();
    assertThat(limited.displayLimit())
        .contains(new Pacing.DisplayLimit(3, Duration.ofDays(90)));
    assertThat(limited).hasToString("Pacing[cooldown PT168H, at most 3 in P90D]");
  }

  @Test
  void badPacingGetsTypedErrors() {
    assertThatThrownBy(() -> Pacing.builder().cooldown(Duration.ofDays(-1)).build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("pacing.cooldown");
    assertThatThrownBy(() -> Pacing.builder().displayLimit(0, Duration.ofDays(30)).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("pacing.displayLimit.maxDisplays");
    assertThatThrownBy(() -> Pacing.builder().displayLimit(2, Duration.ZERO).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("pacing.displayLimit.window");
    assertThatThrownBy(() -> Pacing.builder().cooldown(Duration.ZERO).cooldown(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
  }
}
