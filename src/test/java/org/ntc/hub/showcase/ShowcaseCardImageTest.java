package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** A catalogue card shows its showcase's first approved image, read with the page of results. */
class ShowcaseCardImageTest extends ApiTest {

  @Test
  @DisplayName("a card shows the first approved image in the showcase's order, with its approved alt text, in every kind of search")
  void firstApprovedImage() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgMember("company");
    User staff = users.staff("umea");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvakorttinäyte", "Bildkortsprov",
        "Picturecardsample"));
    String path = "/api/v1/showcases/" + id;
    String catalogue = "/api/v1/showcases?organisation=" + owner.organisationId();
    assertThat(card(catalogue, id).containsKey("image")).as("no image yet").isFalse();

    fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvaton", "Utan bild", "Without picture"));
    String first = upload(owner, path, "Ensimmäinen kuva");
    String second = upload(owner, path, "Toinen kuva");
    assertThat(card(catalogue, id).containsKey("image")).as("images awaiting review are not shown").isFalse();
    assertThat(http.post(path + "/submit", owner.token(), null).status()).as("a second change withdrew it from review").isEqualTo(200);
    Http.Response approved = http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(card(catalogue, id).getJsonObject("image")).isEqualTo(new JsonObject()
        .put("url", path + "/images/" + first).put("alt", "Ensimmäinen kuva").put("width", 1).put("height", 1));

    assertThat(http.patch(path + "/images/" + second, owner.token(), new JsonObject().put("position", 1)).status()).isEqualTo(200);
    assertThat(http.patch(path + "/images/" + second, owner.token(), new JsonObject().put("alt", "Uusi teksti")).status())
        .isEqualTo(200);
    JsonObject shown = new JsonObject().put("url", path + "/images/" + second).put("alt", "Toinen kuva").put("width", 1)
        .put("height", 1);
    JsonObject detail = http.get(path + "?lang=fi", null).json().getJsonArray("images").getJsonObject(0);
    assertThat(detail.getString("url")).as("the detail's first public image").isEqualTo(shown.getString("url"));
    for (String search : List.of(catalogue, catalogue + "&q=Kuvakorttin%C3%A4yte", "/api/v1/showcases?q=Picturecardsample",
        catalogue + "&pageSize=5&lang=sv")) {
      assertThat(card(search, id).getJsonObject("image")).as(search + ": moved first, its approved alt text").isEqualTo(shown);
    }
    List<String> all = http.get(catalogue + "&pageSize=100", owner.token()).json().getJsonArray("items").stream()
        .map(item -> ((JsonObject) item).getString("id")).toList();
    String alone = catalogue + "&pageSize=1&page=" + (all.indexOf(id) + 1);
    assertThat(card(alone, id).getJsonObject("image")).as("on a later page, after skipped rows").isEqualTo(shown);
    Element page = PageHtml.main(http.get("/showcases?lang=fi&organisation=" + owner.organisationId(), owner.token()).text());
    assertThat(page.select("li.showcase-card img.card-image").attr("src")).isEqualTo(shown.getString("url"));
    assertThat(page.select("li.showcase-card img.card-image").attr("alt")).isEqualTo("Toinen kuva");
  }

  private String upload(User owner, String path, String alt) {
    Http.Response added = http.upload(path + "/images", owner.token(), "file", "kuva.png", "image/png",
        Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", alt));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return added.json().getString("id");
  }

  private JsonObject card(String search, String id) {
    String token = users.citizen("reader").token();
    Http.Response found = http.get(search, token);
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    return found.json().getJsonArray("items").stream().map(item -> (JsonObject) item)
        .filter(item -> item.getString("id").equals(id)).findFirst().orElseThrow();
  }
}
