package io.cxkit.cli.report;

/**
 * Writes markup that is both HTML5 and well-formed XML: every element closed, void elements as
 * {@code <br/>}, only the five XML escapes, and no character XML 1.0 forbids. Every string from the
 * data passes through {@link #escape(String)}, so no data can open an element or an attribute.
 */
final class Html {

  private final StringBuilder sb = new StringBuilder(1 << 16);

  /**
   * Opens an element.
   *
   * @param tag the element name, a constant
   * @param attributes name/value pairs; names are constants, values are escaped; a null value
   *     leaves the attribute out
   * @return this
   */
  Html open(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append('>');
    return this;
  }

  /**
   * Writes an empty (void) element, such as {@code <meta charset="utf-8"/>}.
   *
   * @param tag the element name, a constant
   * @param attributes name/value pairs as in {@link #open}
   * @return this
   */
  Html empty(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append("/>");
    return this;
  }

  /** @param tag the element to close @return this */
  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /**
   * An element with text only.
   *
   * @param tag the element name
   * @param text its text, escaped
   * @param attributes name/value pairs as in {@link #open}
   * @return this
   */
  Html el(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** @param text text from anywhere, escaped @return this */
  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** @param text data text, escaped and isolated for bidirectional layout @return this */
  Html bdi(String text) {
    return el("bdi", text);
  }

  /** @param markup markup made here or by {@link Charts}, never data @return this */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** @return this, after a line break, so that the page's source is readable */
  Html nl() {
    sb.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]))
            .append('"');
      }
    }
  }

  /**
   * @param s any text
   * @return it safe as element text or attribute value: {@code & < > " '} escaped, and characters
   *     XML 1.0 does not allow (control characters, lone surrogates, U+FFFE, U+FFFF) replaced by
   *     U+FFFD so that an XML parser still reads the page
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

  private static boolean allowed(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    return cp != 0xFFFE && cp != 0xFFFF;
  }
}
