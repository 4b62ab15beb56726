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

  private static final Pattern ID = Pattern.compile(ID_REGEX);
  private static final Pattern TYPE_ID = Pattern.compile(TYPE_ID_REGEX);

  private Ids() {}

  /**
   * @param field the path of the id, for the message
   * @param id the id to check
   * @return {@code id}
   * @throws InvalidValueException if {@code id} is null or does not match {@link #ID_RULE}
   */
  public static String requireId(String field, @org.jspecify.annotations.Nullable String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(field, id == null ? null : '"' + id + '"', ID_RULE);
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
      throw new InvalidValueException(field, typeId == null ? null : '"' + typeId + '"', TYPE_ID_RULE);
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
    throw new InvalidValueException(field, '"' + id + '"', "must be one of " + valid);
  }

  /** @return whether {@code typeId} matches {@link #TYPE_ID_RULE} */
  public static boolean isTypeId(String typeId) {
    return TYPE_ID.matcher(typeId).matches();
  }
}
