package io.cxkit.survey;

import io.cxkit.survey.internal.Ids;

/**
 * The channel through which a customer meets the company: where a survey is delivered and where a
 * journey touchpoint happens. Mobile touchpoints count as much as desktop ones, so mobile web and
 * apps are channels of their own. Each channel has a stable {@linkplain #id() id} for JSON.
 */
public enum Channel {
  /** The website on a desktop browser; id {@code web}. */
  WEB("web"),
  /** The website on a phone's browser; id {@code mobile-web}. */
  MOBILE_WEB("mobile-web"),
  /** A mobile or desktop app; id {@code app}. */
  APP("app"),
  /** E-mail; id {@code email}. */
  EMAIL("email"),
  /** Text messages; id {@code sms}. */
  SMS("sms"),
  /** A phone call; id {@code phone}. */
  PHONE("phone"),
  /** A chat, with a person or a bot; id {@code chat}. */
  CHAT("chat"),
  /** A physical store; id {@code store}. */
  STORE("store"),
  /** Social media; id {@code social}. */
  SOCIAL("social"),
  /** An external review site; id {@code review-site}. */
  REVIEW_SITE("review-site");

  private final String id;

  Channel(String id) {
    this.id = id;
  }

  /** @return the stable id used in JSON, such as {@code mobile-web} */
  public String id() {
    return id;
  }

  /**
   * @param id a channel's id, as {@link #id()} gives it
   * @return the channel with that id
   * @throws io.cxkit.core.InvalidValueException naming the valid ids if no channel has that id
   */
  public static Channel ofId(String id) {
    return Ids.ofId("channel", id, values(), Channel::id);
  }
}
