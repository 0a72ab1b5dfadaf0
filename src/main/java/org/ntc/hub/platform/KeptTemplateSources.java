package org.ntc.hub.platform;

import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.StringTemplateSource;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates from the class path, each looked up once. Handlebars asks its loader again at every
 * render for each partial ({@code {{> layout}}}) and for each {@code {{#block}}} a page leaves
 * empty (which it tries as a template of that name, failing), and a class-path lookup searches
 * the jar. Templates do not change while the node runs, so where each one is, or that there is
 * none, is kept. The names come from the templates themselves, never from requests.
 */
final class KeptTemplateSources extends ClassPathTemplateLoader {
  private static final TemplateSource MISSING = new StringTemplateSource("", "");
  private final Map<String, TemplateSource> sources = new ConcurrentHashMap<>();

  KeptTemplateSources(String prefix, String suffix) {
    super(prefix, suffix);
  }

  @Override
  public TemplateSource sourceAt(String location) throws IOException {
    TemplateSource source = sources.get(location);
    if (source == null) {
      try {
        source = super.sourceAt(location);
      } catch (FileNotFoundException missing) {
        source = MISSING;
      }
      sources.put(location, source);
    }
    if (source == MISSING) throw new NoTemplate(location);
    return source;
  }

  /** Thrown for every render that asks a missing template: no stack trace to fill in, since it is expected. */
  private static final class NoTemplate extends FileNotFoundException {
    NoTemplate(String location) {
      super(location);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
