package io.cxkit.journey.cx;

import io.cxkit.journey.Stage;
import java.util.List;
import java.util.Objects;

/**
 * The headline CX figures of one stage: as {@link TouchpointCx}, from the responses asked at any
 * touchpoint of the stage.
 *
 * @param stage the stage
 * @param responses the responses of every survey asked in the stage
 * @param figures the figures; copied, unmodifiable
 */
public record StageCx(Stage stage, long responses, List<CxFigure> figures) {

  /** Checks and copies. */
  public StageCx {
    Objects.requireNonNull(stage, "stage");
    figures = List.copyOf(figures);
  }
}
