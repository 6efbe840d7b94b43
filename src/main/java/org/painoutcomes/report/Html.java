package org.painoutcomes.report;

/**
 * Builds markup. Every piece of text the page shows, in HTML and in SVG alike, goes through
 * {@link #escape}: the one escaping function of the report.
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Text made safe for an element's content or a quoted attribute value. Null reads as empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Appends markup written by the report itself (tags, never data). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Appends {@code <tag attrs>text</tag>}, the text escaped; attrs are the report's own. */
  Html element(String tag, String attrs, String text) {
    out.append('<').append(tag);
    if (attrs != null && !attrs.isEmpty()) {
      out.append(' ').append(attrs);
    }
    out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /** An anchor id made from report-chosen parts: only {@code a-z 0-9 -} survive. */
  static String id(String... parts) {
    String joined = String.join("-", parts).toLowerCase(java.util.Locale.ROOT);
    return joined.replaceAll("[^a-z0-9-]+", "-");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
