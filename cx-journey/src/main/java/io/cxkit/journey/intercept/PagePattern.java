package io.cxkit.journey.intercept;

import io.cxkit.journey.internal.JourneyIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A glob over page paths, such as {@code /checkout/**}, {@code /help/*} or exactly {@code
 * /contact}, compiled once and matched without allocating.
 *
 * <p>The rules. A pattern starts with {@code /} and is split at {@code /} into segments, as a page's
 * path is ({@code /help/returns} has the segments {@code help} and {@code returns}; {@code /} has
 * one empty segment; {@code /help/} ends with an empty one). Each pattern segment matches one page
 * segment: literally, character by character and case-sensitively (percent-escapes are not
 * decoded, but see below), except that {@code *} matches any run of characters within the segment, none
 * included ({@code /product/*-shoes}). A segment that is exactly {@code **} matches any number of
 * whole segments, none included, so {@code /help/**} matches {@code /help}, {@code /help/} and
 * {@code /help/returns/eu}, and {@code /**} matches every page. A page's fragment ({@code #…}) is
 * always ignored, and so is its query string ({@code ?…}) unless the pattern has one: then the
 * page must have a query string matching the pattern's, character by character, where {@code *}
 * matches any run of characters ({@code /search?q=*}).
 *
 * <p>Non-ASCII characters. A browser reports a page's path and query percent-encoded: the page
 * {@code /hilfe/über-uns} arrives as {@code location.pathname} {@code /hilfe/%C3%BCber-uns}. A
 * pattern written with non-ASCII characters therefore matches a page in either form: as written,
 * and with each non-ASCII character replaced by its UTF-8 bytes as {@code %XX} escapes in
 * upper-case hex (RFC 3986, section 2.1, as browsers and {@code encodeURI} write them). Without
 * this, {@code /hilfe/über-uns} would never match what a browser sends.
 *
 * <p>A pattern is refused ({@link InvalidTriggerException}) when it is empty, longer than {@value
 * #MAX_LENGTH} characters, does not start with {@code /}, has a control character, a space or
 * {@code #}, a lone surrogate (not Unicode text), an empty segment before the last ({@code //}), or {@code **} within a segment
 * ({@code /a**}) or as part of the query. Immutable and thread-safe; equal when the texts are.
 */
public final class PagePattern {
  /** The longest pattern accepted, in characters. */
  public static final int MAX_LENGTH = 512;

  /** Upper-case hex digits of percent-escapes (before {@link #ANY}, whose constructor runs first). */
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static final PagePattern ANY = new PagePattern("/**");

  private final String text;
  /** The path segments; null where the segment is {@code **}. */
  private final @Nullable String[] segments;
  /** The query glob after {@code ?}, or null when the pattern ignores the query. */
  private final @Nullable String query;
  private final boolean exact;
  /** The pattern with its non-ASCII characters percent-encoded, or null when it has none. */
  private final @Nullable PagePattern encoded;

  private PagePattern(String text) {
    this.text = text;
    String escaped = percentEncoded(text);
    this.encoded = escaped == null ? null : new PagePattern(escaped);
    int q = text.indexOf('?');
    String path = q < 0 ? text : text.substring(0, q);
    this.query = q < 0 ? null : text.substring(q + 1);
    List<@Nullable String> parts = new ArrayList<>();
    int start = 1;
    while (true) {
      int slash = path.indexOf('/', start);
      String segment = path.substring(start, slash < 0 ? path.length() : slash);
      boolean lastWasAny = !parts.isEmpty() && parts.get(parts.size() - 1) == null;
      if (segment.equals("**")) {
        if (!lastWasAny) {
          parts.add(null); // "/**/**" is "/**"
        }
      } else {
        parts.add(segment);
      }
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    this.segments = parts.toArray(new String[0]);
    this.exact = query == null && path.indexOf('*') < 0;
  }

  /**
   * @param pattern the glob, as the class documentation describes
   * @return the compiled pattern
   * @throws InvalidTriggerException naming the pattern and the rule it breaks
   */
  public static PagePattern of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    check(pattern);
    return pattern.equals("/**") ? ANY : new PagePattern(pattern);
  }

  /** @return the pattern {@code /**}, which matches every page */
  public static PagePattern any() {
    return ANY;
  }

  private static void check(String pattern) {
    String shown = JourneyIds.quote(pattern);
    if (pattern.isEmpty() || pattern.length() > MAX_LENGTH || pattern.charAt(0) != '/') {
      throw new InvalidTriggerException("page", shown,
          "a page pattern must be 1 to " + MAX_LENGTH + " characters starting with '/'");
    }
    int q = pattern.indexOf('?');
    int pathEnd = q < 0 ? pattern.length() : q;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '#') {
        throw new InvalidTriggerException("page", shown, "a page pattern must not have a control"
            + " character, a space or '#' (fragments are ignored): at index " + i);
      }
      if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < pattern.length()
          && Character.isLowSurrogate(pattern.charAt(i + 1)))) {
        throw new InvalidTriggerException("page", shown, "a page pattern must be Unicode text,"
            + " without a lone surrogate: at index " + i);
      }
      if (Character.isHighSurrogate(c)) {
        i++; // the pair's low half, checked with it
        continue;
      }
      if (i < pathEnd) {
        if (c == '/' && i + 1 < pathEnd && pattern.charAt(i + 1) == '/') {
          throw new InvalidTriggerException("page", shown,
              "a page pattern must not have an empty segment ('//'): at index " + i);
        }
        if (c == '*' && i + 1 < pathEnd && pattern.charAt(i + 1) == '*') {
          boolean startsSegment = pattern.charAt(i - 1) == '/';
          boolean endsSegment = i + 2 == pathEnd || pattern.charAt(i + 2) == '/';
          if (!startsSegment || !endsSegment) {
            throw new InvalidTriggerException("page", shown, "'**' must be a whole segment"
                + " ('/a/**/b'); '*' matches within a segment: at index " + i);
          }
        }
      } else if (i > pathEnd && (c == '?' || (c == '*' && i + 1 < pattern.length()
          && pattern.charAt(i + 1) == '*'))) {
        throw new InvalidTriggerException("page", shown, "a pattern's query has one '?' and"
            + " no '**' ('*' matches any run of characters there): at index " + i);
      }
    }
  }

  /**
   * @return the text with each non-ASCII character as its UTF-8 bytes in {@code %XX} escapes
   *     (upper-case hex), or null if it has no non-ASCII character (nor then a lone surrogate,
   *     which {@link #check} refuses)
   */
  private static @Nullable String percentEncoded(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < 0x80) {
      first++;
    }
    if (first == text.length()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() * 3).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i = end - 1;
    }
    return out.toString();
  }

  /** @return the pattern's text, as given */
  public String pattern() {
    return text;
  }

  /**
   * @param page a page as a session event names it: a path, perhaps with a query string and
   *     fragment
   * @return whether the page matches
   */
  public boolean matches(String page) {
    Objects.requireNonNull(page, "page");
    return matchesAsWritten(page) || (encoded != null && encoded.matchesAsWritten(page));
  }

  private boolean matchesAsWritten(String page) {
    int end = pathEnd(page);
    if (exact) {
      return end == text.length() && page.startsWith(text);
    }
    if (page.isEmpty() || page.charAt(0) != '/' || !matchesPath(page, end)) {
      return false;
    }
    if (query == null) {
      return true;
    }
    if (end >= page.length() || page.charAt(end) != '?') {
      return false;
    }
    int hash = page.indexOf('#', end);
    return glob(query, 0, query.length(), page, end + 1, hash < 0 ? page.length() : hash);
  }

  /**
   * The greedy wildcard match at the level of segments: {@code **} is the star and every other
   * pattern segment consumes exactly one page segment, so backtracking to the last {@code **}
   * alone is complete, and the cost is at most segments × pattern segments segment matches.
   */
  private boolean matchesPath(String page, int end) {
    int pi = 0;
    int si = 1;
    int starPi = -1;
    int starSi = -1;
    int n = segments.length;
    while (si <= end) {
      int segEnd = segmentEnd(page, si, end);
      String segment = pi < n ? segments[pi] : null;
      if (segment != null && glob(segment, 0, segment.length(), page, si, segEnd)) {
        pi++;
        si = segEnd + 1;
      } else if (pi < n && segment == null) {
        starPi = pi;
        starSi = si;
        pi++;
      } else if (starPi >= 0) {
        pi = starPi + 1;
        starSi = segmentEnd(page, starSi, end) + 1;
        si = starSi;
      } else {
        return false;
      }
    }
    while (pi < n && segments[pi] == null) {
      pi++;
    }
    return pi == n;
  }

  private static int segmentEnd(String page, int from, int end) {
    for (int i = from; i < end; i++) {
      if (page.charAt(i) == '/') {
        return i;
      }
    }
    return end;
  }

  /**
   * The classic greedy match of {@code *} globs (backtracking to the last star is complete when
   * there is one kind of star): {@code glob[gFrom, gTo)} against {@code text[tFrom, tTo)}.
   */
  private static boolean glob(String glob, int gFrom, int gTo, String text, int tFrom, int tTo) {
    int g = gFrom;
    int t = tFrom;
    int starG = -1;
    int starT = -1;
    while (t < tTo) {
      if (g < gTo && glob.charAt(g) == '*') {
        starG = g++;
        starT = t;
      } else if (g < gTo && glob.charAt(g) == text.charAt(t)) {
        g++;
        t++;
      } else if (starG >= 0) {
        g = starG + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (g < gTo && glob.charAt(g) == '*') {
      g++;
    }
    return g == gTo;
  }

  /** @return where the page's path ends: at its {@code ?} or {@code #}, or its length */
  static int pathEnd(String page) {
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '?' || c == '#') {
        return i;
      }
    }
    return page.length();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PagePattern other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** @return the pattern's text */
  @Override
  public String toString() {
    return text;
  }
}
