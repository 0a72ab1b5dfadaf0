package org.ntc.hub.platform;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.ValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.handler.HttpException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Renders server-side pages: a template under {@code templates/} with the model a feature
 * gives, plus what every page needs (language, switcher links, the signed-in person, the
 * CSRF token). Text goes through {@code {{t "key"}}}; user text is always escaped.
 *
 * <p>Handlebars.java is used directly, with a class-path loader that names every template and
 * partial from the {@code templates/} root: Vert.x's engine resolves partials against a
 * directory it shares between renders, so under concurrent first renders a page could pick
 * up another directory's partial. Compiled templates are cached for the process.
 */
public final class Views {
  private static final Handlebars HANDLEBARS = handlebars(HtmlEscaping.INSTANCE);
  /** For the plain-text part of mail: nothing is escaped, since nothing there is read as HTML. */
  private static final Handlebars PLAIN = handlebars(EscapingStrategy.NOOP);
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();
  private static final Map<String, Template> COMPILED_PLAIN = new ConcurrentHashMap<>();
  private static final ValueResolver[] RESOLVERS = {MapValueResolver.INSTANCE, JsonValueResolver.INSTANCE,
      JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE};

  private static Handlebars handlebars(EscapingStrategy escaping) {
    // The template cache also keeps partials such as the layout, which are otherwise read and
    // parsed again on every render.
    Handlebars handlebars = new Handlebars(new KeptTemplateSources("/templates", ".hbs"))
        .with(new ConcurrentMapTemplateCache())
        .with(escaping);
    StreamingHelpers.register(handlebars);
    // Asset addresses are the site's own paths, never user text, so they need no escaping.
    handlebars.registerHelper("asset", (Helper<Object>) (path, options) ->
        new Handlebars.SafeString(Assets.address(String.valueOf(path))));
    handlebars.registerHelper("t", (Helper<Object>) (key, options) -> {
      PageFrame.Hole hole = PageFrame.holeIn(options.params);
      if (hole != null) return new Handlebars.SafeString(hole.text(String.valueOf(key)));
      Object lang = pageLanguage(options.context);
      return I18n.text(lang == null ? I18n.FALLBACK : lang.toString(), String.valueOf(key), options.params);
    });
    handlebars.registerHelper("markdown", (Helper<Object>) (text, options) -> Markdown.helper(text));
    // The built-in lookup looks in the enclosing contexts when the key is missing, so a field without
    // an error showed the whole map of other fields' errors; here a missing key is nothing.
    handlebars.registerHelper("lookup", (Helper<Object>) (context, options) -> context instanceof Map<?, ?> map
        ? map.get(String.valueOf(options.param(0, ""))) : null);
    handlebars.registerHelper("concat", (Helper<Object>) (first, options) -> {
      StringBuilder joined = new StringBuilder(String.valueOf(first));
      for (Object param : options.params) joined.append(param);
      return joined.toString();
    });
    return handlebars;
  }

  /** Text escaped as a page's {@code {{value}}} escapes it, for HTML a feature writes itself. */
  public static String escaped(CharSequence text) {
    return HtmlEscaping.INSTANCE.escape(text).toString();
  }

  /** {@link #escaped(CharSequence) Escaped} text appended to HTML a feature writes (nothing for null). */
  public static StringBuilder escaped(StringBuilder html, CharSequence text) {
    return HtmlEscaping.appendTo(html, text);
  }

  /**
   * The language the page is shown in, from the page's own model: an item inside {@code {{#each}}}
   * that names the language of its own text ({@code lang}) must not turn the labels beside it into
   * that language.
   */
  private static Object pageLanguage(Context context) {
    Context page = context;
    while (page.parent() != null) page = page.parent();
    // Straight from the page's model when it is a map: a lookup by name compiles the name on every call.
    Object lang = page.model() instanceof Map<?, ?> model ? model.get("lang") : null;
    if (lang == null) lang = page.get("lang");
    return lang != null ? lang : context.get("lang");
  }

