package io.cxkit.cli;

import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.io.EventCsv;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.ProfileCsv;
import io.cxkit.journey.io.ProfileJsonLines;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.Response;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.CsvOptions;
import io.cxkit.survey.io.ResponseCsv;
import io.cxkit.survey.io.ResponseJsonLines;
import java.util.Objects;

/**
 * The record readers of the files {@code cx} reads, by format: JSON Lines as cxkit writes them,
 * and CSV in cxkit's export layout ({@code ResponseCsv.readerOfExport}, {@code
 * EventCsv.readerOfExport}, {@code ProfileCsv.readerOfExport}) with the command's CSV options.
 */
final class Readers {
  private Readers() {}

  /**
   * @param survey the survey the responses answer: every response is checked against it
   * @param format the file's format
   * @param csv the CSV options (used for CSV only)
   * @return an opener of the file's responses
   */
  static Inputs.Opener<Response> responses(Survey survey, FileFormat format, CsvOptions csv) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(csv, "csv");
    if (format == FileFormat.CSV) {
      return (in, name, h) -> {
        ResponseCsv.Builder b = ResponseCsv.readerOfExport(survey).options(csv)
            .onBadRecord(h.mode()).keepBadRecords(h.keep());
        if (h.listener() != null) {
          b.onBadRecord(h.listener());
        }
        return b.build().open(in, name);
      };
    }
    return (in, name, h) -> {
      ResponseJsonLines.Builder b = ResponseJsonLines.reader().validatingAgainst(survey)
          .onBadRecord(h.mode()).keepBadRecords(h.keep());
      if (h.listener() != null) {
        b.onBadRecord(h.listener());
      }
      return b.build().open(in, name);
    };
  }

  /**
   * @param map the journey map: an event at a touchpoint it lacks is a bad record
   * @param format the file's format
   * @param csv the CSV options (used for CSV only)
   * @return an opener of the file's events, in time order (the readers' reorder tolerance)
   */
  static Inputs.Opener<JourneyEvent> events(JourneyMap map, FileFormat format, CsvOptions csv) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(csv, "csv");
    if (format == FileFormat.CSV) {
      return (in, name, h) -> {
        EventCsv.Builder b = EventCsv.readerOfExport().options(csv).checkingAgainst(map)
            .onBadRecord(h.mode()).keepBadRecords(h.keep());
        if (h.listener() != null) {
          b.onBadRecord(h.listener());
        }
        return b.build().open(in, name);
      };
    }
    return (in, name, h) -> {
      EventJsonLines.Builder b = EventJsonLines.reader().checkingAgainst(map)
          .onBadRecord(h.mode()).keepBadRecords(h.keep());
      if (h.listener() != null) {
        b.onBadRecord(h.listener());
      }
      return b.build().open(in, name);
    };
  }

  /**
   * @param format the file's format
   * @param csv the CSV options (used for CSV only)
   * @return an opener of the file's customer profiles
   */
  static Inputs.Opener<CustomerProfile> profiles(FileFormat format, CsvOptions csv) {
    Objects.requireNonNull(csv, "csv");
    if (format == FileFormat.CSV) {
      return (in, name, h) -> {
        ProfileCsv.Builder b = ProfileCsv.readerOfExport().options(csv)
            .onBadRecord(h.mode()).keepBadRecords(h.keep());
        if (h.listener() != null) {
          b.onBadRecord(h.listener());
        }
        return b.build().open(in, name);
      };
    }
    return (in, name, h) -> {
      ProfileJsonLines.Builder b = ProfileJsonLines.reader()
          .onBadRecord(h.mode()).keepBadRecords(h.keep());
      if (h.listener() != null) {
        b.onBadRecord(h.listener());
      }
      return b.build().open(in, name);
    };
  }
}
