package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A keyword of a theme as it is matched: the tokens the language's tokenizer gives it, each
 * matching a token exactly or, when written with a trailing {@code *}, as a prefix.
 */
record Keyword(List<Part> parts) {

  /** One token of a keyword. */
  record Part(String token, boolean prefix) {
    /** @return whether {@code candidate} is matched by this part */
    boolean matches(String candidate) {
      return prefix ? candidate.startsWith(token) : candidate.equals(token);
    }

    @Override
    public String toString() {
      return prefix ? token + "*" : token;
    }
  }

  Keyword {
    parts = List.copyOf(parts);
  }

  /**
   * @param field the keyword's path, for messages
   * @param text the keyword as written
   * @param language its language, whose tokenizer splits it
   * @throws InvalidValueException if it is blank, has no word or misplaces a {@code *}
   */
  static Keyword compile(String field, String text, String language) {
    if (text.isBlank()) {
      throw new InvalidValueException(field, Ids.quote(text), "a keyword must not be blank");
    }
    Ids.requireWellFormed(field, text);
    if (text.length() > Tokenizer.MAX_TEXT_LENGTH) {
      throw new InvalidValueException(field, Ids.quote(text),
          "a keyword must be at most " + Tokenizer.MAX_TEXT_LENGTH + " chars");
    }
    String normalized = Tokenizer.normalize(text);
    List<Tokenizer.Segment> segments = Tokenizer.of(Locale.forLanguageTag(language)).segments(normalized);
    if (segments.isEmpty()) {
      throw new InvalidValueException(field, Ids.quote(text),
          "a keyword needs at least one word (letters, digits or ideographs), not only punctuation");
    }
    List<Part> parts = new ArrayList<>(segments.size());
    int stars = 0;
    for (Tokenizer.Segment segment : segments) {
      boolean prefix = segment.end() < normalized.length() && normalized.charAt(segment.end()) == '*';
      stars += prefix ? 1 : 0;
      parts.add(new Part(segment.token(), prefix));
    }
    for (Tokenizer.Segment segment : segments) {
      int after = segment.end() + 1;
      if (segment.end() < normalized.length() && normalized.charAt(segment.end()) == '*'
          && after < normalized.length() && Character.isLetterOrDigit(normalized.codePointAt(after))) {
        throw new InvalidValueException(field, Ids.quote(text), "a '*' ends the word whose prefix "
            + "it makes, so it must be followed by a space, punctuation or the end, not by more "
            + "of a word: such as \"достав*\"");
      }
    }
    if (stars != normalized.chars().filter(c -> c == '*').count()) {
      throw new InvalidValueException(field, Ids.quote(text),
          "a '*' must directly follow a word, whose prefix it makes: such as \"достав*\"");
    }
    return new Keyword(parts);
  }

  /** @return the parts, such as {@code [out, of, stock]} or {@code [достав*]} */
  @Override
  public String toString() {
    return parts.toString();
  }
}
