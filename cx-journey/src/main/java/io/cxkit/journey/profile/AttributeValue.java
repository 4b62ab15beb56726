package io.cxkit.journey.profile;

import io.cxkit.journey.InvalidJourneyException;
import io.cxkit.survey.spi.AnswerValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A typed value of a customer profile attribute: a text, a number, a date or a set of texts.
 * Persona rules compare attributes with cx-survey's condition language, which sees each value in
 * its plain {@linkplain #asFact() form}.
 */
public sealed interface AttributeValue {

  /** @return the value as the condition language compares it */
  AnswerValue asFact();

  /** @return the type's id in JSON and CSV: {@code text}, {@code number}, {@code date} or {@code set} */
  String typeId();

  /**
   * @param value a text
   * @return a text attribute
   */
  static TextAttribute text(String value) {
    return new TextAttribute(value);
  }

  /**
   * @param value a finite number
   * @return a number attribute
   */
  static NumberAttribute number(double value) {
    return new NumberAttribute(value);
  }

  /**
   * @param value a date
   * @return a date attribute
   */
  static DateAttribute date(LocalDate value) {
    return new DateAttribute(value);
  }

  /**
   * @param values texts
   * @return a set attribute
   */
  static SetAttribute set(String... values) {
    return new SetAttribute(new LinkedHashSet<>(List.of(Objects.requireNonNull(values, "values"))));
  }

  /**
   * A text, such as a country or a plan.
   *
   * @param value the text
   */
  record TextAttribute(String value) implements AttributeValue {
    /** Checks the text is present. */
    public TextAttribute {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public AnswerValue asFact() {
      return new AnswerValue.TextValue(value);
    }

    @Override
    public String typeId() {
      return "text";
    }
  }

  /**
   * A number, such as orders placed or lifetime value.
   *
   * @param value a finite number
   */
  record NumberAttribute(double value) implements AttributeValue {
    /** @throws InvalidJourneyException if the number is NaN or infinite */
    public NumberAttribute {
      if (!Double.isFinite(value)) {
        throw new InvalidJourneyException("value", value, "must be a finite number");
      }
    }

    @Override
    public AnswerValue asFact() {
      return new AnswerValue.NumberValue(value);
    }

    @Override
    public String typeId() {
      return "number";
    }
  }

  /**
   * A date, such as the signup date. Conditions see it as its ISO-8601 text ({@code 2026-03-01}),
   * so {@code equals} and {@code one-of} work; for "signed up less than 90 days ago" rules use the
   * {@code days-since} operand of {@link ProfileFacts}.
   *
   * @param value the date
   */
  record DateAttribute(LocalDate value) implements AttributeValue {
    /** Checks the date is present. */
    public DateAttribute {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public AnswerValue asFact() {
      return new AnswerValue.TextValue(value.toString());
    }

    @Override
    public String typeId() {
      return "date";
    }
  }

  /**
   * A set of texts, such as the categories bought from. Conditions see it as a list of codes, so
   * {@code contains} asks whether one is in the set.
   *
   * @param values the texts, in the order given; copied, unmodifiable
   */
  record SetAttribute(Set<String> values) implements AttributeValue {
    /** Copies the set; a null element is refused. */
    public SetAttribute {
      Objects.requireNonNull(values, "values");
      LinkedHashSet<String> copy = new LinkedHashSet<>();
      for (String value : values) {
        copy.add(Objects.requireNonNull(value, "values element"));
      }
      values = Collections.unmodifiableSet(copy);
    }

    @Override
    public AnswerValue asFact() {
      return new AnswerValue.CodesValue(new ArrayList<>(values));
    }

    @Override
    public String typeId() {
      return "set";
    }
  }
}
