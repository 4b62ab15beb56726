package io.cxkit.journey.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing then reading gives an equal value, for random maps and persona sets. */
class JourneyJsonProperties {
  private final JourneyJson json = JourneyJson.standard();

  private static Arbitrary<String> names() {
    // Any text that is not blank, quotes, backslashes and non-ASCII letters included.
    return Arbitraries.strings().withChars("aZ é\"\\/€0").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<JourneyMap> maps() {
    Arbitrary<int[]> shape = Arbitraries.integers().between(0, 3).array(int[].class)
        .ofMinSize(0).ofMaxSize(10);
    return net.jqwik.api.Combinators.combine(shape, names(), Arbitraries.of(Channel.class).list()
        .ofSize(10), Arbitraries.integers().between(0, 2).list().ofSize(10))
        .as((stages, name, channels, surveys) -> {
          JourneyMap.Builder builder = JourneyMap.builder("m", name);
          for (int s = 0; s < 4; s++) {
            builder.stage("s" + s, name + s);
          }
          for (int i = 0; i < stages.length; i++) {
            String[] ids = new String[surveys.get(i)];
            for (int k = 0; k < ids.length; k++) {
              ids[k] = "survey-" + k;
            }
            builder.touchpoint("t" + i, name, "s" + stages[i], channels.get(i), ids);
          }
          return builder.build();
        });
  }

  @Property(tries = 200)
  void mapsRoundTrip(@ForAll("maps") JourneyMap map) {
    assertThat(json.readMap(json.writeMap(map))).isEqualTo(map);
  }

  @Provide
  Arbitrary<PersonaSet> personaSets() {
    Arbitrary<Condition> rules = Arbitraries.of(
        ProfileFacts.attribute("orders").greaterThan(4),
        ProfileFacts.attribute("orders").inRange(0.5, 2.25),
        ProfileFacts.attribute("plan").oneOf("pro", "team"),
        ProfileFacts.daysSince("signed-up").lessThan(90).negate(),
        Condition.allOf(ProfileFacts.attribute("categories").contains("sale"),
            ProfileFacts.attribute("country").isSkipped()));
    Arbitrary<Persona> personas = net.jqwik.api.Combinators.combine(names(),
        names().list().ofMaxSize(3), Arbitraries.of(Channel.class).set().ofMaxSize(4), rules,
        Arbitraries.integers())
        .as((name, texts, channels, rule, priority) -> Persona.builder("p", name)
            .description(texts.isEmpty() ? "" : texts.get(0))
            .goals(texts.toArray(new String[0])).needs(name).painPoints(texts.toArray(new String[0]))
            .preferredChannels(channels.toArray(new Channel[0])).rule(rule).priority(priority)
            .build());
    return personas.list().ofMinSize(1).ofMaxSize(4).map(list -> {
      List<Persona> renamed = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Persona p = list.get(i);
        renamed.add(new Persona("p" + i, p.name(), p.description(), p.goals(), p.needs(),
            p.painPoints(), p.preferredChannels(), p.rule(), p.priority()));
      }
      return PersonaSet.of(renamed);
    });
  }

  @Property(tries = 200)
  void personaSetsRoundTrip(@ForAll("personaSets") PersonaSet personas) {
    assertThat(json.readPersonas(json.writePersonas(personas))).isEqualTo(personas);
  }
}
