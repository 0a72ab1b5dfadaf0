package org.ntc.hub.platform;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a page renders to: its UTF-8 bytes, each piece encoded as it is written (the JDK's
 * encoding of a short text is one vector check and a copy when it is ASCII) into an array that
 * doubles as it grows, handed over once as a buffer around that array. Collecting the text first
 * and encoding it whole at the end copied the page three times more, and one character beyond
 * Latin-1 (an en dash in a showcase's title) sent the whole page down the slow encoding path.
 * The bytes are those of {@code String.getBytes(UTF_8)} for the text written. Unsynchronised.
 */
final class PageWriter extends Writer {
  private byte[] bytes = new byte[16 * 1024];
  private int length;
  /** A high surrogate that ended the last piece, kept until the next piece brings its pair, or 0. */
  private char pending;

  @Override
  public void write(char[] chars, int offset, int length) {
    if (length > 0) put(new String(chars, offset, length));
  }

  @Override
  public void write(String string) {
    put(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    if (length > 0) put(offset == 0 && length == string.length() ? string : string.substring(offset, offset + length));
  }

  @Override
  public void write(int c) {
    put(String.valueOf((char) c));
  }

  @Override
  public Writer append(CharSequence chars) {
    put(String.valueOf(chars));
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    put(String.valueOf(chars).substring(start, end));
    return this;
  }

  @Override
  public Writer append(char c) {
    write(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page's bytes. */
  Buffer buffer() {
    if (pending != 0) {
      char lone = pending;
      pending = 0;
      copy(String.valueOf(lone).getBytes(StandardCharsets.UTF_8));
    }
    return BufferInternal.buffer(Unpooled.wrappedBuffer(bytes, 0, length));
  }

  private void put(String text) {
    if (text.isEmpty()) return;
    if (pending != 0) {
      text = pending + text;
      pending = 0;
    }
    char last = text.charAt(text.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pending = last;
      text = text.substring(0, text.length() - 1);
    }
    copy(text.getBytes(StandardCharsets.UTF_8));
  }

  private void copy(byte[] encoded) {
    int needed = length + encoded.length;
    if (needed < 0) throw new OutOfMemoryError("page too large");
    if (needed > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length <= Integer.MAX_VALUE / 2 ? 2 * bytes.length : needed));
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length = needed;
  }
}
