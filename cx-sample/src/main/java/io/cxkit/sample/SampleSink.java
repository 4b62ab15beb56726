package io.cxkit.sample;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.Response;

/**
 * Receives a sample shop's records in one pass of {@link ShopSample#generate(SampleSink)}: each
 * customer's profile when the customer signs up (so in customer order), and the events and
 * responses each in time order. Every method does nothing unless overridden.
 */
public interface SampleSink {

  /** @param profile a customer's profile, in customer order */
  default void profile(CustomerProfile profile) {}

  /** @param event a journey event, no earlier than the event before it */
  default void event(JourneyEvent event) {}

  /** @param response a survey response, submitted no earlier than the response before it */
  default void response(Response response) {}
}
