package io.cxkit.journey.io;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.internal.io.AbstractRecordReader;
import io.cxkit.survey.internal.io.ReaderSettings;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Profiles of one source, refused when a customer id was delivered before (unless allowed): only
 * delivered profiles claim their ids, so a bad record does not make a later valid one a duplicate.
 */
final class ProfileSource extends AbstractRecordReader<CustomerProfile> {

  /** The records of one format. */
  interface Records {
    @Nullable Parsed<CustomerProfile> next() throws IOException;

    void close() throws IOException;
  }

  private final Records records;
  private final @Nullable Map<String, Long> first;
  private final String unit;

  ProfileSource(String name, ReaderSettings settings, Records records, boolean rejectDuplicates,
      String unit) {
    super(name, "profiles", settings);
    this.records = records;
    this.first = rejectDuplicates ? new HashMap<>() : null;
    this.unit = unit;
  }

  @Override
  protected @Nullable Parsed<CustomerProfile> parseNext() throws IOException {
    Parsed<CustomerProfile> parsed = records.next();
    if (parsed == null) {
      records.close();
      return null;
    }
    if (parsed.last()) {
      // Nothing after it can be read: the reader has reached its end, so the source is closed.
      records.close();
    }
    CustomerProfile profile = parsed.value();
    if (profile != null && first != null) {
      Long earlier = first.putIfAbsent(profile.customerId(), parsed.record());
      if (earlier != null) {
        return Parsed.bad(parsed.record(), parsed.line(), new InvalidJourneyException(
            "customerId", JourneyIds.quote(profile.customerId()), "duplicates the customer id of"
                + " the profile on " + unit + " " + earlier + "; each customer has one profile"));
      }
    }
    return parsed;
  }

  @Override
  protected void closeSource() throws IOException {
    records.close();
  }
}
