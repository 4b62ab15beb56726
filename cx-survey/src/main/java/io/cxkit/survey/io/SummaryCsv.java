package io.cxkit.survey.io;

import io.cxkit.core.Csat;
import io.cxkit.core.GoalCompletion;
import io.cxkit.core.InvalidValueException;
import io.cxkit.core.stats.Interval;
import io.cxkit.core.stats.MergeableEstimate;
import io.cxkit.core.stats.Percentage;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.summary.EstimateKey;
import io.cxkit.survey.summary.QuestionResult;
import io.cxkit.survey.summary.Rate;
import io.cxkit.survey.summary.SurveySummary;
import io.cxkit.survey.internal.io.CsvWriteEncoding;
import io.cxkit.survey.internal.io.CsvWriteNumbers;
import io.cxkit.survey.internal.io.CsvWriteTarget;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes survey summaries as CSV: a long table with one row per figure, for spreadsheets and
 * reports. Immutable and thread-safe; {@link #standard()} or {@link #builder()}.
 *
 * <pre>{@code
 * SummaryCsv csv = SummaryCsv.builder().options(CsvOptions.DEFAULT.withDelimiter(';')
 *     .withDecimalComma(true)).level(0.9).build();
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   csv.writeGroups("variant", summariesByVariant, out);
 * }
 * }</pre>
 *
 * <p><b>Columns</b> ({@link #COLUMNS}), after a first column named by the caller with the group's
 * name when {@linkplain #writeGroups groups} are written:
 *
 * <ul>
 *   <li>{@code question}: the question's id, blank for a figure of the whole survey;
 *   <li>{@code measure}: what the row holds — a count ({@link #SURVEY_COUNTS}, {@link
 *       #QUESTION_COUNTS}) or an estimate's name as {@link SurveySummary#estimates()} keys it
 *       ({@code survey-completion}, {@code answer-rate}, {@code nps}, {@code share:price});
 *   <li>{@code n}: an estimate's number of observations, over which it is computed;
 *   <li>{@code count}: a count row's count; for an estimate that is a share of {@code n} (a rate, a
 *       choice share, a CSAT's satisfied answers, a goal completion's "fully" answers) the count
 *       it is a share of; blank for others (an NPS, a mean);
 *   <li>{@code value}: the estimate on its scale (NPS on −100..100, rates and shares on 0..100,
 *       means on the answer scale);
 *   <li>{@code standard_error}: its standard error, on the same scale;
 *   <li>{@code ci_low}, {@code ci_high}: its confidence interval ({@link
 *       MergeableEstimate#confidenceInterval}: Wilson for rates and shares, the NPS's and the
 *       mean's own methods), on the same scale;
 *   <li>{@code ci_level}: the interval's confidence level, such as {@code 0.95};
 *   <li>{@code denominator}: what {@code n} counts — a {@link Rate}'s named denominator ({@code
 *       displays}, {@code starts}, {@code reached}) or {@value #ANSWERED} for what a question's
 *       type contributes, which is over the question's answers.
 * </ul>
 *
 * <p>A cell without a figure is blank: an estimate of no data has no value, no standard error and
 * no interval, and a t-interval from one answer has none — never {@code NaN}.
 *
 * <p><b>Rows</b>, for each summary: the survey's counts ({@code displays} only when given, then
 * {@code responses, starts, completions, partials, dismissals}) and its own estimates ({@code
 * survey-completion}, {@code dismissal}); then per question in the survey's order its counts
 * ({@code reached, answered, dropped-off}) and its estimates ({@code answer-rate}, {@code drop-off},
 * then its type's in their order).
 *
 * <p><b>Numbers</b> have ASCII digits whatever the locale, a minus sign, no exponent and no
 * grouping, and a decimal comma when the options say. By default a value is written with the
 * digits of {@link Double#toString(double)} (integral ones without {@code .0}), which read back as
 * the same double; with {@link Builder#decimals} it is rounded half away from zero to that many
 * decimals. Text cells — group names, the group column's name, measures and denominators — go
 * through {@link SpreadsheetSafe#neutralise}; numbers, negative ones included, do not.
 */
public final class SummaryCsv {
  /** The columns of every file, in order, after the group column when there is one. */
  public static final List<String> COLUMNS = List.of("question", "measure", "n", "count", "value",
      "standard_error", "ci_low", "ci_high", "ci_level", "denominator");

  /** The measures of the survey's count rows, in order; {@code displays} only when given. */
  public static final List<String> SURVEY_COUNTS =
      List.of("displays", "responses", "starts", "completions", "partials", "dismissals");

  /** The measures of each question's count rows, in order. */
  public static final List<String> QUESTION_COUNTS = List.of("reached", "answered", "dropped-off");

  /** The denominator of the estimates a question's type contributes: its answers. */
  public static final String ANSWERED = "answered";

  /** The confidence level of intervals unless set otherwise. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** The most decimals {@link Builder#decimals} takes. */
  public static final int MAX_DECIMALS = 17;

  private static final SummaryCsv STANDARD = builder().build();

  private final CsvOptions options;
  private final double level;
  private final int decimals;

  private SummaryCsv(CsvOptions options, double level, int decimals) {
    this.options = options;
    this.level = level;
    this.decimals = decimals;
  }

  /** @return a writer with {@link CsvOptions#DEFAULT}, 95% intervals and round-trip digits */
  public static SummaryCsv standard() {
    return STANDARD;
  }

  /** @return a builder with the defaults of {@link #standard()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return how files are written */
  public CsvOptions options() {
    return options;
  }

  /** @return the confidence level of the intervals, in (0, 1) */
  public double level() {
    return level;
  }

  /** @return the decimals values are rounded to, or empty for round-trip digits */
  public OptionalInt decimals() {
    return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
  }

  /**
   * @param summary a summary
   * @return the rows {@link #write} writes after the header, as text before quoting; unmodifiable,
   *     a blank cell empty
   */
  public List<List<String>> rows(SurveySummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<String[]> rows = new ArrayList<>();
    addRows(rows, null, summary);
    List<List<String>> out = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      out.add(Collections.unmodifiableList(Arrays.asList(row)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Writes one summary: the header {@link #COLUMNS} and its rows. Flushes {@code out}, and does not
   * close it.
   *
   * @param summary the summary
   * @param out where to write, encoding with the options' charset (cells are checked against it)
   * @throws InvalidValueException if a cell (a measure or denominator of a custom type) cannot be
   *     written in the charset; nothing is written then
   * @throws UncheckedIOException if writing fails
   */
  public void write(SurveySummary summary, Writer out) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = table(null, Map.of("", summary));
    write(rows, CsvWriteTarget.of("summary CSV", out, options, false));
  }

  /**
   * Writes one summary as {@link #write(SurveySummary, Writer)} does, encoding with the options'
   * charset (and a byte order mark when they say). Flushes {@code out}, and does not close it.
   *
   * @param summary the summary
   * @param out where to write
   * @throws InvalidValueException if a cell cannot be written in the charset; nothing is written
   * @throws UncheckedIOException if writing fails
   */
  public void write(SurveySummary summary, OutputStream out) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = table(null, Map.of("", summary));
    write(rows, CsvWriteTarget.of("summary CSV", out, options, false));
  }

  /**
   * Writes the summaries of groups (segments, A/B variants, periods) as one table: a first column
   * named {@code groupColumn} holds each row's group, then {@link #COLUMNS}; the groups follow the
   * map's order (use a {@link LinkedHashMap} or {@link java.util.TreeMap} to choose it). Flushes
   * {@code out}, and does not close it.
   *
   * @param groupColumn the first column's name, such as {@code variant} or {@code period}
   * @param groups the summary of each group by its name, all of one survey version
   * @param out where to write, encoding with the options' charset (cells are checked against it)
   * @throws InvalidValueException if the column name is blank or one of {@link #COLUMNS}, a group
   *     name is null, the summaries are of different surveys or versions, or a cell cannot be
   *     written in the charset; nothing is written then
   * @throws UncheckedIOException if writing fails
   */
  public void writeGroups(String groupColumn, Map<String, SurveySummary> groups, Writer out) {
    Objects.requireNonNull(groupColumn, "groupColumn");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = table(groupColumn, groups);
    write(rows, CsvWriteTarget.of("summary CSV", out, options, false));
  }

  /**
   * Writes the summaries of groups as {@link #writeGroups(String, Map, Writer)} does, encoding with
   * the options' charset (and a byte order mark when they say). Flushes {@code out}, and does not
   * close it.
   *
   * @param groupColumn the first column's name
   * @param groups the summary of each group by its name, all of one survey version
   * @param out where to write
   * @throws InvalidValueException as {@link #writeGroups(String, Map, Writer)} does
   * @throws UncheckedIOException if writing fails
   */
  public void writeGroups(String groupColumn, Map<String, SurveySummary> groups,
      OutputStream out) {
    Objects.requireNonNull(groupColumn, "groupColumn");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = table(groupColumn, groups);
    write(rows, CsvWriteTarget.of("summary CSV", out, options, false));
  }

  /**
   * @param groupColumn the name of the group column, or null for none
   * @return the header row {@link #write} (with null) or {@link #writeGroups} writes
   */
  public List<String> header(@Nullable String groupColumn) {
    if (groupColumn == null) {
      return COLUMNS;
    }
    List<String> header = new ArrayList<>(COLUMNS.size() + 1);
    header.add(SpreadsheetSafe.neutralise(groupColumn));
    header.addAll(COLUMNS);
    return Collections.unmodifiableList(header);
  }

  private static void checkGroups(String groupColumn, Map<String, SurveySummary> groups) {
    if (groupColumn.isBlank() || COLUMNS.contains(groupColumn)) {
      throw new InvalidValueException("groupColumn", Ids.quote(groupColumn),
          "must be a non-blank name other than the columns " + COLUMNS);
    }
    Ids.requireWellFormed("groupColumn", groupColumn);
    SurveySummary first = null;
    for (Map.Entry<String, SurveySummary> entry : groups.entrySet()) {
      String name = entry.getKey();
      if (name == null) {
        throw new InvalidValueException("groups", null,
            "a group must have a name; name the group of responses without one, such as (none)");
      }
      Ids.requireWellFormed("groups[" + Ids.quote(name) + "]", name);
      SurveySummary summary = Objects.requireNonNull(entry.getValue(),
          () -> "groups[" + Ids.quote(name) + "]");
      if (first == null) {
        first = summary;
      } else if (!first.survey().id().equals(summary.survey().id())
          || first.survey().version() != summary.survey().version()) {
        throw new InvalidValueException("groups[" + Ids.quote(name) + "].survey",
            Ids.quote(summary.survey().id()) + " version " + summary.survey().version(),
            "must be survey " + Ids.quote(first.survey().id()) + " version "
                + first.survey().version() + " like the first group: one file, one survey");
      }
    }
  }

  /**
   * @return the header and every row, each cell checked against the charset, so that a refused
   *     file is refused before its first byte (a byte order mark included) is written
   */
  private List<String[]> table(@Nullable String groupColumn, Map<String, SurveySummary> groups) {
    if (groupColumn != null) {
      checkGroups(groupColumn, groups);
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(header(groupColumn).toArray(new String[0]));
    for (Map.Entry<String, SurveySummary> entry : groups.entrySet()) {
      addRows(rows, groupColumn == null ? null : entry.getKey(), entry.getValue());
    }
    CsvWriteEncoding encoding = new CsvWriteEncoding(options.charset());
    String[] header = rows.get(0);
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        int at = cell.isEmpty() ? -1 : encoding.unencodable(cell);
        if (at >= 0) {
          String field = row == header ? "header" : header[i];
          throw new InvalidValueException(field, Ids.quote(cell), encoding.rule(cell, at));
        }
      }
    }
    return rows;
  }

  private static void write(List<String[]> rows, CsvWriteTarget target) {
    for (String[] row : rows) {
      target.row(row);
    }
    target.close();
  }

  private void addRows(List<String[]> rows, @Nullable String group, SurveySummary summary) {
    String groupCell = group == null ? null : SpreadsheetSafe.neutralise(group);
    if (summary.displays().isPresent()) {
      rows.add(count(groupCell, "", "displays", summary.displays().getAsLong()));
    }
    rows.add(count(groupCell, "", "responses", summary.responses()));
    rows.add(count(groupCell, "", "starts", summary.starts()));
    rows.add(count(groupCell, "", "completions", summary.completions()));
    rows.add(count(groupCell, "", "partials", summary.partials()));
    rows.add(count(groupCell, "", "dismissals", summary.dismissals()));
    Map<String, List<Map.Entry<EstimateKey, MergeableEstimate<?>>>> byQuestion =
        new LinkedHashMap<>();
    for (Map.Entry<EstimateKey, MergeableEstimate<?>> entry : summary.estimates().entrySet()) {
      String questionId = entry.getKey().questionId();
      if (questionId == null) {
        rows.add(estimate(groupCell, entry.getKey(), entry.getValue()));
      } else {
        byQuestion.computeIfAbsent(questionId, id -> new ArrayList<>()).add(entry);
      }
    }
    for (QuestionResult result : summary.questions()) {
      String id = SpreadsheetSafe.neutralise(result.questionId());
      rows.add(count(groupCell, id, "reached", result.reached()));
      rows.add(count(groupCell, id, "answered", result.answered()));
      rows.add(count(groupCell, id, "dropped-off", result.droppedOff()));
      for (Map.Entry<EstimateKey, MergeableEstimate<?>> entry
          : byQuestion.getOrDefault(result.questionId(), List.of())) {
        rows.add(estimate(groupCell, entry.getKey(), entry.getValue()));
      }
    }
  }

  private String[] row(@Nullable String group) {
    String[] row = new String[COLUMNS.size() + (group == null ? 0 : 1)];
    Arrays.fill(row, "");
    if (group != null) {
      row[0] = group;
    }
    return row;
  }

  private String[] count(@Nullable String group, String question, String measure, long count) {
    String[] row = row(group);
    int at = group == null ? 0 : 1;
    row[at] = question;
    row[at + 1] = measure;
    row[at + 3] = Long.toString(count);
    return row;
  }

  private String[] estimate(@Nullable String group, EstimateKey key, MergeableEstimate<?> estimate) {
    String[] row = row(group);
    int at = group == null ? 0 : 1;
    row[at] = key.questionId() == null ? "" : SpreadsheetSafe.neutralise(key.questionId());
    row[at + 1] = SpreadsheetSafe.neutralise(key.name());
    row[at + 2] = Long.toString(estimate.n());
    long successes = successes(estimate);
    if (successes >= 0) {
      row[at + 3] = Long.toString(successes);
    }
    row[at + 4] = number(estimate.value());
    row[at + 5] = number(estimate.standardError());
    Optional<Interval> interval = estimate.confidenceInterval(level);
    if (interval.isPresent()) {
      row[at + 6] = number(interval.get().lower());
      row[at + 7] = number(interval.get().upper());
      row[at + 8] = CsvWriteNumbers.plain(level, options.cells().decimalComma());
    }
    String denominator = estimate instanceof Rate rate ? rate.denominator()
        : key.questionId() == null ? "" : ANSWERED;
    row[at + 9] = SpreadsheetSafe.neutralise(denominator);
    return row;
  }

  /** @return the count an estimate is a share of, or −1 when it is no share */
  private static long successes(MergeableEstimate<?> estimate) {
    if (estimate instanceof Rate rate) {
      return rate.count();
    }
    if (estimate instanceof Percentage percentage) {
      return percentage.successes();
    }
    if (estimate instanceof Csat csat) {
      return csat.satisfied();
    }
    if (estimate instanceof GoalCompletion goal) {
      return goal.fully();
    }
    return -1;
  }

  private String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  private String number(double value) {
    boolean comma = options.cells().decimalComma();
    return decimals < 0 ? CsvWriteNumbers.plain(value, comma)
        : CsvWriteNumbers.fixed(value, decimals, comma);
  }

  @Override
  public String toString() {
    return "SummaryCsv{delimiter=" + (options.delimiter() == '\t' ? "tab" : options.delimiter())
        + ", level=" + level + (decimals < 0 ? "" : ", decimals=" + decimals) + "}";
  }

  /**
   * Builds a {@link SummaryCsv}. Each setting may be given once; {@link #build()} checks them.
   */
  public static final class Builder {
    private CsvOptions options = CsvOptions.DEFAULT;
    private double level = DEFAULT_LEVEL;
    private int decimals = -1;
    private final Set<String> set = new HashSet<>();

    private Builder() {}

    private void once(String setting) {
      if (!set.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * @param options the delimiter, charset, decimal comma and byte order mark (default {@link
     *     CsvOptions#DEFAULT})
     * @return this builder
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(CsvOptions options) {
      Objects.requireNonNull(options, "options");
      once("options");
      this.options = options;
      return this;
    }

    /**
     * @param level the confidence level of the intervals, strictly between 0 and 1 (default
     *     {@value SummaryCsv#DEFAULT_LEVEL})
     * @return this builder
     * @throws IllegalStateException if the level was already set
     */
    public Builder level(double level) {
      once("level");
      this.level = level;
      return this;
    }

    /**
     * @param decimals how many decimals values, standard errors and bounds are rounded to, half
     *     away from zero, in 0..{@value SummaryCsv#MAX_DECIMALS} (default: not rounded, the digits
     *     that read back as the same double)
     * @return this builder
     * @throws IllegalStateException if the decimals were already set
     */
    public Builder decimals(int decimals) {
      once("decimals");
      this.decimals = decimals;
      return this;
    }

    /**
     * @return the writer
     * @throws InvalidValueException if the level is not in (0, 1), the decimals are outside
     *     0..{@value SummaryCsv#MAX_DECIMALS}, or the options ask for a byte order mark the charset
     *     does not have
     */
    public SummaryCsv build() {
      if (!(level > 0 && level < 1)) {
        throw new InvalidValueException("level", level,
            "a confidence level must lie strictly between 0 and 1");
      }
      if (set.contains("decimals") && (decimals < 0 || decimals > MAX_DECIMALS)) {
        throw new InvalidValueException("decimals", decimals, "must lie in 0.." + MAX_DECIMALS);
      }
      CsvWriteEncoding.requireByteOrderMark(options);
      return new SummaryCsv(options, level, decimals);
    }
  }
}
