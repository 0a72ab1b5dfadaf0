package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON document written straight as UTF-8 bytes, for answers written on every request (the
 * catalogue's): the same bytes Jackson's generator writes with its default settings, without its
 * per-document set-up and per-token checks. Commas are placed by nesting: a name or value after
 * another at the same level is preceded by one. Strings are escaped as Jackson escapes them: a
 * quote, a backslash and control characters (the short forms of backspace, tab, newline, form feed and carriage return, else a six-character Unicode escape), and each
 * half of a character beyond the BMP as its own Unicode escape; everything else is written as UTF-8.
 */
public final class JsonBytes {
  /** A field name, quoted and followed by its colon once, where it is declared. */
  public static final class Name {
    private final byte[] quoted;

    private Name(byte[] quoted) {
      this.quoted = quoted;
    }

    public static Name of(String name) {
      JsonBytes json = new JsonBytes(name.length() + 8);
      json.string(name);
      json.put((byte) ':');
      byte[] quoted = new byte[json.size];
      System.arraycopy(json.out, 0, quoted, 0, json.size);
      return new Name(quoted);
    }
  }

  /** A string value quoted once, where it is declared: a code written many times. */
  public static final class Quoted {
    private final byte[] quoted;

    private Quoted(byte[] quoted) {
      this.quoted = quoted;
    }

    public static Quoted of(String value) {
      JsonBytes json = new JsonBytes(value.length() + 8);
      json.string(value);
      byte[] quoted = new byte[json.size];
      System.arraycopy(json.out, 0, quoted, 0, json.size);
      return new Quoted(quoted);
    }
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  /** For each ASCII character: 0 written as it is, -1 as a Unicode escape, else the letter of its short escape. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) ESCAPES[c] = -1;
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private byte[] out;
  private int size;
  /** One bit for each open level (at most 63): set once that level holds something, so the next gets a comma. */
  private long filled;
  private int depth;
  /** A name was just written: its value takes no comma. */
  private boolean named;

  public JsonBytes(int capacity) {
    out = new byte[Math.max(capacity, 64)];
  }

  public JsonBytes beginObject() {
    open((byte) '{');
    return this;
  }

  public JsonBytes endObject() {
    return close((byte) '}');
  }

  public JsonBytes beginArray() {
    open((byte) '[');
    return this;
  }

  public JsonBytes endArray() {
    return close((byte) ']');
  }

  public JsonBytes name(Name name) {
    separate();
    named = true;
    return put(name.quoted);
  }

  /** A name known only when written (a facet's). */
  public JsonBytes name(String name) {
    separate();
    named = true;
    return string(name).put((byte) ':');
  }

  public JsonBytes value(Quoted value) {
    separate();
    return put(value.quoted);
  }

  public JsonBytes nullValue() {
    separate();
    return put(NULL);
  }

  public JsonBytes value(boolean value) {
    separate();
    return put(value ? TRUE : FALSE);
  }

  public JsonBytes value(long value) {
    separate();
    String digits = Long.toString(value);
    ensure(digits.length());
    for (int i = 0; i < digits.length(); i++) out[size++] = (byte) digits.charAt(i);
    return this;
  }

  /** A string value, or null. */
  public JsonBytes value(String value) {
    separate();
    return value == null ? put(NULL) : string(value);
  }

  /** The document as a buffer to send. */
  public Buffer toBuffer() {
    return Buffer.buffer(size).appendBytes(out, 0, size);
  }

  private void open(byte bracket) {
    separate();
    put(bracket);
    depth++;
    filled &= ~(1L << depth);
  }

  private JsonBytes close(byte bracket) {
    depth--;
    return put(bracket);
  }

  private void separate() {
    if (named) {
      named = false;
      return;
    }
    long bit = 1L << depth;
    if ((filled & bit) != 0) put((byte) ',');
    else filled |= bit;
  }

  private JsonBytes string(String value) {
    int length = value.length();
    // At most six bytes a character (an escape), and the quotes.
    ensure(length * 6 + 2);
    byte[] bytes = out;
    int at = size;
    bytes[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          bytes[at++] = (byte) c;
        } else if (escape > 0) {
          bytes[at++] = '\\';
          bytes[at++] = escape;
        } else {
          at = unicodeEscape(bytes, at, c);
        }
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | (c >> 6));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        at = unicodeEscape(bytes, at, c);
      } else {
        bytes[at++] = (byte) (0xE0 | (c >> 12));
        bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    bytes[at++] = '"';
    size = at;
    return this;
  }

  private static int unicodeEscape(byte[] bytes, int at, char c) {
    bytes[at++] = '\\';
    bytes[at++] = 'u';
    bytes[at++] = HEX[(c >> 12) & 0xF];
    bytes[at++] = HEX[(c >> 8) & 0xF];
    bytes[at++] = HEX[(c >> 4) & 0xF];
    bytes[at++] = HEX[c & 0xF];
    return at;
  }

  private JsonBytes put(byte b) {
    ensure(1);
    out[size++] = b;
    return this;
  }

  private JsonBytes put(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, out, size, bytes.length);
    size += bytes.length;
    return this;
  }

  private void ensure(int more) {
    if (size + more > out.length) {
      byte[] larger = new byte[Math.max(out.length * 2, size + more)];
      System.arraycopy(out, 0, larger, 0, size);
      out = larger;
    }
  }
}
