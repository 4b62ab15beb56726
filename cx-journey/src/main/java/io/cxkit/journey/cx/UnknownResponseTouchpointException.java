package io.cxkit.journey.cx;

import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.JourneyIds;
import java.util.Objects;

/**
 * A response's context names a touchpoint ({@code context.touchpointId}) that the journey map does
 * not have: the message is the {@link UnknownTouchpointException}'s, followed by the response's id,
 * so that a bad export row can be found. Nothing of the response was counted.
 */
public class UnknownResponseTouchpointException extends UnknownTouchpointException {
  private static final long serialVersionUID = 1L;

  private final String responseId;

  /**
   * @param responseId the id of the response
   * @param touchpointId the touchpoint id its context names
   * @param mapId the id of the map it was looked up in
   */
  public UnknownResponseTouchpointException(String responseId, String touchpointId,
      String mapId) {
    super("context.touchpointId", touchpointId, mapId);
    this.responseId = Objects.requireNonNull(responseId, "responseId");
  }

  /** @return the id of the response refused */
  public String responseId() {
    return responseId;
  }

  /** @return {@code context.touchpointId = "x": is not a touchpoint of journey map "m" (response "r")} */
  @Override
  public String getMessage() {
    return super.getMessage() + " (response " + JourneyIds.quote(responseId) + ")";
  }
}
