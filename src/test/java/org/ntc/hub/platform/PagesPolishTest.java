package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users;

class PagesPolishTest extends ApiTest {

  @Test
  @DisplayName("assets are addressed by content hash and cached for a year; plain addresses for a day")
  void fingerprintedAssets() {
    Document page = PageHtml.parse(http.get("/?lang=fi", null).text());
    String css = page.select("head link[rel=stylesheet]").attr("href");
    assertThat(css).as("fingerprinted stylesheet").matches("/assets/css/app\\.css\\?v=[0-9a-f]{12}");
    assertThat(page.select("head script").attr("src")).matches("/assets/js/live\\.js\\?v=[0-9a-f]{12}");
    Http.Response asset = http.get(css, null);
    assertThat(asset.status()).isEqualTo(200);
    assertThat(asset.header("Cache-Control")).contains("immutable").contains("max-age=31536000");
    assertThat(http.get("/assets/css/app.css", null).header("Cache-Control")).doesNotContain("immutable");
    assertThat(http.get("/assets/css/../../pom.xml", null).status()).isIn(400, 404);
  }

  @Test
  @DisplayName("pages and JSON are sent gzip-compressed to browsers that accept it")
  void compressed() {
    io.vertx.core.MultiMap gzip = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Accept-Encoding", "gzip");
    Http.Response page = http.raw(io.vertx.core.http.HttpMethod.GET, "/showcases?lang=fi", gzip, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(http.raw(io.vertx.core.http.HttpMethod.GET, "/api/v1/showcases", gzip, null).header("Content-Encoding"))
        .isEqualTo("gzip");
  }

  @Test
  @DisplayName("every page has a short, plain <title> and one <main> that holds its heading")
  void titleAndMain() {
    Users.User staff = users.staff("umea");
    Users.User company = users.orgAdmin("company", true);
    String training = http.post("/api/v1/trainings", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("en", "Sensors at home")).put("description", new JsonObject().put("en", "Hands-on."))
        .put("format", "onsite").put("contactPoint", "umea")
        .put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0).toString())
        .put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).plusHours(2).withNano(0).toString())
        .put("capacity", 5).put("language", "en").put("audience", new JsonArray().add("professionals"))).json().getString("id");
    Map<String, Users.User> pages = new LinkedHashMap<>();
    for (String path : List.of("/", "/showcases", "/trainings", "/trainings/" + training, "/trainings/" + training + "/participants",
        "/challenges", "/organisations", "/organisations/new", "/organisations/" + company.organisationId(), "/materials",
        "/contact-points/umea", "/account", "/moderation", "/no-such-page")) {
      pages.put(path, staff);
    }
    pages.put("/showcases/new", company);
    pages.put("/login", null);
    pages.put("/register", null);
    pages.forEach((path, who) -> {
      Document page = PageHtml.parse(http.get(path + (path.contains("?") ? "&" : "?") + "lang=en", who == null ? null : who.token()).text());
      assertThat(page.select("head > title")).as(path).hasSize(1);
      assertThat(page.title()).as(path + ": <title>").endsWith(" · NTC Hub").doesNotContain("<").hasSizeLessThan(200);
      assertThat(PageHtml.main(page.outerHtml()).select("h1")).as(path + ": the heading in <main>").hasSize(1);
    });
  }

  @Test
  @DisplayName("every page names both contact points in the footer, in the page's language, with a description")
  void footerAndDescription() {
    Document trainings = PageHtml.parse(http.get("/trainings?lang=fi", null).text());
    assertThat(trainings.select("footer a[href=/contact-points/umea]").text()).isEqualTo("NTC:n yhteyspiste Uumaja");
    assertThat(trainings.select("head meta[name=description]").attr("content")).isNotBlank();
    assertThat(PageHtml.parse(http.get("/showcases?lang=sv", null).text()).select("footer").text()).contains("NTC:s kontaktpunkt Seinäjoki");
    assertThat(PageHtml.parse(http.get("/login?lang=en", null).text()).select("footer").text()).contains("NTC contact point Umeå")
        .as("the footer names contact points, not the node that served the page").doesNotContain("node");
  }
}
