package io.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.survey.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyMapTest {

  @Test
  void theEcommerceTemplateHasTheSevenStagesInOrder() {
    JourneyMap map = JourneyMap.ecommerce();

    assertThat(map.stages()).extracting(Stage::id).containsExactly("awareness", "consideration",
        "purchase", "delivery", "use", "support", "loyalty");
    assertThat(map.touchpointsOf("purchase")).extracting(Touchpoint::id)
        .containsExactly("cart", "checkout", "order-confirmation");
    assertThat(map.requireTouchpoint("support-call").channel()).isEqualTo(Channel.PHONE);
  }

  @Test
  void lookupsNumberTouchpointsAndStagesInMapOrder() {
    JourneyMap map = JourneyMap.builder("shop", "Shop")
        .stage("browse", "Browse")
        .touchpoint("home", "Home", "browse", Channel.WEB)
        .stage("buy", "Buy")
        .touchpoint("cart", "Cart", "buy", Channel.WEB, "exit-survey")
        .touchpoint("product", "Product page", "browse", Channel.APP)
        .build();

    // Touchpoints are numbered in the order given (home 0, cart 1, product 2), whatever stage.
    assertThat(map.touchpointIndex("cart")).isEqualTo(1);
    assertThat(map.touchpointIndex("product")).isEqualTo(2);
    assertThat(map.touchpointIndex("nowhere")).isEqualTo(-1);
    assertThat(map.stageIndex("buy")).isEqualTo(1);
    assertThat(map.stageIndexOf(2)).isZero();
    assertThat(map.touchpoint("cart").orElseThrow().surveyIds()).containsExactly("exit-survey");
    assertThat(map.touchpoint("nowhere")).isEmpty();
    assertThat(map.stage("buy").orElseThrow().name()).isEqualTo("Buy");
    assertThat(map.touchpointsOf("browse")).extracting(Touchpoint::id)
        .containsExactly("home", "product");
    assertThat(map.touchpointsOf("unknown")).isEmpty();
    assertThatThrownBy(() -> map.stageIndexOf(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anUnknownTouchpointIsATypedError() {
    assertThatThrownBy(() -> JourneyMap.ecommerce().requireTouchpoint("basket"))
        .isInstanceOf(UnknownTouchpointException.class)
        .hasMessageContaining("\"basket\"")
        .hasMessageContaining("\"ecommerce\"")
        .satisfies(e -> assertThat(((UnknownTouchpointException) e).touchpointId())
            .isEqualTo("basket"));
  }

  @Test
  void aDuplicateTouchpointIdIsRefusedWithItsIndex() {
    assertThatThrownBy(() -> JourneyMap.builder("m", "M").stage("s", "S")
        .touchpoint("cart", "Cart", "s", Channel.WEB)
        .touchpoint("home", "Home", "s", Channel.WEB)
        .touchpoint("cart", "Cart again", "s", Channel.APP)
        .build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("touchpoints[2].id = \"cart\"")
        .hasMessageContaining("duplicates the id of touchpoints[0]");
  }

  @Test
  void aDuplicateStageIdIsRefused() {
    assertThatThrownBy(() -> JourneyMap.of("m", "M",
        List.of(new Stage("s", "S"), new Stage("t", "T"), new Stage("s", "S2")), List.of()))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("stages[2].id")
        .hasMessageContaining("duplicates the id of stages[0]");
  }

  @Test
  void aTouchpointInAMissingStageIsRefusedNamingTheStages() {
    assertThatThrownBy(() -> JourneyMap.builder("m", "M").stage("browse", "Browse")
        .stage("buy", "Buy")
        .touchpoint("cart", "Cart", "checkout", Channel.WEB)
        .build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("touchpoints[0].stageId = \"checkout\"")
        .hasMessageContaining("[browse, buy]");
  }

  @Test
  void aMapNeedsAStageAndANameAndWellFormedIds() {
    assertThatThrownBy(() -> JourneyMap.builder("m", "M").build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageContaining("at least one stage");
    assertThatThrownBy(() -> JourneyMap.builder("m", " ").stage("s", "S").build())
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("name");
    assertThatThrownBy(() -> new Stage("-s", "S"))
        .isInstanceOf(InvalidJourneyException.class).hasMessageStartingWith("id");
    assertThatThrownBy(() -> Touchpoint.of("t", "T", "s", Channel.WEB).withSurveys("a", "a"))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageStartingWith("surveyIds[1]")
        .hasMessageContaining("listed twice");
  }

  @Test
  void toBuilderCopiesAndChanges() {
    JourneyMap template = JourneyMap.ecommerce();
    JourneyMap changed = template.toBuilder().id("my-shop").removeTouchpoint("ad").build();

    assertThat(changed.id()).isEqualTo("my-shop");
    assertThat(changed.touchpoint("ad")).isEmpty();
    assertThat(changed.touchpoints()).hasSize(template.touchpoints().size() - 1);
    assertThat(template.toBuilder().build()).isEqualTo(template)
        .hasSameHashCodeAs(template);
  }
}
