package io.cxkit.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --progress} / {@code --no-progress}: whether long reads and writes draw a bar. */
final class ProgressMixin {
  @Option(names = "--progress", negatable = true,
      description = "Draw a progress bar on stderr (default: only when attached to a terminal).")
  @Nullable Boolean progress;

  /**
   * @param context the command's context
   * @return a drawing progress when asked or on a terminal, else one that prints nothing
   */
  Progress progress(CliContext context) {
    boolean on = progress != null ? progress : context.terminal();
    return on ? new Progress(true, context.err(), context.nanoClock()) : Progress.off();
  }
}
