package org.ntc.hub.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

@OwnNode("adds contact points, which every page of the node lists")
class ContactPointAdminTest extends ApiTest {
  /** Contact points and labels are kept per process: the classes after this one see the built-in ones again. */
  @AfterAll
  static void forgetWhatAdminsAdded() {
    app.execute("""
        UPDATE account SET staff_contact_point = NULL WHERE staff_contact_point NOT IN ('seinajoki', 'umea');
        DELETE FROM staff_duty WHERE contact_point NOT IN ('seinajoki', 'umea');
        DELETE FROM contact_point WHERE id NOT IN ('seinajoki', 'umea');
        DELETE FROM label_override""");
    app.reloadReferenceData();
  }


  static JsonObject vaasa(String id) {
    return new JsonObject().put("id", id)
        .put("name", new JsonObject().put("fi", "NTC:n yhteyspiste Vaasa").put("sv", "NTC:s kontaktpunkt Vasa")
            .put("en", "NTC contact point Vaasa"))
        .put("address", new JsonObject().put("street", "Wolffintie 36").put("postalCode", "65200").put("city", "Vaasa"))
        .put("phone", "+358 6 324 0000")
        .put("email", "vaasa@ntc-hub.example")
        .put("openingHours", new JsonObject().put("fi", "ma–pe 9–15").put("en", "Mon–Fri 9–15"))
        .put("timeZone", "Europe/Helsinki")
        .put("location", new JsonObject().put("lat", 63.096).put("lon", 21.6158))
        .put("country", "FI");
  }

