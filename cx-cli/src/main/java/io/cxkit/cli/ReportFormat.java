package io.cxkit.cli;

import io.cxkit.cli.report.CxReport;
import io.cxkit.cli.report.HtmlReport;
import io.cxkit.cli.report.JsonReport;
import io.cxkit.cli.report.TextReport;
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
      case TEXT -> TextReport.write(report, out);
      case JSON -> JsonReport.write(report, out);
      case HTML -> HtmlReport.write(report, out);
      default -> throw new AssertionError(this);
    }
    out.flush();
  }
}
