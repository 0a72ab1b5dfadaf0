package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import java.io.Writer;

/** Where a page renders to: a growing text, unsynchronised, handed over once as a buffer. */
final class PageWriter extends Writer {
  private final StringBuilder text = new StringBuilder(16 * 1024);

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    text.append(chars, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  Buffer buffer() {
    return Buffer.buffer(text.toString());
  }
}