  @Test
  @DisplayName("an admin adds a contact point: 201 with its details; it is listed, has its page and is in every footer")
  void adminAdds() {
    Http.Response created = http.post("/api/v1/contact-points?lang=sv", users.admin().token(), vaasa("vaasa"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("id")).isEqualTo("vaasa");
    assertThat(body.getString("name")).isEqualTo("NTC:s kontaktpunkt Vasa");
    assertThat(body.getString("timeZone")).isEqualTo("Europe/Helsinki");
    assertThat(body.getString("phone")).isEqualTo("+358 6 324 0000");
    assertThat(body.getJsonObject("location").getDouble("lat")).isEqualTo(63.096);
    assertThat(body.getJsonObject("address").getString("city")).isEqualTo("Vaasa");

    JsonArray all = http.get("/api/v1/contact-points", null).jsonArray();
    assertThat(all.stream().map(o -> ((JsonObject) o).getString("id"))).containsSubsequence("seinajoki", "umea", "vaasa");

    Element main = PageHtml.main(http.get("/contact-points/vaasa?lang=fi", null).text());
    assertThat(main.select("h1").text()).isEqualTo("NTC:n yhteyspiste Vaasa");
    assertThat(main.select("a[href^=tel:]").text()).isEqualTo("+358 6 324 0000");
    assertThat(main.select("#map-link").attr("href")).startsWith("https://www.openstreetmap.org/?mlat=63.09600&mlon=21.61580");
    assertThat(main.text()).contains("Wolffintie 36, 65200 Vaasa").contains("ma–pe 9–15").doesNotContain("Europe/Helsinki");

    String showcases = http.get("/showcases?lang=en", null).text();
    assertThat(PageHtml.parse(showcases).select("footer a[href=/contact-points/vaasa]").text()).isEqualTo("NTC contact point Vaasa");
    assertThat(PageHtml.parse(http.get("/trainings?lang=en", null).text()).select("select#contactPoint option[value=vaasa]"))
        .as("the contact-point filter offers it").hasSize(1);
  }

  @Test
  @DisplayName("staff may be granted at a contact point an admin added")
  void staffAtNewPoint() {
    assertThat(http.post("/api/v1/contact-points", users.admin().token(), vaasa("kokkola")).status()).isEqualTo(201);
    User staff = users.staff("kokkola");
    assertThat(http.get("/api/v1/me", staff.token()).json().getString("contactPoint")).isEqualTo("kokkola");
  }

  @Test
  @DisplayName("an admin edits a contact point: only the fields given change; null clears the phone")
  void adminEdits() {
    assertThat(http.post("/api/v1/contact-points", users.admin().token(), vaasa("pietarsaari")).status()).isEqualTo(201);
    Http.Response changed = http.patch("/api/v1/contact-points/pietarsaari?lang=en", users.admin().token(), new JsonObject()
        .put("name", new JsonObject().put("en", "NTC contact point Jakobstad")).putNull("phone")
        .put("location", new JsonObject().put("lat", 63.67).put("lon", 22.70)));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("NTC contact point Jakobstad");
    assertThat(changed.json().getValue("phone")).isNull();
    assertThat(changed.json().getString("email")).isEqualTo("vaasa@ntc-hub.example");
    assertThat(changed.json().getJsonObject("location").getDouble("lon")).isEqualTo(22.70);
    assertThat(PageHtml.parse(http.get("/?lang=en", null).text()).select("footer a[href=/contact-points/pietarsaari]").text())
        .isEqualTo("NTC contact point Jakobstad");

    Http.Response seinajoki = http.patch("/api/v1/contact-points/seinajoki", users.admin().token(),
        new JsonObject().put("phone", "+358 6 421 0001"));
    assertThat(seinajoki.status()).isEqualTo(200);
    assertThat(seinajoki.json().getString("timeZone")).isEqualTo("Europe/Helsinki");
  }

  @Test
  @DisplayName("only admins manage contact points: staff 403, anonymous 401; nothing is added")
  void onlyAdmins() {
    User staff = users.staff("seinajoki");
    assertThat(http.post("/api/v1/contact-points", staff.token(), vaasa("oulu")).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/contact-points", null, vaasa("oulu")).status()).isEqualTo(401);
    assertThat(http.patch("/api/v1/contact-points/umea", staff.token(), new JsonObject().put("phone", "+46 1")).status())
        .isEqualTo(403);
    assertThat(http.patch("/api/v1/contact-points/umea", null, new JsonObject()).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/contact-points/oulu", null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("a bad id, time zone, location, country or address is a 400 naming each field; a taken id is a 409")
  void badInput() {
    String admin = users.admin().token();
    for (String id : new String[] {"Vaasa", "vaa-sa", "v", "väsa", "vaasa1"}) {
      Http.Response bad = http.post("/api/v1/contact-points", admin, vaasa("x").put("id", id));
      assertThat(bad.status()).as(id).isEqualTo(400);
      assertThat(fields(bad)).as(id).contains("id");
    }
    Http.Response zone = http.post("/api/v1/contact-points", admin, vaasa("lapua").put("timeZone", "Mars/Olympus"));
    assertThat(zone.status()).isEqualTo(400);
    assertThat(fields(zone)).containsExactly("timeZone");
    Http.Response location = http.post("/api/v1/contact-points", admin,
        vaasa("lapua").put("location", new JsonObject().put("lat", 91).put("lon", "east")));
    assertThat(location.status()).isEqualTo(400);
    assertThat(fields(location)).contains("location.lat", "location.lon");
    Http.Response country = http.post("/api/v1/contact-points", admin, vaasa("lapua").put("country", "DK")
        .put("address", new JsonObject().put("street", "").put("city", "Lapua")));
    assertThat(country.status()).isEqualTo(400);
    assertThat(fields(country)).contains("country", "address.street", "address.postalCode");
    Http.Response patch = http.patch("/api/v1/contact-points/umea", admin, new JsonObject().put("timeZone", "UTC+2"));
    assertThat(patch.status()).isEqualTo(400);
    assertThat(http.get("/api/v1/contact-points/lapua", null).status()).as("nothing added").isEqualTo(404);

    assertThat(http.post("/api/v1/contact-points", admin, vaasa("seinajoki")).status()).isEqualTo(409);
    assertThat(http.post("/api/v1/contact-points", admin, vaasa("kauhava")).status()).isEqualTo(201);
    Http.Response again = http.post("/api/v1/contact-points", admin, vaasa("kauhava"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("an admin writes how to get to a contact point; its page shows it beside the address, and too long a text is a 400")
  void adminWritesDirections() {
    String admin = users.admin().token();
    assertThat(http.post("/api/v1/contact-points", admin, vaasa("raahe")).status()).isEqualTo(201);
    Http.Response changed = http.patch("/api/v1/contact-points/raahe?lang=sv", admin, new JsonObject()
        .put("directions", new JsonObject().put("fi", "Bussi 2 rautatieasemalta.").put("sv", "Buss 2 från järnvägsstationen.")));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().getString("directions")).isEqualTo("Buss 2 från järnvägsstationen.");
    assertThat(changed.json().getString("phone")).as("the rest stays").isEqualTo("+358 6 324 0000");
    Element main = PageHtml.main(http.get("/contact-points/raahe?lang=fi", null).text());
    assertThat(main.selectFirst("#directions").text()).isEqualTo("Bussi 2 rautatieasemalta.");
    assertThat(main.selectFirst("#directions-link").attr("href")).isEqualTo("https://www.openstreetmap.org/directions?to=63.09600%2C21.61580");

    Http.Response tooLong = http.patch("/api/v1/contact-points/raahe", admin,
        new JsonObject().put("directions", new JsonObject().put("en", "x".repeat(501))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(fields(tooLong)).containsExactly("directions.en");
    Http.Response cleared = http.patch("/api/v1/contact-points/raahe", admin, new JsonObject().put("directions", new JsonObject()));
    assertThat(cleared.json().getJsonObject("directionsI18n").isEmpty()).isTrue();
    assertThat(PageHtml.main(http.get("/contact-points/raahe?lang=fi", null).text()).select("#directions")).isEmpty();
  }

  private static java.util.List<String> fields(Http.Response response) {
    return response.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList();
  }
}
