package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the JSON shape over the random shop customers of {@link
 * PersonaCoverageProperties}: written to JSON text and read back, a coverage is equal to the
 * original, and two partitions written and read apart merge to the coverage of the whole.
 */
class PersonaCoverageJsonProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PersonaClassifier classifier = ShopPersonas.SET.classifier(AS_OF);

  @Provide
  Arbitrary<List<CustomerProfile>> customers() {
    return new PersonaCoverageProperties().customers();
  }

  private PersonaCoverage throughJson(PersonaCoverage coverage) throws IOException {
    String text = JSON.writeValueAsString(coverage.toJsonShape());
    Map<String, Object> shape = JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
    return PersonaCoverage.fromJsonShape(shape, classifier);
  }

  @Property(tries = 200)
  void roundTripsThroughJsonText(@ForAll("customers") List<CustomerProfile> profiles)
      throws IOException {
    PersonaCoverage coverage = classifier.coverageOf(profiles);

    assertThat(throughJson(coverage)).isEqualTo(coverage);
    assertThat(PersonaCoverage.fromJsonShape(coverage.toJsonShape(), classifier))
        .isEqualTo(coverage);
  }

  @Property(tries = 200)
  void partitionsWrittenAndReadApartMergeToTheWhole(
      @ForAll("customers") List<CustomerProfile> profiles,
      @ForAll @IntRange(min = 0, max = 60) int cut) throws IOException {
    int at = Math.min(cut, profiles.size());
    PersonaCoverage left = throughJson(classifier.coverageOf(profiles.subList(0, at)));
    PersonaCoverage right = throughJson(classifier.coverageOf(profiles.subList(at,
        profiles.size())));

    assertThat(left.plus(right)).isEqualTo(classifier.coverageOf(profiles));
  }
}
