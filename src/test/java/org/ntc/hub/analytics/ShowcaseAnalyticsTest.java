package org.ntc.hub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.showcase.ShowcaseFixture;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ShowcaseAnalyticsTest extends ApiTest {
  private Vertx vertx;

  @BeforeEach
  void vertx(Vertx vertx) {
    this.vertx = vertx;
  }

  static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

  private String published(User owner) {
    String id = draft(owner);
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null).status()).isEqualTo(200);
    Http.Response approved = http.post("/api/v1/showcases/" + id + "/review", users.admin().token(),
        new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  private String draft(User owner) {
    JsonObject body = ShowcaseFixture.body(owner.organisationId(), "Etähoitaja", "Distansvårdare", "Remote carer");
    Http.Response created = http.post("/api/v1/showcases", owner.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** A page view as a browser (or a bot) sends it: the test client would otherwise name itself as the User-Agent. */
  private int view(String id, String userAgent, String token) {
    return view(HttpMethod.GET, id, userAgent, token);
  }

  private int view(HttpMethod method, String id, String userAgent, String token) {
    WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(app.port()).setUserAgentEnabled(false));
    try {
      HttpRequest<Buffer> request = client.request(method, "/showcases/" + id);
      if (userAgent != null) request.putHeader("User-Agent", userAgent);
      if (token != null) request.putHeader("Cookie", "ntc_token=" + token);
      return Http.awaitResult(request.send()).statusCode();
    } finally {
      client.close();
    }
  }

  private JsonObject analytics(String id, User who) {
    Http.awaitResult(app.app().flushViews());
    Http.Response response = http.get("/api/v1/showcases/" + id + "/analytics", who.token());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static String thisMonth() {
    return YearMonth.from(app.clock().instant().atOffset(ZoneOffset.UTC)).toString();
  }

  private static JsonObject month(JsonObject analytics, String month) {
    return analytics.getJsonArray("months").stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("month").equals(month)).findFirst().orElseThrow();
  }

  private static JsonObject row(JsonObject analytics, String list, String key, String value) {
    return analytics.getJsonArray(list).stream().map(JsonObject.class::cast)
        .filter(m -> m.getString(key).equals(value)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the showcase's company and staff see its analytics; another company hears 403, a visitor 401, a draft 404 for others")
  void whoSeesAnalytics() {
    User owner = users.orgMember("company");
    String id = published(owner);
    User other = users.orgMember("company");
    assertThat(http.get("/api/v1/showcases/" + id + "/analytics", owner.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/showcases/" + id + "/analytics", users.staff("seinajoki").token()).status()).isEqualTo(200);
    Http.Response refused = http.get("/api/v1/showcases/" + id + "/analytics", other.token());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(http.get("/api/v1/showcases/" + id + "/analytics", null).status()).isEqualTo(401);
    String draftId = draft(owner);
    assertThat(http.get("/api/v1/showcases/" + draftId + "/analytics", other.token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/showcases/" + draftId + "/analytics", owner.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/showcases/00000000-0000-0000-0000-000000000001/analytics", owner.token()).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("each browser view counts once; bots, HEAD, staff and the company's own members do not; under five is hidden")
  void viewsCountedAndSuppressed() {
    User owner = users.orgMember("company");
    String id = published(owner);
    for (int i = 0; i < 3; i++) assertThat(view(id, BROWSER, null)).isEqualTo(200);
    view(id, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null);
    view(id, "curl/8.5.0", null);
    view(id, null, null);
    view(id, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36", null);
    view(HttpMethod.HEAD, id, BROWSER, null);
    view(id, BROWSER, owner.token());
    view(id, BROWSER, users.staff("umea").token());
    JsonObject few = analytics(id, owner);
    assertThat(month(few, thisMonth()).getValue("views")).as("3 views are fewer than 5").isNull();
    assertThat(few.getJsonObject("total").getValue("views")).isNull();
    assertThat(few.getInteger("threshold")).isEqualTo(5);
    assertThat(app.count("SELECT coalesce(sum(views), 0) FROM showcase_view_day WHERE showcase_id = '" + id + "'")).isEqualTo(3);

    for (int i = 0; i < 2; i++) view(id, BROWSER, null);
    User carer = users.orgMember("care");
    for (int i = 0; i < 5; i++) view(id, BROWSER, carer.token());
    JsonObject many = analytics(id, owner);
    assertThat(month(many, thisMonth()).getLong("views")).isEqualTo(10);
    assertThat(many.getJsonObject("total").getLong("views")).isEqualTo(10);
    assertThat(row(many, "sectors", "sector", "visitor").getLong("views")).isEqualTo(5);
    assertThat(row(many, "sectors", "sector", "care").getLong("views")).isEqualTo(5);
    assertThat(row(many, "sectors", "sector", "company").getLong("views")).isZero();
    assertThat(row(many, "countries", "country", "FI").getLong("views")).isEqualTo(5);
    assertThat(row(many, "countries", "country", "unknown").getLong("views")).isEqualTo(5);
    assertThat(app.count("SELECT count(*) FROM showcase_view_day WHERE showcase_id = '" + id + "'"))
        .as("only counts are kept: one row per day, sector and country").isEqualTo(2);
  }

  @Test
  @DisplayName("when one count of a breakdown is hidden, the next smallest is hidden too, so the total cannot give it away")
  void secondarySuppression() {
    assertThat(Suppression.column(java.util.List.of(3L, 7L, 20L, 0L))).containsExactly(null, null, 20L, 0L);
    assertThat(Suppression.column(java.util.List.of(3L, 2L, 20L))).containsExactly(null, null, 20L);
    assertThat(Suppression.column(java.util.List.of(0L, 5L))).containsExactly(0L, 5L);
  }

  @Test
  @DisplayName("a malformed, reversed or too long period is a 400 problem naming the field")
  void badPeriods() {
    User owner = users.orgMember("company");
    String id = published(owner);
    for (String query : new String[] {"from=2026-13", "to=yesterday", "from=2026-05&to=2026-01", "from=2020-01&to=2026-01",
        "from=1999-12"}) {
      Http.Response response = http.get("/api/v1/showcases/" + id + "/analytics?" + query, owner.token());
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().getJsonArray("errors")).as(query).isNotEmpty();
    }
    Http.Response year = http.get("/api/v1/showcases/" + id + "/analytics?from=2026-01&to=2026-12", owner.token());
    assertThat(year.status()).isEqualTo(200);
    assertThat(year.json().getJsonArray("months")).hasSize(12);
    assertThat(http.get("/api/v1/showcases/not-an-id/analytics", owner.token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("signed-in people save a public showcase once however often they ask, remove it, and list what they saved")
  void saving() {
    User owner = users.orgMember("company");
    String id = published(owner);
    User carer = users.orgMember("care");
    assertThat(http.post("/api/v1/showcases/" + id + "/save", null, null).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/showcases/" + id + "/save", carer.token(), null).status()).isEqualTo(204);
    assertThat(http.post("/api/v1/showcases/" + id + "/save", carer.token(), null).status()).isEqualTo(204);
    assertThat(app.count("SELECT count(*) FROM showcase_save WHERE showcase_id = '" + id + "'")).isEqualTo(1);
    JsonArray saved = http.get("/api/v1/me/saved-showcases", carer.token()).json().getJsonArray("items");
    assertThat(saved).hasSize(1);
    assertThat(saved.getJsonObject(0).getString("showcaseId")).isEqualTo(id);
    assertThat(http.delete("/api/v1/showcases/" + id + "/save", carer.token()).status()).isEqualTo(204);
    assertThat(http.delete("/api/v1/showcases/" + id + "/save", carer.token()).status()).isEqualTo(204);
    assertThat(app.count("SELECT count(*) FROM showcase_save WHERE showcase_id = '" + id + "'")).isZero();
    assertThat(http.post("/api/v1/showcases/00000000-0000-0000-0000-000000000002/save", carer.token(), null).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("the Save form on the showcase page needs its CSRF field; with it the showcase is saved and the page says Saved")
  void savingFromThePage() {
    User owner = users.orgMember("company");
    String id = published(owner);
    User carer = users.orgMember("care");
    MultiMap cookie = Http.headers("Cookie", "ntc_token=" + carer.token());
    Http.Response page = http.raw(HttpMethod.GET, "/showcases/" + id, cookie, null);
    Element form = PageHtml.main(page.text()).selectFirst("form#save");
    assertThat(form).isNotNull();
    assertThat(form.attr("action")).isEqualTo("/showcases/" + id + "/save");
    Http.Response forged = http.form("/showcases/" + id + "/save", cookie, MultiMap.caseInsensitiveMultiMap());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(app.count("SELECT count(*) FROM showcase_save WHERE showcase_id = '" + id + "'")).isZero();
    Http.Response sent = http.form("/showcases/" + id + "/save", cookie,
        MultiMap.caseInsensitiveMultiMap().add("_csrf", Http.csrfField(page)));
    assertThat(sent.status()).isEqualTo(303);
    assertThat(app.count("SELECT count(*) FROM showcase_save WHERE showcase_id = '" + id + "'")).isEqualTo(1);
    Element again = PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + id, cookie, null).text());
    assertThat(again.selectFirst("form#save").attr("action")).isEqualTo("/showcases/" + id + "/unsave");
    Element list = PageHtml.main(http.raw(HttpMethod.GET, "/account/saved", cookie, null).text());
    assertThat(list.select(".saved-list a").text()).contains("Remote carer");
    assertThat(PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + id, Http.headers(), null).text())
        .selectFirst("form#save")).as("visitors get no Save button").isNull();
  }

  @Test
  @DisplayName("the analytics page shows the owner a chart and tables with hidden counts in words; others get an error page")
  void analyticsPage() {
    User owner = users.orgMember("company");
    String id = published(owner);
    User saver = users.orgMember("care");
    http.post("/api/v1/showcases/" + id + "/save", saver.token(), null);
    Http.Response page = http.raw(HttpMethod.GET, "/showcases/" + id + "/analytics?lang=en",
        Http.headers("Cookie", "ntc_token=" + owner.token()), null);
    assertThat(page.status()).isEqualTo(200);
    Element main = PageHtml.main(page.text());
    assertThat(main.select("h1").text()).contains("Remote carer");
    assertThat(main.select("svg[role=img]")).hasSize(1);
    assertThat(main.select("table.analytics-table")).hasSize(3);
    assertThat(main.select("table.analytics-table").get(1).text()).contains("fewer than 5").contains("Care organisations");
    assertThat(main.text()).doesNotContain("unknown");
    Http.Response other = http.raw(HttpMethod.GET, "/showcases/" + id + "/analytics",
        Http.headers("Cookie", "ntc_token=" + users.orgMember("company").token()), null);
    assertThat(other.status()).isEqualTo(403);
    Http.Response visitor = http.raw(HttpMethod.GET, "/showcases/" + id + "/analytics", Http.headers(), null);
    assertThat(visitor.status()).isEqualTo(303);
    Http.Response bad = http.raw(HttpMethod.GET, "/showcases/" + id + "/analytics?from=2026-09&to=2026-01&lang=en",
        Http.headers("Cookie", "ntc_token=" + owner.token()), null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(PageHtml.main(bad.text()).select(".error-summary a").attr("href")).isEqualTo("#to");
    Element showcase = PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + id,
        Http.headers("Cookie", "ntc_token=" + owner.token()), null).text());
    assertThat(showcase.select("a[href=/showcases/" + id + "/analytics]")).hasSize(1);
  }
}
