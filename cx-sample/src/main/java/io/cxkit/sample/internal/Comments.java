package io.cxkit.sample.internal;

/** PLACEHOLDER: the comment bank (written by the content part). */
public final class Comments {
  /** What a comment is about. */
  public enum Topic { DELIVERY_FAST, DELIVERY_LATE, PRICE_GOOD, PRICE_HIGH, DELIVERY_COST,
    QUALITY_GOOD, QUALITY_BAD, SUPPORT_HELPFUL, SUPPORT_SLOW, DELIVERY_DATE_MISSING,
    PRODUCT_INFO_MISSING, POSTCODE_REJECTED, PAYMENT_FAILED, EASY_CHECKOUT, COULD_NOT_FIND }

  private Comments() {}

  /**
   * @param topic t
   * @param language l
   * @param draw d
   * @return c
   */
  public static String pick(Topic topic, String language, long draw) {
    return topic.name().toLowerCase(java.util.Locale.ROOT) + " " + language;
  }
}
