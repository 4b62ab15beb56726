/**
 * The {@code ranking} question type: the respondent puts every option of a {@link
 * io.cxkit.examples.ranking.RankingQuestion} in order, best first; a {@link
 * io.cxkit.examples.ranking.RankingSummary} gives each option's mean rank and Borda points.
 */
@NullMarked
package io.cxkit.examples.ranking;

import org.jspecify.annotations.NullMarked;
