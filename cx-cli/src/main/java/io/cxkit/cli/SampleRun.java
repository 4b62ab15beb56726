package io.cxkit.cli;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleFiles;
import io.cxkit.sample.SampleFormat;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Response;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the sample shop's files for {@code cx sample} and {@code cx demo}, with a progress bar
 * whose percent is the share of the sample's months simulated so far (events come in time order).
 */
final class SampleRun {
  private SampleRun() {}

  /**
   * @param sample the sample
   * @param directory where to write; as given, for messages
   * @param format JSON Lines or CSV
   * @param progress the progress bar
   * @return the files written
   * @throws CliException exit code 3 when a file cannot be written
   */
  static SampleFiles write(ShopSample sample, String directory, SampleFormat format,
      Progress progress) {
    Path dir = Outputs.path(directory);
    long start = sample.startInstant().getEpochSecond();
    long span = sample.end().getEpochSecond() - start;
    long[] simulated = {0};
    Progress.Task task = progress.start("sample shop " + sample.customers() + " customers",
        () -> simulated[0], span);
    SampleFiles files;
    try {
      files = sample.writeTo(dir, format, new SampleSink() {
        @Override
        public void profile(CustomerProfile profile) {
          task.advance();
        }

        @Override
        public void event(JourneyEvent event) {
          simulated[0] = Math.max(simulated[0], event.at().getEpochSecond() - start);
          task.advance();
        }

        @Override
        public void response(Response response) {
          task.advance();
        }
      });
    } catch (UncheckedIOException e) {
      task.abandon();
      throw Outputs.cannotWrite(directory, e.getCause());
    }
    task.finish();
    return files;
  }

  /**
   * Prints what was written: the manifest, then each record file with its count.
   *
   * @param out where to print
   * @param files the files written
   */
  static void print(PrintWriter out, SampleFiles files) {
    out.println("wrote " + files.manifest());
    out.println(String.format(java.util.Locale.ROOT, "  %-28s %9d  %s", "profiles",
        files.profileCount(), files.profiles()));
    out.println(String.format(java.util.Locale.ROOT, "  %-28s %9d  %s", "events",
        files.eventCount(), files.events()));
    for (Map.Entry<String, Path> e : files.responses().entrySet()) {
      out.println(String.format(java.util.Locale.ROOT, "  %-28s %9d  %s",
          "responses " + e.getKey(), files.responseCounts().getOrDefault(e.getKey(), 0L),
          e.getValue()));
    }
  }
}
