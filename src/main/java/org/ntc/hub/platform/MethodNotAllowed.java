package org.ntc.hub.platform;

import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A path that names a route, asked with a method none of its routes take, answers 405 with
 * {@code Allow}, before its body is read or its token checked. Vert.x Web would answer 405 only
 * when no route at all matches, and the handlers every request passes (headers, language,
 * authentication, the last-resort 404) match every method.
 */
public final class MethodNotAllowed implements Handler<RoutingContext> {
  private record Template(Pattern path, Set<String> methods) {}

  private static final int MAX_KEPT = 10_000;
  private static final int MAX_KEPT_PATH = 256;

  private List<Template> templates = List.of();
  /** The answer for each path asked about so far: see {@link #allowed}. */
  private final Map<String, Set<String>> allowedByPath = new ConcurrentHashMap<>();

  /** Learns the path and methods of each route of these routers; call once every route is mounted, before serving. */
  public void learn(Router... routers) {
    Map<String, Set<String>> methodsByPattern = new LinkedHashMap<>();
    for (Route route : Stream.of(routers).flatMap(router -> router.getRoutes().stream()).toList()) {
      if (route.getPath() == null) continue;
      String pattern = pattern(route.getPath(), route.isExactPath());
      Set<String> methods = methodsByPattern.computeIfAbsent(pattern, p -> new TreeSet<>());
      // A path route for every method: whatever the method, this path is served.
      if (route.methods() == null || route.methods().isEmpty()) methods.add("*");
      else route.methods().forEach(m -> methods.add(m.name()));
    }
    List<Template> learned = new ArrayList<>();
    methodsByPattern.forEach((pattern, methods) -> learned.add(new Template(Pattern.compile(pattern), Set.copyOf(methods))));
    templates = List.copyOf(learned);
    // Answers kept from routes learnt before no longer hold.
    allowedByPath.clear();
  }

  @Override
  public void handle(RoutingContext ctx) {
    Set<String> allowed = allowed(ctx.normalizedPath());
    String method = ctx.request().method().name();
    if (allowed.isEmpty() || allowed.contains("*") || allowed.contains(method)) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("Allow", String.join(", ", allowed));
    ctx.fail(405);
  }

  /**
   * The methods the routes matching this path take. Matching walks every route's pattern, so
   * the answer is kept per path (the routes do not change once learnt); the memory is bounded
   * by forgetting everything when it is full.
   */
  private Set<String> allowed(String path) {
    Set<String> known = allowedByPath.get(path);
    if (known != null) return known;
    Set<String> allowed = new TreeSet<>();
    for (Template template : templates) {
      if (template.path().matcher(path).matches()) allowed.addAll(template.methods());
    }
    Set<String> kept = Collections.unmodifiableSet(allowed);
    if (path.length() <= MAX_KEPT_PATH) {
      if (allowedByPath.size() >= MAX_KEPT) allowedByPath.clear();
      allowedByPath.put(path, kept);
    }
    return kept;
  }

  /** Vert.x's path syntax as a regular expression: {@code :name} is one segment, a trailing {@code *} any rest. */
  static String pattern(String path, boolean exact) {
    String body = Pattern.compile("/").splitAsStream(path)
        .map(segment -> segment.startsWith(":") ? "[^/]+" : Pattern.quote(segment))
        .collect(Collectors.joining("/"));
    if (path.endsWith("/")) body += "/";
    return exact ? body + "/?" : body + ".*";
  }
}
