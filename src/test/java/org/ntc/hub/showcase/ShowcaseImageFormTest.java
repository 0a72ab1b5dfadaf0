package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Images in the showcase form and through the API: upload, alt text, order and removal, and who may do each. */
class ShowcaseImageFormTest extends ApiTest {
  private static final String BOUNDARY = "----ntc-test-boundary";
  ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  private static MultiMap browser(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  /** A multipart body as a browser's form sends it: the CSRF field, the alt text, then the file. */
  private static byte[] multipart(String csrf, String alt, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    if (csrf != null) head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n").append(csrf).append("\r\n");
    if (alt != null) head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n").append(alt).append("\r\n");
    head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private Http.Response uploadPage(User user, String id, byte[] body) {
    MultiMap headers = browser(user).add("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    return http.rawBytes(HttpMethod.POST, "/showcases/" + id + "/images", headers, body);
  }

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, browser(user), form.add("_csrf", http.csrfOf(user.token())));
  }

  private Http.Response uploadApi(User user, String id, String alt) {
    return http.upload("/api/v1/showcases/" + id + "/images", user.token(), "file", "kuva.png", "image/png",
        Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", alt));
  }

  private List<JsonObject> images(User user, String id) {
    return http.get("/api/v1/showcases/" + id, user.token()).json().getJsonArray("images").stream().map(i -> (JsonObject) i).toList();
  }

  @Test
  @DisplayName("the owner adds an image from the edit form without JavaScript: back to the form, which lists it with its alt text")
  void uploadFromTheForm() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Kuvalomake", "Bildformulär", "Image form"));
    String csrf = http.csrfOf(owner.token());

    Element form = PageHtml.main(http.get("/showcases/" + id + "/edit?lang=fi", owner.token()).text());
    Element upload = form.selectFirst("section#images form[enctype=multipart/form-data]");
    assertThat(upload).as("an upload form in the images section").isNotNull();
    assertThat(upload.select("label[for=image-file]").text()).isEqualTo("Kuvatiedosto");
    assertThat(upload.select("input#image-alt")).hasSize(1);

    Http.Response added = uploadPage(owner, id, multipart(csrf, "Ranneke pöydällä", "ranneke.png", ShowcaseContentTest.PNG));
    assertThat(added.status()).as(added.text()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo("/showcases/" + id + "/edit?image=added#images");

    Element after = PageHtml.main(http.get(added.header("Location").replace("#images", "") + "&lang=fi", owner.token()).text());
    assertThat(after.select("[role=status]").text()).contains("Kuva lisätty");
    assertThat(after.select("section#images li.image-item img").attr("alt")).isEqualTo("Ranneke pöydällä");
    assertThat(after.select("section#images li.image-item").text()).contains("Kuva 1/1", "Odottaa tarkistusta");
    assertThat(images(owner, id)).singleElement().satisfies(image -> {
      assertThat(image.getString("alt")).isEqualTo("Ranneke pöydällä");
      assertThat(image.getInteger("width")).isEqualTo(1);
      assertThat(image.getInteger("height")).isEqualTo(1);
      assertThat(image.getBoolean("approved")).isFalse();
    });
  }

  @Test
  @DisplayName("a bad upload comes back to the form with the error summary linking to the field; nothing is stored")
  void badUploadsComeBackToTheForm() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Huono kuva", "Dålig bild", "Bad image"));
    String csrf = http.csrfOf(owner.token());

    Http.Response text = uploadPage(owner, id, multipart(csrf, "Kuvaus", "kuva.png", "not an image at all".getBytes()));
    assertThat(text.status()).isEqualTo(400);
    Element main = PageHtml.main(text.text());
    assertThat(main.select(".error-summary a[href=#image-file]")).hasSize(1);
    assertThat(main.select("#image-file-error").text()).contains("PNG, JPEG");
    assertThat(main.select("#image-alt").val()).as("the alt text typed is kept").isEqualTo("Kuvaus");

    Http.Response noAlt = uploadPage(owner, id, multipart(csrf, "  ", "kuva.png", ShowcaseContentTest.PNG));
    assertThat(noAlt.status()).isEqualTo(400);
    assertThat(PageHtml.main(noAlt.text()).select(".error-summary a[href=#image-alt]")).hasSize(1);

    Http.Response noFile = uploadPage(owner, id, multipart(csrf, "Kuvaus", "", new byte[0]));
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(PageHtml.main(noFile.text()).select(".error-summary a[href=#image-file]")).hasSize(1);

    byte[] cut = multipart(csrf, "Kuvaus", "kuva.png", ShowcaseContentTest.PNG);
    Http.Response malformed = uploadPage(owner, id, Arrays.copyOf(cut, cut.length - 20));
    assertThat(malformed.status()).as("a body that ends inside a part").isEqualTo(400);

    byte[] big = new byte[ShowcaseImages.MAX_BYTES + 1024];
    System.arraycopy(ShowcaseContentTest.PNG, 0, big, 0, ShowcaseContentTest.PNG.length);
    Http.Response tooLarge = uploadPage(owner, id, multipart(csrf, "Iso", "iso.png", big));
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(PageHtml.main(tooLarge.text()).select("#image-file-error").text()).contains("5 MB");

    assertThat(images(owner, id)).isEmpty();
  }

  @Test
  @DisplayName("the form's upload needs the page's CSRF token and a member of the showcase's company")
  void uploadNeedsTokenAndMembership() {
    User owner = users.orgAdmin("company", true);
    User otherCompany = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Suojattu", "Skyddad", "Guarded"));
    String csrf = http.csrfOf(owner.token());

    assertThat(uploadPage(owner, id, multipart(null, "Kuva", "a.png", ShowcaseContentTest.PNG)).status())
        .as("a form without its CSRF field is refused").isEqualTo(403);
    assertThat(uploadPage(owner, id, multipart("forged", "Kuva", "a.png", ShowcaseContentTest.PNG)).status())
        .isEqualTo(403);
    String otherCsrf = http.csrfOf(otherCompany.token());
    assertThat(uploadPage(otherCompany, id, multipart(otherCsrf, "Kuva", "a.png", ShowcaseContentTest.PNG)).status())
        .isEqualTo(403);
    String staffCsrf = http.csrfOf(staff.token());
    assertThat(uploadPage(staff, id, multipart(staffCsrf, "Kuva", "a.png", ShowcaseContentTest.PNG)).status())
        .as("staff review images, they do not add them").isEqualTo(403);
    assertThat(images(owner, id)).isEmpty();
  }

  @Test
  @DisplayName("the owner corrects an image's alt text, moves it up and down and removes it from the form")
  void altOrderRemoveFromTheForm() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Järjestys", "Ordning", "Order"));
    String first = uploadApi(owner, id, "Ensimmäinen").json().getString("id");
    String second = uploadApi(owner, id, "Toinen").json().getString("id");
    String third = uploadApi(owner, id, "Kolmas").json().getString("id");
    String base = "/showcases/" + id + "/images/";

    Http.Response moved = postForm(owner, base + third, MultiMap.caseInsensitiveMultiMap().add("current", "3")
        .add("currentAlt", "Kolmas").add("alt", "Kolmas").add("move", "up"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(303);
    assertThat(images(owner, id).stream().map(i -> i.getString("id"))).containsExactly(first, third, second);

    assertThat(postForm(owner, base + first, MultiMap.caseInsensitiveMultiMap().add("current", "1")
        .add("currentAlt", "Ensimmäinen").add("alt", "Ensimmäinen").add("position", "3")).status()).isEqualTo(303);
    assertThat(images(owner, id).stream().map(i -> i.getString("id"))).containsExactly(third, second, first);

    assertThat(postForm(owner, base + second, MultiMap.caseInsensitiveMultiMap().add("current", "2")
        .add("currentAlt", "Toinen").add("alt", "Toinen kuva: hoitaja ja tabletti").add("position", "2")).status()).isEqualTo(303);
    assertThat(images(owner, id).get(1).getString("alt")).isEqualTo("Toinen kuva: hoitaja ja tabletti");

    Http.Response emptyAlt = postForm(owner, base + second, MultiMap.caseInsensitiveMultiMap().add("current", "2")
        .add("currentAlt", "Toinen kuva: hoitaja ja tabletti").add("alt", " ").add("position", "2"));
    assertThat(emptyAlt.status()).isEqualTo(400);
    Element main = PageHtml.main(emptyAlt.text());
    assertThat(main.select(".error-summary a[href=#alt-" + second + "]")).hasSize(1);
    assertThat(main.select("#alt-" + second).attr("aria-invalid")).isEqualTo("true");
    Http.Response badPosition = postForm(owner, base + second, MultiMap.caseInsensitiveMultiMap().add("current", "2")
        .add("currentAlt", "x").add("alt", "x").add("position", "ensimmäinen"));
    assertThat(badPosition.status()).isEqualTo(400);
    assertThat(PageHtml.main(badPosition.text()).select(".error-summary a[href=#position-" + second + "]")).hasSize(1);

    Http.Response removed = postForm(owner, base + third + "/remove", MultiMap.caseInsensitiveMultiMap());
    assertThat(removed.status()).isEqualTo(303);
    assertThat(images(owner, id).stream().map(i -> i.getString("id"))).containsExactly(second, first);
    Element form = PageHtml.main(http.get("/showcases/" + id + "/edit?lang=en", owner.token()).text());
    assertThat(form.select("li.image-item button[value=up]")).as("the first cannot move up").hasSize(1);
    assertThat(form.select("li.image-item button[formaction$=/remove]")).hasSize(2);
  }

  @Test
  @DisplayName("PATCH and DELETE an image: its company's members only; staff, other companies and anonymous callers are refused")
  void apiAuthorisation() {
    User owner = users.orgAdmin("company", true);
    User otherCompany = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Oikeudet", "Rättigheter", "Rights"));
    String image = uploadApi(owner, id, "Alkuperäinen").json().getString("id");
    String path = "/api/v1/showcases/" + id + "/images/" + image;
    JsonObject change = new JsonObject().put("alt", "Uusi");

    assertThat(http.patch(path, null, change).status()).isEqualTo(401);
    assertThat(http.patch(path, otherCompany.token(), change).status()).isEqualTo(403);
    assertThat(http.patch(path, staff.token(), change).status()).isEqualTo(403);
    assertThat(http.delete(path, null).status()).isEqualTo(401);
    assertThat(http.delete(path, otherCompany.token()).status()).isEqualTo(403);
    assertThat(http.delete(path, staff.token()).status()).isEqualTo(403);
    assertThat(http.patch(path, owner.token(), new JsonObject()).status()).as("nothing to change").isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("alt", "")).status()).isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("position", 0)).status()).isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("colour", "red")).status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/showcases/" + id + "/images/" + java.util.UUID.randomUUID(), owner.token(), change).status())
        .isEqualTo(404);

    Http.Response changed = http.patch(path, owner.token(), new JsonObject().put("alt", "Uusi kuvaus").put("position", 1));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().getString("alt")).isEqualTo("Uusi kuvaus");
    assertThat(changed.json().getInteger("position")).isEqualTo(1);
    assertThat(http.delete(path, owner.token()).status()).isEqualTo(204);
    assertThat(images(owner, id)).isEmpty();
  }

  @Test
  @DisplayName("a new alt text on a public image waits for review: the public reads the approved text until staff approve")
  void altTextIsReviewed() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String title = "Tarkistettu " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), title, title, title));
    String image = uploadApi(owner, id, "Hyväksytty kuvaus").json().getString("id");
    http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null);
    http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));

    Http.Response changed = http.patch("/api/v1/showcases/" + id + "/images/" + image, owner.token(),
        new JsonObject().put("alt", "Tarkistamaton kuvaus"));
    assertThat(changed.json().getBoolean("altPending")).isTrue();
    assertThat(http.get("/api/v1/showcases/" + id, owner.token()).json().getString("status")).isEqualTo("pending");
    JsonArray publicImages = http.get("/api/v1/showcases/" + id, null).json().getJsonArray("images");
    assertThat(publicImages.getJsonObject(0).getString("alt")).isEqualTo("Hyväksytty kuvaus");
    assertThat(PageHtml.main(http.get("/showcases?lang=fi&q=" + title.replace(" ", "+"), null).text())
        .select("img.card-image[alt='Hyväksytty kuvaus']"))
        .isNotEmpty();
    JsonObject queued = http.get("/api/v1/moderation/queue", staff.token()).json().getJsonArray("showcases").stream()
        .map(s -> (JsonObject) s).filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(queued.getJsonArray("newImages").getJsonObject(0).getBoolean("altOnly")).isTrue();

    http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.get("/api/v1/showcases/" + id, null).json().getJsonArray("images").getJsonObject(0).getString("alt"))
        .isEqualTo("Tarkistamaton kuvaus");
  }

  @Test
  @DisplayName("cards in the catalogue and on the front page show the first approved image with alt, size and lazy loading, else a placeholder")
  void cardsShowTheFirstImage() {
    User owner = users.orgAdmin("company", true);
    String title = "Kortin kuva " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), title, title, title));
    uploadApi(owner, id, "Ensimmäinen kuva");
    String second = uploadApi(owner, id, "Toinen kuva").json().getString("id");
    http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null);
    http.post("/api/v1/showcases/" + id + "/review", users.admin().token(), new JsonObject().put("decision", "approve"));
    String bare = "Ilman kuvaa " + java.util.UUID.randomUUID().toString().substring(0, 8);
    fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), bare, bare, bare));

    Element list = PageHtml.main(http.get("/showcases?lang=fi&q=" + title.replace(" ", "+"), null).text());
    Element card = list.selectFirst("li.showcase-card:has(a[href=/showcases/" + id + "])");
    assertThat(card).isNotNull();
    Element img = card.selectFirst("img.card-image");
    assertThat(img.attr("alt")).isEqualTo("Ensimmäinen kuva");
    assertThat(img.attr("loading")).isEqualTo("lazy");
    assertThat(img.attr("width")).isEqualTo("1");
    assertThat(img.attr("height")).isEqualTo("1");
    assertThat(http.get(img.attr("src"), null).status()).isEqualTo(200);

    Element bareList = PageHtml.main(http.get("/showcases?lang=fi&q=" + bare.replace(" ", "+"), null).text());
    assertThat(bareList.select("li.showcase-card img")).isEmpty();
    assertThat(bareList.select("li.showcase-card .card-image-none[aria-hidden=true]")).hasSize(1);

    http.patch("/api/v1/showcases/" + id + "/images/" + second, owner.token(), new JsonObject().put("position", 1));
    Element home = PageHtml.main(http.get("/?lang=sv", null).text());
    Element homeCard = home.selectFirst("li.showcase-card:has(a[href=/showcases/" + id + "])");
    assertThat(homeCard).as("the newest showcases on the front page").isNotNull();
    assertThat(homeCard.select("img.card-image").attr("alt")).as("the new first image").isEqualTo("Toinen kuva");
    JsonObject item = http.get("/api/v1/showcases?q=" + title.replace(" ", "+"), null).json().getJsonArray("items").getJsonObject(0);
    assertThat(item.getJsonObject("image").getString("alt")).isEqualTo("Toinen kuva");
  }
}
