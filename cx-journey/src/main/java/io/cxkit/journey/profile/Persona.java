package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.journey.internal.JourneyIds;
import io.cxkit.survey.Channel;
import io.cxkit.survey.condition.AllOf;
import io.cxkit.survey.condition.AnyOf;
import io.cxkit.survey.condition.Comparison;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.condition.Not;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named segment of customers described for the people who design their journeys: who they are
 * (description), what they want (goals, needs), what hurts (pain points) and where they like to be
 * reached (preferred channels), with a {@linkplain #rule() rule} over profile attributes that
 * decides which customers it describes.
 *
 * <p>The rule is a cx-survey {@link Condition} whose operands are {@link ProfileFacts} kinds only
 * ({@value ProfileFacts#ATTRIBUTE} and {@value ProfileFacts#DAYS_SINCE}): {@code
 * ProfileFacts.attribute("orders").greaterThan(4)}. When a customer matches several personas, the
 * one with the highest {@linkplain #priority() priority} is assigned; between equal priorities the
 * persona listed first in its {@link PersonaSet} wins.
 *
 * @param id the persona's id (letters, digits, {@code _ . -}); what breakdowns name it by
 * @param name the name shown in reports, such as "Bargain hunter"; not blank
 * @param description who they are, in a sentence or two; may be empty
 * @param goals what they want to achieve; each not blank; copied, unmodifiable
 * @param needs what they need from the shop; each not blank; copied, unmodifiable
 * @param painPoints what frustrates them; each not blank; copied, unmodifiable
 * @param preferredChannels where they like to be reached, most preferred first, each once;
 *     copied, unmodifiable
 * @param rule which profiles the persona describes
 * @param priority the rank among overlapping personas, any int: the higher wins (2 beats 1; 0 when
 *     not set) — unlike a follow-up rule's priority, where 1 is the most urgent
 */
public record Persona(String id, String name, String description, List<String> goals,
    List<String> needs, List<String> painPoints, List<Channel> preferredChannels, Condition rule,
    int priority) {

  /** The operand kinds a persona's rule may use. */
  static final List<String> RULE_KINDS = List.of(ProfileFacts.ATTRIBUTE, ProfileFacts.DAYS_SINCE);

  /**
   * @throws InvalidJourneyException naming the field if the id is malformed, the name blank, a
   *     text blank, a channel listed twice, or the rule uses an operand kind other than {@value
   *     ProfileFacts#ATTRIBUTE} and {@value ProfileFacts#DAYS_SINCE}
   */
  public Persona {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rule, "rule");
    if (!JourneyIds.isId(id)) {
      throw new InvalidJourneyException("id", JourneyIds.quote(id), JourneyIds.ID_RULE);
    }
    if (name.isBlank()) {
      throw new InvalidJourneyException("name", JourneyIds.quote(name), "must not be blank");
    }
    goals = texts("goals", goals);
    needs = texts("needs", needs);
    painPoints = texts("painPoints", painPoints);
    Objects.requireNonNull(preferredChannels, "preferredChannels");
    for (int i = 0; i < preferredChannels.size(); i++) {
      int index = i;
      Channel channel = Objects.requireNonNull(preferredChannels.get(i),
          () -> "preferredChannels[" + index + "]");
      int first = preferredChannels.subList(0, i).indexOf(channel);
      if (first >= 0) {
        throw new InvalidJourneyException("preferredChannels[" + i + "]",
            JourneyIds.quote(channel.id()),
            "repeats preferredChannels[" + first + "]; each channel is listed once");
      }
    }
    preferredChannels = List.copyOf(preferredChannels);
    requireProfileOperands("rule", rule);
  }

  private static List<String> texts(String field, List<String> texts) {
    Objects.requireNonNull(texts, field);
    for (int i = 0; i < texts.size(); i++) {
      int index = i;
      String text = Objects.requireNonNull(texts.get(i), () -> field + "[" + index + "]");
      if (text.isBlank()) {
        throw new InvalidJourneyException(field + "[" + i + "]", JourneyIds.quote(text),
            "must not be blank");
      }
    }
    return List.copyOf(texts);
  }

  /**
   * Checks that every comparison of a rule looks at a profile, naming the offending comparison by
   * its path in the condition's JSON form ({@code rule.anyOf[1]}).
   *
   * @param path the rule's field
   * @param condition the rule
   * @throws InvalidJourneyException if a comparison's operand kind is not a {@link ProfileFacts} one
   */
  static void requireProfileOperands(String path, Condition condition) {
    if (condition instanceof Comparison comparison) {
      String kind = comparison.operand().kind();
      if (!RULE_KINDS.contains(kind)) {
        throw new InvalidJourneyException(path, JourneyIds.quote(kind),
            "is not an operand kind of a profile; a rule over profiles compares \"attribute\" or"
                + " \"days-since\" operands");
      }
    } else if (condition instanceof AllOf all) {
      parts(path + ".allOf", all.conditions());
    } else if (condition instanceof AnyOf any) {
      parts(path + ".anyOf", any.conditions());
    } else {
      requireProfileOperands(path + ".not", ((Not) condition).condition());
    }
  }

  private static void parts(String path, List<Condition> parts) {
    for (int i = 0; i < parts.size(); i++) {
      requireProfileOperands(path + "[" + i + "]", parts.get(i));
    }
  }

  /**
   * @param id the persona's id
   * @param name its name
   * @return a builder of a persona; only {@link Builder#rule} is required besides these
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * @param profile a customer's profile
   * @param asOf the date {@value ProfileFacts#DAYS_SINCE} counts to
   * @return whether the persona's rule holds for the profile
   */
  public boolean matches(CustomerProfile profile, java.time.LocalDate asOf) {
    return rule.test(ProfileFacts.of(profile, asOf));
  }

  /**
   * Collects a persona's parts; each may be set once ({@link IllegalStateException} otherwise), and
   * {@link #build()} checks them. Lists default to empty, the description to empty, the priority
   * to 0.
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private @Nullable String description;
    private @Nullable List<String> goals;
    private @Nullable List<String> needs;
    private @Nullable List<String> painPoints;
    private @Nullable List<Channel> preferredChannels;
    private @Nullable Condition rule;
    private @Nullable Integer priority;

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    private static void once(@Nullable Object current, String option) {
      if (current != null) {
        throw new IllegalStateException(option + " is already set");
      }
    }

    /**
     * @param description who they are
     * @return this builder
     */
    public Builder description(String description) {
      once(this.description, "description");
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param goals what they want to achieve
     * @return this builder
     */
    public Builder goals(String... goals) {
      once(this.goals, "goals");
      this.goals = new ArrayList<>(List.of(Objects.requireNonNull(goals, "goals")));
      return this;
    }

    /**
     * @param needs what they need from the shop
     * @return this builder
     */
    public Builder needs(String... needs) {
      once(this.needs, "needs");
      this.needs = new ArrayList<>(List.of(Objects.requireNonNull(needs, "needs")));
      return this;
    }

    /**
     * @param painPoints what frustrates them
     * @return this builder
     */
    public Builder painPoints(String... painPoints) {
      once(this.painPoints, "painPoints");
      this.painPoints = new ArrayList<>(List.of(Objects.requireNonNull(painPoints, "painPoints")));
      return this;
    }

    /**
     * @param channels where they like to be reached, most preferred first
     * @return this builder
     */
    public Builder preferredChannels(Channel... channels) {
      once(this.preferredChannels, "preferredChannels");
      this.preferredChannels = new ArrayList<>(List.of(Objects.requireNonNull(channels, "channels")));
      return this;
    }

    /**
     * @param rule which profiles the persona describes, over {@link ProfileFacts} operands
     * @return this builder
     */
    public Builder rule(Condition rule) {
      once(this.rule, "rule");
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * @param priority the rank among overlapping personas, any int: the higher wins (2 beats 1)
     * @return this builder
     */
    public Builder priority(int priority) {
      once(this.priority, "priority");
      this.priority = priority;
      return this;
    }

    /**
     * @return the persona
     * @throws InvalidJourneyException if no rule was given or a part breaks a rule of {@link
     *     Persona}
     */
    public Persona build() {
      if (rule == null) {
        throw new InvalidJourneyException("rule", "none",
            "is required: a persona needs a rule saying which profiles it describes");
      }
      return new Persona(id, name, description == null ? "" : description,
          goals == null ? List.of() : goals, needs == null ? List.of() : needs,
          painPoints == null ? List.of() : painPoints,
          preferredChannels == null ? List.of() : preferredChannels, rule,
          priority == null ? 0 : priority);
    }
  }
}
