package org.ntc.hub.platform;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
      return new Name(quoted(name, true));
    }
  }

  /** A string value quoted once, where it is declared: a code written many times. */
  public static final class Quoted {
    private final byte[] quoted;

    private Quoted(byte[] quoted) {
      this.quoted = quoted;
    }

    public static Quoted of(String value) {
      return new Quoted(quoted(value, false));
    }
  }

  private static byte[] quoted(String text, boolean asName) {
    JsonBytes json = new JsonBytes(text.length() + 8);
    json.string(text);
    if (asName) json.put((byte) ':');
    byte[] quoted = new byte[json.size];
    System.arraycopy(json.out, 0, quoted, 0, json.size);
    return quoted;
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

  /** How many bytes are written so far: read before and after a value, it tells where {@link #valueAgain} finds it. */
  public int length() {
    return size;
  }

  /**
   * The bytes between {@code from} and {@code to} (two {@link #length}s read around a value written before)
   * as the next value: a text a document holds twice is encoded and escaped once.
   */
  public JsonBytes valueAgain(int from, int to) {
    if (from < 0 || to > size || from > to) throw new IndexOutOfBoundsException("not a span written before: " + from + ".." + to);
    separate();
    ensure(to - from);
    System.arraycopy(out, from, out, size, to - from);
    size += to - from;
    return this;
  }

  /** The document as a buffer to send, over the bytes written (not a copy of them): nothing is written after. */
  public Buffer toBuffer() {
    return BufferInternal.buffer(Unpooled.wrappedBuffer(out, 0, size));
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
    // Encoded whole by the JDK, which is quicker than a loop over characters; a character beyond the BMP
    // becomes four bytes starting with 0xF0 or more, and a lone surrogate a '?': those are looked at.
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int length = utf8.length;
    ensure(length * 6 + 2);
    byte[] bytes = out;
    int at = size;
    bytes[at++] = '"';
    int plainFrom = 0;
    int i = 0;
    while (i < length) {
      // Eight bytes at a time: a run that needs nothing is copied as it is, in one piece at its end.
      if (i + 8 <= length && plain((long) LONGS.get(utf8, i))) {
        i += 8;
        continue;
      }
      for (int end = Math.min(i + 8, length); i < end; i++) {
        int b = utf8[i] & 0xFF;
        if (b >= 0x20 && b != '"' && b != '\\' && b != '?' && b < 0xF0) continue;
        if (b >= 0xF0 || b == '?' && hasSurrogate(value)) return charByChar(value);
        if (b == '?') continue;
        System.arraycopy(utf8, plainFrom, bytes, at, i - plainFrom);
        at += i - plainFrom;
        byte escape = ESCAPES[b];
        if (escape > 0) {
          bytes[at++] = '\\';
          bytes[at++] = escape;
        } else {
          at = unicodeEscape(bytes, at, (char) b);
        }
        plainFrom = i + 1;
      }
    }
    System.arraycopy(utf8, plainFrom, bytes, at, length - plainFrom);
    at += length - plainFrom;
    bytes[at++] = '"';
    size = at;
    return this;
  }

  private static boolean hasSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) return true;
    }
    return false;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Whether none of eight bytes needs a look of its own: none is below 0x20, a quote, a backslash, a
   * question mark, or the first byte of a character beyond the BMP (0xF0 and above). Each test finds
   * whether any byte of the word is zero ({@code (v - 0x01…) & ~v & 0x80…}) or below 0x20, for all
   * eight bytes at once.
   */
  private static boolean plain(long word) {
    long control = (word - 0x20 * ONES) & ~word & HIGHS;
    long quote = zeroByte(word ^ ('"' * ONES));
    long backslash = zeroByte(word ^ ('\\' * ONES));
    long question = zeroByte(word ^ ('?' * ONES));
    long beyondBmp = zeroByte((word & (0xF0 * ONES)) ^ (0xF0 * ONES));
    return (control | quote | backslash | question | beyondBmp) == 0;
  }

  private static long zeroByte(long v) {
    return (v - ONES) & ~v & HIGHS;
  }

  /** A string holding a character beyond the BMP, written as the generator writes it: each half as its own escape. */
  private JsonBytes charByChar(String value) {
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
