package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.Handlebars;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The catalogue page written from its kept frames is, byte for byte, the page its template writes: for
 * every language, reader's words, kind of reader, count and pager, with hostile search words and names.
 */
class CataloguePageFrameTest {
  private static final String HOSTILE = "<b>\"x&y\"</b> 'q' `t` a=b ä €";
  private static Vertx vertx;
  private static int port;

  private static final Map<String, Viewer> READERS = new HashMap<>();

  static {
    Viewer.Membership member = new Viewer.Membership(UUID.randomUUID(), "Org & co", OrganisationType.values()[0],
        MemberRole.values()[0], true);
    READERS.put("citizen", viewer("citizen@x.test", "Ann", false, Optional.empty(), List.of(), 0, true));
    READERS.put("member", viewer("m@x.test", HOSTILE, false, Optional.empty(), List.of(member), 3, true));
    READERS.put("staff", viewer("s@x.test", "Staff <i>", false, Optional.of(Site.values().get(0)), List.of(), 12, true));
    READERS.put("admin", viewer("a@x.test", "Admin", true, Optional.empty(), List.of(), 0, true));
    READERS.put("unverified", viewer("u<&>@x.test", "New", false, Optional.empty(), List.of(), 1, false));
  }

  private static Viewer viewer(String email, String name, boolean admin, Optional<Site> site, List<Viewer.Membership> memberships,
                               long unread, boolean verified) {
    return new Viewer(UUID.randomUUID(), UUID.randomUUID(), email, name, "fi", admin, site, memberships, unread, verified);
  }

  @BeforeAll
  static void serve() throws Exception {
    vertx = Vertx.vertx();
    Views views = new Views();
    PageCache cache = new PageCache(false);
    Router router = Router.router(vertx);
    router.route().handler(Languages::choose);
    router.get("/showcases").handler(ctx -> {
      Viewer reader = READERS.get(ctx.request().getHeader("x-reader"));
      if (reader != null) ctx.put(WebContext.VIEWER, reader);
      ctx.put(WebContext.CSRF_TOKEN, "token-<&>");
      boolean plain = "true".equals(ctx.queryParams().get("plain"));
      var model = (java.util.function.Supplier<Future<Map<String, Object>>>) () -> Future.succeededFuture(model(ctx, plain));
      if (ctx.request().getHeader("x-framed") != null) {
        views.renderCached(ctx, cache, "showcase/list", model, CataloguePage.framed(plain));
      } else {
        views.renderCached(ctx, cache, "showcase/list", model);
      }
    });
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    port = server.actualPort();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  /** The page's model as the catalogue makes it, from the query: total, whether capped, the search. */
  private static Map<String, Object> model(RoutingContext ctx, boolean plain) {
    String lang = Languages.of(ctx);
    ShowcaseSearch search = ShowcaseSearch.from(ctx.queryParams());
    long total = Long.parseLong(ctx.queryParams().get("total"));
    boolean capped = "true".equals(ctx.queryParams().get("capped"));
    Map<String, Map<String, Long>> facets = Map.of("categories", Map.of(Taxonomy.CATEGORIES.get(0), 7L),
        "countries", Map.of("FI", 1234L));
    Map<String, Object> model = new HashMap<>();
    model.put("cards", new Handlebars.SafeString("<li class=\"showcase-card\">" + Views.escaped(HOSTILE) + "</li>"));
    model.put("total", total);
    model.put("totalCapped", capped);
    model.put("q", search.text() == null ? "" : search.text());
    model.put("filters", CatalogueFilters.of(search, new SearchCounts(total, facets, capped), lang, plain));
    String base = "/showcases?" + Views.queryWithout(ctx, "page", "lang") + "page=";
    model.put("pager", search.paging().pager(total, page -> base + page));
    return model;
  }

  @Test
  @DisplayName("the framed catalogue page is byte for byte what its template writes, for every language, reader and search")
  void framedPageIsTheTemplatesPage() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    List<String> searches = List.of("total=0", "total=1", "total=7&pageSize=5", "total=7&pageSize=5&page=2",
        "total=250&pageSize=5&page=3&category=" + Taxonomy.CATEGORIES.get(0), "total=1500&capped=true&country=FI",
        "total=12&q=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8) + "&x=%3Cy%3E");
    int pages = 0;
    for (String lang : I18n.LANGUAGES) {
      for (boolean plain : List.of(false, true)) {
        for (String reader : List.of("visitor", "citizen", "member", "staff", "admin", "unverified")) {
          for (String search : searches) {
            String path = "/showcases?" + search + "&plain=" + plain + "&lang=" + lang;
            byte[] template = get(client, path, reader, false);
            byte[] framed = get(client, path, reader, true);
            assertThat(new String(framed, StandardCharsets.UTF_8)).as(reader + " " + path)
                .isEqualTo(new String(template, StandardCharsets.UTF_8));
            assertThat(framed).isEqualTo(template);
            assertThat(new String(template, StandardCharsets.UTF_8)).doesNotContain("HoLe");
            pages++;
          }
        }
      }
    }
    assertThat(pages).isEqualTo(3 * 2 * 6 * searches.size());
  }

  @Test
  @DisplayName("a frame keeps nothing of the person it was first written for")
  void framesKeepNoPerson() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    get(client, "/showcases?total=3&lang=en", "member", true);
    String other = new String(get(client, "/showcases?total=3&lang=en", "citizen", true), StandardCharsets.UTF_8);
    assertThat(other).doesNotContain(Views.escaped(HOSTILE) + "</a>").contains(">Ann</a>");
    assertThat(CataloguePage.shape("en", false, Map.of("totalCapped", false), READERS.get("member"))).isNotNull();
    assertThat(CataloguePage.shape("en", false, Map.of("totalCapped", false), READERS.get("unverified")))
        .as("a reader with an unconfirmed email sees a form with a token: rendered by the template").isNull();
  }

  private static byte[] get(HttpClient client, String path, String reader, boolean framed) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("x-reader", reader);
    if (framed) request.header("x-framed", "yes");
    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