  /**
   * Compiles every template not compiled yet, on the calling thread. Blocking: start-up calls it
   * on a thread of its own once the node serves; until then a page whose template is not compiled
   * compiles it on a worker (see {@link #page}), so parsing never runs on an event loop. One at a time:
   * a node started again in one process (the class-data archive's training) may still be warming.
   */
  public static synchronized void warm() {
    try {
      URI root = Views.class.getResource("/templates").toURI();
      if ("jar".equals(root.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
          compileAll(jar.getPath("/templates"));
        }
      } else {
        compileAll(Path.of(root));
      }
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException("cannot read the templates", e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static void compileAll(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".hbs")).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        compiled(name.substring(0, name.length() - ".hbs".length()));
      }
    }
  }

  private static Template compiled(String template) {
    return COMPILED.computeIfAbsent(template, name -> {
      try {
        return HANDLEBARS.compile(name);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot compile template " + name, e);
      }
    });
  }

  static Buffer render(String template, Map<String, Object> model) {
    Template compiled = compiled(template);
    Context context = Context.newBuilder(model).resolver(RESOLVERS).build();
    try {
      // Into a buffer that doubles as it grows: Handlebars' own output buffer grows by exactly what
      // each piece needs, so every piece written after a page's long middle copied the whole page again.
      PageWriter page = new PageWriter();
      compiled.apply(context, page);
      return page.buffer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + template, e);
    } finally {
      context.destroy();
    }
  }

  /** A mail's HTML part: {@code templates/<template>.html.hbs}, escaped as pages are. Needs {@code lang} in the model. */
  public static String mailHtml(String template, Map<String, Object> model) {
    return render(template + ".html", model).toString(StandardCharsets.UTF_8);
  }

  /** A mail's plain-text part: {@code templates/<template>.txt.hbs}, nothing escaped. Needs {@code lang} in the model. */
  public static String mailText(String template, Map<String, Object> model) {
    Template compiled = COMPILED_PLAIN.computeIfAbsent(template, name -> {
      try {
        return PLAIN.compile(name + ".txt");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot compile template " + name, e);
      }
    });
    Context context = Context.newBuilder(model).resolver(RESOLVERS).build();
    try {
      return compiled.apply(context);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + template, e);
    } finally {
      context.destroy();
    }
  }

  /** Renders the page once the model is there; failures go to the router's failure handler. */
  public void render(RoutingContext ctx, String template, Future<Map<String, Object>> model) {
    model.compose(m -> page(ctx, template, m)).onFailure(ctx::fail);
  }

  public Future<Void> page(RoutingContext ctx, String template, Map<String, Object> model) {
    return page(ctx, 200, template, model);
  }

  public Future<Void> page(RoutingContext ctx, int status, String template, Map<String, Object> model) {
    return page(ctx, status, template, model, null);
  }

  private Future<Void> page(RoutingContext ctx, int status, String template, Map<String, Object> model, PageFrame.Framed framed) {
    if (!COMPILED.containsKey(template)) {
      return ctx.vertx().executeBlocking(() -> compiled(template), false)
          .compose(compiled -> page(ctx, status, template, model, framed));
    }
    Buffer html;
    try {
      html = html(ctx, template, model, true, framed);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return send(ctx, status, html);
  }

  private Buffer html(RoutingContext ctx, String template, Map<String, Object> model, boolean personal, PageFrame.Framed framed) {
    if (framed != null) {
      Buffer html = framed.write(ctx, Languages.of(ctx), model,
          personal ? ctx.get(WebContext.VIEWER) : null, personal ? ctx.get(WebContext.CSRF_TOKEN) : null);
      if (html != null) return html;
    }
    return render(template, pageContext(ctx, new HashMap<>(model), personal));
  }

  private Map<String, Object> pageContext(RoutingContext ctx, Map<String, Object> context, boolean personal) {
    String lang = Languages.of(ctx);
    context.put("lang", lang);
    context.put("languages", switcher(ctx, lang));
    context.put("contactPoints", footerLinks(lang));
    context.put("path", ctx.normalizedPath());
    context.put("canonical", SecurityHeaders.publicUrl(ctx) + ctx.normalizedPath() + "?lang=" + lang);
    context.put("ogLocale", ogLocale(lang));
    if (personal) {
      Object viewer = ctx.get(WebContext.VIEWER);
      if (viewer != null) context.put("viewer", viewer);
      Object csrf = ctx.get(WebContext.CSRF_TOKEN);
      if (csrf != null) context.put("csrf", csrf);
    }
    return context;
  }

  static String ogLocale(String lang) {
    return switch (lang) {
      case "fi" -> "fi_FI";
      case "sv" -> "sv_SE";
      default -> "en_GB";
    };
  }

  /**
   * The footer's contact points in this language, made once for each list of them: the list is replaced
   * whole when an admin changes it, so a new list is noticed by its identity.
   */
  static List<Map<String, Object>> footerLinks(String lang) {
    List<Site> sites = Site.values();
    FooterLinks kept = footerLinks;
    if (kept.sites() != sites) {
      Map<String, List<Map<String, Object>>> byLanguage = new HashMap<>();
      for (String language : I18n.LANGUAGES) {
        byLanguage.put(language, sites.stream()
            .map(site -> Map.<String, Object>of("id", site.id(), "name", site.name(language))).toList());
      }
      footerLinks = kept = new FooterLinks(sites, Map.copyOf(byLanguage));
    }
    List<Map<String, Object>> links = kept.byLanguage().get(lang);
    return links != null ? links : sites.stream()
        .map(site -> Map.<String, Object>of("id", site.id(), "name", site.name(lang))).toList();
  }

  private record FooterLinks(List<Site> sites, Map<String, List<Map<String, Object>>> byLanguage) {}

  private static volatile FooterLinks footerLinks = new FooterLinks(null, Map.of());

  /** Renders a page for a visitor who is not signed in and keeps it for the next one who asks the same. */
  public void renderCached(RoutingContext ctx, PageCache cache, String template, Supplier<Future<Map<String, Object>>> model) {
    renderCached(ctx, cache, template, model, null);
  }

  /** As {@link #renderCached(RoutingContext, PageCache, String, Supplier)}, from a frame when {@code framed} has one. */
  public void renderCached(RoutingContext ctx, PageCache cache, String template, Supplier<Future<Map<String, Object>>> model,
                           PageFrame.Framed framed) {
    Viewer viewer = WebContext.viewer(ctx);
    if (viewer.signedIn() || !PageCache.anonymousCacheable(ctx)) {
      model.get().compose(m -> page(ctx, 200, template, m, framed)).onFailure(ctx::fail);
      return;
    }
    String key = PageCache.key(ctx);
    Buffer cached = cache.get(key);
    if (cached != null) {
      send(ctx, 200, cached).onFailure(ctx::fail);
      return;
    }
    long generation = cache.generation();
    model.get().compose(m -> COMPILED.containsKey(template) ? Future.succeededFuture(m)
        : ctx.vertx().executeBlocking(() -> compiled(template), false).map(compiled -> m)).compose(m -> {
      Map<String, Object> context = new HashMap<>(m);
      // What a cached page may hold is the same for every visitor: no token, no person.
      context.remove("csrf");
      Buffer html;
      try {
        html = html(ctx, template, context, false, framed);
      } catch (RuntimeException e) {
        return Future.failedFuture(e);
      }
      cache.put(key, html, generation);
      return send(ctx, 200, html);
    }).onFailure(ctx::fail);
  }

  public static Future<Void> send(RoutingContext ctx, int status, Buffer html) {
    return ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(html);
  }

  private static List<Map<String, Object>> switcher(RoutingContext ctx, String current) {
    List<Map<String, Object>> links = new ArrayList<>();
    String path = ctx.normalizedPath();
    String query = queryWithout(ctx, "lang");
    for (String lang : I18n.LANGUAGES) {
      links.add(Map.of(
          "code", lang,
          "label", I18n.text(lang, "language.name"),
          "href", path + "?" + query + "lang=" + lang,
          "current", lang.equals(current)));
    }
    return links;
  }

  /** The request's query without the named parameters, encoded, each pair ending in {@code &}. */
  public static String queryWithout(RoutingContext ctx, String... dropped) {
    Set<String> drop = Set.of(dropped);
    StringBuilder kept = new StringBuilder();
    MultiMap params;
    try {
      params = ctx.queryParams();
    } catch (HttpException | IllegalArgumentException e) {
      return ""; // a query that does not decode keeps nothing
    }
    params.forEach((name, value) -> {
      if (!drop.contains(name)) {
        kept.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
      }
    });
    return kept.toString();
  }
}
