package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Images are reviewed like text: one added to a published showcase is public only once staff approve it. */
class ShowcaseImageReviewTest extends ApiTest {

  @Test
  @DisplayName("an image added to a published showcase waits for review: hidden from the public (API, page, file) until staff approve")
  void imageWaitsForReview() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgMember("company");
    User staff = users.staff("umea");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvakatsaus", "Bildöversikt", "Picture review"));
    String path = "/api/v1/showcases/" + id;

    Http.Response added = http.upload(path + "/images", owner.token(), "file", "kotona.png", "image/png",
        Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", "Ranneke yöpöydällä"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.json().getBoolean("approved")).isFalse();
    String url = added.json().getString("url");

    assertThat(http.get(path, null).json().getJsonArray("images")).as("the public API lists no unreviewed image").isEmpty();
    Element main = PageHtml.main(http.get("/showcases/" + id + "?lang=fi", null).text());
    assertThat(main.select("img[src='" + url + "']")).as("nor does the public page").isEmpty();
    assertThat(http.get(url, null).status()).as("nor serves its file").isEqualTo(404);
    assertThat(http.get(url, users.citizen("curious").token()).status()).isEqualTo(404);

    JsonObject own = http.get(path, owner.token()).json();
    assertThat(own.getString("status")).as("the showcase waits for review, like an edit of its text").isEqualTo("pending");
    assertThat(own.getJsonArray("images").getJsonObject(0).getBoolean("approved")).isFalse();
    assertThat(http.get(url, owner.token()).status()).isEqualTo(200);
    Element ownerPage = PageHtml.main(http.get("/showcases/" + id + "?lang=en", owner.token()).text());
    assertThat(ownerPage.select("img[src='" + url + "']")).hasSize(1);
    assertThat(ownerPage.select("figure figcaption").text()).contains("Waiting for review");

    JsonObject item = http.get("/api/v1/moderation/queue", staff.token()).json().getJsonArray("showcases").stream()
        .map(s -> (JsonObject) s).filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(item.getJsonArray("newImages").getJsonObject(0).getString("url")).isEqualTo(url);
    Element queuePage = PageHtml.main(http.get("/moderation?lang=sv", staff.token()).text());
    assertThat(queuePage.select("[data-queue-item='" + id + "'] img[src='" + url + "']")).hasSize(1);
    assertThat(http.get(url, staff.token()).status()).as("staff see what they review").isEqualTo(200);

    assertThat(http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve")).status()).isEqualTo(200);
    assertThat(http.get(path, null).json().getJsonArray("images")).hasSize(1);
    Element publicPage = PageHtml.main(http.get("/showcases/" + id, null).text());
    assertThat(publicPage.select("img[src='" + url + "']").attr("alt")).isEqualTo("Ranneke yöpöydällä");
    Http.Response file = http.get(url, null);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Cache-Control")).contains("public");
  }

  @Test
  @DisplayName("asking for changes keeps the new image private; the approved images stay public throughout")
  void changesRequestedKeepsImagePrivate() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Kaksi kuvaa", "Två bilder", "Two pictures"));
    String path = "/api/v1/showcases/" + id;
    String first = http.upload(path + "/images", owner.token(), "file", "a.png", "image/png", Buffer.buffer(ShowcaseContentTest.PNG),
        Map.of("alt", "Ensimmäinen")).json().getString("url");
    http.post(path + "/submit", owner.token(), null);
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.get(first, null).status()).as("approved with the showcase").isEqualTo(200);

    String second = http.upload(path + "/images", owner.token(), "file", "b.webp", "image/webp", Buffer.buffer(ShowcaseContentTest.WEBP),
        Map.of("alt", "Toinen")).json().getString("url");
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "request-changes").put("comment", "Kuva on epätarkka"));
    assertThat(http.get(second, null).status()).isEqualTo(404);
    assertThat(http.get(first, null).status()).isEqualTo(200);
    assertThat(http.get(path, null).json().getJsonArray("images").stream().map(i -> ((JsonObject) i).getString("url")))
        .containsExactly(first);
  }

  @Test
  @DisplayName("an image is served with the extension of its recognised type, whatever name it was sent under")
  void servedName() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Nimetty", "Namngiven", "Named"));
    Http.Response added = http.upload("/api/v1/showcases/" + id + "/images", owner.token(), "file", "../kuva<1>.html", "text/html",
        Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", "Kuva"));
    assertThat(added.json().getString("fileName")).isEqualTo("kuva_1.png");
    Http.Response served = http.get(added.json().getString("url"), owner.token());
    assertThat(served.header("Content-Type")).isEqualTo("image/png");
    assertThat(served.header("Content-Disposition")).isEqualTo("attachment; filename=\"kuva_1.png\"; filename*=UTF-8''kuva_1.png");
    assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
