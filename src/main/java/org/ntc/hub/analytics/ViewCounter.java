package org.ntc.hub.analytics;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/**
 * Counts views of showcase pages on this node, in memory, and adds them to the daily counts
 * when {@link #flush} runs (every few seconds): a view costs the page one map update, never a
 * database write. What a node has counted but not yet flushed is lost if it crashes.
 *
 * <p>Counted: a GET of a showcase's page answered 200, kept copy or not. Not counted: HEAD and
 * prefetches, clients that name no browser (no User-Agent, or one that says it is a bot, crawler,
 * spider, a command-line or library HTTP client, a headless browser or a monitor), staff, and
 * members of the showcase's own organisation (left out when the counts are flushed).
 */
public final class ViewCounter {
  static final Pattern NOT_A_PERSON = Pattern.compile(
      "bot|crawl|spider|slurp|archiver|curl|wget|httpie|python|java/|okhttp|go-http|libwww|scrapy|axios|node-fetch"
          + "|undici|vert\\.x|apache-httpclient|postman|headless|phantomjs|selenium|puppeteer|playwright|lighthouse"
          + "|pingdom|uptime|monitor|preview|facebookexternalhit|validator|feedfetcher|check_http|zgrab|masscan",
      Pattern.CASE_INSENSITIVE);
  private static final String FLUSH = """
      INSERT INTO showcase_view_day (showcase_id, day, sector, country, views)
      SELECT u.showcase_id, u.day, coalesce(o.type, 'visitor'), coalesce(o.country, 'unknown'), sum(u.views)
      FROM unnest($1::uuid[], $2::date[], $3::uuid[], $4::bigint[]) AS u (showcase_id, day, organisation_id, views)
      JOIN showcase s ON s.id = u.showcase_id
      LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE u.organisation_id IS DISTINCT FROM s.organisation_id
      GROUP BY 1, 2, 3, 4
      ON CONFLICT (showcase_id, day, sector, country) DO UPDATE SET views = showcase_view_day.views + excluded.views""";

  /** Views of one showcase on one day by people of one organisation (none for visitors). */
  record Key(UUID showcaseId, LocalDate day, UUID organisationId) {}

  private final Map<Key, Long> pending = new ConcurrentHashMap<>();
  private final Clock clock;

  public ViewCounter(Clock clock) {
    this.clock = clock;
  }

  /**
   * The front of the showcase page's route: notes the request, counted when its answer's head goes out as a 200.
   * Counted before the answer's bytes leave, so a flush that follows the answer always includes it.
   */
  public void count(RoutingContext ctx) {
    UUID id = showcaseId(ctx.pathParam("id"));
    if (id != null && person(ctx.request())) {
      ctx.addHeadersEndHandler(ignored -> {
        if (ctx.response().getStatusCode() == 200) viewed(id, WebContext.viewer(ctx));
      });
    }
    ctx.next();
  }

  static boolean person(HttpServerRequest request) {
    if (request.method() != HttpMethod.GET) return false;
    String purpose = request.getHeader("Sec-Purpose");
    if (purpose == null) purpose = request.getHeader("Purpose");
    if (purpose != null && purpose.contains("prefetch")) return false;
    String agent = request.getHeader("User-Agent");
    return agent != null && agent.length() >= 10 && agent.startsWith("Mozilla/") && !NOT_A_PERSON.matcher(agent).find();
  }

  void viewed(UUID showcaseId, Viewer viewer) {
    if (viewer.staff()) return;
    UUID organisation = viewer.memberships().stream().filter(Viewer.Membership::verified).findFirst()
        .or(() -> viewer.memberships().stream().findFirst()).map(Viewer.Membership::organisationId).orElse(null);
    pending.merge(new Key(showcaseId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), organisation), 1L, Long::sum);
  }

  /** Adds what was counted since the last flush, in one statement; on failure the counts wait for the next. */
  public Future<Void> flush(SqlClient client) {
    List<Key> keys = new ArrayList<>();
    List<Long> views = new ArrayList<>();
    for (Key key : new ArrayList<>(pending.keySet())) {
      Long n = pending.remove(key);
      if (n != null) {
        keys.add(key);
        views.add(n);
      }
    }
    if (keys.isEmpty()) return Future.succeededFuture();
    Tuple batch = Tuple.of(keys.stream().map(Key::showcaseId).toArray(UUID[]::new),
        keys.stream().map(Key::day).toArray(LocalDate[]::new),
        keys.stream().map(Key::organisationId).toArray(UUID[]::new), views.toArray(Long[]::new));
    return client.preparedQuery(FLUSH).execute(batch).<Void>mapEmpty().onFailure(err -> {
      for (int i = 0; i < keys.size(); i++) pending.merge(keys.get(i), views.get(i), Long::sum);
    });
  }

  private static UUID showcaseId(String id) {
    if (id == null || id.length() != 36) return null;
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
