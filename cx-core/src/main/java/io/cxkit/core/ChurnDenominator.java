package io.cxkit.core;

/**
 * What a period's churn rate is divided by. The default, {@link #CUSTOMERS_AT_START}, makes the
 * churn rate a proportion of the customers at the start, with a binomial standard error and a
 * Wilson interval; {@link #AVERAGE_CUSTOMERS} is the variant some subscription businesses report
 * when many customers join during the period.
 */
public enum ChurnDenominator {

  /**
   * Customers at the start of the period, S: churn rate = L / S × 100, on 0..100. The definition
   * of DESIGN.md's glossary and of most SaaS metric guides.
   */
  CUSTOMERS_AT_START,

  /**
   * The average number of customers in the period, (S + E) / 2: churn rate = L / ((S + E) / 2) ×
   * 100. It dampens the effect of customers who joined during the period, but it is not a
   * proportion (the lost customers are not a subset of an "average" set), so it has no binomial
   * standard error or interval, and it can exceed 100 when the base shrinks fast (S = 10, L = 10,
   * E = 0 gives 200).
   */
  AVERAGE_CUSTOMERS
}
