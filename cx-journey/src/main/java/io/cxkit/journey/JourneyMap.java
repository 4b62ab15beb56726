package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.Channel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer journey map: ordered stages, each with its touchpoints, and the channel and surveys of
 * every touchpoint. A map is valid by construction: ids are unique (stages among stages,
 * touchpoints among touchpoints) and every touchpoint's stage exists. Touchpoints and stages are
 * numbered in map order ({@link #touchpointIndex}), which is how analyses keep compact state.
 *
 * <p>{@link #ecommerce()} is a ready template of an online shop's journey.
 */
public final class JourneyMap {
  private final String id;
  private final String name;
  private final List<Stage> stages;
  private final List<Touchpoint> touchpoints;
  private final Map<String, Integer> stageIndex;
  private final Map<String, Integer> touchpointIndex;
  /** The stage number of each touchpoint, by touchpoint number. */
  private final int[] stageOf;

  private JourneyMap(String id, String name, List<Stage> stages, List<Touchpoint> touchpoints) {
    this.id = id;
    this.name = name;
    this.stages = List.copyOf(stages);
    this.touchpoints = List.copyOf(touchpoints);
    this.stageIndex = new HashMap<>();
    for (int i = 0; i < this.stages.size(); i++) {
      Stage stage = this.stages.get(i);
      if (stageIndex.putIfAbsent(stage.id(), i) != null) {
        throw new InvalidJourneyException("stages[" + i + "].id", JourneyIds.quote(stage.id()),
            "duplicates the id of stages[" + stageIndex.get(stage.id()) + "]; stage ids must be unique");
      }
    }
    this.touchpointIndex = new HashMap<>();
    this.stageOf = new int[this.touchpoints.size()];
    for (int i = 0; i < this.touchpoints.size(); i++) {
      Touchpoint touchpoint = this.touchpoints.get(i);
      Integer first = touchpointIndex.putIfAbsent(touchpoint.id(), i);
      if (first != null) {
        throw new InvalidJourneyException("touchpoints[" + i + "].id",
            JourneyIds.quote(touchpoint.id()),
            "duplicates the id of touchpoints[" + first + "]; touchpoint ids must be unique");
      }
      Integer stage = stageIndex.get(touchpoint.stageId());
      if (stage == null) {
        throw new InvalidJourneyException("touchpoints[" + i + "].stageId",
            JourneyIds.quote(touchpoint.stageId()),
            "must name a stage of the map; its stages are " + stageIds());
      }
      stageOf[i] = stage;
    }
  }

  private List<String> stageIds() {
    List<String> ids = new ArrayList<>(stages.size());
    for (Stage stage : stages) {
      ids.add(stage.id());
    }
    return ids;
  }

  /**
   * @param id the map's id
   * @param name its name
   * @return a builder of a map
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * @param id the map's id
   * @param name its name
   * @param stages the stages, in journey order
   * @param touchpoints the touchpoints, in journey order within their stages
   * @return the map
   * @throws InvalidJourneyException if an id repeats or a touchpoint's stage is missing
   */
  public static JourneyMap of(String id, String name, List<Stage> stages,
      List<Touchpoint> touchpoints) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(touchpoints, "touchpoints");
    JourneyIds.requireId("id", id);
    if (name.isBlank()) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name), "must not be blank");
    }
    for (int i = 0; i < stages.size(); i++) {
      Objects.requireNonNull(stages.get(i), "stages[" + i + "]");
    }
    for (int i = 0; i < touchpoints.size(); i++) {
      Objects.requireNonNull(touchpoints.get(i), "touchpoints[" + i + "]");
    }
    if (stages.isEmpty()) {
      throw new InvalidJourneyException("stages", "[]", "must hold at least one stage");
    }
    return new JourneyMap(id, name, stages, touchpoints);
  }

  /**
   * The stages an online shop's journey usually has, in order: awareness, consideration, purchase,
   * delivery, use, support, loyalty; with typical touchpoints in each (ads and search, product
   * page and reviews, cart, checkout and order confirmation, delivery notice and delivery, the
   * first use, help centre, support chat and call, review request and newsletter). A starting point
   * to copy with {@link #toBuilder()} and change.
   *
   * @return the e-commerce template
   */
  public static JourneyMap ecommerce() {
    return builder("ecommerce", "Online shop")
        .stage("awareness", "Awareness")
        .touchpoint("ad", "Online ad", "awareness", Channel.SOCIAL)
        .touchpoint("search", "Search result", "awareness", Channel.WEB)
        .stage("consideration", "Consideration")
        .touchpoint("home", "Home page", "consideration", Channel.WEB)
        .touchpoint("product-page", "Product page", "consideration", Channel.WEB)
        .touchpoint("reviews", "Customer reviews", "consideration", Channel.REVIEW_SITE)
        .stage("purchase", "Purchase")
        .touchpoint("cart", "Cart", "purchase", Channel.WEB)
        .touchpoint("checkout", "Checkout", "purchase", Channel.WEB)
        .touchpoint("order-confirmation", "Order confirmation", "purchase", Channel.WEB)
        .stage("delivery", "Delivery")
        .touchpoint("shipping-email", "Shipping e-mail", "delivery", Channel.EMAIL)
        .touchpoint("delivery", "Delivery", "delivery", Channel.STORE)
        .stage("use", "Use")
        .touchpoint("first-use", "First use", "use", Channel.APP)
        .stage("support", "Support")
        .touchpoint("help-center", "Help centre", "support", Channel.WEB)
        .touchpoint("support-chat", "Support chat", "support", Channel.CHAT)
        .touchpoint("support-call", "Support call", "support", Channel.PHONE)
        .stage("loyalty", "Loyalty")
        .touchpoint("review-request", "Review request", "loyalty", Channel.EMAIL)
        .touchpoint("newsletter", "Newsletter", "loyalty", Channel.EMAIL)
        .build();
  }

  /** @return the map's id */
  public String id() {
    return id;
  }

  /** @return the map's name */
  public String name() {
    return name;
  }

  /** @return the stages in journey order; unmodifiable */
  public List<Stage> stages() {
    return stages;
  }

  /** @return the touchpoints in map order; unmodifiable */
  public List<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * @param touchpointId a touchpoint's id
   * @return the touchpoint, or empty if the map has none of that id
   */
  public Optional<Touchpoint> touchpoint(String touchpointId) {
    int index = touchpointIndex(touchpointId);
    return index < 0 ? Optional.empty() : Optional.of(touchpoints.get(index));
  }

  /**
   * @param touchpointId a touchpoint's id
   * @return the touchpoint
   * @throws UnknownTouchpointException if the map has none of that id
   */
  public Touchpoint requireTouchpoint(String touchpointId) {
    int index = touchpointIndex(touchpointId);
    if (index < 0) {
      throw new UnknownTouchpointException("touchpointId", touchpointId, id);
    }
    return touchpoints.get(index);
  }

  /**
   * @param stageId a stage's id
   * @return the stage, or empty if the map has none of that id
   */
  public Optional<Stage> stage(String stageId) {
    int index = stageIndex(stageId);
    return index < 0 ? Optional.empty() : Optional.of(stages.get(index));
  }

  /**
   * @param touchpointId a touchpoint's id
   * @return its number in map order (0-based), or -1 if the map has none of that id
   */
  public int touchpointIndex(String touchpointId) {
    Integer index = touchpointIndex.get(Objects.requireNonNull(touchpointId, "touchpointId"));
    return index == null ? -1 : index;
  }

  /**
   * @param stageId a stage's id
   * @return its number in journey order (0-based), or -1 if the map has none of that id
   */
  public int stageIndex(String stageId) {
    Integer index = stageIndex.get(Objects.requireNonNull(stageId, "stageId"));
    return index == null ? -1 : index;
  }

  /**
   * @param touchpointIndex a touchpoint's number
   * @return the number of its stage
   * @throws IndexOutOfBoundsException if no touchpoint has that number
   */
  public int stageIndexOf(int touchpointIndex) {
    return stageOf[Objects.checkIndex(touchpointIndex, stageOf.length)];
  }

  /**
   * @param stageId a stage's id
   * @return its touchpoints in map order (empty for a stage without any, or an unknown id)
   */
  public List<Touchpoint> touchpointsOf(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    List<Touchpoint> out = new ArrayList<>();
    for (Touchpoint touchpoint : touchpoints) {
      if (touchpoint.stageId().equals(stageId)) {
        out.add(touchpoint);
      }
    }
    return List.copyOf(out);
  }

  /** @return a builder holding this map's stages and touchpoints, to change and build anew */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name);
    builder.stages.addAll(stages);
    builder.touchpoints.addAll(touchpoints);
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyMap other && id.equals(other.id) && name.equals(other.name)
        && stages.equals(other.stages) && touchpoints.equals(other.touchpoints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, stages, touchpoints);
  }

  @Override
  public String toString() {
    return "JourneyMap{" + id + ", " + stages.size() + " stages, " + touchpoints.size()
        + " touchpoints}";
  }

  /** Collects stages and touchpoints in order; {@link #build()} checks the map. */
  public static final class Builder {
    private String id;
    private String name;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * @param id the map's new id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * @param name the map's new name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * @param stage the next stage
     * @return this builder
     */
    public Builder stage(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * @param id the next stage's id
     * @param name its name
     * @return this builder
     */
    public Builder stage(String id, String name) {
      return stage(new Stage(id, name));
    }

    /**
     * @param touchpoint the next touchpoint
     * @return this builder
     */
    public Builder touchpoint(Touchpoint touchpoint) {
      touchpoints.add(Objects.requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /**
     * @param id the next touchpoint's id
     * @param name its name
     * @param stageId its stage's id
     * @param channel its channel
     * @param surveyIds the surveys asked there
     * @return this builder
     */
    public Builder touchpoint(String id, String name, String stageId, Channel channel,
        String... surveyIds) {
      return touchpoint(new Touchpoint(id, name, stageId, channel,
          List.of(Objects.requireNonNull(surveyIds, "surveyIds"))));
    }

    /**
     * @param touchpointId the id of a touchpoint added before
     * @return this builder without it
     */
    public Builder removeTouchpoint(String touchpointId) {
      Objects.requireNonNull(touchpointId, "touchpointId");
      touchpoints.removeIf(t -> t.id().equals(touchpointId));
      return this;
    }

    /**
     * @return the map
     * @throws InvalidJourneyException if an id repeats, a touchpoint's stage is missing, or there
     *     is no stage
     */
    public JourneyMap build() {
      return JourneyMap.of(id, name, stages, touchpoints);
    }
  }
}
