package io.cxkit.journey.profile;

import org.jspecify.annotations.Nullable;

/**
 * The group of a customer's profile: the persona a {@link PersonaClassifier} assigns, the segment
 * of a {@link Segmentation}. {@link ProfileGroups#collect} streams profiles through one to build
 * the customer to group map the analyses ask.
 */
@FunctionalInterface
public interface ProfileGrouping {

  /**
   * @param profile a customer's profile
   * @return its group, or null when the profile belongs to none
   * @throws io.cxkit.journey.InvalidJourneyException if the profile cannot be grouped this way (an
   *     attribute of the wrong type)
   */
  @Nullable String groupOf(CustomerProfile profile);
}
