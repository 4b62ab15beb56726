package io.cxkit.journey.retention;

import io.cxkit.core.CxException;
import io.cxkit.core.IncompatibleMergeException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.internal.MatchShapes;
import io.cxkit.journey.internal.ShapeReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the churn and lifetime analyses share about a {@link ChurnRule}: its JSON shape, written
 * and read strictly, and the rule {@linkplain Bound bound} to a journey map, which classifies
 * events ({@link RuleTracker} refuses those that break a subscription rule).
 */
final class ChurnRules {
  private static final Set<String> SUBSCRIPTION_MEMBERS = Set.of("type", "start", "end");
  private static final Set<String> INACTIVITY_MEMBERS = Set.of("type", "activity", "periods");

  private ChurnRules() {}

  static Map<String, Object> shape(ChurnRule.Subscriptions rule) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("type", "subscriptions");
    shape.put("start", MatchShapes.shape(rule.start()));
    shape.put("end", MatchShapes.shape(rule.end()));
    return Collections.unmodifiableMap(shape);
  }

  static Map<String, Object> shape(ChurnRule.Inactivity rule) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("type", "inactivity");
    shape.put("activity", MatchShapes.shape(rule.activity()));
    shape.put("periods", rule.periods());
    return Collections.unmodifiableMap(shape);
  }

  /**
   * @param in the reader of the rule's object
   * @return the rule it describes
   * @throws SerialFormException naming the member at fault
   */
  static ChurnRule read(ShapeReader in) {
    String type = in.string("type");
    try {
      switch (type) {
        case "subscriptions" -> {
          in.exactly(SUBSCRIPTION_MEMBERS);
          return ChurnRule.subscriptions(MatchShapes.read(in.object("start")),
              MatchShapes.read(in.object("end")));
        }
        case "inactivity" -> {
          in.exactly(INACTIVITY_MEMBERS);
          return ChurnRule.inactivity(MatchShapes.read(in.object("activity")),
              in.integer("periods"));
        }
        default -> throw in.wrong(in.pathOf("type"), type,
            "must be \"subscriptions\" or \"inactivity\"");
      }
    } catch (SerialFormException e) {
      throw e;
    } catch (CxException e) {
      throw in.fail(in.path() + " is not a churn rule: " + e.getMessage());
    }
  }

  /**
   * Writes the grouping members both results carry: {@code grouping} (null without one), {@code
   * maxGroups} and {@code minimumN}.
   */
  static void putGrouping(Map<String, Object> shape, Optional<String> grouping, int maxGroups,
      long minimumN) {
    shape.put("grouping", grouping.orElse(null));
    shape.put("maxGroups", maxGroups);
    shape.put("minimumN", minimumN);
  }

  /**
   * Reads the members {@link #putGrouping} wrote, each of which must be the definition's.
   *
   * @param what the result, for the message
   * @throws IncompatibleMergeException naming the member that differs from the definition's
   * @throws SerialFormException if a member is missing or mistyped
   */
  static void readGrouping(ShapeReader in, String what, Optional<String> grouping, int maxGroups,
      long minimumN) {
    ShapeReader.sameDefinition(what, "grouping", String.valueOf(grouping.orElse(null)),
        String.valueOf(in.nullableString("grouping")));
    ShapeReader.sameDefinition(what, "maxGroups", maxGroups, in.integer("maxGroups"));
    ShapeReader.sameDefinition(what, "minimumN", minimumN, in.count("minimumN"));
  }

  /**
   * @param in the reader of the result
   * @param grouping the definition's grouping
   * @return the reader of its {@code groups} object
   * @throws SerialFormException if it is missing or not an object, or holds groups while the
   *     definition has no grouping
   */
  static ShapeReader groups(ShapeReader in, Optional<String> grouping) {
    ShapeReader groupShapes = in.object("groups");
    if (grouping.isEmpty() && !groupShapes.keys().isEmpty()) {
      throw in.fail("groups has groups, but the definition has no grouping");
    }
    return groupShapes;
  }

  /**
   * A rule's matches bound to a map: with subscriptions {@code start} and {@code end} (activity
   * matches nothing), with inactivity {@code activity} and k (start and end match nothing).
   */
  static final class Bound {
    /** An event that starts a subscription. */
    static final int START = 1;
    /** An event that ends one. */
    static final int END = 2;
    /** An activity event of an inactivity rule. */
    static final int ACTIVE = 4;

    private final ChurnRule rule;
    private final EventMatch.@Nullable Bound start;
    private final EventMatch.@Nullable Bound end;
    private final EventMatch.@Nullable Bound activity;
    private final int inactivePeriods;

    /** @throws io.cxkit.journey.UnknownTouchpointException if a match names no touchpoint of the map */
    Bound(ChurnRule rule, JourneyMap map) {
      this.rule = rule;
      if (rule instanceof ChurnRule.Subscriptions s) {
        start = s.start().bind(map);
        end = s.end().bind(map);
        activity = null;
        inactivePeriods = 0;
      } else {
        ChurnRule.Inactivity i = (ChurnRule.Inactivity) rule;
        start = null;
        end = null;
        activity = i.activity().bind(map);
        inactivePeriods = i.periods();
      }
    }

    /** @return the rule bound */
    ChurnRule rule() {
      return rule;
    }

    /** @return whether it is a subscription rule */
    boolean subscriptions() {
      return activity == null;
    }

    /** k of an inactivity rule; 0 with subscriptions. */
    int inactivePeriods() {
      return inactivePeriods;
    }

    /** @return the event's {@link #START}, {@link #END} and {@link #ACTIVE} bits */
    int classify(int touchpoint, JourneyEvent event) {
      if (activity != null) {
        return activity.test(touchpoint, event.kind(), event.attributes()) ? ACTIVE : 0;
      }
      return (start != null && start.test(touchpoint, event.kind(), event.attributes()) ? START : 0)
          | (end != null && end.test(touchpoint, event.kind(), event.attributes()) ? END : 0);
    }
  }
}
