package io.cxkit.journey.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.Survey;
import io.cxkit.survey.json.SurveyJson;
import io.cxkit.survey.summary.GroupedSummary;
import io.cxkit.survey.summary.SurveySummary;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Exit points with the feedback given there: an {@link ExitResult} (where customers left) beside
 * one survey's responses summarised per touchpoint (why they left), so that each exit point comes
 * with the goal-completion answers and reasons, CES, NPS and comments of the responses given at its
 * touchpoint. Built by an {@link ExitFeedbackSummarizer}; immutable; results of partitions split by
 * customer add with {@link #plus}.
 *
 * <p>One survey at a time: a summary is of one survey version. Join each survey asked at the exit
 * points with a summarizer of its own.
 */
public final class ExitFeedback {
  private final ExitResult exits;
  private final GroupedSummary byTouchpoint;
  private final boolean onlyExitedThere;
  /** The summary of no response, handed out for a touchpoint without feedback; not compared. */
  private final SurveySummary empty;

  ExitFeedback(ExitResult exits, GroupedSummary byTouchpoint, boolean onlyExitedThere,
      SurveySummary empty) {
    this.exits = exits;
    this.byTouchpoint = byTouchpoint;
    this.onlyExitedThere = onlyExitedThere;
    this.empty = empty;
  }

  /** @return where customers left */
  public ExitResult exits() {
    return exits;
  }

  /** @return the survey version whose responses are summarised */
  public Survey survey() {
    return byTouchpoint.survey();
  }

  /**
   * @return whether only responses of respondents who left at the response's touchpoint were kept
   *     per touchpoint (otherwise every response given there was)
   */
  public boolean onlyExitedThere() {
    return onlyExitedThere;
  }

  /**
   * @return the responses by touchpoint id; the key is {@code touchpoint}, or {@code
   *     exit-touchpoint} when {@linkplain #onlyExitedThere() only respondents who left there} count
   */
  public GroupedSummary byTouchpoint() {
    return byTouchpoint;
  }

  /**
   * @param touchpointId a touchpoint of the map
   * @return the summary of the responses given there (an empty summary when none was)
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public SurveySummary at(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    JourneyMap map = exits.definition().map();
    JourneyIds.touchpointIndex(map, "touchpointId", touchpointId);
    SurveySummary summary = byTouchpoint.groups().get(touchpointId);
    return summary == null ? empty : summary;
  }

  /**
   * @return the responses kept at no touchpoint: those without one, and with {@link
   *     #onlyExitedThere()} those of respondents who did not leave at the response's touchpoint
   *     (anonymous ones included)
   */
  public SurveySummary withoutTouchpoint() {
    return byTouchpoint.withoutKey();
  }

  /**
   * @return every exit point as {@link ExitResult#exitPoints()} ranks them, each with the feedback
   *     given at its touchpoint; unmodifiable
   */
  public List<ExitPointFeedback> exitPoints() {
    List<ExitPointFeedback> points = new ArrayList<>();
    for (ExitPoint point : exits.exitPoints()) {
      points.add(new ExitPointFeedback(point, at(point.touchpoint().id())));
    }
    return Collections.unmodifiableList(points);
  }

  /**
   * @param other the exits and feedback of other customers, under the same exit definition, for
   *     the same survey version and the same choice of responses
   * @return both together
   * @throws IncompatibleMergeException if the definitions, analysis ends, surveys, summary options
   *     or choices of responses differ
   */
  public ExitFeedback plus(ExitFeedback other) {
    Objects.requireNonNull(other, "other");
    if (onlyExitedThere != other.onlyExitedThere) {
      throw new IncompatibleMergeException("ExitFeedback", "onlyExitedThere", onlyExitedThere,
          other.onlyExitedThere);
    }
    return new ExitFeedback(exits.plus(other.exits), byTouchpoint.plus(other.byTouchpoint),
        onlyExitedThere, empty);
  }

  /**
   * The result as plain JSON values: {@code {"kind":"exit-feedback","format":1,
   * "onlyExitedThere":…,"exits":{…},"feedback":{…}}}, {@code exits} as {@link
   * ExitResult#toJsonShape()} and {@code feedback} the document of {@link
   * SurveyJson#writeGroupedSummary} (which {@link SurveyJson#readGroupedSummary} reads back).
   *
   * @param json the survey JSON whose registry holds the survey's question types
   * @return an unmodifiable, insertion-ordered map
   * @throws io.cxkit.survey.UnknownQuestionTypeException if a question's type is not in the
   *     registry of {@code json}
   */
  public Map<String, Object> toJsonShape(SurveyJson json) {
    Objects.requireNonNull(json, "json");
    Map<String, Object> feedback;
    try {
      feedback = json.mapper().readValue(json.writeGroupedSummary(byTouchpoint),
          new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      // The document was just written by the same mapper.
      throw new UncheckedIOException(e);
    }
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", "exit-feedback");
    shape.put("format", 1);
    shape.put("onlyExitedThere", onlyExitedThere);
    shape.put("exits", exits.toJsonShape());
    shape.put("feedback", Collections.unmodifiableMap(feedback));
    return Collections.unmodifiableMap(shape);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExitFeedback f && f.exits.equals(exits)
        && f.byTouchpoint.equals(byTouchpoint) && f.onlyExitedThere == onlyExitedThere;
  }

  @Override
  public int hashCode() {
    return Objects.hash(exits, byTouchpoint, onlyExitedThere);
  }

  @Override
  public String toString() {
    return "ExitFeedback{survey=" + survey().id() + " v" + survey().version() + ", exits="
        + exits.exits() + ", touchpoints with feedback=" + byTouchpoint.groups().keySet()
        + (onlyExitedThere ? ", only respondents who left there" : "") + "}";
  }
}
