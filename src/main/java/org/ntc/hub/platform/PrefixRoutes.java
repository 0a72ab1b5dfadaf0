package org.ntc.hub.platform;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes mounted on a router in order, each request compared only with the routes that could take its path. Vert.x
 * Web compares a request with every route in turn, path before method (a parameter path by regular expression), so
 * with hundreds of routes the walk to a late one costs more than some handlers. Here each route is kept under its
 * path's key (its first segment, or its first three under {@code /api/v1/}), and the request goes only through the
 * routes under its own key, in the order they were mounted, then on along the main router as before. A route whose
 * key depends on a parameter, a trailing wildcard or a regular expression stays on the main router in its place,
 * between the kept routes mounted before and after it, so the order of everything a request meets is unchanged.
 */
public final class PrefixRoutes {
  private static final Set<String> BY_PATH = Set.of("route", "get", "post", "put", "delete", "patch", "head",
      "options", "trace", "connect");

  private final Vertx vertx;
  private final Router main;
  private final Router mounting;
  /** Every route mounted here, in order. */
  private final List<Route> mounted = new ArrayList<>();
  /** What a request meets, in order: a group of kept routes by key, or a route left on the main router. */
  private final List<Object> steps = new ArrayList<>();
  private Group current;

  public PrefixRoutes(Vertx vertx, Router main) {
    this.vertx = vertx;
    this.main = main;
    this.mounting = (Router) Proxy.newProxyInstance(Router.class.getClassLoader(), new Class<?>[] {Router.class},
        (proxy, method, args) -> mount(method, args));
  }

  /** The router to mount routes on: it takes routes by path or by regular expression, and lists them. */
  public Router router() {
    return mounting;
  }

  /** The routes a request to this path is compared with, in order (those of other keys cannot match it). */
  public List<Route> candidates(String path) {
    String key = key(path);
    List<Route> routes = new ArrayList<>();
    for (Object step : steps) {
      if (step instanceof Group group) {
        Router bucket = group.byKey.get(key);
        if (bucket != null) routes.addAll(bucket.getRoutes());
      } else {
        routes.add((Route) step);
      }
    }
    return routes;
  }

  private Object mount(Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("getRoutes")) return List.copyOf(mounted);
    if (name.equals("toString") || name.equals("hashCode") || name.equals("equals")) return method.invoke(this, args);
    boolean regex = name.endsWith("WithRegex");
    if (args == null || !(args[args.length - 1] instanceof String path) || !regex && !BY_PATH.contains(name)) {
      throw new UnsupportedOperationException(name + ": routes mounted here need a path");
    }
    String key = regex ? null : keyOf(path);
    Router target = key == null ? main : group().byKey.computeIfAbsent(key, k -> Router.router(vertx));
    if (key == null) current = null;
    Route route;
    try {
      route = (Route) method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (key == null) steps.add(route);
    mounted.add(route);
    return route;
  }

  private Group group() {
    if (current == null) {
      current = new Group();
      main.route().handler(current).failureHandler(current::failed);
      steps.add(current);
    }
    return current;
  }

  /**
   * A request path's key: its first segment, or under {@code /api/v1/} its first three ({@code api/v1/showcases}).
   * The path is the normalised one the routes are matched against.
   */
  static String key(String path) {
    int first = path.indexOf('/', 1);
    if (first < 0) return path.substring(1);
    if (first == 4 && path.startsWith("/api/v1/")) {
      int end = path.indexOf('/', 8);
      if (end < 0) end = path.length();
      if (end > 8) return path.substring(1, end);
    }
    return path.substring(1, first);
  }

  /**
   * The key of every path a route with this Vert.x path can match, or null when its paths have several keys: a
   * parameter or an empty segment where the key is decided, or a wildcard that could extend the key's last segment.
   */
  static String keyOf(String template) {
    boolean prefix = template.endsWith("*");
    String path = prefix ? template.substring(0, template.length() - 1) : template;
    if (!path.startsWith("/")) return null;
    String[] segments = path.substring(1).split("/", -1);
    int deciding = !segments[0].equals("api") ? 1 : segments.length < 2 || !segments[1].equals("v1") ? 2 : 3;
    if (segments.length < deciding) {
      // "/api" or "/api/v1": it and it with a trailing slash have the key "api"
      if (prefix) return null;
      deciding = segments.length;
    } else if (prefix && segments.length == deciding) {
      return null;
    }
    for (int i = 0; i < deciding; i++) {
      if (segments[i].contains(":") || segments[i].isEmpty() && (prefix || segments.length > 1)) return null;
    }
    return key(path);
  }

  /** The kept routes mounted between two routes left on the main router, by key. */
  private static final class Group implements Handler<RoutingContext> {
    private final Map<String, Router> byKey = new HashMap<>();

    @Override
    public void handle(RoutingContext ctx) {
      Router routes = byKey.get(key(ctx.normalizedPath()));
      if (routes == null) ctx.next();
      else routes.handleContext(ctx);
    }

    /** A failure goes to the failure handlers of the kept routes of its key, as it would along the main router. */
    void failed(RoutingContext ctx) {
      Router routes = byKey.get(key(ctx.normalizedPath()));
      if (routes == null) ctx.next();
      else routes.handleFailure(ctx);
    }
  }
}
