package io.cxkit.journey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.internal.io.AbstractRecordReader.Parsed;
import io.cxkit.survey.internal.io.CsvRows;
import io.cxkit.survey.internal.io.CsvTimestamps;
import io.cxkit.survey.io.BadRecord;
import io.cxkit.survey.io.SpreadsheetSafe;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The events of a CSV file, one per row that is not blank, by a mapping bound to its header. */
final class CsvEventSource implements EventSource {
  private final CsvRows rows;
  private final CsvHeader header;
  private final CsvTimestamps timestamps;
  private final EventKinds kinds;
  private final boolean restore;
  private final int customer;
  private final int session;
  private final int touchpoint;
  private final int at;
  private final int kind;
  private final String[] attributeNames;
  private final int[] attributeColumns;

  CsvEventSource(CsvRows rows, CsvHeader header, EventCsv csv) {
    this.rows = rows;
    this.header = header;
    this.timestamps = csv.timestamps;
    this.kinds = csv.kinds;
    this.restore = csv.restoreNeutralised;
    this.customer = header.index(csv.customer, "customerId", true);
    this.session = csv.session == null ? -1
        : header.index(csv.session, "sessionId", !csv.sessionWhenPresent);
    this.touchpoint = header.index(csv.touchpoint, "touchpointId", true);
    this.at = header.index(csv.at, "at", true);
    this.kind = header.index(csv.kind, "kind", true);
    Map<String, Integer> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : csv.attributes.entrySet()) {
      int index = header.index(entry.getValue(), "attributes." + entry.getKey(), true);
      if (index >= 0) {
        attributes.put(entry.getKey(), index);
      }
    }
    if (csv.attributePrefix != null) {
      String prefix = csv.attributePrefix;
      for (int i = 0; i < header.names.size(); i++) {
        String name = header.names.get(i);
        // A repeated name is reported at its first column, once.
        if (!name.startsWith(prefix) || attributes.containsValue(i)
            || header.isRepeated(name) && !header.isFirstOfRepeated(name, i)) {
          continue;
        }
        String attribute = name.substring(prefix.length());
        if (!JourneyIds.isId(attribute)) {
          header.problem("column " + JourneyIds.quote(name) + " names no attribute after "
              + JourneyIds.quote(prefix) + ": an attribute name " + JourneyIds.ID_RULE);
        } else if (header.isRepeated(name)) {
          header.problem("column " + JourneyIds.quote(name) + " appears more than once");
        } else if (!attributes.containsKey(attribute)) {
          attributes.put(attribute, i);
        }
      }
    }
    this.attributeNames = attributes.keySet().toArray(new String[0]);
    this.attributeColumns = new int[attributeNames.length];
    for (int i = 0; i < attributeNames.length; i++) {
      attributeColumns[i] = attributes.get(attributeNames[i]);
    }
  }

  @Override
  public @Nullable Parsed<JourneyEvent> next() throws IOException {
    while (true) {
      try {
        if (!rows.next(false)) {
          return null;
        }
      } catch (IOException e) {
        BadRecord fatal = rows.fatal(e);
        if (fatal == null) {
          throw e;
        }
        return Parsed.fatal(fatal.record(), fatal.line(), fatal.problem());
      }
      if (!rows.blank()) {
        long row = rows.row();
        long line = rows.line();
        try {
          return Parsed.of(row, line, event(rows.count(), rows.cells()));
        } catch (InvalidValueException e) {
          return Parsed.bad(row, line, e);
        }
      }
    }
  }

  private JourneyEvent event(int count, String[] cells) {
    int width = header.names.size();
    if (count != width) {
      throw new InvalidValueException("cells", count, "must be " + width
          + ", one per column of the header: the row has " + Math.abs(count - width)
          + (count > width ? " more" : " fewer"));
    }
    if (restore) {
      for (int i = 0; i < count; i++) {
        cells[i] = SpreadsheetSafe.restore(cells[i]);
      }
    }
    String customerId = required(cells, customer, "customerId").strip();
    String sessionId = session < 0 || cells[session].isBlank() ? null : cells[session].strip();
    String touchpointId = required(cells, touchpoint, "touchpointId").strip();
    String atCell = required(cells, at, "at");
    Instant instant;
    try {
      instant = timestamps.parse(atCell, "at");
    } catch (InvalidValueException e) {
      throw new InvalidJourneyException(header.where(at, "at"), e.value(), e.rule());
    }
    String kindCell = required(cells, kind, "kind");
    EventKind eventKind;
    try {
      eventKind = kinds.of(kindCell, true);
    } catch (InvalidValueException e) {
      throw new InvalidJourneyException(header.where(kind, "kind"), e.value(), e.rule());
    }
    Map<String, String> attributes = Map.of();
    for (int i = 0; i < attributeNames.length; i++) {
      String value = cells[attributeColumns[i]];
      if (!value.isBlank()) {
        if (attributes.isEmpty()) {
          attributes = new LinkedHashMap<>();
        }
        attributes.put(attributeNames[i], value);
      }
    }
    try {
      return new JourneyEvent(customerId, sessionId, touchpointId, instant, eventKind, attributes);
    } catch (InvalidValueException e) {
      int column = e.field().equals("customerId") ? customer
          : e.field().equals("sessionId") ? session : touchpoint;
      throw new InvalidJourneyException(header.where(column, e.field()), e.value(), e.rule());
    }
  }

  private String required(String[] cells, int column, String path) {
    String cell = cells[column];
    if (cell.isBlank()) {
      throw new InvalidJourneyException(header.where(column, path), "\"\"",
          "must not be blank: every event has a customer, a touchpoint, an instant and a kind");
    }
    return cell;
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
