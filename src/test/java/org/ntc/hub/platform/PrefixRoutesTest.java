package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Http;

/**
 * Routes kept by path key answer every request exactly as the same routes on one router do: the same routes
 * reached in the same order, the same failure handlers, the same fall-through to what follows them.
 */
@ExtendWith(VertxExtension.class)
class PrefixRoutesTest {
  private static final List<String> TEMPLATES = new ArrayList<>();
  private static Http plain;
  private static Http prefixed;
  private static PrefixRoutes routes;

  /** Routes of several keys, interleaved, with the kinds whose key is not fixed (kept on the main router). */
  private static void mount(Router r) {
    r.get("/a").handler(mark("GET /a"));
    r.route("/a/*").handler(mark("any /a/*"));
    r.get("/a/:id").handler(mark("GET /a/:id"));
    r.post("/b/:id/c").handler(mark("POST /b/:id/c"));
    r.route("/api/v1/open*").handler(mark("any /api/v1/open*"));
    r.get("/a/:id/d").handler(mark("GET /a/:id/d"));
    r.get("/api/v1/open").handler(mark("GET /api/v1/open"));
    r.get("/api/v1/opened/:x").handler(mark("GET /api/v1/opened/:x"));
    r.get("/api/v1/x").handler(mark("GET /api/v1/x"));
    r.route(HttpMethod.PUT, "/api/v1/x/:id").handler(mark("PUT /api/v1/x/:id"));
    r.get("/api/v1").handler(mark("GET /api/v1"));
    r.get("/api").handler(mark("GET /api"));
    r.get("/api/v2/y").handler(mark("GET /api/v2/y"));
    r.getWithRegex("/b/report-(?<year>[0-9]+)\\.pdf").handler(mark("GET /b/report-N.pdf"));
    r.get("/b").handler(mark("GET /b"));
    r.get("/:any/z").handler(mark("GET /:any/z"));
    r.get("/").handler(mark("GET /"));
    r.post("/f/:id").handler(mark("POST /f/:id")).handler(ctx -> ctx.fail(418))
        .failureHandler(mark("failure POST /f/:id"));
    r.get("/b/").handler(mark("GET /b/"));
    r.delete("/a/:id").handler(mark("DELETE /a/:id")).handler(ctx -> ctx.response().end("deleted " + trail(ctx)));
    r.route("/a/*").handler(mark("any /a/* again"));
  }

  @BeforeAll
  static void serve(Vertx vertx) {
    Router one = Router.router(vertx);
    one.route().handler(mark("before"));
    mount(one);
    finish(one);
    plain = new Http(vertx, listen(vertx, one));
    Router main = Router.router(vertx);
    main.route().handler(mark("before"));
    routes = new PrefixRoutes(vertx, main);
    mount(routes.router());
    finish(main);
    prefixed = new Http(vertx, listen(vertx, main));
    one.getRoutes().forEach(route -> TEMPLATES.add(route.getPath()));
  }

