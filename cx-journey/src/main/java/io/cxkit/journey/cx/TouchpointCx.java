package io.cxkit.journey.cx;

import io.cxkit.journey.Stage;
import io.cxkit.journey.Touchpoint;
import java.util.List;
import java.util.Objects;

/**
 * The headline CX figures at one touchpoint: for each survey, in the definition's order, and each
 * of its NPS, CSAT, CES and goal completion questions, the estimate from the responses asked there.
 *
 * @param touchpoint the touchpoint
 * @param stage its stage
 * @param responses the responses of every survey asked there
 * @param figures the figures; copied, unmodifiable
 */
public record TouchpointCx(Touchpoint touchpoint, Stage stage, long responses,
    List<CxFigure> figures) {

  /** Checks and copies. */
  public TouchpointCx {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(stage, "stage");
    figures = List.copyOf(figures);
  }
}
