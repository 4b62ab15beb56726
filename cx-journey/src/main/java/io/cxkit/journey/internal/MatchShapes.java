package io.cxkit.journey.internal;

import io.cxkit.core.CxException;
import io.cxkit.core.SerialFormException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.EventMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shape of an {@link EventMatch} in the retention results: {@code {"touchpoints":[…],
 * "stages":[…],"kinds":[…],"attributes":{…}}}, empty lists and object for "any", written and read
 * strictly.
 */
public final class MatchShapes {
  private static final Set<String> MEMBERS = Set.of("touchpoints", "stages", "kinds",
      "attributes");

  private MatchShapes() {}

  /**
   * @param match an event match
   * @return its shape; unmodifiable
   */
  public static Map<String, Object> shape(EventMatch match) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("touchpoints", match.touchpoints());
    shape.put("stages", match.stages());
    List<String> kinds = new ArrayList<>();
    for (EventKind kind : match.kinds()) {
      kinds.add(kind.id());
    }
    shape.put("kinds", Collections.unmodifiableList(kinds));
    shape.put("attributes", match.attributes());
    return Collections.unmodifiableMap(shape);
  }

  /**
   * @param in the reader of the match's object
   * @return the match it describes
   * @throws SerialFormException naming the member at fault
   */
  public static EventMatch read(ShapeReader in) {
    in.exactly(MEMBERS);
    EventMatch.Builder builder = EventMatch.builder();
    List<String> touchpoints = in.strings("touchpoints");
    List<String> stages = in.strings("stages");
    List<String> kindIds = in.strings("kinds");
    ShapeReader attributes = in.object("attributes");
    try {
      if (!touchpoints.isEmpty()) {
        builder.touchpoints(touchpoints.toArray(String[]::new));
      }
      if (!stages.isEmpty()) {
        builder.stages(stages.toArray(String[]::new));
      }
      if (!kindIds.isEmpty()) {
        EventKind[] kinds = new EventKind[kindIds.size()];
        for (int i = 0; i < kinds.length; i++) {
          kinds[i] = EventKind.ofId(kindIds.get(i));
        }
        builder.kinds(kinds);
      }
      for (String name : attributes.names()) {
        builder.attribute(name, attributes.string(name));
      }
      return builder.build();
    } catch (SerialFormException e) {
      throw e;
    } catch (CxException e) {
      throw in.fail(in.path() + " is not an event match: " + e.getMessage());
    }
  }
}
