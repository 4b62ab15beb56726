package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A way to split customers into segments by their profiles: {@linkplain #byAttribute(String) one
 * segment per value} of a text attribute ({@code country}), {@linkplain #byAttribute(String,
 * double...) one per bin} of a number attribute ({@code orders}), or {@linkplain #byRules(List)
 * named rules} where the first rule a profile matches names its segment. Each customer is in at
 * most one segment, so segment counts add up to the customers counted, and a profile lacking the
 * attribute (or matching no rule) is in none. Use {@link #asOf} to get a {@link ProfileGrouping}
 * for {@link ProfileGroups#collect}.
 */
public sealed interface Segmentation {

  /**
   * @param profile a customer's profile
   * @param asOf the date {@value ProfileFacts#DAYS_SINCE} rules count to
   * @return the profile's segment, or null when it is in none
   * @throws InvalidJourneyException if the attribute has a type this segmentation cannot split (a
   *     number without bins, a text with bins, a date or a set)
   */
  @Nullable String segmentOf(CustomerProfile profile, LocalDate asOf);

  /**
   * @param asOf the date {@value ProfileFacts#DAYS_SINCE} rules count to
   * @return this segmentation as a grouping of profiles
   */
  default ProfileGrouping asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return profile -> segmentOf(profile, asOf);
  }

  /**
   * @param attribute a text attribute's name
   * @return a segment per value of that attribute, named by the value itself
   */
  static ByAttribute byAttribute(String attribute) {
    return new ByAttribute(attribute, List.of());
  }

  /**
   * @param attribute a number attribute's name
   * @param cuts the bin boundaries, strictly ascending and finite; each bin holds its lower
   *     boundary: cuts {@code 1, 5} make bins {@code (-∞, 1)}, {@code [1, 5)} and {@code [5, ∞)}
   * @return a segment per bin of that attribute, named as above
   */
  static ByAttribute byAttribute(String attribute, double... cuts) {
    Objects.requireNonNull(cuts, "cuts");
    List<Double> list = new ArrayList<>(cuts.length);
    for (double cut : cuts) {
      list.add(cut);
    }
    if (list.isEmpty()) {
      throw new InvalidJourneyException("cuts", "[]",
          "must hold at least one boundary to bin a number attribute");
    }
    return new ByAttribute(attribute, list);
  }

  /**
   * @param segments the segments, in order: a profile is in the first one whose rule it matches
   * @return segments by those rules
   */
  static ByRules byRules(List<Segment> segments) {
    return new ByRules(segments);
  }

  /**
   * @param segments the segments, in order: a profile is in the first one whose rule it matches
   * @return segments by those rules
   */
  static ByRules byRules(Segment... segments) {
    return new ByRules(List.of(Objects.requireNonNull(segments, "segments")));
  }

  /**
   * Segments by one attribute's value: a text attribute gives a segment per distinct text; a
   * number attribute, given cuts, a segment per bin, named in interval notation ({@code (-∞, 1)},
   * {@code [1, 5)}, {@code [5, ∞)}; integral boundaries without a fraction). A number attribute
   * without cuts is refused rather than given a segment per distinct number, and so are a text
   * attribute with cuts, dates (split dates with {@code days-since} rules instead) and sets (a
   * customer would be in several segments; use {@code contains} rules).
   *
   * @param attribute the attribute's name
   * @param cuts the bin boundaries of a number attribute, strictly ascending and finite, at most
   *     {@value #MAX_CUTS}; empty for a text attribute; copied, unmodifiable
   */
  record ByAttribute(String attribute, List<Double> cuts) implements Segmentation {
    /** The most bin boundaries. */
    public static final int MAX_CUTS = 1000;

    /** @throws InvalidJourneyException if the name is malformed or the cuts are not ascending */
    public ByAttribute {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(cuts, "cuts");
      if (!JourneyIds.isId(attribute)) {
        throw new InvalidJourneyException("attribute", JourneyIds.quote(attribute),
            "an attribute name " + JourneyIds.ID_RULE);
      }
      if (cuts.size() > MAX_CUTS) {
        throw new InvalidJourneyException("cuts", cuts.size() + " boundaries",
            "must hold at most " + MAX_CUTS);
      }
      for (int i = 0; i < cuts.size(); i++) {
        int index = i;
        double cut = Objects.requireNonNull(cuts.get(i), () -> "cuts[" + index + "]");
        if (!Double.isFinite(cut)) {
          throw new InvalidJourneyException("cuts[" + i + "]", cut, "must be a finite number");
        }
        if (i > 0 && !(cut > cuts.get(i - 1))) {
          throw new InvalidJourneyException("cuts[" + i + "]", format(cut),
              "must be greater than cuts[" + (i - 1) + "] = " + format(cuts.get(i - 1))
                  + "; boundaries are strictly ascending");
        }
      }
      cuts = List.copyOf(cuts);
    }

    /** @return the segment names of the bins, in ascending order; empty for a text attribute */
    public List<String> bins() {
      List<String> bins = new ArrayList<>(cuts.size() + 1);
      for (int i = 0; i <= cuts.size(); i++) {
        bins.add(bin(i));
      }
      return cuts.isEmpty() ? List.of() : List.copyOf(bins);
    }

    private String bin(int i) {
      String low = i == 0 ? "(-∞" : "[" + format(cuts.get(i - 1));
      String high = i == cuts.size() ? "∞)" : format(cuts.get(i)) + ")";
      return low + ", " + high;
    }

    private static String format(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public @Nullable String segmentOf(CustomerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      AttributeValue value = profile.attributes().get(attribute);
      if (value == null) {
        return null;
      }
      if (value instanceof AttributeValue.TextAttribute text && cuts.isEmpty()) {
        return text.value();
      }
      if (value instanceof AttributeValue.NumberAttribute number && !cuts.isEmpty()) {
        // The bin is the number of boundaries at or below the value.
        int low = 0;
        int high = cuts.size();
        while (low < high) {
          int mid = (low + high) >>> 1;
          if (cuts.get(mid) <= number.value()) {
            low = mid + 1;
          } else {
            high = mid;
          }
        }
        return bin(low);
      }
      throw new InvalidJourneyException("attributes." + attribute,
          value.typeId() + " (customer " + JourneyIds.quote(profile.customerId()) + ")",
          cuts.isEmpty()
              ? "a segment per value needs a text attribute; bin a number attribute with cuts"
                  + " (Segmentation.byAttribute(name, cuts…)), split dates and sets with rules"
              : "bins need a number attribute; segment a text attribute without cuts");
    }
  }

  /**
   * Segments by named rules, in order: a profile is in the first segment whose rule it matches
   * (first match wins, so segments never overlap), or in none.
   *
   * @param segments one or more segments with unique ids; copied, unmodifiable
   */
  record ByRules(List<Segment> segments) implements Segmentation {
    /** @throws InvalidJourneyException if there is no segment or an id repeats */
    public ByRules {
      Objects.requireNonNull(segments, "segments");
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < segments.size(); i++) {
        Segment segment = Objects.requireNonNull(segments.get(i), "segments[" + i + "]");
        Integer first = seen.putIfAbsent(segment.id(), i);
        if (first != null) {
          throw new InvalidJourneyException("segments[" + i + "].id",
              JourneyIds.quote(segment.id()),
              "duplicates the id of segments[" + first + "]; segment ids must be unique");
        }
      }
      if (segments.isEmpty()) {
        throw new InvalidJourneyException("segments", "[]", "must hold at least one segment");
      }
      segments = List.copyOf(segments);
    }

    @Override
    public @Nullable String segmentOf(CustomerProfile profile, LocalDate asOf) {
      ProfileFacts facts = ProfileFacts.of(profile, asOf);
      for (int i = 0, n = segments.size(); i < n; i++) {
        Segment segment = segments.get(i);
        if (segment.rule().test(facts)) {
          return segment.id();
        }
      }
      return null;
    }
  }
}
