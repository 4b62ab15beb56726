package io.cxkit.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The named variants of the Customer Effort Score: which question was asked, on which scale, which
 * answers are favourable and in which direction the scale runs. The default is {@link #CES_2_0}.
 *
 * <p>Each variant has a stable {@linkplain #id() id} used in serial forms; ids and tags never
 * change meaning, whatever the order of the constants.
 */
public enum CesVariant {

  /**
   * CES 2.0: agreement with "The company made it easy for me to handle my issue" on 1..7 (strongly
   * disagree .. strongly agree); higher is easier; favourable = agree, 5–7. Source: M. Dixon,
   * N. Toman, R. DeLisi, "The Effortless Experience" (Portfolio, 2013), the CEB's revision of CES.
   */
  CES_2_0(1, "ces-2.0", RatingScale.CES, new ScoreBand(5, 7), true, "agree"),

  /**
   * The same agreement statement on a 5-point scale, 1..5 (strongly disagree .. strongly agree);
   * higher is easier; favourable = agree, 4–5: the top two boxes, as on the 7-point scale the top
   * three are the three "agree" answers. The 5-point form is what many survey tools offer; cxkit
   * names it so that its numbers are never mixed with 7-point ones.
   */
  AGREEMENT_5(2, "agreement-5", RatingScale.of(1, 5), new ScoreBand(4, 5), true, "agree"),

  /**
   * CES 1.0: "How much effort did you personally have to put forth to handle your request?" on
   * 1..5 (very low .. very high effort); <em>lower</em> is easier; favourable = low effort, 1–2.
   * Source: M. Dixon, K. Freeman, N. Toman, "Stop Trying to Delight Your Customers", Harvard
   * Business Review, July–August 2010.
   */
  EFFORT_1_0(3, "effort-1.0", RatingScale.of(1, 5), new ScoreBand(1, 2), false, "low effort");

  private final int tag;
  private final String id;
  private final RatingScale scale;
  private final ScoreBand favourableBand;
  private final boolean higherIsEasier;
  private final String favourableLabel;

  CesVariant(int tag, String id, RatingScale scale, ScoreBand favourableBand, boolean higherIsEasier,
      String favourableLabel) {
    this.tag = tag;
    this.id = id;
    this.scale = scale;
    this.favourableBand = favourableBand;
    this.higherIsEasier = higherIsEasier;
    this.favourableLabel = favourableLabel;
  }

  /** @return the stable id used in JSON: {@code ces-2.0}, {@code agreement-5} or {@code effort-1.0} */
  public String id() {
    return id;
  }

  /** @return the answer scale: 1..7 for CES 2.0, 1..5 for the others */
  public RatingScale scale() {
    return scale;
  }

  /** @return the lowest favourable score: 5 for CES 2.0, 4 for the 5-point agreement, 1 for effort */
  public int favourableLowest() {
    return favourableBand.lowest();
  }

  /** @return the highest favourable score: 7 for CES 2.0, 5 for the 5-point agreement, 2 for effort */
  public int favourableHighest() {
    return favourableBand.highest();
  }

  /**
   * @return {@code true} for the agreement variants (a higher score means an easier experience),
   *     {@code false} for {@link #EFFORT_1_0} (a higher score means more effort)
   */
  public boolean higherIsEasier() {
    return higherIsEasier;
  }

  /** @return what a favourable answer means, for reports: {@code "agree"} or {@code "low effort"} */
  public String favourableLabel() {
    return favourableLabel;
  }

  /**
   * @param score an answer
   * @return whether the answer is favourable (agrees, or reports low effort)
   * @throws ScoreOutOfScaleException if the answer is not on this variant's scale
   */
  public boolean isFavourable(int score) {
    return favourableBand.contains(scale.requireOnScale("score", score));
  }

  /**
   * @param id a variant id, as returned by {@link #id()}
   * @return the variant with that id
   * @throws InvalidValueException if there is none
   */
  public static CesVariant ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (CesVariant variant : values()) {
      if (variant.id.equals(id)) {
        return variant;
      }
    }
    throw new InvalidValueException("variant", "\"" + id + "\"", "must be one of " + knownIds());
  }

  private static String knownIds() {
    StringBuilder ids = new StringBuilder();
    for (CesVariant variant : values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append('"').append(variant.id).append('"');
    }
    return ids.toString();
  }

  /** @return the band of favourable scores */
  ScoreBand favourableBand() {
    return favourableBand;
  }

  /** @return the tag byte of the binary serial form */
  int tag() {
    return tag;
  }

  /**
   * @param tag a tag byte
   * @return the variant with that tag, or {@code null} if there is none
   */
  static @Nullable CesVariant ofTag(int tag) {
    for (CesVariant variant : values()) {
      if (variant.tag == tag) {
        return variant;
      }
    }
    return null;
  }

  /** @return the known tags and ids, e.g. {@code 1 (ces-2.0), 2 (agreement-5), 3 (effort-1.0)} */
  static String knownTags() {
    StringBuilder tags = new StringBuilder();
    for (CesVariant variant : values()) {
      tags.append(tags.length() == 0 ? "" : ", ").append(variant.tag).append(" (").append(variant.id).append(')');
    }
    return tags.toString();
  }
}
