package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Showcases say how to get the technology: through the API and the form, moderated, and in plain words on the page. */
class HowToGetTest extends ApiTest {
  ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  static JsonObject howToGet(boolean publicService, boolean buy, Integer min, Integer max, String... tryAt) {
    return new JsonObject().put("publicService", publicService).put("buy", buy).put("priceMin", min).put("priceMax", max)
        .put("tryAt", new JsonArray(List.of(tryAt)));
  }

  private static List<String> fields(Http.Response refused) {
    return refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList();
  }

  @Test
  @DisplayName("a showcase created with how to get it returns it from GET; a PATCH replaces it and null clears it")
  void storedAndReturned() {
    User owner = users.orgAdmin("company", true);
    JsonObject body = ShowcaseFixture.body(owner.organisationId(), "Hankintatapa", "Anskaffning", "How to get")
        .put("howToGet", howToGet(true, true, 90, 150, "seinajoki"));
    String id = fixture.draft(owner, body);

    JsonObject stored = http.get("/api/v1/showcases/" + id, owner.token()).json().getJsonObject("howToGet");
    assertThat(stored).isEqualTo(howToGet(true, true, 90, 150, "seinajoki"));

    Http.Response patched = http.patch("/api/v1/showcases/" + id, owner.token(),
        new JsonObject().put("howToGet", howToGet(false, true, null, 40, "umea", "seinajoki")));
    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    assertThat(patched.json().getJsonObject("howToGet")).isEqualTo(howToGet(false, true, null, 40, "umea", "seinajoki"));

    Http.Response cleared = http.patch("/api/v1/showcases/" + id, owner.token(), new JsonObject().putNull("howToGet"));
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().getValue("howToGet")).isNull();
  }

  @Test
  @DisplayName("bad how-to-get input is a 400 problem naming the field, on POST and PATCH, and nothing is stored")
  void badInputRefused() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Ennallaan", "Oförändrad", "Unchanged")
        .put("howToGet", howToGet(true, false, 10, 20)));
    List<Object[]> cases = List.of(
        new Object[] {"a string", "howToGet"},
        new Object[] {new JsonArray().add(1), "howToGet"},
        new Object[] {howToGet(true, true, -1, 20), "howToGet.priceMin"},
        new Object[] {howToGet(true, true, 30, 20), "howToGet.priceMax"},
        new Object[] {howToGet(true, true, 0, 2_000_000), "howToGet.priceMax"},
        new Object[] {howToGet(true, true, null, null, "vaasa-nowhere"), "howToGet.tryAt"},
        new Object[] {howToGet(true, true, null, null, "x".repeat(100_000)), "howToGet.tryAt"},
        new Object[] {new JsonObject().put("buy", "yes"), "howToGet.buy"},
        new Object[] {new JsonObject().put("publicService", 1), "howToGet.publicService"},
        new Object[] {new JsonObject().put("priceMin", "12"), "howToGet.priceMin"},
        new Object[] {new JsonObject().put("priceMin", 12.5), "howToGet.priceMin"},
        new Object[] {new JsonObject().put("tryAt", "seinajoki"), "howToGet.tryAt"},
        new Object[] {new JsonObject().put("note", "x".repeat(50_000)), "howToGet.note"});
    for (Object[] c : cases) {
      Http.Response patched = http.patch("/api/v1/showcases/" + id, owner.token(), new JsonObject().put("howToGet", c[0]));
      assertThat(patched.status()).as(String.valueOf(c[0]).substring(0, Math.min(80, String.valueOf(c[0]).length()))).isEqualTo(400);
      assertThat(patched.header("Content-Type")).startsWith("application/problem+json");
      assertThat(fields(patched)).contains((String) c[1]);

      Http.Response created = http.post("/api/v1/showcases", owner.token(),
          ShowcaseFixture.body(owner.organisationId(), "Ei tallennu", "Sparas inte", "Not stored").put("howToGet", c[0]));
      assertThat(created.status()).isEqualTo(400);
      assertThat(fields(created)).contains((String) c[1]);
    }
    assertThat(http.get("/api/v1/showcases/" + id, owner.token()).json().getJsonObject("howToGet"))
        .isEqualTo(howToGet(true, false, 10, 20));
    assertThat(app.count("SELECT count(*) FROM showcase WHERE organisation_id = '" + owner.organisationId() + "'"))
        .as("only the first showcase exists").isEqualTo(1);
  }

  @Test
  @DisplayName("how to get it is moderated: an edit waits in review with a diff per part, the public copy keeps the approved one")
  void moderated() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Moderoitu hinta", "Modererat pris",
        "Moderated price").put("howToGet", howToGet(false, true, 100, 200)));

    Http.Response edited = http.patch("/api/v1/showcases/" + id, owner.token(),
        new JsonObject().put("howToGet", howToGet(false, true, 5, 200)));
    assertThat(edited.json().getString("status")).isEqualTo("pending");
    assertThat(http.get("/api/v1/showcases/" + id, null).json().getJsonObject("howToGet").getInteger("priceMin")).isEqualTo(100);

    JsonObject item = http.get("/api/v1/moderation/queue", staff.token()).json().getJsonArray("showcases").stream()
        .map(s -> (JsonObject) s).filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(item.getJsonArray("changes")).singleElement().satisfies(c -> {
      assertThat(((JsonObject) c).getString("field")).isEqualTo("howToGet.priceMin");
      assertThat(((JsonObject) c).getString("before")).isEqualTo("100");
      assertThat(((JsonObject) c).getString("after")).isEqualTo("5");
    });
    assertThat(http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/showcases/" + id, null).json().getJsonObject("howToGet").getInteger("priceMin")).isEqualTo(5);
  }

  @Test
  @DisplayName("the showcase page has a 'How to get it' section in plain words: public services by country, price, and contact points as links")
  void pageSection() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Hinta näkyy", "Priset syns", "Price shown")
        .put("countries", new JsonArray().add("FI").add("SE"))
        .put("howToGet", howToGet(true, true, 1200, 2500, "umea")));

    Element sv = PageHtml.main(http.get("/showcases/" + id + "?lang=sv", null).text()).selectFirst("section#how-to-get");
    assertThat(sv.select("h2").text()).isEqualTo("Så får du den");
    assertThat(sv.select(".how-to-get-ways li").eachText()).containsExactly(
        "I Finland: fråga ditt välfärdsområde eller din kommun. De kan ge dig den.",
        "I Sverige: fråga din region eller din kommun. De kan ge dig den.",
        "Du kan köpa den själv.",
        "Priset är ungefär 1 200 €–2 500 €.");
    assertThat(sv.select(".how-to-get-places a").attr("href")).isEqualTo("/contact-points/umea");
    assertThat(sv.select(".how-to-get-places a").text()).doesNotContain("umea");

    Element en = PageHtml.main(http.get("/showcases/" + id + "?lang=en", null).text()).selectFirst("section#how-to-get");
    assertThat(en.select(".how-to-get-ways li").eachText()).contains("The price is about €1,200 to €2,500.");

    String silent = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Ei tietoa", "Ingen uppgift", "No word"));
    Element none = PageHtml.main(http.get("/showcases/" + silent + "?lang=en", null).text()).selectFirst("section#how-to-get");
    assertThat(none.text()).contains("has not said yet how to get it");
  }

  @Test
  @DisplayName("the form edits how to get it; a negative price or a range upside down comes back with the error summary, nothing changed")
  void form() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Lomake", "Formulär", "Form"));
    Element form = PageHtml.main(http.get("/showcases/" + id + "/edit?lang=fi", owner.token()).text());
    assertThat(form.select("fieldset#howToGet input[name=howToGet_tryAt]")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(form.select("fieldset#howToGet label").text()).contains("Seinäjoki");

    MultiMap bad = filled().add("howToGet_priceMin", "300").add("howToGet_priceMax", "30");
    Http.Response refused = post(owner, "/showcases/" + id + "/edit", bad);
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a[href=#howToGet]")).hasSize(1);
    assertThat(main.select("#howToGet-priceMin").val()).isEqualTo("300");
    assertThat(http.get("/api/v1/showcases/" + id, owner.token()).json().getValue("howToGet")).isNull();

    Http.Response saved = post(owner, "/showcases/" + id + "/edit", filled().add("howToGet_publicService", "true")
        .add("howToGet_priceMin", "40").add("howToGet_tryAt", "seinajoki").add("howToGet_tryAt", "umea"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(http.get("/api/v1/showcases/" + id, owner.token()).json().getJsonObject("howToGet"))
        .isEqualTo(howToGet(true, false, 40, null, "seinajoki", "umea"));
  }

  private static MultiMap filled() {
    return MultiMap.caseInsensitiveMultiMap().add("title_fi", "Lomake").add("summary_fi", "Ratkaisu kotona asumisen tueksi.")
        .add("categories", "remote-monitoring");
  }

  private Http.Response post(User user, String path, MultiMap form) {
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()),
        form.add("_csrf", http.csrfOf(user.token())));
  }
}
