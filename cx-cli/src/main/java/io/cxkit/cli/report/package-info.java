/**
 * The CX report behind {@code cx report}: its model ({@link io.cxkit.cli.report.CxReport}), how it
 * is made from profiles, events and responses ({@link io.cxkit.cli.report.ReportBuilder}), and its
 * renderings as text, JSON and self-contained HTML with SVG charts.
 */
@NullMarked
package io.cxkit.cli.report;

import org.jspecify.annotations.NullMarked;
