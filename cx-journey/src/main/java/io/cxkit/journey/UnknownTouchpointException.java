package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;

/**
 * An event, response or definition named a touchpoint that the journey map does not have. Readers
 * report it as a bad record rather than dropping the event silently.
 */
public class UnknownTouchpointException extends InvalidJourneyException {
  private static final long serialVersionUID = 1L;

  private final String touchpointId;
  private final String mapId;

  /**
   * @param field the path of the field naming the touchpoint, such as {@code touchpointId}
   * @param touchpointId the id that is not in the map
   * @param mapId the map's id
   */
  public UnknownTouchpointException(String field, String touchpointId, String mapId) {
    super(field, JourneyIds.quote(touchpointId),
        "is not a touchpoint of journey map " + JourneyIds.quote(mapId));
    this.touchpointId = touchpointId;
    this.mapId = mapId;
  }

  /** @return the id that is not in the map */
  public String touchpointId() {
    return touchpointId;
  }

  /** @return the id of the map it was looked up in */
  public String mapId() {
    return mapId;
  }
}
