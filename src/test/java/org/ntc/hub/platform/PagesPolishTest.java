package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

class PagesPolishTest extends ApiTest {

  @Test
  @DisplayName("assets are addressed by content hash and cached for a year; plain addresses for a day")
  void fingerprintedAssets() {
    String page = http.get("/?lang=fi", null).text();
    Matcher css = Pattern.compile("href=\"(/assets/css/app\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
    assertThat(css.find()).as("fingerprinted stylesheet").isTrue();
    assertThat(page).containsPattern("src=\"/assets/js/live\\.js\\?v=[0-9a-f]{12}\"");
    Http.Response asset = http.get(css.group(1), null);
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
  @DisplayName("every page names both contact points in the footer, in the page's language, with a description")
  void footerAndDescription() {
    assertThat(http.get("/trainings?lang=fi", null).text()).contains("Yhteyspiste Uumaja", "href=\"/contact-points/umea\"",
        "<meta name=\"description\"");
    assertThat(http.get("/showcases?lang=sv", null).text()).contains("Kontaktpunkt Seinäjoki");
    assertThat(http.get("/login?lang=en", null).text()).contains("Contact point Umeå");
  }
}
