package io.cxkit.survey.summary;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Channel;
import io.cxkit.survey.Response;
import io.cxkit.survey.internal.Ids;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A named way to sort responses into groups: the respondent's locale, the channel, the A/B variant
 * shown, an attribute of the response's context, or any function of the response. A key gives each
 * response a group (a text) or none; responses without one are counted apart by a {@link
 * GroupedSummarizer}, never dropped. A blank text counts as none, since it names no group.
 *
 * <p>Two keys are the same key when their names are equal: the name is what a {@link
 * GroupedSummary} keeps, so summaries grouped by keys of one name merge. Give different functions
 * different names.
 */
public final class GroupKey {
  private final String name;
  private final Function<? super Response, ? extends @Nullable String> function;

  private GroupKey(String name, Function<? super Response, ? extends @Nullable String> function) {
    this.name = name;
    this.function = function;
  }

  /**
   * @param name the key's name, for reports and merges, such as {@code plan}
   * @param function the group of a response, or null when it has none; it must not throw for a
   *     response (what it throws propagates)
   * @return the key
   * @throws InvalidValueException if the name is blank, has surrounding spaces or is malformed
   */
  public static GroupKey of(String name,
      Function<? super Response, ? extends @Nullable String> function) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    requireName("name", name);
    return new GroupKey(name, function);
  }

  /** @return the key named {@code locale}: the BCP 47 tag of the locale the respondent saw */
  public static GroupKey locale() {
    return new GroupKey("locale", response -> {
      Locale locale = response.context().locale();
      return locale == null ? null : locale.toLanguageTag();
    });
  }

  /** @return the key named {@code channel}: the {@linkplain Channel#id() id} of the channel */
  public static GroupKey channel() {
    return new GroupKey("channel", response -> {
      Channel channel = response.context().channel();
      return channel == null ? null : channel.id();
    });
  }

  /** @return the key named {@code touchpoint}: the id of the journey touchpoint */
  public static GroupKey touchpoint() {
    return new GroupKey("touchpoint", response -> response.context().touchpointId());
  }

  /** @return the key named {@code variant}: the A/B variant shown */
  public static GroupKey variant() {
    return new GroupKey("variant", response -> response.context().variant());
  }

  /** @return the key named {@code device}: the device class, such as {@code mobile} */
  public static GroupKey device() {
    return new GroupKey("device", response -> response.context().device());
  }

  /**
   * @param attribute the name of an attribute of the responses' context, such as {@code plan}
   * @return the key named {@code attr:<attribute>} (the column name of cxkit's CSV layout): the
   *     attribute's value
   * @throws InvalidValueException if the attribute name is blank or malformed
   */
  public static GroupKey attribute(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    requireName("attribute", attribute);
    return new GroupKey("attr:" + attribute,
        response -> response.context().attributes().get(attribute));
  }

  /** @return the key's name, such as {@code variant} or {@code attr:plan} */
  public String name() {
    return name;
  }

  /**
   * @param response a response
   * @return its group, or null when the key gives it none (null or a blank text)
   */
  public @Nullable String groupOf(Response response) {
    Objects.requireNonNull(response, "response");
    String group = function.apply(response);
    return group == null || group.isBlank() ? null : group;
  }

  /** @return {@code true} for a key of the same name */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupKey k && k.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** @return {@code GroupKey[variant]} */
  @Override
  public String toString() {
    return "GroupKey[" + name + "]";
  }

  static void requireName(String field, String name) {
    if (name.isBlank() || !name.strip().equals(name)) {
      throw new InvalidValueException(field, Ids.quote(name),
          "must be a non-blank name without surrounding spaces");
    }
    Ids.requireWellFormed(field, name);
  }
}
