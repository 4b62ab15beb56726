package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.ReportRenderers;
import java.io.IOException;
import java.io.Writer;

/** How {@code cx report} writes the report: {@code --format text|json|html}. */
enum ReportFormat {
  /** Plain text tables for a terminal. */
  TEXT,
  /** JSON with the field names of cx-cli/REPORT-JSON.md. */
  JSON,
  /** One self-contained HTML file with SVG charts. */
  HTML;

  /**
   * @param report the report
   * @param out where it goes; not closed
   * @throws IOException from {@code out}
   */
  void write(CxReport report, Writer out) throws IOException {
    switch (this) {
      case TEXT -> ReportRenderers.text(report, out);
      case JSON -> ReportRenderers.json(report, out);
      case HTML -> ReportRenderers.html(report, out);
      default -> throw new AssertionError(this);
    }
    out.flush();
  }
}
