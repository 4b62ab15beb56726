package io.cxkit.survey.text;

import java.util.List;
import java.util.Objects;

/**
 * The words of one comment as a {@link Tokenizer} gives them, and whether the comment was longer
 * than {@link Tokenizer#MAX_TEXT_LENGTH} so that only its beginning was read.
 *
 * @param tokens the words in text order, NFKC-normalised and lower-cased with {@code Locale.ROOT};
 *     copied, unmodifiable
 * @param truncated whether the text was cut at {@link Tokenizer#MAX_TEXT_LENGTH} chars: the rest
 *     (and a word the cut ran through) is not in {@code tokens}
 */
public record TokenizedText(List<String> tokens, boolean truncated) {

  /** Copies the tokens. */
  public TokenizedText {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
  }
}