  @Test
  @DisplayName("every request meets the same routes, in the same order, as on one router")
  void sameAnswers() {
    TreeSet<String> paths = new TreeSet<>(List.of("/", "//", "/a", "/a/", "/ab", "/a/7", "/a/7/", "/a/7/d", "/a/7/8",
        "/b", "/b/", "/b/7/c", "/b/report-2026.pdf", "/b/report-x.pdf", "/q/z", "/a/z", "/api", "/api/", "/api/v1",
        "/api/v1/", "/api/v1//x", "/api/v1/open", "/api/v1/open/", "/api/v1/openx", "/api/v1/opened/1",
        "/api/v1/x", "/api/v1/x/", "/api/v1/x/1", "/api/v2/y", "/api/v2/y/", "/f/1", "/f/1/", "/nothing", "/A/7"));
    for (String template : TEMPLATES) {
      if (template == null) continue;
      String sample = template.replaceAll(":[a-z]+", "7");
      paths.addAll(List.of(sample, sample + "/", sample + "x", sample + "/x"));
    }
    int reached = 0;
    for (String path : paths) {
      for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
        Http.Response expected = plain.raw(method, path, Http.headers(), null);
        Http.Response actual = prefixed.raw(method, path, Http.headers(), null);
        assertThat(actual.status()).as(method + " " + path).isEqualTo(expected.status());
        assertThat(actual.text()).as(method + " " + path).isEqualTo(expected.text());
        if (expected.text().contains(" /")) reached++;
      }
    }
    assertThat(reached).isGreaterThan(100);
    assertThat(prefixed.raw(HttpMethod.POST, "/f/1", Http.headers(), null).text())
        .isEqualTo("failed 418: before, POST /f/:id, failure POST /f/:id");
    assertThat(prefixed.raw(HttpMethod.GET, "/api/v1/open", Http.headers(), null).text())
        .isEqualTo("end: before, any /api/v1/open*, GET /api/v1/open");
  }

  @Test
  @DisplayName("a request is compared only with the routes under its path's key and those whose key is not fixed")
  void comparedWithItsKeyOnly() {
    assertThat(paths(routes.candidates("/a/7"))).containsExactly("/a", "/a/", "/a/:id", "/api/v1/open", "/a/:id/d",
        null, "/:any/z", "/a/:id", "/a/");
    assertThat(paths(routes.candidates("/api/v1/x/1"))).containsExactly("/api/v1/open", "/api/v1/x", "/api/v1/x/:id",
        null, "/:any/z");
    assertThat(paths(routes.candidates("/nothing"))).containsExactly("/api/v1/open", null, "/:any/z");
    assertThat(routes.router().getRoutes()).hasSize(21);
  }

  @Test
  @DisplayName("the key of a route is that of every path it can match, or none")
  void keys() {
    assertThat(PrefixRoutes.key("/")).isEqualTo("");
    assertThat(PrefixRoutes.key("/showcases")).isEqualTo("showcases");
    assertThat(PrefixRoutes.key("/showcases/7/edit")).isEqualTo("showcases");
    assertThat(PrefixRoutes.key("/api/v1/showcases/7")).isEqualTo("api/v1/showcases");
    assertThat(PrefixRoutes.key("/api/v1/")).isEqualTo("api");
    assertThat(PrefixRoutes.key("/api/v2/x")).isEqualTo("api");
    assertThat(PrefixRoutes.keyOf("/showcases/:id")).isEqualTo("showcases");
    assertThat(PrefixRoutes.keyOf("/assets/*")).isEqualTo("assets");
    assertThat(PrefixRoutes.keyOf("/api/v1/showcases/:id/images")).isEqualTo("api/v1/showcases");
    assertThat(PrefixRoutes.keyOf("/api/v1")).isEqualTo("api");
    assertThat(PrefixRoutes.keyOf("/")).isEqualTo("");
    for (String wild : List.of("/:id", "/api/:v/x", "/api/v1/:kind", "/api/v1/open-data*", "/showcases*", "/api/*",
        "/api/v1/*", "//x", "/*", "/report-:year")) {
      assertThat(PrefixRoutes.keyOf(wild)).as(wild).isNull();
    }
  }

  @Test
  @DisplayName("a route without a path cannot be mounted by key")
  void pathless(Vertx vertx) {
    Router router = new PrefixRoutes(vertx, Router.router(vertx)).router();
    assertThatThrownBy(router::route).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> router.errorHandler(404, ctx -> {})).isInstanceOf(UnsupportedOperationException.class);
  }

  private static List<String> paths(List<Route> list) {
    List<String> paths = new ArrayList<>();
    list.forEach(route -> paths.add(route.getPath()));
    return paths;
  }

  private static void finish(Router router) {
    router.route().handler(ctx -> ctx.response().end("end: " + trail(ctx)));
    router.route().failureHandler(ctx -> ctx.response().setStatusCode(ctx.statusCode())
        .end("failed " + ctx.statusCode() + ": " + trail(ctx)));
  }

  private static int listen(Vertx vertx, Router router) {
    return Http.awaitResult(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")).actualPort();
  }

  private static Handler<RoutingContext> mark(String name) {
    return ctx -> {
      List<String> trail = ctx.get("trail");
      if (trail == null) ctx.put("trail", trail = new ArrayList<>());
      trail.add(name);
      ctx.next();
    };
  }

  private static String trail(RoutingContext ctx) {
    List<String> trail = ctx.get("trail");
    return String.join(", ", trail == null ? List.of() : trail);
  }
}
