package io.cxkit.journey;

import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.Channel;
import java.util.List;
import java.util.Objects;

/**
 * A place where the customer meets the company: a product page, the cart, a support call. It
 * belongs to one stage, happens in one channel, and may have surveys asked there (a response's
 * {@link io.cxkit.survey.ResponseContext#touchpointId()} names the touchpoint it was given at).
 *
 * @param id the touchpoint's id (letters, digits, {@code _ . -}); events and responses name it
 * @param name the name shown in reports; not blank
 * @param stageId the id of its stage in the map
 * @param channel the channel it happens in
 * @param surveyIds the ids of the surveys asked there, without duplicates; copied, unmodifiable
 */
public record Touchpoint(String id, String name, String stageId, Channel channel,
    List<String> surveyIds) {

  /** @throws InvalidJourneyException if an id is malformed, the name blank or a survey repeated */
  public Touchpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(surveyIds, "surveyIds");
    if (!JourneyIds.isId(id)) {
      throw new InvalidJourneyException("id", JourneyIds.quote(id), JourneyIds.ID_RULE);
    }
    if (name.isBlank()) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name), "must not be blank");
    }
    if (!JourneyIds.isId(stageId)) {
      throw new InvalidJourneyException("stageId", JourneyIds.quote(stageId), JourneyIds.ID_RULE);
    }
    for (int i = 0; i < surveyIds.size(); i++) {
      int index = i;
      String survey = Objects.requireNonNull(surveyIds.get(i), () -> "surveyIds[" + index + "]");
      if (!JourneyIds.isId(survey)) {
        throw new InvalidJourneyException("surveyIds[" + i + "]", JourneyIds.quote(survey),
            JourneyIds.ID_RULE);
      }
      if (surveyIds.subList(0, i).contains(survey)) {
        throw new InvalidJourneyException("surveyIds[" + i + "]", JourneyIds.quote(survey),
            "is listed twice; each survey is named once per touchpoint");
      }
    }
    surveyIds = List.copyOf(surveyIds);
  }

  /**
   * @param id the touchpoint's id
   * @param name its name
   * @param stageId its stage's id
   * @param channel its channel
   * @return a touchpoint where no survey is asked
   */
  public static Touchpoint of(String id, String name, String stageId, Channel channel) {
    return new Touchpoint(id, name, stageId, channel, List.of());
  }

  /**
   * @param surveyIds the ids of the surveys asked here
   * @return this touchpoint with those surveys
   */
  public Touchpoint withSurveys(String... surveyIds) {
    return new Touchpoint(id, name, stageId, channel,
        List.of(Objects.requireNonNull(surveyIds, "surveyIds")));
  }
}
