package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PagePatternTest {

  // Each row: pattern, page, expected — from the rules in PagePattern's javadoc.
  @ParameterizedTest
  @CsvSource({
      "/contact, /contact, true",
      "/contact, /contact?from=footer, true", // query ignored without '?' in the pattern
      "/contact, /contact#form, true",
      "/contact, /contact/, false", // a trailing empty segment is a segment
      "/contact, /contacts, false",
      "/contact, /Contact, false", // case-sensitive
      "/help/*, /help/returns, true",
      "/help/*, /help/returns/eu, false", // * stays within a segment
      "/help/*, /help, false",
      "/help/*, /help/, true", // * matches the empty last segment
      "/help/**, /help, true", // ** matches no segment
      "/help/**, /help/, true",
      "/help/**, /help/returns/eu?x=1, true",
      "/help/**, /helpdesk, false",
      "/checkout/**, /checkout/payment, true",
      "/checkout/**, /cart, false",
      "/**, /, true",
      "/**, /anything/at/all, true",
      "/product/*-shoes, /product/red-shoes, true",
      "/product/*-shoes, /product/-shoes, true",
      "/product/*-shoes, /product/red-shoe, false",
      "/**/returns, /help/eu/returns, true",
      "/**/returns, /returns, true",
      "/**/returns, /help/returns/x, false",
      "/a/**/b/*/c, /a/x/b/y/b/z/c, true", // ** backtracks past the first b
      "/a/**/b/*/c, /a/b/z/d, false",
      "/*a*b, /xaxxb, true",
      "/*a*b, /xbxa, false",
      "/search?q=*, /search?q=shoes, true",
      "/search?q=*, /search?q=a/b&page=2, true", // * in the query crosses / and &
      "/search?q=*, /search, false", // the pattern asks for a query
      "/search?q=*, /search?page=2, false",
      "/search?q=*, /search?q=x#top, true",
  })
  void matches(String pattern, String page, boolean expected) {
    assertThat(PagePattern.of(pattern).matches(page)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "checkout/**", "/a//b", "/a**", "/**a/b", "/a b", "/a#x",
      "/a?x?y", "/a?**", "/a\tb"})
  void badPatternsAreTyped(String pattern) {
    assertThatThrownBy(() -> PagePattern.of(pattern))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("page");
  }

  @Test
  void tooLongPatternIsTyped() {
    String pattern = "/" + "a".repeat(PagePattern.MAX_LENGTH);
    assertThatThrownBy(() -> PagePattern.of(pattern)).isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("1 to 512 characters");
  }

  @Test
  void messageNamesValueAndRule() {
    assertThatThrownBy(() -> PagePattern.of("/a**"))
        .hasMessageContaining("\"/a**\"").hasMessageContaining("'**' must be a whole segment");
  }

  @Test
  void valueSemantics() {
    assertThat(PagePattern.of("/help/**")).isEqualTo(PagePattern.of("/help/**"))
        .hasSameHashCodeAs(PagePattern.of("/help/**")).hasToString("/help/**");
    assertThat(PagePattern.of("/**")).isSameAs(PagePattern.any());
  }

  @Test
  void manyDoubleStarsStayFast() {
    // The greedy match is at most segments × pattern segments: 1 000 segments, 6 stars.
    PagePattern pattern = PagePattern.of("/**/a/**/a/**/a/**/b");
    String page = "/a".repeat(1000);
    assertThat(pattern.matches(page)).isFalse();
    assertThat(pattern.matches(page + "/b")).isTrue();
  }
}
