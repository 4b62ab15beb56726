package io.cxkit.core;

import java.util.Objects;

/**
 * The definitions of the Net Promoter Score that cxkit computes: the likelihood-to-recommend scale
 * and where it is cut into detractors, passives and promoters. {@link #STANDARD} is Reichheld's
 * definition and the only default; other variants exist for survey tools that ask on another scale.
 *
 * <p>An {@link Nps} remembers its variant, and scores of two variants never merge: the same share of
 * promoters means something else on a scale that starts at 1.
 */
public enum NpsVariant {

  /**
   * Reichheld's Net Promoter Score on the 0..10 scale: promoters 9–10, passives 7–8, detractors 0–6
   * (F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review, December 2003).
   */
  STANDARD(0, "standard", RatingScale.NPS),

  /**
   * The 1..10 scale of tools whose likelihood-to-recommend question starts at 1: promoters 9–10,
   * passives 7–8, detractors 1–6.
   */
  ONE_TO_TEN(1, "one-to-ten", RatingScale.ONE_TO_TEN);

  private static final int LOWEST_PASSIVE = 7;
  private static final int LOWEST_PROMOTER = 9;

  private final int tag;
  private final String id;
  private final RatingScale scale;

  NpsVariant(int tag, String id, RatingScale scale) {
    this.tag = tag;
    this.id = id;
    this.scale = scale;
  }

  /** @return the scale that scores of this variant lie on, such as 0..10 */
  public RatingScale scale() {
    return scale;
  }

  /** @return the lowest score of a detractor: the scale's minimum (0 or 1) */
  public int lowestDetractorScore() {
    return scale.min();
  }

  /** @return the highest score of a detractor, 6 */
  public int highestDetractorScore() {
    return LOWEST_PASSIVE - 1;
  }

  /** @return the lowest score of a passive, 7 (passives score 7–8) */
  public int lowestPassiveScore() {
    return LOWEST_PASSIVE;
  }

  /** @return the lowest score of a promoter, 9 (promoters score 9–10) */
  public int lowestPromoterScore() {
    return LOWEST_PROMOTER;
  }

  /**
   * The byte that stands for this variant in the binary serial form; part of the format, never
   * renumbered.
   *
   * @return the tag
   */
  int tag() {
    return tag;
  }

  /** @return the variant's stable id, used in JSON: {@code standard} or {@code one-to-ten} */
  public String id() {
    return id;
  }

  /**
   * The variant whose scale is {@code scale}.
   *
   * @param scale a scale: 0..10 or 1..10
   * @return {@link #STANDARD} for 0..10, {@link #ONE_TO_TEN} for 1..10
   * @throws InvalidValueException for any other scale, naming it
   */
  public static NpsVariant forScale(RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    for (NpsVariant variant : values()) {
      if (variant.scale.equals(scale)) {
        return variant;
      }
    }
    throw new InvalidValueException("scale", scale, "an NPS needs scale 0..10 (STANDARD) or 1..10 "
        + "(ONE_TO_TEN); for another scale, map the scores onto one of these first");
  }

  /**
   * @param tag a tag byte from the binary serial form
   * @return the variant with that tag
   * @throws InvalidValueException if no variant has that tag
   */
  static NpsVariant ofTag(int tag) {
    for (NpsVariant variant : values()) {
      if (variant.tag == tag) {
        return variant;
      }
    }
    throw new InvalidValueException("variant", tag, "must be 0 (standard) or 1 (one-to-ten)");
  }

  /**
   * @param id a variant id, as {@link #id()} gives it
   * @return the variant with that id
   * @throws InvalidValueException if no variant has that id
   */
  public static NpsVariant ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (NpsVariant variant : values()) {
      if (variant.id.equals(id)) {
        return variant;
      }
    }
    throw new InvalidValueException("variant", "\"" + id + "\"",
        "must be \"standard\" or \"one-to-ten\"");
  }
}
