package org.ntc.hub.platform;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.EachHelper;
import com.github.jknack.handlebars.helper.IfHelper;
import com.github.jknack.handlebars.helper.UnlessHelper;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * {@code {{#each}}}, {@code {{#if}}} and {@code {{#unless}}} as Handlebars has them, except that their
 * body is written straight into the page: Handlebars' own helpers render each body into a string of
 * its own first, then copy it out, so a card inside a list inside the page was copied once per level.
 * Blocks with block parameters ({@code as |x|}) and {@code each} over a map go to Handlebars' helpers.
 */
final class DirectBlocks {
  private DirectBlocks() {}

  static final Helper<Object> EACH = (context, options) -> {
    if (!(context instanceof Iterable<?> items) || !options.blockParams.isEmpty()) {
      return EachHelper.INSTANCE.apply(context, options);
    }
    Options.Buffer buffer = options.buffer();
    if (!(buffer instanceof Options.NativeBuffer)) return EachHelper.INSTANCE.apply(context, options);
    Writer out = new Into(buffer);
    int base = options.hash("base", 0);
    int index = base;
    boolean even = index % 2 == 0;
    Context parent = options.context;
    var iterator = items.iterator();
    while (iterator.hasNext()) {
      Object item = iterator.next();
      Context current = Context.newContext(parent, item)
          .combine("@key", index)
          .combine("@index", index)
          .combine("@first", index == base ? "first" : "")
          .combine("@last", !iterator.hasNext() ? "last" : "")
          .combine("@odd", even ? "" : "odd")
          .combine("@even", even ? "even" : "")
          .combine("@index_1", index + 1);
      options.fn.apply(current, out);
      index++;
      even = !even;
    }
    if (index == base) options.inverse.apply(options.context, out);
    return buffer;
  };

  static final Helper<Object> IF = (context, options) -> when(context, options, false);

  static final Helper<Object> UNLESS = (context, options) -> when(context, options, true);

  private static Object when(Object context, Options options, boolean unless) throws IOException {
    Options.Buffer buffer = options.buffer();
    if (!options.blockParams.isEmpty() || !(buffer instanceof Options.NativeBuffer)) {
      return unless ? UnlessHelper.INSTANCE.apply(context, options) : IfHelper.INSTANCE.apply(context, options);
    }
    Template body = options.isFalsy(context) == unless ? options.fn : options.inverse;
    body.apply(options.context, new Into(buffer));
    return buffer;
  }

  /** The page's writer, reached through the buffer Handlebars gives a block helper. */
  private static final class Into extends Writer {
    private final Appendable out;

    Into(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
      out.append((char) c);
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
      out.append(text);
      return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
      out.append(text, start, end);
      return this;
    }

    @Override
    public Writer append(char c) throws IOException {
      out.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
