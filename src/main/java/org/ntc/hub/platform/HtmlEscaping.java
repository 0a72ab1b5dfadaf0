package org.ntc.hub.platform;

import com.github.jknack.handlebars.EscapingStrategy;

/**
 * The same characters as Handlebars' own HTML escaping ({@code & < > " ' ` =}), in one pass
 * over the text. The library's version looks every character up in translation tables and
 * was most of the time spent rendering a catalogue page.
 */
final class HtmlEscaping implements EscapingStrategy {
  static final HtmlEscaping INSTANCE = new HtmlEscaping();

  @Override
  public CharSequence escape(CharSequence value) {
    if (value == null) return "";
    int length = value.length();
    int first = 0;
    while (first < length && !special(value.charAt(first))) first++;
    if (first == length) return value;
    return append(new StringBuilder(length + 16), value, first);
  }

  /** {@code value} escaped, appended to {@code out} (nothing for null). */
  static StringBuilder appendTo(StringBuilder out, CharSequence value) {
    if (value == null) return out;
    int length = value.length();
    int first = 0;
    while (first < length && !special(value.charAt(first))) first++;
    return first == length ? out.append(value) : append(out, value, first);
  }

  private static StringBuilder append(StringBuilder out, CharSequence value, int first) {
    out.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '`' -> out.append("&#x60;");
        case '=' -> out.append("&#x3D;");
        default -> out.append(c);
      }
    }
    return out;
  }

  private static boolean special(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`' || c == '=';
  }
}
