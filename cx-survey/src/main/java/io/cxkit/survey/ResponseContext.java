package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how a response was given: the journey touchpoint, the channel, the page, the device,
 * the respondent's locale, the A/B variant shown, and free attributes (order id, plan, campaign).
 * Every part is optional; {@link #EMPTY} has none.
 *
 * @param touchpointId the journey touchpoint the survey was asked at, or null
 * @param channel the channel the response came through, or null
 * @param pageUrl the page the survey was shown on, or null
 * @param device the device class ({@code desktop}, {@code mobile}, {@code tablet}), or null
 * @param locale the locale the respondent saw, or null
 * @param variant the A/B variant shown, or null
 * @param attributes further attributes by name; copied, unmodifiable, in the order given
 */
public record ResponseContext(
    @Nullable String touchpointId,
    @Nullable Channel channel,
    @Nullable String pageUrl,
    @Nullable String device,
    @Nullable Locale locale,
    @Nullable String variant,
    Map<String, String> attributes) {

  /** A context that says nothing. */
  public static final ResponseContext EMPTY =
      new ResponseContext(null, null, null, null, null, null, Map.of());

  /**
   * Checks and copies the context.
   *
   * @throws InvalidResponseException if the touchpoint id is malformed, an attribute has a
   *     malformed name or a null value, or a text holds an unpaired surrogate char
   */
  public ResponseContext {
    Objects.requireNonNull(attributes, "attributes");
    if (touchpointId != null) {
      try {
        Ids.requireId("context.touchpointId", touchpointId);
      } catch (io.cxkit.core.InvalidValueException e) {
        throw new InvalidResponseException(e.field(), e.value(), e.rule());
      }
    }
    wellFormed("context.pageUrl", pageUrl);
    wellFormed("context.device", device);
    wellFormed("context.variant", variant);
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      String name = entry.getKey();
      if (name == null || name.isBlank()) {
        throw new InvalidResponseException("context.attributes", name == null ? null : Ids.quote(name),
            "an attribute name must not be blank");
      }
      if (entry.getValue() == null) {
        throw new InvalidResponseException("context.attributes." + Ids.escape(name, '"'), null,
            "an attribute value must not be null; leave the attribute out instead");
      }
      wellFormed("context.attributes", name);
      wellFormed("context.attributes." + Ids.escape(name, '"'), entry.getValue());
      copy.put(name, entry.getValue());
    }
    attributes = Collections.unmodifiableMap(copy);
  }

  private static void wellFormed(String field, @Nullable String text) {
    try {
      Ids.requireWellFormed(field, text);
    } catch (io.cxkit.core.InvalidValueException e) {
      throw new InvalidResponseException(e.field(), e.value(), e.rule());
    }
  }
}
