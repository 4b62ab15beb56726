package io.cxkit.journey.internal;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.UnknownTouchpointException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id rules of cx-journey, with the checks that name the field, value and rule broken, and the
 * lookup of a touchpoint id in a map.
 */
public final class JourneyIds {
  /**
   * The rule of model ids (stages, touchpoints, personas, maps, attribute names): the same as
   * cx-survey's question and survey ids, so that a response's touchpoint id can name a touchpoint.
   */
  public static final String ID_RULE =
      "must be 1 to 128 characters of letters, digits, '_', '.' and '-', starting with a letter or digit";

  /** The rule of customer and session ids, which come from other systems and so are looser. */
  public static final String CUSTOMER_ID_RULE =
      "must be 1 to 256 characters, not blank, without control characters";

  /** The longest customer or session id. */
  public static final int MAX_CUSTOMER_ID = 256;

  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$");

  /** The characters of a value shown in a message before it is cut. */
  private static final int SHOWN = 64;

  private JourneyIds() {}

  /**
   * @param field the field, for the message
   * @param id the id
   * @return the id
   * @throws InvalidJourneyException if the id breaks {@link #ID_RULE}
   */
  public static String requireId(String field, @Nullable String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidJourneyException(field, quote(id), ID_RULE);
    }
    return id;
  }

  /**
   * @param id a text
   * @return whether it follows {@link #ID_RULE}
   */
  public static boolean isId(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * @param field the field, for the message
   * @param id the customer or session id
   * @return the id
   * @throws InvalidJourneyException if the id breaks {@link #CUSTOMER_ID_RULE}
   */
  public static String requireCustomerId(String field, @Nullable String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_CUSTOMER_ID || id.isBlank()) {
      throw new InvalidJourneyException(field, quote(id), CUSTOMER_ID_RULE);
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new InvalidJourneyException(field, quote(id), CUSTOMER_ID_RULE);
      }
    }
    return id;
  }

  /**
   * @param map a journey map
   * @param field the field naming the touchpoint, for the message
   * @param touchpointId a touchpoint id
   * @return the touchpoint's number in the map
   * @throws UnknownTouchpointException if the map has no such touchpoint
   */
  public static int touchpointIndex(JourneyMap map, String field, String touchpointId) {
    int index = map.touchpointIndex(touchpointId);
    if (index < 0) {
      throw new UnknownTouchpointException(field, touchpointId, map.id());
    }
    return index;
  }

  /**
   * @param text a value for a message, or null
   * @return it in double quotes with quotes and control characters escaped, cut after {@value
   *     #SHOWN} characters; {@code null} for null
   */
  public static String quote(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN) + 8).append('"');
    int end = Math.min(text.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > SHOWN) {
      out.append("…");
    }
    return out.append('"').toString();
  }
}
