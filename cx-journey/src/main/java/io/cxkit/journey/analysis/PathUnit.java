package io.cxkit.journey.analysis;

/** Whose sequence of touchpoints makes one path. */
public enum PathUnit {
  /**
   * One path per session: a customer's consecutive events with the same session id form the path of
   * that session; a customer's events without a session id form one path of that customer, beside
   * its sessions (they neither end nor interrupt a session's path). Session ids need only be
   * unique within a customer.
   *
   * <p>A customer's sessions are taken not to interleave, as analytics exports give them (a session
   * ends before the visitor's next begins): when a customer's event carries another session id than
   * its previous sessioned event, that session's path is finished and a new one starts. A session
   * seen again after another one therefore starts a new path and counts as one more unit: events
   * of sessions s1, s2, s1 make three paths. This keeps the state per customer, not per session.
   */
  SESSION,
  /** One path per customer, across sessions. */
  CUSTOMER
}
