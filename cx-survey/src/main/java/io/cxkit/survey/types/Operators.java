package io.cxkit.survey.types;

import io.cxkit.survey.spi.ConditionOperator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The condition operators of the built-in types. */
final class Operators {
  /** The operators that compare a score. */
  static final Set<ConditionOperator> SCORE = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS, ConditionOperator.ONE_OF, ConditionOperator.IN_RANGE,
      ConditionOperator.GREATER_THAN, ConditionOperator.LESS_THAN));

  /** The operators that compare one code (an outcome id, a chosen code). */
  static final Set<ConditionOperator> CODE = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS, ConditionOperator.ONE_OF));

  /** The operator that looks into a list of codes or a text. */
  static final Set<ConditionOperator> CONTAINS = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.CONTAINS));

  /** The operator that compares a flag. */
  static final Set<ConditionOperator> EQUALS = Collections.unmodifiableSet(EnumSet.of(
      ConditionOperator.EQUALS));

  private Operators() {}
}
