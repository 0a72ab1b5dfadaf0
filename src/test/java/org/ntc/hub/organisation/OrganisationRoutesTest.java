package org.ntc.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class OrganisationRoutesTest extends ApiTest {




  @Test
  @DisplayName("the creator of an organisation becomes its admin; it stays hidden from others until staff verify it")
  void createAndVerify() {
    User founder = users.citizen("founder");
    Http.Response created = http.post("/api/v1/organisations", founder.token(), new JsonObject()
        .put("name", "Etelä-Pohjanmaan hyvinvointialue").put("type", "care").put("country", "FI")
        .put("website", "https://hyvaep.example").put("description", new JsonObject().put("fi", "Hyvinvointialue").put("sv", "Välfärdsområde")));
    assertThat(created.status()).isEqualTo(201);
    JsonObject org = created.json();
    assertThat(org.getBoolean("verified")).isFalse();
    assertThat(org.getJsonObject("descriptionI18n").getString("sv")).isEqualTo("Välfärdsområde");
    String id = org.getString("id");

    JsonObject me = http.get("/api/v1/me", founder.token()).json();
    assertThat(me.getJsonArray("organisations").getJsonObject(0).getString("role")).isEqualTo("admin");
    assertThat(me.getJsonArray("roles")).contains("professional");

    User stranger = users.citizen("stranger");
    assertThat(http.get("/api/v1/organisations/" + id, stranger.token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/organisations?q=hyvinvointialue", stranger.token()).json().getLong("total")).isZero();
    assertThat(http.get("/api/v1/organisations?q=hyvinvointialue", founder.token()).json().getLong("total")).isEqualTo(1);

    User staff = users.staff("seinajoki");
    Http.Response verified = http.post("/api/v1/organisations/" + id + "/verify", staff.token(), null);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().getBoolean("verified")).isTrue();
    assertThat(verified.json().getString("verifiedAt")).isNotBlank();
    assertThat(http.get("/api/v1/organisations/" + id, null).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/organisations/" + id + "?lang=fi", null).json().getString("description")).isEqualTo("Hyvinvointialue");
    assertThat(app.count("SELECT count(*) FROM audit_log WHERE action = 'organisation.verified' AND target_id = '" + id + "'"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("the directory filters by type, country and text, and pages stably")
  void directory() {
    User staff = users.staff("umea");
    for (String[] o : new String[][] {{"Umeå Digital Care AB", "company", "SE"}, {"Region Västerbotten", "care", "SE"},
        {"Vaasan yliopisto", "research", "FI"}}) {
      User founder = users.citizen("dir");
      String id = http.post("/api/v1/organisations", founder.token(), new JsonObject().put("name", o[0]).put("type", o[1])
          .put("country", o[2])).json().getString("id");
      http.post("/api/v1/organisations/" + id + "/verify", staff.token(), null);
    }
    assertThat(http.get("/api/v1/organisations?country=SE&q=v%C3%A4sterbotten", null).json().getJsonArray("items"))
        .extracting(i -> ((JsonObject) i).getString("name")).containsExactly("Region Västerbotten");
    assertThat(http.get("/api/v1/organisations?type=research", null).json().getJsonArray("items"))
        .extracting(i -> ((JsonObject) i).getString("name")).contains("Vaasan yliopisto")
        .doesNotContain("Region Västerbotten");
    JsonObject first = http.get("/api/v1/organisations?pageSize=1&page=1", null).json();
    JsonObject second = http.get("/api/v1/organisations?pageSize=1&page=2", null).json();
    assertThat(first.getInteger("pageSize")).isEqualTo(1);
    assertThat(first.getLong("total")).isGreaterThanOrEqualTo(3);
    assertThat(first.getJsonArray("items").getJsonObject(0).getString("id"))
        .isNotEqualTo(second.getJsonArray("items").getJsonObject(0).getString("id"));
    assertThat(http.get("/api/v1/organisations?pageSize=500", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/organisations?page=0", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/organisations?type=hospital", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/organisations?q=%25&pageSize=100", null).json().getJsonArray("items").stream().map(i -> (JsonObject) i))
        .as("% is a literal, not a wildcard: only names or descriptions with a % match")
        .allMatch(o -> o.getString("name").contains("%") || String.valueOf(o.getValue("descriptionI18n")).contains("%"));
  }

  @Test
  @DisplayName("bad organisations are refused with named fields; a duplicate name in the same country is a 409")
  void badInput() {
    User founder = users.citizen("bad-org");
    String founded = "SELECT count(*) FROM membership WHERE account_id = '" + founder.id() + "'";
    long before = app.count(founded);
    Http.Response bad = http.post("/api/v1/organisations", founder.token(), new JsonObject()
        .put("name", "X").put("type", "hospital").put("country", "DK").put("website", "javascript:alert(1)"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("name", "type", "country", "website");
    assertThat(app.count(founded)).isEqualTo(before);

    JsonObject good = new JsonObject().put("name", "Kotihoito Plus Oy").put("type", "company").put("country", "FI");
    assertThat(http.post("/api/v1/organisations", founder.token(), good).status()).isEqualTo(201);
    assertThat(http.post("/api/v1/organisations", founder.token(), good.copy().put("name", "KOTIHOITO PLUS OY")).status()).isEqualTo(409);
    assertThat(http.post("/api/v1/organisations", founder.token(), good.copy().put("country", "SE")).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("renaming a verified organisation sends it back to verification; its type cannot change")
  void renameNeedsVerification() {
    User owner = users.orgAdmin("company", true);
    Http.Response renamed = http.patch("/api/v1/organisations/" + owner.organisationId(), owner.token(),
        new JsonObject().put("name", "Totally Different Oy"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().getBoolean("verified")).isFalse();
    assertThat(http.patch("/api/v1/organisations/" + owner.organisationId(), owner.token(),
        new JsonObject().put("type", "care")).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("admins add members by email; unknown emails and duplicates are refused; the last admin cannot leave")
  void members() {
    User owner = users.orgAdmin("company", true);
    User colleague = users.citizen("colleague");
    String members = "/api/v1/organisations/" + owner.organisationId() + "/members";
    assertThat(http.post(members, owner.token(), new JsonObject().put("email", "nobody@example.org").put("role", "member"))
        .status()).isEqualTo(400);
    assertThat(http.post(members, owner.token(), new JsonObject().put("email", colleague.email()).put("role", "boss"))
        .status()).isEqualTo(400);
    assertThat(http.post(members, owner.token(), new JsonObject().put("email", colleague.email()).put("role", "member"))
        .status()).isEqualTo(201);
    assertThat(http.post(members, owner.token(), new JsonObject().put("email", colleague.email()).put("role", "admin"))
        .status()).isEqualTo(409);
    assertThat(http.get("/api/v1/me", colleague.token()).json().getJsonArray("roles")).contains("company");
    assertThat(http.get(members, colleague.token()).json().getJsonArray("items")).hasSize(2);
    assertThat(http.post(members, colleague.token(), new JsonObject().put("email", users.citizen("x").email()).put("role", "member"))
        .status()).as("a plain member cannot add members").isEqualTo(403);

    assertThat(http.delete(members + "/" + owner.id(), owner.token()).status()).as("last admin").isEqualTo(409);
    assertThat(http.delete(members + "/" + colleague.id(), colleague.token()).status()).as("anyone may leave").isEqualTo(204);
    assertThat(http.get("/api/v1/me", colleague.token()).json().getJsonArray("organisations")).isEmpty();
  }

  @Test
  @DisplayName("adding members cannot be used to sort emails into registered and not: after 10 unknown emails an admin"
      + " hears 429 for every addition, known or not")
  void memberLookupsAreLimited() {
    User owner = users.orgAdmin("care", true);
    User colleague = users.citizen("known");
    String members = "/api/v1/organisations/" + owner.organisationId() + "/members";
    for (int i = 0; i < OrganisationService.UNKNOWN_EMAILS_PER_ADMIN.maxAttempts(); i++) {
      Http.Response unknown = http.post(members, owner.token(), new JsonObject().put("email", "probe" + i + "@example.org").put("role", "member"));
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.text()).doesNotContain("probe" + i);
    }
    Http.Response unknown = http.post(members, owner.token(), new JsonObject().put("email", "probe-last@example.org").put("role", "member"));
    Http.Response known = http.post(members, owner.token(), new JsonObject().put("email", colleague.email()).put("role", "member"));
    assertThat(unknown.status()).isEqualTo(429);
    assertThat(known.status()).as("known emails get the same answer while locked").isEqualTo(429);
    assertThat(unknown.header("Retry-After")).isNotBlank();
    assertThat(known.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    assertThat(http.get(members, owner.token()).json().getJsonArray("items")).as("nobody was added").hasSize(1);
  }
}
