package io.cxkit.journey.profile;

import static io.cxkit.journey.profile.ShopPersonas.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.CustomerGroups;
import io.cxkit.journey.InvalidJourneyException;
import org.junit.jupiter.api.Test;

class ProfileGroupsTest {

  @Test
  void personasAsCustomerGroups() {
    // The assignments of ShopPersonas: c1–c4 loyal, c5–c7 bargain, c8 newcomer, c9 and c10 none.
    ProfileGroups groups = ProfileGroups.collect(ShopPersonas.SET.classifier(AS_OF),
        ShopPersonas.customers());
    CustomerGroups asked = groups;

    assertThat(asked.groupOf("c3")).isEqualTo("loyal");
    assertThat(asked.groupOf("c6")).isEqualTo("bargain");
    assertThat(asked.groupOf("c8")).isEqualTo("newcomer");
    assertThat(asked.groupOf("c9")).isNull();
    assertThat(asked.groupOf("never-seen")).isNull();
    assertThat(groups.groups()).containsExactly("loyal", "bargain", "newcomer");
    assertThat(groups.count("loyal")).isEqualTo(4);
    assertThat(groups.count("vip")).isZero();
    assertThat(groups.share("bargain").value()).hasValue(30.0);
    assertThat(groups.ungrouped()).isEqualTo(2);
    assertThat(groups.ungroupedShare().value()).hasValue(20.0);
    assertThat(groups.toString())
        .isEqualTo("ProfileGroups{customers=10, loyal=4, bargain=3, newcomer=1, ungrouped=2}");
  }

  @Test
  void segmentsByBinsAsCustomerGroups() {
    // Orders 10, 7, 5, 6 are ≥ 5; 1, 2, 1, 3 in [1, 5); 0 below 1; c10 has no orders.
    ProfileGroups groups = ProfileGroups.collect(
        Segmentation.byAttribute("orders", 1, 5).asOf(AS_OF), ShopPersonas.customers());

    assertThat(groups.shares()).hasSize(3);
    assertThat(groups.count("[5, ∞)")).isEqualTo(4);
    assertThat(groups.count("[1, 5)")).isEqualTo(4);
    assertThat(groups.count("(-∞, 1)")).isEqualTo(1);
    assertThat(groups.ungrouped()).isEqualTo(1);
    assertThat(groups.groupOf("c7")).isEqualTo("(-∞, 1)");
  }

  @Test
  void aCustomerGivenTwiceIsRefusedAndNothingIsRecorded() {
    ProfileGroups.Builder builder = ProfileGroups.builder(Segmentation.byAttribute("country")
        .asOf(AS_OF));
    builder.add(CustomerProfile.of("c1").with("country", AttributeValue.text("DE")));

    assertThatThrownBy(() -> builder.add(CustomerProfile.of("c1")
        .with("country", AttributeValue.text("FR"))))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("\"c1\"")
        .hasMessageContaining("read already");
    ProfileGroups groups = builder.build();
    assertThat(groups.groupOf("c1")).isEqualTo("DE");
    assertThat(groups.groups()).containsExactly("DE");
  }

  @Test
  void aRefusedProfileLeavesNoTrace() {
    ProfileGroups.Builder builder = ProfileGroups.builder(Segmentation.byAttribute("orders")
        .asOf(AS_OF));

    assertThatThrownBy(() -> builder.add(ShopPersonas.profile("c1", 3)))
        .isInstanceOf(InvalidJourneyException.class);
    // The same customer can be given again, fixed: nothing was recorded for it.
    builder.add(CustomerProfile.of("c1").with("orders", AttributeValue.text("three")));
    assertThat(builder.build().groupOf("c1")).isEqualTo("three");
  }

  @Test
  void aBuilderIsBuiltOnce() {
    ProfileGroups.Builder builder = ProfileGroups.builder(profile -> "all");
    ProfileGroups groups = builder.add(CustomerProfile.of("c1")).build();

    assertThatThrownBy(() -> builder.add(CustomerProfile.of("c2")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(groups.customers()).isEqualTo(1);
    assertThat(groups.isEmpty()).isFalse();
  }
}
