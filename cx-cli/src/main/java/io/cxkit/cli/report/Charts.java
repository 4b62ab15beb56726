package io.cxkit.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The HTML report's charts, drawn by XChart and encoded as SVG by VectorGraphics2D, then made fit
 * to sit inline in a page: no XML declaration or DOCTYPE, every id inside prefixed with the
 * chart's own (so that two charts' clip paths never collide), coordinates rounded to 0.01 px
 * (XChart writes text as glyph outlines, and six decimals doubled the size). The same data gives
 * the same bytes: XChart's locale and zone are fixed, and the encoder's ids, which come from hash
 * codes, are replaced by counters.
 *
 * <p>Each method returns null when there is nothing to draw; the page then says so in words.
 */
final class Charts {

  static {
    // XChart draws with AWT, which must not look for a display on a server or in CI.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static final Color DETRACTOR = new Color(0xD1, 0x3C, 0x3C);
  static final Color PASSIVE = new Color(0xA0, 0xA4, 0xAB);
  static final Color PROMOTER = new Color(0x2E, 0x9E, 0x5B);
  private static final Color ACCENT = new Color(0x2B, 0x6C, 0xB0);
  private static final Color BAND = new Color(0x2B, 0x6C, 0xB0, 0x40);
  private static final Color INK = new Color(0x33, 0x3A, 0x44);
  private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
  private static final Color[] PALETTE = {ACCENT, new Color(0xE0, 0x7B, 0x22),
      new Color(0x2E, 0x9E, 0x5B), new Color(0x8E, 0x44, 0xAD), new Color(0xC0, 0x39, 0x2B),
      new Color(0x16, 0xA0, 0xA0), new Color(0x7F, 0x8C, 0x8D), new Color(0xB7, 0x95, 0x0B)};
  private static final Color[] HEAT = {new Color(0xF1, 0xF6, 0xFB), new Color(0xA9, 0xCC, 0xE8),
      new Color(0x5B, 0x9B, 0xD0)};

  /** Most bars a bar chart shows; the table beside it has them all. */
  static final int MAX_BARS = 15;

  private static final int WIDTH = 720;
  private static final int BAR = 44;
  private static final int LABEL = 30;
  private static final String FONT = Font.SANS_SERIF;

  private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?"
      + "(<!DOCTYPE[^>]*>\\s*)?");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
  private static final Pattern REF = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]*)");
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\w#.])-?\\d+\\.\\d{3,}");

  private Charts() {}

  /**
   * @param d an NPS question's answers
   * @param id the chart's element id
   * @return bars of answers per score 0–10, detractors red, passives grey, promoters green; null
   *     without answers
   */
  static @Nullable String npsDistribution(CxReport.NpsDistribution d, String id) {
    return inRootLocale(() -> drawNpsDistribution(d, id));
  }

  private static @Nullable String drawNpsDistribution(CxReport.NpsDistribution d, String id) {
    int scores = Math.min(11, d.counts().size());
    long total = 0;
    for (int i = 0; i < scores; i++) {
      total += d.counts().get(i);
    }
    if (total == 0) {
      return null;
    }
    CategoryChart chart = new CategoryChart(WIDTH, 300, Styler.ChartTheme.XChart);
    style(chart.getStyler());
    chart.getStyler().setOverlapped(true).setAvailableSpaceFill(0.8)
        .setLegendPosition(Styler.LegendPosition.InsideNW)
        .setSeriesColors(new Color[] {DETRACTOR, PASSIVE, PROMOTER});
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    // A label under every score (XChart drops labels closer than the spacing hint).
    chart.getStyler().setXAxisTickMarkSpacingHint(20);
    chart.setXAxisTitle("score");
    chart.setYAxisTitle("answers");
    List<String> x = new ArrayList<>();
    for (int i = 0; i < scores; i++) {
      x.add(Integer.toString(i));
    }
    String[] names = {"detractors 0–6", "passives 7–8", "promoters 9–10"};
    Color[] colors = {DETRACTOR, PASSIVE, PROMOTER};
    for (int g = 0; g < 3; g++) {
      List<Long> y = new ArrayList<>();
      for (int i = 0; i < scores; i++) {
        y.add(group(i) == g ? d.counts().get(i) : 0L);
      }
      CategorySeries s = chart.addSeries(names[g], x, y);
      s.setFillColor(colors[g]);
    }
    return svg(chart, id);
  }

  /**
   * @param series a figure per period
   * @param id the chart's element id
   * @return the figure as a line over the periods with its 95 % interval as a band; null when no
   *     period has a value
   */
  static @Nullable String trend(CxReport.TrendSeries series, String id) {
    return inRootLocale(() -> drawTrend(series, id));
  }

  private static @Nullable String drawTrend(CxReport.TrendSeries series, String id) {
    List<CxReport.TrendPoint> points = series.points();
    boolean any = false;
    String unit = "";
    for (CxReport.TrendPoint p : points) {
      if (p.figure().value() != null && Double.isFinite(p.figure().value())) {
        any = true;
        unit = p.figure().unit();
      }
    }
    if (!any) {
      return null;
    }
    XYChart chart = new XYChart(WIDTH, 300, Styler.ChartTheme.XChart);
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS)
        .setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.setYAxisTitle(axisTitle(series.metric(), unit));
    List<String> labels = new ArrayList<>();
    for (CxReport.TrendPoint p : points) {
      labels.add(label(p.period()));
    }
    chart.getStyler().setXAxisTickLabelsFormattingFunction(v -> tick(labels, v));
    // Whole-number ends: XChart asks the label function for the ends first and draws a single
    // tick when both labels are equal, as they would be between two periods.
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(Math.max(1.0, points.size() - 1.0));
    // The interval as filled polygons, one per run of periods that have both ends.
    int band = 0;
    for (int i = 0; i < points.size(); ) {
      int j = i;
      while (j < points.size() && hasInterval(points.get(j).figure())) {
        j++;
      }
      if (j > i) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        // A period alone (the only one, or between periods without an interval) gets a band of
        // about 8 px each side: a polygon of no width is not drawn at all.
        double half = j == i + 1 ? isolatedBand(points.size()) : 0;
        for (int k = i; k < j; k++) {
          xs.add(k - half);
          ys.add(points.get(k).figure().high());
        }
        if (half > 0) {
          xs.add(i + half);
          ys.add(points.get(i).figure().high());
          xs.add(i + half);
          ys.add(points.get(i).figure().low());
        }
        for (int k = j - 1; k >= i; k--) {
          xs.add(k - half);
          ys.add(points.get(k).figure().low());
        }
        XYSeries s = chart.addSeries(band == 0 ? "95 % interval" : "95 % interval " + (band + 1),
            xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(BAND);
        // No outline: XChart would draw it as one invisible <line> per segment.
        s.setLineStyle(SeriesLines.NONE);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(band == 0);
        band++;
        i = j;
      } else {
        i++;
      }
    }
    List<Double> xs = new ArrayList<>();
    List<@Nullable Double> ys = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      Double v = points.get(k).figure().value();
      xs.add((double) k);
      ys.add(v != null && Double.isFinite(v) ? v : null);
    }
    XYSeries line = chart.addSeries(Formats.metricName(series.metric()), xs, ys);
    line.setLineColor(ACCENT);
    line.setMarkerColor(ACCENT);
    line.setMarker(SeriesMarkers.CIRCLE);
    line.setLineStyle(new BasicStroke(2f));
    return svg(chart, id);
  }

  /**
   * @param funnel the funnel
   * @param id the chart's element id
   * @return a bar of customers per step, the first step on top; null without steps
   */
  static @Nullable String funnel(CxReport.Funnel funnel, String id) {
    return inRootLocale(() -> drawFunnel(funnel, id));
  }

  private static @Nullable String drawFunnel(CxReport.Funnel funnel, String id) {
    if (funnel.steps().isEmpty()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<Long> reached = new ArrayList<>();
    for (CxReport.FunnelStep s : first(funnel.steps())) {
      labels.add(s.label());
      reached.add(s.reached());
    }
    return bars(labels, reached, "customers", "#,##0", ACCENT, id);
  }

  /**
   * @param exits the exit points
   * @param id the chart's element id
   * @return a bar of the share of exits per exit point, largest on top; null without exits
   */
  static @Nullable String exits(CxReport.Exits exits, String id) {
    return inRootLocale(() -> drawExits(exits, id));
  }

  private static @Nullable String drawExits(CxReport.Exits exits, String id) {
    List<String> labels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (CxReport.ExitPoint p : first(exits.points())) {
      Double v = p.share().value();
      labels.add(p.label());
      shares.add(v != null && Double.isFinite(v) ? v : 0.0);
    }
    if (labels.isEmpty()) {
      return null;
    }
    return bars(labels, shares, "% of exits", "0.#", DETRACTOR, id);
  }

  /**
   * @param retention the cohort matrix
   * @param id the chart's element id
   * @return a heat map of retention in percent, cohorts down (the first on top) and period offsets
   *     across; null when no cell has a value
   */
  static @Nullable String retention(CxReport.Retention retention, String id) {
    return inRootLocale(() -> drawRetention(retention, id));
  }

  private static @Nullable String drawRetention(CxReport.Retention retention, String id) {
    List<CxReport.Cohort> cohorts = retention.cohorts();
    int columns = retention.offsets().size();
    List<Number[]> cells = new ArrayList<>();
    for (int row = 0; row < cohorts.size(); row++) {
      List<@Nullable Double> rates = cohorts.get(row).rates();
      for (int col = 0; col < Math.min(columns, rates.size()); col++) {
        Double v = rates.get(col);
        if (v != null && Double.isFinite(v)) {
          // XChart counts rows from the bottom: the first cohort gets the top row.
          cells.add(new Number[] {col, cohorts.size() - 1 - row, v});
        }
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    List<String> x = new ArrayList<>();
    for (Integer o : retention.offsets()) {
      x.add("+" + o);
    }
    List<String> y = new ArrayList<>();
    for (int row = cohorts.size() - 1; row >= 0; row--) {
      y.add(label(cohorts.get(row).start()));
    }
    HeatMapChart chart = new HeatMapChart(WIDTH, Math.max(220, 90 + 28 * cohorts.size()),
        Styler.ChartTheme.XChart);
    style(chart.getStyler());
    chart.getStyler().setShowValue(true).setValueFont(new Font(FONT, Font.PLAIN, 11))
        .setValueFontColor(INK).setRangeColors(HEAT).setMin(0).setMax(heatTop(retention))
        .setHeatMapValueDecimalPattern("0")
        .setGradientColorColumnHeight(Math.max(120, 28 * cohorts.size()))
        .setDrawBorder(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setPlotGridLinesVisible(false);
    // Every cohort and offset gets its label (XChart drops labels closer than the hints).
    chart.getStyler().setXAxisTickMarkSpacingHint(5).setYAxisTickMarkSpacingHint(5);
    chart.setXAxisTitle("periods after the first");
    chart.setYAxisTitle("cohort");
    chart.addSeries("retention %", unique(x), unique(y), cells);
    return svg(chart, id);
  }

  /**
   * The top of the retention colour scale: the largest cell after the first period, rounded up to
   * ten, so that retention of 5 to 20 % is not all one pale colour; the first period's 100 % (a
   * cohort's own period) and anything above the top take the darkest colour.
   *
   * @param retention the cohort matrix
   * @return 10 to 100, in percent
   */
  static double heatTop(CxReport.Retention retention) {
    double top = 0;
    double all = 0;
    for (CxReport.Cohort c : retention.cohorts()) {
      for (int i = 0; i < Math.min(c.rates().size(), retention.offsets().size()); i++) {
        Double v = c.rates().get(i);
        if (v != null && Double.isFinite(v)) {
          all = Math.max(all, v);
          if (retention.offsets().get(i) != 0) {
            top = Math.max(top, v);
          }
        }
      }
    }
    double max = top > 0 ? top : all;
    return Math.min(100, Math.max(10, Math.ceil(max / 10) * 10));
  }

  /**
   * A key of a chart's legend, which the page draws below the chart in rows that wrap: XChart
   * lays its legend out in one line, and a line of nine curve names is wider than the chart, so
   * its ends were cut off.
   *
   * @param label what the key names, such as a group
   * @param color its colour as CSS, {@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}
   * @param band true for a filled area (an interval), false for a line
   */
  record Key(String label, String color, boolean band) {}

  /** Most group curves the survival chart draws: one per colour, the largest groups. */
  static final int MAX_CURVES = PALETTE.length;

  private static final Color SURVIVAL_BAND = new Color(0x33, 0x3A, 0x44, 0x30);
  private static final String ALL_CUSTOMERS = "all customers";
  private static final String INTERVAL = "95 % interval";

  /** A curve of the survival chart: its name, colour and width, and its steps. */
  private record Curve(String name, Color color, float width,
      List<CxReport.SurvivalPoint> points) {}

  /**
   * @param lifetimes the Kaplan–Meier curves
   * @param id the chart's element id
   * @return the share still active over days as steps, with the overall curve's interval as a
   *     band and the own curves of the {@value #MAX_CURVES} largest groups; no legend inside (the
   *     page draws {@link #survivalKeys}); null without a curve
   */
  static @Nullable String survival(CxReport.Lifetimes lifetimes, String id) {
    return inRootLocale(() -> drawSurvival(lifetimes, id));
  }

  /**
   * @param lifetimes the Kaplan–Meier curves
   * @return the legend of {@link #survival}: the band, if drawn, then every curve in drawing
   *     order with its colour; empty when there is no chart
   */
  static List<Key> survivalKeys(CxReport.Lifetimes lifetimes) {
    List<Key> keys = new ArrayList<>();
    if (lifetimes.curve().isEmpty()) {
      return keys;
    }
    if (bandPolygon(lifetimes.curve()) != null) {
      keys.add(new Key(INTERVAL, css(SURVIVAL_BAND), true));
    }
    for (Curve c : survivalCurves(lifetimes)) {
      keys.add(new Key(c.name(), css(c.color()), false));
    }
    return keys;
  }

  private static @Nullable String drawSurvival(CxReport.Lifetimes lifetimes, String id) {
    if (lifetimes.curve().isEmpty()) {
      return null;
    }
    XYChart chart = new XYChart(WIDTH, 320, Styler.ChartTheme.XChart);
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setXAxisMin(0.0);
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.setXAxisTitle("days since the first activity");
    chart.setYAxisTitle("% still active");
    List<List<Double>> band = bandPolygon(lifetimes.curve());
    if (band != null) {
      XYSeries s = chart.addSeries(INTERVAL, band.get(0), band.get(1));
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      s.setFillColor(SURVIVAL_BAND);
      s.setLineStyle(SeriesLines.NONE);
      s.setMarker(SeriesMarkers.NONE);
    }
    // The groups first and all customers last, on top: every curve starts at 100 % and drops at
    // day 0 (a customer with one purchase lives 0 days), and that drop is the overall curve's.
    List<Curve> curves = survivalCurves(lifetimes);
    List<Curve> drawing = new ArrayList<>(curves.subList(1, curves.size()));
    drawing.add(curves.get(0));
    for (Curve c : drawing) {
      XYSeries s = steps(chart, c.name(), c.points());
      s.setLineColor(c.color()).setLineStyle(new BasicStroke(c.width()));
    }
    return svg(chart, id);
  }

  /**
   * The curves in the legend's order: all customers, then the groups' own curves, largest group
   * first as the report lists them, at most {@value #MAX_CURVES} so that no two share a colour;
   * names made fit for a label and distinct.
   */
  private static List<Curve> survivalCurves(CxReport.Lifetimes lifetimes) {
    List<Curve> curves = new ArrayList<>();
    curves.add(new Curve(ALL_CUSTOMERS, INK, 2.5f, lifetimes.curve()));
    Set<String> names = new HashSet<>(List.of(ALL_CUSTOMERS, INTERVAL));
    for (CxReport.LifetimeGroup g : lifetimes.groups()) {
      if (g.curve().isEmpty()) {
        continue;
      }
      if (curves.size() > MAX_CURVES) {
        break;
      }
      String name = label(g.group());
      for (int k = 2; !names.add(name); k++) {
        name = label(g.group()) + " (" + k + ")";
      }
      curves.add(new Curve(name, PALETTE[curves.size() - 1], 1.5f, g.curve()));
    }
    return curves;
  }

  /** @return a colour as CSS: {@code rgb(r, g, b)}, or {@code rgba(r, g, b, a)} when translucent */
  static String css(Color c) {
    if (c.getAlpha() == 255) {
      return "rgb(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ")";
    }
    return "rgba(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ", "
        + new BigDecimal(c.getAlpha() / 255.0).setScale(2, RoundingMode.HALF_UP).toPlainString()
        + ")";
  }

  // ---- the SVG made fit for a page ----

  /**
   * @param svg a standalone SVG document as VectorGraphics2D writes it
   * @param id the chart's element id: every id inside becomes {@code id-1}, {@code id-2}, …
   * @return the {@code <svg>} element alone, with its ids and references renamed, coordinates
   *     rounded to two decimals, and {@code role="img"} labelled by {@code id-caption}
   */
  static String inline(String svg, String id) {
    String s = PROLOG.matcher(svg).replaceFirst("");
    Map<String, String> ids = new LinkedHashMap<>();
    Matcher m = ID.matcher(s);
    while (m.find()) {
      ids.putIfAbsent(m.group(1), id + "-" + (ids.size() + 1));
    }
    StringBuilder sb = new StringBuilder(s.length());
    m = REF.matcher(s);
    while (m.find()) {
      String to = ids.get(m.group(2));
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)
          + (to != null ? to : m.group(2))));
    }
    m.appendTail(sb);
    s = sb.toString();
    sb = new StringBuilder(s.length());
    m = DECIMAL.matcher(s);
    while (m.find()) {
      BigDecimal d = new BigDecimal(m.group()).setScale(2, RoundingMode.HALF_UP)
          .stripTrailingZeros();
      String r = d.signum() == 0 ? "0" : d.toPlainString();
      m.appendReplacement(sb, r);
    }
    m.appendTail(sb);
    s = sb.toString().trim();
    if (!s.startsWith("<svg ")) {
      throw new IllegalStateException("the SVG encoder wrote something else than an <svg> root");
    }
    return "<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"" + id + "-caption\" "
        + s.substring(5);
  }

  /**
   * Builds and encodes a chart with ROOT as the JVM's default format locale. XChart's heat map
   * makes its value format with {@code new DecimalFormat(pattern)} when the chart is built, in the
   * default format locale (Arabic-Indic digits under {@code ar-EG}), which the styler's locale
   * does not reach. Charts are therefore made one at a time, and the locale is restored after.
   */
  private static synchronized @Nullable String inRootLocale(Supplier<@Nullable String> draw) {
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
      return draw.get();
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  // XChart 4.0.3 marks the stream form deprecated without a replacement; the file form would
  // need a temporary file for every chart.
  @SuppressWarnings("deprecation")
  private static String svg(Chart<?, ?> chart, String id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out,
          VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart " + id + " as SVG", e);
    }
    return inline(out.toString(StandardCharsets.UTF_8), id);
  }

  // ---- styling and data helpers ----

  private static void style(Styler styler) {
    styler.setLocale(Locale.ROOT);
    styler.setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
        .setPlotBorderVisible(false).setChartTitleVisible(false).setChartPadding(8)
        .setChartFontColor(INK).setLegendBorderColor(Color.WHITE)
        .setLegendFont(new Font(FONT, Font.PLAIN, 12))
        .setBaseFont(new Font(FONT, Font.PLAIN, 12));
    if (styler instanceof AxesChartStyler) {
      AxesChartStyler a = (AxesChartStyler) styler;
      a.setTimezone(TimeZone.getTimeZone("UTC"));
      a.setAxisTitleFont(new Font(FONT, Font.PLAIN, 12))
          .setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11))
          .setAxisTickLabelsColor(INK).setAxisTickMarksColor(GRID)
          .setPlotGridLinesColor(GRID).setPlotGridVerticalLinesVisible(false)
          .setPlotGridLinesStroke(new BasicStroke(1f)).setAxisTicksLineVisible(false)
          .setPlotMargin(4);
    }
  }

  private static String bars(List<String> labels, List<? extends Number> values, String axis,
      String pattern, Color color, String id) {
    List<String> y = unique(labels);
    List<Number> x = new ArrayList<>(values);
    HorizontalBarChart chart = new HorizontalBarChart(WIDTH, 70 + BAR * Math.max(3, y.size()),
        Styler.ChartTheme.XChart);
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setAvailableSpaceFill(0.7)
        .setLabelsVisible(true).setLabelsFontColor(INK)
        .setLabelsFont(new Font(FONT, Font.PLAIN, 11))
        .setSeriesColors(new Color[] {color});
    // Every bar gets its label: XChart drops category labels closer than the spacing hint (of
    // the X axis, even though a horizontal bar chart has its categories across Y), and the same
    // hint spaces the value ticks, so it is a little under a bar's height.
    chart.getStyler().setXAxisTickMarkSpacingHint(BAR - 4);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false)
        .setPlotGridVerticalLinesVisible(true).setXAxisMin(0.0)
        .setXAxisDecimalPattern(pattern).setDecimalPattern(pattern);
    chart.setXAxisTitle(axis);
    HorizontalBarSeries s = chart.addSeries(axis, x, y);
    s.setFillColor(color);
    return svg(chart, id);
  }

  private static XYSeries steps(XYChart chart, String name, List<CxReport.SurvivalPoint> curve) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double last = 100;
    xs.add(0.0);
    ys.add(last);
    for (CxReport.SurvivalPoint p : curve) {
      double y = 100 * p.survival();
      if (!Double.isFinite(p.days()) || !Double.isFinite(y)) {
        continue;
      }
      xs.add(p.days());
      ys.add(last);
      xs.add(p.days());
      ys.add(y);
      last = y;
    }
    XYSeries s = chart.addSeries(name, xs, ys);
    s.setMarker(SeriesMarkers.NONE);
    return s;
  }

  /**
   * @return the overall curve's 95 % interval as a polygon, its x and its y values (each step's
   *     ends held until the next step), or null when it would have no width: no point with an
   *     interval, or all at one time (a band of 0 days that the legend would name in vain)
   */
  private static @Nullable List<List<Double>> bandPolygon(List<CxReport.SurvivalPoint> curve) {
    List<Double> xs = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    for (int i = 0; i < curve.size(); i++) {
      CxReport.SurvivalPoint p = curve.get(i);
      if (p.low() == null || p.high() == null || !Double.isFinite(p.low())
          || !Double.isFinite(p.high()) || !Double.isFinite(p.days())) {
        continue;
      }
      // A step holds until the next step's time (or its own, for the last).
      double end = i + 1 < curve.size() && Double.isFinite(curve.get(i + 1).days())
          ? curve.get(i + 1).days() : p.days();
      xs.add(p.days());
      xs.add(end);
      hi.add(100 * p.high());
      hi.add(100 * p.high());
      lo.add(100 * p.low());
      lo.add(100 * p.low());
    }
    if (xs.isEmpty() || !(xs.get(xs.size() - 1) > xs.get(0))) {
      return null;
    }
    List<Double> px = new ArrayList<>(xs);
    List<Double> py = new ArrayList<>(hi);
    for (int i = xs.size() - 1; i >= 0; i--) {
      px.add(xs.get(i));
      py.add(lo.get(i));
    }
    return List.of(px, py);
  }

  private static <T> List<T> first(List<T> items) {
    return items.size() <= MAX_BARS ? items : items.subList(0, MAX_BARS);
  }

  /**
   * @param periods the periods of a trend chart, at least 1
   * @return half the width, in periods, of the band of a period that stands alone: about 8 px of
   *     the chart's some 650 px of plot, and at most 0.3 periods, so that it never reaches the
   *     next period's
   */
  static double isolatedBand(int periods) {
    double pixelsPerPeriod = 650.0 / Math.max(1, periods - 1);
    return Math.min(0.3, 8 / pixelsPerPeriod);
  }

  private static boolean hasInterval(CxReport.Figure f) {
    return f.low() != null && f.high() != null && Double.isFinite(f.low())
        && Double.isFinite(f.high());
  }

  private static int group(int score) {
    return score <= 6 ? 0 : score <= 8 ? 1 : 2;
  }

  private static String tick(List<String> labels, double v) {
    long r = Math.round(v);
    return Math.abs(v - r) < 1e-6 && r >= 0 && r < labels.size() ? labels.get((int) r) : " ";
  }

  private static String axisTitle(String metric, String unit) {
    switch (unit) {
      case "points":
        return Formats.metricName(metric) + " (points)";
      case "percent":
        return Formats.metricName(metric) + " (%)";
      default:
        return Formats.metricName(metric);
    }
  }

  /**
   * @param s text from the data
   * @return it fit for a chart label: one line, at most {@value #LABEL} characters, never empty
   *     (XChart cannot lay out an empty string)
   */
  static String label(String s) {
    String c = TextTable.clean(s).replace("\u200E", "").trim();
    if (c.isEmpty()) {
      return "(blank)";
    }
    if (c.codePointCount(0, c.length()) > LABEL) {
      c = c.substring(0, c.offsetByCodePoints(0, LABEL - 1)) + "…";
    }
    return c;
  }

  /** @return the labels made fit and distinct: a repeated one gets " (2)", " (3)"… */
  static List<String> unique(List<String> labels) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      String base = label(l);
      String name = base;
      for (int k = 2; !seen.add(name); k++) {
        name = base + " (" + k + ")";
      }
      out.add(name);
    }
    return out;
  }
}
