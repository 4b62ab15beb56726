package io.cxkit.cli.report;

import java.io.IOException;
import java.io.Writer;

/**
 * SKELETON of the three renderings of a {@link CxReport}; the rendering part replaces this with
 * TextReport, JsonReport and HtmlReport classes.
 */
public final class ReportRenderers {
  private ReportRenderers() {}

  /** @param report the report @param out where the text goes @throws IOException from out */
  public static void text(CxReport report, Writer out) throws IOException {
    throw new IllegalStateException("skeleton");
  }

  /** @param report the report @param out where the JSON goes @throws IOException from out */
  public static void json(CxReport report, Writer out) throws IOException {
    throw new IllegalStateException("skeleton");
  }

  /** @param report the report @param out where the HTML goes @throws IOException from out */
  public static void html(CxReport report, Writer out) throws IOException {
    throw new IllegalStateException("skeleton");
  }
}
