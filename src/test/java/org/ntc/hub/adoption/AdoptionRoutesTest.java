package org.ntc.hub.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.adoption.AdoptionFixtures.adoption;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class AdoptionRoutesTest extends ApiTest {

  @Test
  @DisplayName("regions are served to anyone, Finland's first, named in the caller's language")
  void regions() {
    JsonObject page = http.get("/api/v1/regions?lang=sv", null).json();
    assertThat(page.getLong("total")).isEqualTo(43);
    JsonArray regions = page.getJsonArray("items");
    assertThat(regions).hasSize(43);
    JsonObject first = regions.getJsonObject(0);
    assertThat(first.getString("country")).isEqualTo("FI");
    JsonObject ostrobothnia = regions.stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("id").equals("fi-etela-pohjanmaa")).findFirst().orElseThrow();
    assertThat(ostrobothnia.getString("name")).isEqualTo(ostrobothnia.getJsonObject("nameI18n").getString("sv"));
    assertThat(ostrobothnia.getJsonObject("nameI18n").fieldNames()).containsExactlyInAnyOrder("fi", "sv", "en");
  }

  @Test
  @DisplayName("each adoption route answers each role as the contract says")
  void matrix() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User care = users.orgMember("care");
    User staff = users.staff("seinajoki");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgAdmin("company", true));
    people.put("careMember", care);
    people.put("otherCare", users.orgMember("care"));
    people.put("unverifiedCare", users.orgAdmin("care", false));
    people.put("staff", staff);
    people.put("admin", users.admin());
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    JsonObject body = adoption(showcase, care.organisationId());
    Supplier<String> recorded = () -> {
      Http.Response saved = http.post("/api/v1/adoptions", care.token(), body);
      assertThat(saved.status()).as(saved.text()).isIn(200, 201);
      return saved.json().getString("id");
    };

    new AuthorisationMatrix(people)
        .row("list the regions", u -> http.get("/api/v1/regions", tokenOf(u)), 200, 200, 200, 200, 200, 200, 200, 200)
        .row("record a use for the care organisation", u -> http.post("/api/v1/adoptions", tokenOf(u), body),
            401, 403, 403, 201, 403, 403, 200, 200)
        .row("list where a showcase is used", u -> http.get("/api/v1/adoptions?showcaseId=" + showcase, tokenOf(u)),
            200, 200, 200, 200, 200, 200, 200, 200)
        .row("read one record", u -> http.get("/api/v1/adoptions/" + recorded.get(), tokenOf(u)), 200, 200, 200, 200, 200, 200, 200, 200)
        .row("change its status", u -> http.patch("/api/v1/adoptions/" + recorded.get(), tokenOf(u),
            new JsonObject().put("status", "spreading")), 401, 403, 403, 200, 403, 403, 200, 200)
        .row("remove it", u -> http.delete("/api/v1/adoptions/" + recorded.get(), tokenOf(u)), 401, 403, 403, 204, 403, 403, 204, 204)
        .assertAsContracted();
  }

  @Test
  @DisplayName("posting again for the same showcase and organisation updates the one record (200), and lists filter by showcase, region and status")
  void oneRecordPerPair() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User care = users.orgMember("care");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    Http.Response first = http.post("/api/v1/adoptions?lang=fi", care.token(), adoption(showcase, care.organisationId()));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    JsonObject record = first.json();
    assertThat(record.getString("regionName")).isEqualTo("Etelä-Pohjanmaa");
    assertThat(record.getString("country")).isEqualTo("FI");
    assertThat(record.getJsonObject("showcase").getString("title")).isEqualTo("Turvaranneke kotiin");

    Http.Response again = http.post("/api/v1/adoptions", care.token(), adoption(showcase, care.organisationId())
        .put("status", "spreading").put("region", "fi-pirkanmaa").putNull("scale"));
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().getString("id")).isEqualTo(record.getString("id"));
    assertThat(again.json().getString("status")).isEqualTo("spreading");
    assertThat(again.json().getString("scale")).isNull();

    JsonObject listed = http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json();
    assertThat(listed.getLong("total")).isEqualTo(1);
    assertThat(listed.getInteger("page")).isEqualTo(1);
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase + "&region=fi-pirkanmaa&status=spreading", null).json()
        .getLong("total")).isEqualTo(1);
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase + "&status=routine", null).json().getLong("total")).isZero();
    assertThat(http.get("/api/v1/adoptions?organisationId=" + care.organisationId(), null).json().getLong("total")).isEqualTo(1);

    Http.Response changed = http.patch("/api/v1/adoptions/" + record.getString("id"), care.token(),
        new JsonObject().put("scale", "Koko kotihoito").put("since", LocalDate.now().toString()));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().getString("scale")).isEqualTo("Koko kotihoito");
    assertThat(changed.json().getString("status")).isEqualTo("spreading");
  }

  @Test
  @DisplayName("bad input is refused with a problem naming the field, and nothing is recorded")
  void badInput() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User care = users.orgMember("care");
    User companyMember = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    String draft = fixtures.draftShowcase(companyMember);
    String org = care.organisationId();
    Map<JsonObject, String> refused = new LinkedHashMap<>();
    refused.put(adoption(showcase, org).put("region", "se-skane"), "region");
    refused.put(adoption(showcase, org).put("region", "fi-atlantis"), "region");
    refused.put(adoption(showcase, org).put("status", "live"), "status");
    refused.put(adoption(showcase, org).put("since", LocalDate.now().plusDays(2).toString()), "since");
    refused.put(adoption(showcase, org).put("since", "last spring"), "since");
    refused.put(adoption(showcase, org).put("scale", "x".repeat(201)), "scale");
    refused.put(adoption(draft, org), "showcaseId");
    refused.put(adoption(UUID.randomUUID().toString(), org), "showcaseId");
    refused.put(adoption(showcase, org).put("pilotId", UUID.randomUUID().toString()), "pilotId");
    refused.put(adoption(showcase, org).put("colour", "blue"), "colour");
    refused.put(adoption(showcase, org).put("showcaseId", "not-an-id"), "showcaseId");
    refused.put(new JsonObject(), "showcaseId");
    refused.forEach((body, field) -> {
      Http.Response answer = http.post("/api/v1/adoptions", care.token(), body);
      assertThat(answer.status()).as(body + " → " + answer.text()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
          .as(body.encode()).contains(field);
    });
    Http.Response company = http.post("/api/v1/adoptions", companyMember.token(), adoption(showcase, companyMember.organisationId()));
    assertThat(company.status()).as("a company is no care organisation").isEqualTo(400);
    assertThat(company.text()).contains("organisationId");
    Http.Response missing = http.post("/api/v1/adoptions", staff.token(), adoption(showcase, UUID.randomUUID().toString()));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(http.raw(io.vertx.core.http.HttpMethod.POST, "/api/v1/adoptions", Http.headers("Authorization", "Bearer " + care.token(),
        "Content-Type", "application/json"), "{not json").status()).isEqualTo(400);
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getLong("total")).as("nothing recorded").isZero();

    for (String query : List.of("region=fi-atlantis", "status=live", "showcaseId=nope", "pageSize=500")) {
      assertThat(http.get("/api/v1/adoptions?" + query, null).status()).as(query).isEqualTo(400);
    }
    String id = http.post("/api/v1/adoptions", care.token(), adoption(showcase, org)).json().getString("id");
    assertThat(http.patch("/api/v1/adoptions/" + id, care.token(), new JsonObject().put("region", "se-skane")).status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/adoptions/" + id, care.token(), new JsonObject().put("status", "over")).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/adoptions/" + id, null).json().getString("region")).as("unchanged").isEqualTo("fi-etela-pohjanmaa");
    assertThat(http.patch("/api/v1/adoptions/" + UUID.randomUUID(), care.token(), new JsonObject().put("status", "pilot")).status())
        .isEqualTo(404);
    User unverified = users.orgAdmin("care", false);
    assertThat(http.post("/api/v1/adoptions", unverified.token(), adoption(showcase, unverified.organisationId())).status())
        .as("an unverified organisation's members may not record").isEqualTo(403);
  }

  @Test
  @DisplayName("staff's records, changes and removals are in the audit log; a member's are not")
  void staffAudited() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User care = users.orgMember("care");
    User staff = users.staff("seinajoki");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    String id = http.post("/api/v1/adoptions", staff.token(), adoption(showcase, care.organisationId())).json().getString("id");
    assertThat(http.patch("/api/v1/adoptions/" + id, staff.token(), new JsonObject().put("status", "discontinued")).status())
        .isEqualTo(200);
    assertThat(http.delete("/api/v1/adoptions/" + id, staff.token()).status()).isEqualTo(204);
    String audit = http.get("/api/v1/audit?pageSize=100", users.admin().token()).text();
    assertThat(audit).contains("adoption.recorded", "adoption.changed", "adoption.removed", id);
    String mine = http.post("/api/v1/adoptions", care.token(), adoption(showcase, care.organisationId())).json().getString("id");
    assertThat(http.get("/api/v1/audit?pageSize=100", users.admin().token()).text()).doesNotContain(mine);
  }
}
