package io.cxkit.cli.report;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.journey.profile.PersonaSet;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link CxReport} from records streamed in three phases: profiles, then journey events
 * (in time order), then survey responses. SKELETON: the body is written by the report-engine part.
 */
public final class ReportBuilder {

  private ReportBuilder() {}

  /**
   * @param settings how the report is made
   * @param surveys the surveys the responses belong to, at least one, distinct ids
   * @param map the journey map, or null without journey data
   * @param personas the personas, or null
   * @return a builder that takes profiles, events and responses in that order
   */
  public static ReportBuilder of(ReportSettings settings, List<Survey> surveys,
      @Nullable JourneyMap map, @Nullable PersonaSet personas) {
    throw new IllegalStateException("skeleton");
  }

  /** @param profile a customer profile (phase 1) */
  public void profile(CustomerProfile profile) {
    throw new IllegalStateException("skeleton");
  }

  /** @param event a journey event, in time order (phase 2) */
  public void event(JourneyEvent event) {
    throw new IllegalStateException("skeleton");
  }

  /** @param response a response of one of the surveys (phase 3) */
  public void response(Response response) {
    throw new IllegalStateException("skeleton");
  }

  /**
   * @param inputs the files read, their counts and bad records, as the reader saw them
   * @return the report
   */
  public CxReport build(CxReport.Inputs inputs) {
    throw new IllegalStateException("skeleton");
  }
}
