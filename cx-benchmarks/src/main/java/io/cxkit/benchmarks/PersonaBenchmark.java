package io.cxkit.benchmarks;

import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaClassifier;
import io.cxkit.journey.profile.PersonaCoverage;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.journey.profile.ProfileFacts;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.Condition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Persona classification per profile: {@value #PROFILES} seeded profiles (orders, lifetime value,
 * a sign-up date, a country and a set of categories, each present nine times in ten) against four
 * personas whose rules compare numbers, test set membership, count days since a date and combine
 * them with all-of and any-of. One invocation classifies every profile; the score is per profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PersonaBenchmark {
  /** The profiles of one invocation. */
  static final int PROFILES = 10_000;

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  List<CustomerProfile> profiles;
  PersonaClassifier classifier;

  @Setup
  public void setUp() {
    Persona loyal = Persona.builder("loyal", "Loyal regular")
        .description("Buys every month and knows the shop well.")
        .preferredChannels(Channel.APP, Channel.EMAIL)
        .rule(Condition.allOf(ProfileFacts.attribute("orders").greaterThan(4),
            ProfileFacts.attribute("lifetime-value").greaterThan(300)))
        .priority(3)
        .build();
    Persona bargain = Persona.builder("bargain", "Bargain hunter")
        .description("Comes for the sale and compares prices.")
        .preferredChannels(Channel.WEB, Channel.SOCIAL)
        .rule(Condition.anyOf(ProfileFacts.attribute("categories").contains("sale"),
            ProfileFacts.attribute("categories").contains("outlet")))
        .priority(2)
        .build();
    Persona newcomer = Persona.builder("newcomer", "Newcomer")
        .description("Signed up recently.")
        .preferredChannels(Channel.MOBILE_WEB)
        .rule(ProfileFacts.daysSince("signed-up").lessThan(90))
        .priority(1)
        .build();
    Persona abroad = Persona.builder("abroad", "Customer abroad")
        .description("Orders from another country and worries about delivery.")
        .rule(ProfileFacts.attribute("country").oneOf("FR", "IT", "ES", "PL"))
        .build();
    classifier = PersonaSet.of(loyal, bargain, newcomer, abroad).classifier(AS_OF);

    String[] countries = {"DE", "DE", "DE", "AT", "CH", "FR", "IT", "ES", "PL", "NL"};
    String[] categories = {"shoes", "sale", "kids", "outlet", "garden", "electronics"};
    SplittableRandom random = new SplittableRandom(42);
    profiles = new ArrayList<>(PROFILES);
    for (int i = 0; i < PROFILES; i++) {
      CustomerProfile profile = CustomerProfile.of("c" + i);
      if (random.nextInt(10) > 0) {
        profile = profile.with("orders", AttributeValue.number(random.nextInt(20)));
      }
      if (random.nextInt(10) > 0) {
        profile = profile.with("lifetime-value", AttributeValue.number(random.nextInt(2000)));
      }
      if (random.nextInt(10) > 0) {
        profile = profile.with("signed-up",
            AttributeValue.date(AS_OF.minusDays(random.nextInt(1500))));
      }
      if (random.nextInt(10) > 0) {
        profile = profile.with("country", AttributeValue.text(countries[random.nextInt(10)]));
      }
      if (random.nextInt(10) > 0) {
        profile = profile.with("categories", AttributeValue.set(categories[random.nextInt(6)],
            categories[random.nextInt(6)]));
      }
      profiles.add(profile);
    }
    PersonaCoverage coverage = coverage();
    if (coverage.customers() != PROFILES || coverage.unmatched() == 0
        || coverage.unmatched() == PROFILES) {
      throw new IllegalStateException("the benchmark's profiles do not exercise the personas");
    }
  }

  /** Each profile's classification: the assigned persona and every match. */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public void classify(Blackhole blackhole) {
    for (CustomerProfile profile : profiles) {
      blackhole.consume(classifier.classify(profile));
    }
  }

  /** Each profile's persona id only, as breakdowns ask for it. */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public void groupOf(Blackhole blackhole) {
    for (CustomerProfile profile : profiles) {
      blackhole.consume(classifier.groupOf(profile));
    }
  }

  /** @return the coverage of every profile: classification, overlap and the duplicate check */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public PersonaCoverage coverage() {
    return classifier.coverageOf(profiles);
  }
}
