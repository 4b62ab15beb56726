package io.cxkit.survey.internal;

import io.cxkit.core.InvalidValueException;
import java.util.regex.Pattern;

/** Rules for the ids that appear in paths, JSON and CSV headers, so every message has one shape. */
public final class Ids {
  /** What an id may look like, for error messages. */
  public static final String ID_RULE =
      "must be 1 to 128 characters of letters, digits, '_', '-' or '.', starting with a letter or digit";

  /** What a question type id may look like, for error messages. */
  public static final String TYPE_ID_RULE =
      "must be 1 to 64 characters of lower-case letters, digits and '_', starting with a letter";

  /** The regular expression of {@link #ID_RULE}, as JSON Schema's {@code pattern} takes it. */
  public static final String ID_REGEX = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$";

  /** The regular expression of {@link #TYPE_ID_RULE}, as JSON Schema's {@code pattern} takes it. */
  public static final String TYPE_ID_REGEX = "^[a-z][a-z0-9_]{0,63}$";

  /**
   * The regular expression of a condition operand's kind ({@code answer}, {@code attribute}), as
   * JSON Schema's {@code pattern} takes it; the kind is a member name of a comparison's JSON form.
   */
  public static final String OPERAND_KIND_REGEX = "^[a-z][a-z0-9-]{0,31}$";

  private static final Pattern ID = Pattern.compile(ID_REGEX);
  private static final Pattern TYPE_ID = Pattern.compile(TYPE_ID_REGEX);

  /** How many code points of a value a message shows; the rest is summarised by its length. */
  public static final int SHOWN = 64;

  private Ids() {}

  /**
   * Renders a value for an error message: in double quotes, with a double quote and a backslash
   * escaped by a backslash, control, format and separator characters and unpaired surrogates written
   * as JSON's backslash-u escapes of their UTF-16 units (so a message never carries an invisible or
   * unprintable character), and only its first {@value #SHOWN} code points followed by {@code …}
   * and its length in code points when it is longer.
   *
   * @param text the value, or null
   * @return the value as a message shows it, or {@code null} for null
   */
  public static String quote(@org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      return "null";
    }
    String shown = escape(text, '"');
    if (shown.endsWith("…")) {
      return '"' + shown + "\" (" + text.codePointCount(0, text.length()) + " characters)";
    }
    return '"' + shown + '"';
  }

  /**
   * @param text a value or member name
   * @param quote the quote character that will surround it, escaped with a backslash
   * @return the text escaped as {@link #quote} does, without quotes or length; its first {@value
   *     #SHOWN} code points and {@code …} when it is longer
   */
  public static String escape(String text, char quote) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN) + 8);
    int shown = 0;
    int i = 0;
    for (; i < text.length() && shown < SHOWN; shown++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int kind = Character.getType(c);
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (kind == Character.CONTROL || kind == Character.FORMAT
          || kind == Character.SURROGATE || kind == Character.LINE_SEPARATOR
          || kind == Character.PARAGRAPH_SEPARATOR) {
        for (char unit : Character.toChars(c)) {
          out.append(String.format("\\u%04x", (int) unit));
        }
      } else {
        out.appendCodePoint(c);
      }
    }
    return i < text.length() ? out.append('…').toString() : out.toString();
  }

  /**
   * @param field the path of the id, for the message
   * @param id the id to check
   * @return {@code id}
   * @throws InvalidValueException if {@code id} is null or does not match {@link #ID_RULE}
   */
  public static String requireId(String field, @org.jspecify.annotations.Nullable String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(field, id == null ? null : quote(id), ID_RULE);
    }
    return id;
  }

  /**
   * @param field the path of the type id, for the message
   * @param typeId the type id to check
   * @return {@code typeId}
   * @throws InvalidValueException if {@code typeId} is null or does not match {@link #TYPE_ID_RULE}
   */
  public static String requireTypeId(String field, @org.jspecify.annotations.Nullable String typeId) {
    if (typeId == null || !TYPE_ID.matcher(typeId).matches()) {
      throw new InvalidValueException(field, typeId == null ? null : quote(typeId), TYPE_ID_RULE);
    }
    return typeId;
  }

  /**
   * Finds the constant whose id is {@code id}, for the {@code ofId} methods of enums with stable ids.
   *
   * @param <E> the enum
   * @param field the path of the id, for the message
   * @param id the id to find
   * @param constants the enum's constants, in declaration order
   * @param idOf the stable id of a constant
   * @return the constant with that id
   * @throws InvalidValueException naming every valid id if none has that id
   */
  public static <E extends Enum<E>> E ofId(
      String field, String id, E[] constants, java.util.function.Function<E, String> idOf) {
    java.util.Objects.requireNonNull(id, "id");
    StringBuilder valid = new StringBuilder();
    for (E constant : constants) {
      String candidate = idOf.apply(constant);
      if (candidate.equals(id)) {
        return constant;
      }
      valid.append(valid.length() == 0 ? "" : ", ").append('"').append(candidate).append('"');
    }
    throw new InvalidValueException(field, quote(id), "must be one of " + valid);
  }

  /** The rule a text with an unpaired surrogate breaks (the same words as cx-core's labels). */
  public static final String WELL_FORMED_RULE =
      "must be valid Unicode text: it holds an unpaired surrogate char";

  /**
   * Checks that a text survives the JSON form: a string with an unpaired surrogate char has no
   * UTF-8 form, so it would be written as {@code ?} (or not at all) and read back as another text.
   *
   * @param field the path of the text, for the message
   * @param text the text, or null (which passes)
   * @return {@code text}
   * @throws InvalidValueException if {@code text} holds an unpaired surrogate char
   */
  public static <T extends @org.jspecify.annotations.Nullable String> T requireWellFormed(
      String field, T text) {
    if (text != null && hasUnpairedSurrogate(text)) {
      throw new InvalidValueException(field, quote(text), WELL_FORMED_RULE);
    }
    return text;
  }

  /**
   * @param text a string
   * @return whether it holds a surrogate char that is not half of a pair
   */
  public static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether {@code typeId} matches {@link #TYPE_ID_RULE} */
  public static boolean isTypeId(String typeId) {
    return TYPE_ID.matcher(typeId).matches();
  }
}
