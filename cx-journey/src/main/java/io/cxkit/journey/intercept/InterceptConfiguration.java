package io.cxkit.journey.intercept;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link InterceptEngine} is configured with, apart from its clock, zone and personas: the
 * intercepts in order (among equal priorities the earlier wins) and the pacing across all surveys.
 * It is what {@link io.cxkit.journey.json.InterceptJson#readConfiguration(String)} reads from a
 * configuration document and {@link InterceptEngine.Builder#configuration} takes, so that a service
 * changes its intercepts without a release. Immutable and thread-safe.
 *
 * @param intercepts the intercepts, 1 to {@value InterceptEngine#MAX_INTERCEPTS}, ids unique; copied,
 *     unmodifiable
 * @param pacing the cooldown and display limit across all surveys
 */
public record InterceptConfiguration(List<Intercept> intercepts, Pacing pacing) {

  /**
   * @throws InvalidJourneyException if there are no intercepts or more than {@value
   *     InterceptEngine#MAX_INTERCEPTS}, or two share an id (naming {@code intercepts[i].id})
   */
  public InterceptConfiguration {
    Objects.requireNonNull(intercepts, "intercepts");
    Objects.requireNonNull(pacing, "pacing");
    List<Intercept> copy = new ArrayList<>(intercepts.size());
    for (int i = 0; i < intercepts.size(); i++) {
      copy.add(Objects.requireNonNull(intercepts.get(i), "intercepts[" + i + "]"));
    }
    if (copy.isEmpty()) {
      throw new InvalidJourneyException("intercepts", "[]", "must hold at least one intercept");
    }
    if (copy.size() > InterceptEngine.MAX_INTERCEPTS) {
      throw new InvalidJourneyException("intercepts", copy.size() + " intercepts",
          "must hold at most " + InterceptEngine.MAX_INTERCEPTS);
    }
    Map<String, Integer> ids = new HashMap<>(copy.size() * 2);
    for (int i = 0; i < copy.size(); i++) {
      Integer first = ids.putIfAbsent(copy.get(i).id(), i);
      if (first != null) {
        throw new InvalidJourneyException("intercepts[" + i + "].id",
            JourneyIds.quote(copy.get(i).id()),
            "duplicates the id of intercepts[" + first + "]; intercept ids must be unique");
      }
    }
    intercepts = List.copyOf(copy);
  }

  /**
   * @param pacing the cooldown and display limit across all surveys
   * @param intercepts the intercepts, in order
   * @return the configuration
   * @throws InvalidJourneyException as the canonical constructor does
   */
  public static InterceptConfiguration of(Pacing pacing, Intercept... intercepts) {
    return new InterceptConfiguration(List.of(Objects.requireNonNull(intercepts, "intercepts")),
        pacing);
  }

  /** @return the intercept ids in order and the pacing */
  @Override
  public String toString() {
    StringBuilder ids = new StringBuilder();
    for (Intercept intercept : intercepts) {
      ids.append(ids.length() == 0 ? "" : ", ").append(intercept.id());
    }
    return "InterceptConfiguration[" + ids + "; " + pacing + "]";
  }
}
