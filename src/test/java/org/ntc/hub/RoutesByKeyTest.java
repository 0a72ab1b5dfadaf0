package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.account.AccountRepository;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.PrefixRoutes;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.Views;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.showcase.SearchCountsCache;

/**
 * The application's routes, mounted by path key as the node mounts them: the same routes in the same order as on
 * one router, each still met by a request to its own path, and the catalogue page and API compared with only the
 * routes under their key (no database: nothing is asked, only mounted).
 */
@ExtendWith(VertxExtension.class)
class RoutesByKeyTest {
  private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

  @Test
  @DisplayName("every route of the application is met by a request to its path, and the hot pages meet few others")
  void everyRouteMet(Vertx vertx) {
    Router one = Router.router(vertx);
    routes(vertx).mount(one);
    PrefixRoutes keyed = new PrefixRoutes(vertx, Router.router(vertx));
    routes(vertx).mount(keyed.router());

    List<Route> all = one.getRoutes();
    List<Route> mounted = keyed.router().getRoutes();
    assertThat(mounted).hasSizeGreaterThan(400);
    assertThat(mounted.stream().map(RoutesByKeyTest::describe).toList())
        .isEqualTo(all.stream().map(RoutesByKeyTest::describe).toList());
    for (Route route : mounted) {
      if (route.getPath() == null) continue;
      String sample = route.getPath().replaceAll(":[A-Za-z0-9_]+", "7");
      for (String path : List.of(sample, sample.endsWith("/") ? sample + "x" : sample + "/")) {
        if (!route.isExactPath() || !path.endsWith("x")) {
          assertThat(keyed.candidates(path)).as(describe(route) + " for " + path).contains(route);
        }
      }
    }
    List<Route> unkeyed = keyed.candidates("/nothing");
    for (String hot : List.of("/showcases", "/api/v1/showcases")) {
      List<Route> met = keyed.candidates(hot);
      assertThat(met).as(hot).hasSizeLessThan(all.size() / 10)
          .allMatch(route -> unkeyed.contains(route) || route.getPath().startsWith(hot));
    }
  }

  private static String describe(Route route) {
    return route.methods() + " " + route.getPath() + " " + route.isRegexPath() + " " + route.isExactPath();
  }

  /** The features' routes on a pool that is never asked: the routes only have to be mounted. */
  private static Routes routes(Vertx vertx) {
    AppConfig config = AppConfig.from(Map.of("NTC_JWT_SECRET", SECRET,
        "NTC_CONFIG", Path.of("src/test/resources/empty.properties").toAbsolutePath().toString()));
    Pool pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(9)).using(vertx).build();
    Tokens tokens = new Tokens(vertx, SECRET);
    return new Routes(vertx, vertx.getOrCreateContext(), config, Clock.systemUTC(), pool, new Views(), tokens,
        new AccountRepository(pool), SECRET, new SearchCountsCache(), new StreamHub(15_000, 5_000), new PageCache(false));
  }
}
