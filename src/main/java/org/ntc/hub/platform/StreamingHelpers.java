package org.ntc.hub.platform;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.TagType;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.BlockHelper;
import com.github.jknack.handlebars.helper.IfHelper;
import com.github.jknack.handlebars.helper.UnlessHelper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Handlebars' {@code block}, {@code if} and {@code unless}, doing what the library's own do but
 * writing the chosen body straight into the page. The library's render each body into a text of
 * its own and then copy it out; the layout's {@code {{#block "content"}}} holds nearly the whole
 * page, so every page was built twice. Where a helper is not streamed (block parameters, or no
 * page to write into), the library's own runs.
 */
final class StreamingHelpers {
  private StreamingHelpers() {}

  static void register(Handlebars handlebars) {
    handlebars.registerHelper(BlockHelper.NAME, (Helper<Object>) StreamingHelpers::block);
    handlebars.registerHelper(IfHelper.NAME, (Helper<Object>) (value, options) -> choose(value, options, true));
    handlebars.registerHelper(UnlessHelper.NAME, (Helper<Object>) (value, options) -> choose(value, options, false));
  }

  private static Object choose(Object value, Options options, boolean whenTrue) throws IOException {
    Options.Buffer out = options.buffer();
    if (!(out instanceof Options.NativeBuffer) || !options.blockParams.isEmpty()) {
      return (whenTrue ? IfHelper.INSTANCE : UnlessHelper.INSTANCE).apply(value, options);
    }
    boolean body = options.isFalsy(value) != whenTrue;
    (body ? options.fn : options.inverse).apply(options.context, new Into(out));
    return out;
  }

  /** As {@link BlockHelper}: the partial the page defined under this name, else a template of that name, else the default body. */
  private static Object block(Object name, Options options) throws IOException {
    Options.Buffer out = options.buffer();
    if (!(name instanceof String partialName) || !(out instanceof Options.NativeBuffer) || !options.blockParams.isEmpty()) {
      return BlockHelper.INSTANCE.apply(name, options);
    }
    Template partial = options.partial(partialName);
    if (partial == null) {
      try {
        partial = options.handlebars.compile(partialName);
      } catch (IOException missing) {
        partial = options.fn;
      }
    }
    String key = Context.PARTIALS + "#" + partialName;
    TagType type = options.data(key + "#type");
    if (partial == Template.EMPTY || type != null && type.inline()) partial = options.fn;
    Map<String, Object> hash = new LinkedHashMap<>(options.hash);
    Map<String, Object> partialHash = options.data(key + "#hash");
    if (partialHash != null) hash.putAll(partialHash);
    partial.apply(options.context.data(hash), new Into(out));
    Boolean delete = options.hash("delete-after-merge", options.handlebars.deletePartialAfterMerge());
    if (delete) {
      options.partial(partialName, null);
      options.data(key + "#hash", null);
    }
    return out;
  }

  /** A writer onto the helper's output, which is the page itself (or the enclosing body's text). */
  private static final class Into extends Writer {
    private final Appendable out;

    Into(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(new String(chars, offset, length));
    }

    @Override
    public void write(String text) throws IOException {
      out.append(text);
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
