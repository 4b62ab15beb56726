package io.cxkit.journey.analysis;

/** Whose sequence of touchpoints makes one path. */
public enum PathUnit {
  /**
   * One path per session: events that carry a session id form the path of that session (session
   * ids are taken as unique across customers, as analytics exports give them); a customer's events
   * without a session id form one path of that customer.
   */
  SESSION,
  /** One path per customer, across sessions. */
  CUSTOMER
}
