/**
 * Open-text analysis, right for each language: {@link io.cxkit.survey.text.Tokenizer} segments a
 * comment into lower-cased words with ICU's word {@code BreakIterator} (dictionary segmentation for
 * Chinese, which has no spaces), {@link io.cxkit.survey.text.StopWords} names the function words of
 * a language, and a {@link io.cxkit.survey.text.Codebook} of {@link io.cxkit.survey.text.Theme}s
 * (delivery, price, checkout error…) with keywords per language tags comments. A {@link
 * io.cxkit.survey.text.ThemeSummarizer} streams comments or responses into a mergeable {@link
 * io.cxkit.survey.text.ThemeSummary}: how many comments mention each theme and their share with a
 * Wilson interval, overall and per group (an NPS group by {@link
 * io.cxkit.survey.text.TextGroups#npsGroup(String)}, a segment or a touchpoint by a {@link
 * io.cxkit.survey.summary.GroupKey}), each group's share compared with the rest's. Codebooks have
 * a strict JSON form ({@link io.cxkit.survey.text.CodebookJson}).
 *
 * <p>{@link io.cxkit.survey.text.Phrases} turns tokens into 1- to 3-word phrases, a {@link
 * io.cxkit.survey.text.PhraseCounter} counts them per comment, exactly up to a documented capacity
 * and by Space-Saving beyond it, and {@link io.cxkit.survey.text.DistinctivePhrases} ranks the
 * phrases of one group against another by weighted log-odds with an informative Dirichlet prior
 * (Monroe, Colaresi and Quinn 2008), with a two-sided p-value per phrase and Holm's correction
 * across them. A {@link io.cxkit.survey.text.PhraseSummarizer} joins the two halves: it streams
 * {@link io.cxkit.survey.Response}s (or comments) through the tokenizer and stop words of each
 * comment's locale into a mergeable {@link io.cxkit.survey.text.PhraseSummary} per group, so
 * what detractors say against promoters is a summarizer and one comparison. {@link
 * io.cxkit.survey.text.TextJson} writes and strictly reads the versioned JSON forms of phrase
 * counts and of phrase and theme summaries, so partial results merge across machines.
 */
@NullMarked
package io.cxkit.survey.text;

import org.jspecify.annotations.NullMarked;
