package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class PooledNeedTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }

  private static JsonObject cosign(String organisationId, Object scale) {
    return new JsonObject().put("organisationId", organisationId).put("scale", scale);
  }

  private static List<String> organisationIds(JsonObject need) {
    return need.getJsonArray("organisations").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  private List<String> kinds(User user) {
    return http.get("/api/v1/me/notifications", user.token()).json().getJsonArray("items").stream()
        .map(n -> ((JsonObject) n).getString("kind")).toList();
  }

  @Test
  @DisplayName("another verified care organisation co-signs a published need once, with its scale; the need shows every organisation and the combined scale; the owner is told")
  void cosigning() {
    User owner = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    String id = fixtures.draftNeed(owner);
    assertThat(http.patch("/api/v1/challenges/" + id, owner.token(), new JsonObject().put("scale", 350)).status()).isEqualTo(200);
    User second = users.orgMember("care");
    assertThat(http.post("/api/v1/challenges/" + id + "/cosign", second.token(), cosign(second.organisationId(), 120)).status())
        .as("a draft is not public").isEqualTo(404);
    http.post("/api/v1/challenges/" + id + "/submit", owner.token(), null);
    http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));

    Http.Response signed = http.post("/api/v1/challenges/" + id + "/cosign", second.token(),
        cosign(second.organisationId(), 120).put("note", "Kaksi kotihoidon tiimiä"));
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    assertThat(signed.json().getLong("combinedScale")).isEqualTo(470);
    assertThat(organisationIds(signed.json())).containsExactly(owner.organisationId(), second.organisationId());
    JsonObject cosigner = signed.json().getJsonArray("organisations").getJsonObject(1);
    assertThat(cosigner.getString("role")).isEqualTo("co-signer");
    assertThat(cosigner.getString("country")).isEqualTo("FI");
    assertThat(cosigner.getString("note")).isEqualTo("Kaksi kotihoidon tiimiä");
    assertThat(kinds(owner)).contains("challenge.cosigned");

    // Signing again changes the scale, not the number of organisations; the owner is not told twice.
    Http.Response again = http.post("/api/v1/challenges/" + id + "/cosign", second.token(), cosign(second.organisationId(), "200"));
    assertThat(again.json().getLong("combinedScale")).isEqualTo(550);
    assertThat(again.json().getJsonArray("organisations")).hasSize(2);
    assertThat(kinds(owner).stream().filter("challenge.cosigned"::equals)).hasSize(1);

    JsonObject read = http.get("/api/v1/challenges/" + id, null).json();
    assertThat(read.getLong("combinedScale")).isEqualTo(550);
    assertThat(http.get("/api/v1/challenges", null).json().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow().getLong("combinedScale")).isEqualTo(550);

    // Withdrawing: only the organisation's members (or staff).
    User stranger = users.orgAdmin("care", true);
    assertThat(http.delete("/api/v1/challenges/" + id + "/cosign/" + second.organisationId(), stranger.token()).status())
        .isEqualTo(403);
    Http.Response withdrawn = http.delete("/api/v1/challenges/" + id + "/cosign/" + second.organisationId(), second.token());
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
    assertThat(withdrawn.json().getLong("combinedScale")).isEqualTo(350);
    assertThat(http.delete("/api/v1/challenges/" + id + "/cosign/" + second.organisationId(), second.token()).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("who may co-sign: not the owner, not a company, not an unverified or foreign organisation, not anonymous; bad scales are refused and nothing is stored")
  void whoMayCosign() {
    User owner = users.orgAdmin("care", true);
    String id = fixtures.publishedNeed(owner, users.staff("seinajoki"));
    String path = "/api/v1/challenges/" + id + "/cosign";
    User company = users.orgAdmin("company", true);
    User unverified = users.orgAdmin("care", false);
    User care = users.orgAdmin("care", true);

    assertThat(http.post(path, null, cosign(care.organisationId(), 10)).status()).isEqualTo(401);
    assertThat(http.post(path, owner.token(), cosign(owner.organisationId(), 10)).status()).as("the owner").isEqualTo(403);
    assertThat(http.post(path, company.token(), cosign(company.organisationId(), 10)).status()).as("a company").isEqualTo(403);
    assertThat(http.post(path, unverified.token(), cosign(unverified.organisationId(), 10)).status()).as("unverified").isEqualTo(403);
    assertThat(http.post(path, company.token(), cosign(care.organisationId(), 10)).status()).as("not a member").isEqualTo(403);
    Http.Response unknown = http.post(path, care.token(), cosign(UUID.randomUUID().toString(), 10));
    assertThat(unknown.status()).as("an unknown organisation").isEqualTo(403);
    assertThat(unknown.headers().get("Content-Type")).startsWith("application/problem+json");
    assertThat(http.post("/api/v1/challenges/" + UUID.randomUUID() + "/cosign", care.token(), cosign(care.organisationId(), 10))
        .status()).isEqualTo(404);

    for (Object bad : List.<Object>of(-5, 0, 1_000_001, 99_999_999_999L, "many", 12.5, new JsonArray().add(3), true)) {
      Http.Response refused = http.post(path, care.token(), cosign(care.organisationId(), bad));
      assertThat(refused.status()).as("scale " + bad).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("scale");
    }
    assertThat(http.post(path, care.token(), new JsonObject().put("organisationId", "nope").put("scale", 10)).status()).isEqualTo(400);
    assertThat(http.post(path, care.token(), cosign(care.organisationId(), 10).put("note", "x".repeat(301))).status()).isEqualTo(400);
    assertThat(http.post(path, care.token(), cosign(care.organisationId(), 10).put("extra", 1)).status()).isEqualTo(400);
    assertThat(http.post(path, care.token(), new JsonObject()).status()).isEqualTo(400);
    JsonObject need = http.get("/api/v1/challenges/" + id, null).json();
    assertThat(need.getJsonArray("organisations")).as("nothing stored").hasSize(1);
    assertThat(kinds(owner)).doesNotContain("challenge.cosigned");
  }

  @Test
  @DisplayName("staff merge a duplicate: its organisation and every co-signer co-sign the kept need with their scale, answers move, the old page redirects, the audit log records it")
  void merge() {
    User staff = users.staff("seinajoki");
    User keptOwner = users.orgAdmin("care", true);
    User dupOwner = users.orgAdmin("care", true);
    User a = users.orgAdmin("care", true);
    User b = users.orgAdmin("care", true);
    String kept = fixtures.publishedNeed(keptOwner, staff);
    String duplicate = fixtures.draftNeed(dupOwner);
    http.patch("/api/v1/challenges/" + duplicate, dupOwner.token(), new JsonObject().put("scale", 80));
    http.post("/api/v1/challenges/" + duplicate + "/submit", dupOwner.token(), null);
    http.post("/api/v1/challenges/" + duplicate + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.post("/api/v1/challenges/" + duplicate + "/cosign", a.token(), cosign(a.organisationId(), 40)).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + duplicate + "/cosign", b.token(), cosign(b.organisationId(), 25)).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + kept + "/cosign", a.token(), cosign(a.organisationId(), 30)).status()).isEqualTo(200);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    fixtures.answer(duplicate, company, showcase);
    User follower = users.citizen("follower");
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/me/follows", follower.token(),
        new JsonObject().put("challenges", new JsonArray().add(duplicate))).status()).isEqualTo(200);

    String path = "/api/v1/challenges/" + duplicate + "/merge";
    assertThat(http.post(path, keptOwner.token(), new JsonObject().put("intoId", kept)).status()).as("not staff").isEqualTo(403);
    assertThat(http.post(path, staff.token(), new JsonObject().put("intoId", duplicate)).status()).isEqualTo(400);
    assertThat(http.post(path, staff.token(), new JsonObject().put("intoId", UUID.randomUUID().toString())).status()).isEqualTo(400);
    assertThat(http.post(path, staff.token(), new JsonObject().put("intoId", 7)).status()).isEqualTo(400);
    Http.Response merged = http.post(path, staff.token(), new JsonObject().put("intoId", kept));
    assertThat(merged.status()).as(merged.text()).isEqualTo(200);
    assertThat(organisationIds(merged.json()))
        .containsExactlyInAnyOrder(keptOwner.organisationId(), dupOwner.organisationId(), a.organisationId(), b.organisationId());
    assertThat(merged.json().getLong("combinedScale")).as("80 + the larger of 30 and 40 + 25").isEqualTo(145);
    assertThat(merged.json().getLong("answers")).isEqualTo(1);
    assertThat(http.post(path, staff.token(), new JsonObject().put("intoId", kept)).status()).as("merged once").isEqualTo(409);

    assertThat(http.get("/api/v1/challenges/" + duplicate, null).json().getString("mergedInto")).isEqualTo(kept);
    Http.Response old = http.get("/challenges/" + duplicate, null);
    assertThat(old.status()).isEqualTo(303);
    assertThat(old.header("Location")).isEqualTo("/challenges/" + kept + "?merged=1");
    assertThat(http.get("/api/v1/me/follows", follower.token()).json().getJsonArray("challenges")).contains(kept);
    assertThat(http.get("/api/v1/audit", users.admin().token()).json().getJsonArray("items").stream().map(JsonObject.class::cast)
        .anyMatch(e -> e.getString("action").equals("challenge.merged") && e.getString("targetId").equals(duplicate))).isTrue();
  }

  @Test
  @DisplayName("the digest of needs in followed categories ranks a co-signed need above an otherwise equal one")
  void ranking() {
    User staff = users.staff("seinajoki");
    User company = users.orgAdmin("company", true);
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/organisations/" + company.organisationId() + "/follows",
        company.token(), new JsonObject().put("categories", new JsonArray().add("medication-management"))).status()).isEqualTo(200);
    User first = users.orgAdmin("care", true);
    User second = users.orgAdmin("care", true);
    String pooled = fixtures.publishedNeed(first, staff);
    String alone = fixtures.publishedNeed(second, staff);
    List<String> before = digest(company);
    assertThat(before.indexOf(alone)).as("newest first while equal").isLessThan(before.indexOf(pooled));
    User cosigner = users.orgAdmin("care", true);
    http.post("/api/v1/challenges/" + pooled + "/cosign", cosigner.token(), cosign(cosigner.organisationId(), 50));
    List<String> after = digest(company);
    assertThat(after.indexOf(pooled)).isLessThan(after.indexOf(alone));
  }

  private List<String> digest(User user) {
    return http.get("/api/v1/me/digest?pageSize=100", user.token()).json().getJsonArray("items").stream()
        .map(c -> ((JsonObject) c).getString("id")).toList();
  }

  @Test
  @DisplayName("the need's page lists the organisations behind it and the combined scale; an eligible member co-signs with the form, errors shown at the field")
  void page() {
    User owner = users.orgAdmin("care", true);
    String id = fixtures.publishedNeed(owner, users.staff("seinajoki"));
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);

    Element ownerView = PageHtml.main(http.get("/challenges/" + id + "?lang=en", owner.token()).text());
    assertThat(ownerView.select("form[action=/challenges/" + id + "/cosign]")).as("not for the owner").isEmpty();
    assertThat(PageHtml.main(http.get("/challenges/" + id + "?lang=en", company.token()).text())
        .select("form[action=/challenges/" + id + "/cosign]")).as("not for a company").isEmpty();
    Element form = PageHtml.main(http.get("/challenges/" + id + "?lang=fi", care.token()).text());
    assertThat(form.select("form[action=/challenges/" + id + "/cosign] #cosignScale")).hasSize(1);
    assertThat(form.text()).contains("Meilläkin on tämä tarve");

    Http.Response refused = http.form("/challenges/" + id + "/cosign", bearer(care), MultiMap.caseInsensitiveMultiMap()
        .add("cosignOrganisationId", care.organisationId()).add("cosignScale", "-3"));
    assertThat(refused.status()).isEqualTo(400);
    Element shown = PageHtml.main(refused.text());
    assertThat(shown.select("#cosignScale[aria-invalid=true]")).hasSize(1);
    assertThat(shown.select(".error-summary a[href='#cosignScale']")).as(shown.select("#backers").outerHtml()).hasSize(1);
    assertThat(http.get("/api/v1/challenges/" + id, null).json().getJsonArray("organisations")).hasSize(1);

    Http.Response signed = http.form("/challenges/" + id + "/cosign", bearer(care), MultiMap.caseInsensitiveMultiMap()
        .add("cosignOrganisationId", care.organisationId()).add("cosignScale", "120").add("cosignNote", "Kotihoito"));
    assertThat(signed.status()).isEqualTo(303);
    Element page = PageHtml.main(http.get("/challenges/" + id + "?lang=en", company.token()).text());
    assertThat(page.select("#backers li")).hasSize(2);
    assertThat(page.select("#backers").text()).contains("Finland", "has this need too", "120 people");
    assertThat(page.select("#need-backers").text()).isEqualTo("2 organisations");
    assertThat(page.select("#combined-scale").text()).isEqualTo("120 people");
    assertThat(PageHtml.main(http.get("/challenges?lang=en", company.token()).text()).select(".pooled").text())
        .contains("2 organisations");
  }

  @Test
  @DisplayName("staff merge a duplicate from its page; others see no merge form; the merged page leads to the kept need")
  void mergePage() {
    User staff = users.staff("umea");
    User owner = users.orgAdmin("care", true);
    User other = users.orgAdmin("care", true);
    String kept = fixtures.publishedNeed(owner, staff);
    String duplicate = fixtures.publishedNeed(other, staff);
    assertThat(PageHtml.main(http.get("/challenges/" + duplicate + "?lang=en", other.token()).text())
        .select("form[action=/challenges/" + duplicate + "/merge]")).isEmpty();
    Element page = PageHtml.main(http.get("/challenges/" + duplicate + "?lang=sv", staff.token()).text());
    assertThat(page.select("#intoId option[value=" + kept + "]")).hasSize(1);
    assertThat(page.select("#intoId option[value=" + duplicate + "]")).isEmpty();
    assertThat(http.form("/challenges/" + duplicate + "/merge", bearer(other), MultiMap.caseInsensitiveMultiMap().add("intoId", kept))
        .status()).isEqualTo(403);
    Http.Response merged = http.form("/challenges/" + duplicate + "/merge", bearer(staff),
        MultiMap.caseInsensitiveMultiMap().add("intoId", kept));
    assertThat(merged.status()).isEqualTo(303);
    assertThat(merged.header("Location")).isEqualTo("/challenges/" + kept + "?merged=1");
    Element keptPage = PageHtml.main(http.get("/challenges/" + kept + "?merged=1&lang=en", other.token()).text());
    assertThat(keptPage.text()).contains("A duplicate need was merged into this one.");
    assertThat(keptPage.select("#backers a[href=/organisations/" + other.organisationId() + "]")).hasSize(1);
  }
}
