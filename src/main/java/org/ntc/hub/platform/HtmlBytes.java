package org.ntc.hub.platform;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTML written straight as UTF-8: fixed pieces encoded once by their writer ({@link #utf8}), and text
 * escaped as {@link HtmlEscaping} escapes it and encoded in the same pass. A page's cards built as
 * characters and then encoded into the page cost more in the encoding than in the building (Netty reads a
 * {@link CharSequence} one character at a time); written here, {@link PageFrame} copies them as they are.
 *
 * <p>It is also the text those bytes spell, decoded when first asked, so a template that writes it where
 * a page is not framed writes the same HTML.
 */
public final class HtmlBytes implements CharSequence {
  private byte[] bytes;
  private int size;
  private String decoded;

  public HtmlBytes(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  /** A fixed piece of HTML as its writer keeps it: encoded once. */
  public static byte[] utf8(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** Appends a piece kept with {@link #utf8}. */
  public HtmlBytes raw(byte[] piece) {
    room(piece.length);
    System.arraycopy(piece, 0, bytes, size, piece.length);
    size += piece.length;
    return this;
  }

  /** Appends a number. */
  public HtmlBytes number(long value) {
    return escaped(Long.toString(value));
  }

  /** Appends {@code text} escaped (nothing for null), encoded as UTF-8; an unpaired surrogate is written {@code ?}. */
  public HtmlBytes escaped(CharSequence text) {
    if (text == null) return this;
    int length = text.length();
    // At most three bytes a character, or six for an escaped one ("&#x27;").
    room(6 * length);
    byte[] out = bytes;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '&' -> at = put(out, at, AMP);
          case '<' -> at = put(out, at, LT);
          case '>' -> at = put(out, at, GT);
          case '"' -> at = put(out, at, QUOT);
          case '\'' -> at = put(out, at, APOS);
          case '`' -> at = put(out, at, GRAVE);
          case '=' -> at = put(out, at, EQUALS);
          default -> out[at++] = (byte) c;
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        int point = Character.toCodePoint(c, text.charAt(++i));
        out[at++] = (byte) (0xF0 | (point >> 18));
        out[at++] = (byte) (0x80 | ((point >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((point >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (point & 0x3F));
      } else {
        out[at++] = '?';
      }
    }
    size = at;
    return this;
  }

  private static final byte[] AMP = utf8("&amp;"), LT = utf8("&lt;"), GT = utf8("&gt;"), QUOT = utf8("&quot;"),
      APOS = utf8("&#x27;"), GRAVE = utf8("&#x60;"), EQUALS = utf8("&#x3D;");

  private static int put(byte[] out, int at, byte[] entity) {
    System.arraycopy(entity, 0, out, at, entity.length);
    return at + entity.length;
  }

  /** Makes room for {@code more} bytes; the text decoded before no longer holds. */
  private void room(int more) {
    decoded = null;
    if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
  }

  /** How many bytes are written. */
  public int size() {
    return size;
  }

  /** Writes the bytes into {@code into}. */
  public void writeTo(ByteBuf into) {
    into.writeBytes(bytes, 0, size);
  }

  private String decoded() {
    if (decoded == null) decoded = new String(bytes, 0, size, StandardCharsets.UTF_8);
    return decoded;
  }

  @Override
  public int length() {
    return decoded().length();
  }

  @Override
  public char charAt(int index) {
    return decoded().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return decoded().subSequence(start, end);
  }

  @Override
  public String toString() {
    return decoded();
  }
}
