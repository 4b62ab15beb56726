package io.cxkit.survey.text;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.internal.Ids;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A codebook: the {@link Theme}s a team tags open-text comments with, and the matcher that tags a
 * comment with every theme one of whose keywords it contains. A comment is matched against the
 * keywords of its own language only (a Russian comment against the Russian keywords), as token
 * sequences from that language's {@link Tokenizer}; stop words are not removed, so {@code "не
 * работает"} matches as written. A comment in a language the codebook has no keywords for is
 * {@linkplain #covers not covered}: it cannot be tagged, which is not the same as mentioning no
 * theme.
 *
 * <p>Immutable and thread-safe; the keywords are compiled once into a trie of tokens per
 * language, so tagging costs the tokenization plus a few map look-ups per token. Two codebooks are
 * equal when their themes are. {@link #ecommerce()} is a ready example; {@link CodebookJson} reads
 * and writes the JSON form.
 */
public final class Codebook {
  private final List<Theme> themes;
  private final Map<String, Integer> index;
  private final Map<String, Node> tries;

  private Codebook(List<Theme> themes) {
    this.themes = themes;
    Map<String, Integer> ids = new LinkedHashMap<>();
    Map<String, Node> roots = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      ids.put(theme.id(), t);
      for (Map.Entry<String, List<String>> entry : theme.keywords().entrySet()) {
        Node root = roots.computeIfAbsent(entry.getKey(), language -> new Node());
        List<String> words = entry.getValue();
        for (int i = 0; i < words.size(); i++) {
          Keyword keyword = Keyword.compile("themes[" + theme.id() + "].keywords." + entry.getKey()
              + "[" + i + "]", words.get(i), entry.getKey());
          root.insert(keyword.parts(), 0, t);
        }
      }
    }
    this.index = Collections.unmodifiableMap(ids);
    this.tries = roots;
  }

  /**
   * @param themes the themes, in the order reports list them; at least one
   * @return the codebook
   * @throws InvalidValueException if there is no theme or two have the same id
   */
  public static Codebook of(List<Theme> themes) {
    Objects.requireNonNull(themes, "themes");
    if (themes.isEmpty()) {
      throw new InvalidValueException("themes", "[]", "a codebook needs at least one theme");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = Objects.requireNonNull(themes.get(i), "themes element");
      if (!ids.add(theme.id())) {
        throw new InvalidValueException("themes[" + i + "].id", Ids.quote(theme.id()),
            "theme ids must be unique: an earlier theme has it");
      }
    }
    return new Codebook(List.copyOf(themes));
  }

  /**
   * @param themes the themes
   * @return the codebook
   * @throws InvalidValueException as {@link #of(List)} does
   */
  public static Codebook of(Theme... themes) {
    return of(List.of(Objects.requireNonNull(themes, "themes")));
  }

  /**
   * A ready codebook for an online shop's feedback, in English, Russian and Chinese, with the
   * pain points that exit and post-purchase surveys keep hearing: {@code delivery}, {@code price},
   * {@code missing-information}, {@code checkout-error} and {@code customer-service}. A start to
   * adapt to the shop's own words, not a finished instrument: read a sample of the untagged
   * comments and add what they say.
   *
   * @return the e-commerce codebook
   */
  public static Codebook ecommerce() {
    return EcommerceCodebook.CODEBOOK;
  }

  /** @return the themes in order; unmodifiable */
  public List<Theme> themes() {
    return themes;
  }

  /** @return the theme ids in order; unmodifiable */
  public List<String> themeIds() {
    return List.copyOf(index.keySet());
  }

  /**
   * @param id a theme id
   * @return the theme
   * @throws InvalidValueException if there is no such theme, naming those there are
   */
  public Theme theme(String id) {
    return themes.get(indexOf(id));
  }

  /** @return the position of theme {@code id}, or throws naming the ids there are */
  int indexOf(String id) {
    Objects.requireNonNull(id, "id");
    Integer i = index.get(id);
    if (i == null) {
      throw new InvalidValueException("theme", Ids.quote(id), "must be one of the codebook's themes " + index.keySet());
    }
    return i;
  }

  /** @return the languages with keywords, sorted; unmodifiable */
  public Set<String> languages() {
    return Collections.unmodifiableSet(new TreeSet<>(tries.keySet()));
  }

  /**
   * @param locale a comment's locale; only its language counts
   * @return whether some theme has keywords in that language
   */
  public boolean covers(Locale locale) {
    return tries.containsKey(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * @param comment a comment (only its first {@value Tokenizer#MAX_TEXT_LENGTH} chars are read)
   * @param locale the comment's language
   * @return the ids of the themes it mentions, in codebook order; unmodifiable; empty when it
   *     mentions none or its language is not {@linkplain #covers covered}
   */
  public Set<String> tag(CharSequence comment, Locale locale) {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(locale, "locale");
    Node root = tries.get(locale.getLanguage());
    if (root == null) {
      return Set.of();
    }
    return ids(match(root, Tokenizer.of(locale).tokens(comment)));
  }

  /**
   * @param tokens a comment's tokens as the {@link Tokenizer} of {@code language} gives them
   * @param language the comment's language, an ISO 639-1 code
   * @return the ids of the themes the tokens mention, in codebook order; unmodifiable; empty when
   *     the codebook has no keywords in that language
   */
  public Set<String> tagTokens(List<String> tokens, String language) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(language, "language");
    Node root = tries.get(language);
    return root == null ? Set.of() : ids(match(root, tokens));
  }

  private Set<String> ids(BitSet found) {
    Set<String> ids = new LinkedHashSet<>();
    for (int t = found.nextSetBit(0); t >= 0; t = found.nextSetBit(t + 1)) {
      ids.add(themes.get(t).id());
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Tags one comment for a summarizer.
   *
   * @return the themes found, or null when the language is not covered
   */
  @Nullable Tagged tagForSummary(CharSequence comment, Locale locale) {
    Node root = tries.get(locale.getLanguage());
    if (root == null) {
      return null;
    }
    TokenizedText text = Tokenizer.of(locale).tokenize(comment);
    return new Tagged(match(root, text.tokens()), text.truncated());
  }

  /** The themes of one comment, by position, and whether the comment was cut. */
  record Tagged(BitSet themes, boolean truncated) {}

  private static BitSet match(Node root, List<String> tokens) {
    BitSet found = new BitSet();
    for (int i = 0, n = tokens.size(); i < n; i++) {
      root.walk(tokens, i, found);
    }
    return found;
  }

  /** A trie node: its exact and prefix edges by token, and the themes of keywords ending here. */
  private static final class Node {
    private final Map<String, Node> exact = new HashMap<>();
    private final List<Map.Entry<String, Node>> prefixes = new ArrayList<>();
    private final BitSet ends = new BitSet();

    void insert(List<Keyword.Part> parts, int at, int theme) {
      if (at == parts.size()) {
        ends.set(theme);
        return;
      }
      Keyword.Part part = parts.get(at);
      Node next;
      if (part.prefix()) {
        next = null;
        for (Map.Entry<String, Node> edge : prefixes) {
          if (edge.getKey().equals(part.token())) {
            next = edge.getValue();
          }
        }
        if (next == null) {
          next = new Node();
          prefixes.add(Map.entry(part.token(), next));
        }
      } else {
        next = exact.computeIfAbsent(part.token(), token -> new Node());
      }
      next.insert(parts, at + 1, theme);
    }

    /** Adds the themes of every keyword that the tokens from {@code at} on begin with. */
    void walk(List<String> tokens, int at, BitSet found) {
      found.or(ends);
      if (at == tokens.size()) {
        return;
      }
      String token = tokens.get(at);
      Node next = exact.get(token);
      if (next != null) {
        next.walk(tokens, at + 1, found);
      }
      for (int p = 0, n = prefixes.size(); p < n; p++) {
        Map.Entry<String, Node> edge = prefixes.get(p);
        if (token.startsWith(edge.getKey())) {
          edge.getValue().walk(tokens, at + 1, found);
        }
      }
    }
  }

  /** @return {@code true} for a codebook with equal themes in the same order */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Codebook c && c.themes.equals(themes);
  }

  @Override
  public int hashCode() {
    return themes.hashCode();
  }

  /** @return {@code Codebook[delivery, price, …]} */
  @Override
  public String toString() {
    return "Codebook" + index.keySet();
  }
}
