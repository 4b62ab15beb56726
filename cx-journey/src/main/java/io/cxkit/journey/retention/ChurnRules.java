package io.cxkit.journey.retention;

import io.cxkit.core.CxException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import io.cxkit.journey.internal.ShapeReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of {@link ChurnRule}s and their event matches, written and read strictly. */
final class ChurnRules {
  private static final Set<String> SUBSCRIPTION_MEMBERS = Set.of("type", "start", "end");
  private static final Set<String> INACTIVITY_MEMBERS = Set.of("type", "activity", "periods");
  private static final Set<String> MATCH_MEMBERS = Set.of("touchpoints", "stages", "kinds",
      "attributes");

  private ChurnRules() {}

  static Map<String, Object> shape(ChurnRule.Subscriptions rule) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("type", "subscriptions");
    shape.put("start", match(rule.start()));
    shape.put("end", match(rule.end()));
    return Collections.unmodifiableMap(shape);
  }

  static Map<String, Object> shape(ChurnRule.Inactivity rule) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("type", "inactivity");
    shape.put("activity", match(rule.activity()));
    shape.put("periods", rule.periods());
    return Collections.unmodifiableMap(shape);
  }

  private static Map<String, Object> match(EventMatch match) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("touchpoints", match.touchpoints());
    shape.put("stages", match.stages());
    List<String> kinds = new ArrayList<>();
    for (EventKind kind : match.kinds()) {
      kinds.add(kind.id());
    }
    shape.put("kinds", List.copyOf(kinds));
    shape.put("attributes", match.attributes());
    return Collections.unmodifiableMap(shape);
  }

  /**
   * @param in the reader of the rule's object
   * @return the rule it describes
   * @throws io.cxkit.core.SerialFormException naming the member at fault
   */
  static ChurnRule read(ShapeReader in) {
    String type = in.string("type");
    try {
      switch (type) {
        case "subscriptions" -> {
          in.exactly(SUBSCRIPTION_MEMBERS);
          return ChurnRule.subscriptions(readMatch(in.object("start")), readMatch(in.object("end")));
        }
        case "inactivity" -> {
          in.exactly(INACTIVITY_MEMBERS);
          return ChurnRule.inactivity(readMatch(in.object("activity")), in.integer("periods"));
        }
        default -> throw in.wrong(in.pathOf("type"), type,
            "must be \"subscriptions\" or \"inactivity\"");
      }
    } catch (io.cxkit.core.SerialFormException e) {
      throw e;
    } catch (CxException e) {
      throw in.fail(in.path() + " is not a churn rule: " + e.getMessage());
    }
  }

  private static EventMatch readMatch(ShapeReader in) {
    in.exactly(MATCH_MEMBERS);
    EventMatch.Builder builder = EventMatch.builder();
    List<String> touchpoints = in.strings("touchpoints");
    if (!touchpoints.isEmpty()) {
      builder.touchpoints(touchpoints.toArray(String[]::new));
    }
    List<String> stages = in.strings("stages");
    if (!stages.isEmpty()) {
      builder.stages(stages.toArray(String[]::new));
    }
    List<String> kindIds = in.strings("kinds");
    if (!kindIds.isEmpty()) {
      EventKind[] kinds = new EventKind[kindIds.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = EventKind.ofId(kindIds.get(i));
      }
      builder.kinds(kinds);
    }
    ShapeReader attributes = in.object("attributes");
    for (String name : attributes.names()) {
      builder.attribute(name, attributes.string(name));
    }
    return builder.build();
  }
}
