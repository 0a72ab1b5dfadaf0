package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.PageHtml;

/** What reaches a page: sanitised Markdown, and images checked by their bytes. */
class ShowcaseContentTest extends ApiTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
      0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x1A, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'};
  ShowcaseFixture fixture;



  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  @Test
  @DisplayName("scripts, javascript: links and event handlers in Markdown never reach the page; formatting does")
  void sanitised() {
    User owner = users.orgAdmin("company", true);
    String markdown = """
        ## Hyödyt

        **Lihavoitu** ja [turvallinen linkki](https://example.org) ja [paha](javascript:alert(1)).

        <script>alert('xss')</script>
        <img src=x onerror="alert(2)">
        <a href="https://example.org" onclick="alert(3)">klikkaa</a>
        <iframe src="https://evil.example"></iframe>
        """;
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Turvallinen", "Säker", "Safe")
        .put("description", new JsonObject().put("fi", markdown)));
    String html = http.get("/showcases/" + id + "?lang=fi", null).text();
    String description = html.substring(html.indexOf("<div class=\"description\">"), html.indexOf("<dl class=\"facts\">"));
    assertThat(description).contains("<h2>Hyödyt</h2>", "<strong>Lihavoitu</strong>", "href=\"https://example.org\"", "rel=\"nofollow");
    assertThat(description.toLowerCase()).doesNotContain("<script", "javascript:", "onerror=", "onclick=", "<iframe", "<img");
    // The only script on the page is the site's own live-update file.
    assertThat(html.replaceAll("<script src=\"/assets/js/live\\.js\\?v=[0-9a-f]+\" defer></script>", "")).doesNotContain("<script");
  }

  @Test
  @DisplayName("a PNG or WebP upload is stored and served with its type, alt text and cache headers")
  void images() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvat", "Bilder", "Pictures"));
    Http.Response png = http.upload("/api/v1/showcases/" + id + "/images", owner.token(), "file", "photo.png", "image/png",
        Buffer.buffer(PNG), Map.of("alt", "Verenpainemittari keittiön pöydällä"));
    assertThat(png.status()).as(png.text()).isEqualTo(201);
    assertThat(png.json().getString("contentType")).isEqualTo("image/png");
    String url = png.json().getString("url");
    assertThat(http.get(url, null).status()).as("images of a draft stay private").isEqualTo(404);
    Http.Response own = http.get(url, owner.token());
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("Cache-Control")).contains("private");

    Http.Response webp = http.upload("/api/v1/showcases/" + id + "/images", owner.token(), "file", "photo.jpg", "image/jpeg",
        Buffer.buffer(WEBP), Map.of("alt", "Ranneke"));
    assertThat(webp.status()).isEqualTo(201);
    assertThat(webp.json().getString("contentType")).as("recognised by content, not by the claimed type").isEqualTo("image/webp");

    http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null);
    http.post("/api/v1/showcases/" + id + "/review", users.admin().token(), new JsonObject().put("decision", "approve"));
    Http.Response served = http.get(url, null);
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.header("Content-Type")).isEqualTo("image/png");
    assertThat(served.header("Cache-Control")).contains("public", "max-age=");
    assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(served.body().getBytes()).isEqualTo(PNG);
    assertThat(http.get("/api/v1/showcases/" + id, null).json().getJsonArray("images")).hasSize(2);
    assertThat(PageHtml.main(http.get("/showcases/" + id, null).text()).select("img[alt=Verenpainemittari keittiön pöydällä]"))
        .isNotEmpty();
  }

  @Test
  @DisplayName("a file that is not PNG, JPEG or WebP is a 415, one over 5 MB a 413, one without alt text a 400")
  void badUploads() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvat", "Bilder", "Pictures"));
    String path = "/api/v1/showcases/" + id + "/images";
    Http.Response disguised = http.upload(path, owner.token(), "file", "evil.png", "image/png",
        Buffer.buffer("<svg onload=alert(1)></svg>"), Map.of("alt", "not an image"));
    assertThat(disguised.status()).isEqualTo(415);
    assertThat(disguised.header("Content-Type")).isEqualTo("application/problem+json");

    Buffer huge = Buffer.buffer(PNG).appendBuffer(Buffer.buffer(new byte[ShowcaseImages.MAX_BYTES]));
    Http.Response tooBig = http.upload(path, owner.token(), "file", "big.png", "image/png", huge, Map.of("alt", "big"));
    assertThat(tooBig.status()).isEqualTo(413);

    Http.Response noAlt = http.upload(path, owner.token(), "file", "a.png", "image/png", Buffer.buffer(PNG), Map.of());
    assertThat(noAlt.status()).isEqualTo(400);
    assertThat(noAlt.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("alt");
    Http.Response noFile = http.upload(path, owner.token(), "file", null, null, null, Map.of("alt", "x"));
    assertThat(noFile.status()).isEqualTo(400);

    User stranger = users.orgAdmin("company", true);
    assertThat(http.upload(path, stranger.token(), "file", "a.png", "image/png", Buffer.buffer(PNG), Map.of("alt", "x")).status())
        .isEqualTo(404);
    assertThat(http.upload(path, null, "file", "a.png", "image/png", Buffer.buffer(PNG), Map.of("alt", "x")).status())
        .isEqualTo(401);
    assertThat(app.count("SELECT count(*) FROM showcase_image WHERE showcase_id = '" + id + "'")).isZero();
  }

  @Test
  @DisplayName("the taxonomy lists categories and target groups with labels in the caller's language")
  void taxonomy() {
    JsonObject sv = http.get("/api/v1/taxonomy?lang=sv", null).json();
    assertThat(sv.getJsonArray("categories")).hasSize(Taxonomy.CATEGORIES.size());
    assertThat(sv.getJsonArray("categories").getJsonObject(0).getString("id")).isEqualTo("remote-monitoring");
    assertThat(sv.getJsonArray("categories").getJsonObject(0).getString("label")).isEqualTo("Distansmonitorering");
    assertThat(sv.getJsonArray("targetGroups").getJsonObject(0).getString("label")).isEqualTo("Äldre personer");
    JsonObject fi = http.get("/api/v1/taxonomy?lang=fi", null).json();
    assertThat(fi.getJsonArray("categories").getJsonObject(0).getString("label")).isEqualTo("Etämonitorointi");
  }
}
