package io.cxkit.survey.summary;

import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.types.OpenTextSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summaries with every open-text summary's kept texts sorted. An open-text summary keeps its first
 * answers in the order they came, so a merge in another order (groups pooled in label order, the
 * second part before the first) keeps the same texts in another order; below the cap the kept
 * texts are all of them, and sorting makes the comparison one of multisets, which is what the
 * merge properties of grouped summaries and trends claim.
 */
final class TextOrder {
  private TextOrder() {}

  static SurveySummary sorted(SurveySummary summary) {
    List<QuestionResult> results = new ArrayList<>();
    for (QuestionResult result : summary.questions()) {
      if (result.summary() instanceof OpenTextSummary text) {
        List<String> texts = new ArrayList<>(text.texts());
        texts.sort(null);
        result = new QuestionResult(result.questionId(), result.typeId(), result.reached(),
            result.answered(), result.droppedOff(), new OpenTextSummary(text.maxLength(),
                text.answered(), text.totalLength(), text.totalSquaredLength(), text.cap(), texts));
      }
      results.add(result);
    }
    return SurveySummary.of(summary.survey(), summary.options(), summary.displays(),
        summary.completions(), summary.partials(), summary.dismissals(), results);
  }

  static GroupedSummary sorted(GroupedSummary grouped) {
    Map<String, SurveySummary> groups = new LinkedHashMap<>();
    grouped.groups().forEach((label, group) -> groups.put(label, sorted(group)));
    return GroupedSummary.of(grouped.keyName(), sorted(grouped.withoutKey()), groups);
  }

  static Trend sorted(Trend trend) {
    Map<LocalDate, SurveySummary> periods = new LinkedHashMap<>();
    trend.periods().forEach((start, period) -> periods.put(start, sorted(period)));
    return Trend.of(trend.total().survey(), trend.options(), QuestionTypeRegistry.standard(),
        trend.unit(), trend.zone(), periods);
  }
}
