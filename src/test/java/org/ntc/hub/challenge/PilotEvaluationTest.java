package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
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

class PilotEvaluationTest extends ApiTest {
  private static final List<String> DOMAINS = List.of("health-problem", "safety", "clinical-effectiveness", "patient-perspectives",
      "economic", "organisational", "socio-cultural-ethical-legal");
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }

  static JsonObject evaluation() {
    return new JsonObject()
        .put("maturity", new JsonObject().put("level", "market-ready").put("note", new JsonObject().put("en", "CE marked.")))
        .put("domains", new JsonObject()
            .put("safety", new JsonObject().put("rating", "positive")
                .put("finding", new JsonObject().put("en", "No adverse events in 12 weeks.").put("fi", "Ei haittatapahtumia 12 viikossa.")))
            .put("economic", new JsonObject().put("rating", "neutral")
                .put("finding", new JsonObject().put("sv", "Besparingen syns först efter ett år."))))
        .put("transferability", new JsonObject()
            .put("otherCountry", new JsonObject().put("rating", "likely").put("note", new JsonObject().put("en", "Sweden measures alike."))));
  }

  private Http.Response put(String pilot, User user, JsonObject body) {
    return http.call(HttpMethod.PUT, "/api/v1/pilots/" + pilot + "/evaluation", user == null ? null : user.token(), body);
  }

  /** A completed pilot of a fresh showcase at Seinäjoki, with its outcome written but not published. */
  private record Setup(String showcase, String pilot, User staff, User company) {}

  private Setup completedPilot() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String need = fixtures.publishedNeed(care, staff);
    String showcase = fixtures.publishedShowcase(company);
    String pilot = fixtures.pilot(fixtures.answer(need, company, showcase), staff);
    JsonObject outcome = new JsonObject().put("measured", new JsonObject().put("en", "Missed doses over 12 weeks."))
        .put("result", new JsonObject().put("en", "Missed doses fell by a third."))
        .put("recommendation", new JsonObject().put("en", "Recommended for home care."));
    assertThat(http.patch("/api/v1/pilots/" + pilot, staff.token(), new JsonObject().put("status", "running")).status()).isEqualTo(200);
    assertThat(http.patch("/api/v1/pilots/" + pilot, staff.token(), new JsonObject().put("status", "completed").put("outcome", outcome))
        .status()).isEqualTo(200);
    return new Setup(showcase, pilot, staff, company);
  }

  private JsonArray evidence(String showcase, String lang) {
    return http.get("/api/v1/showcases/" + showcase + "?lang=" + lang, null).json().getJsonArray("evidence");
  }

  private static JsonObject domain(JsonArray evidence, String code) {
    return evidence.stream().map(JsonObject.class::cast).filter(d -> d.getString("domain").equals(code)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("PUT /api/v1/pilots/{id}/evaluation: the pilot's contact point saves it; GET shows it; public and in the showcase's evidence once published")
  void saveAndPublish() {
    Setup s = completedPilot();
    Http.Response saved = put(s.pilot(), s.staff(), evaluation());
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    JsonObject evaluation = saved.json().getJsonObject("evaluation");
    assertThat(evaluation.getJsonObject("maturity").getString("level")).isEqualTo("market-ready");
    assertThat(evaluation.getJsonObject("domains").fieldNames()).containsExactlyElementsOf(DOMAINS);
    assertThat(evaluation.getJsonObject("domains").getJsonObject("safety").getString("rating")).isEqualTo("positive");
    assertThat(evaluation.getJsonObject("domains").getJsonObject("organisational").getString("rating")).isEqualTo("not-assessed");
    assertThat(evaluation.getJsonObject("transferability").getJsonObject("otherCountry").getString("rating")).isEqualTo("likely");
    assertThat(evaluation.getJsonObject("transferability").getJsonObject("largerScale").getString("rating")).isEqualTo("not-assessed");
    assertThat(evaluation.getString("evaluatedAt")).isNotBlank();

    JsonObject seen = http.get("/api/v1/pilots/" + s.pilot() + "?lang=fi", s.company().token()).json();
    assertThat(seen.getJsonObject("evaluation").getJsonObject("domains").getJsonObject("safety").getString("finding"))
        .as("the two organisations follow it").isEqualTo("Ei haittatapahtumia 12 viikossa.");
    assertThat(http.get("/api/v1/pilots/" + s.pilot(), null).status()).as("not public before the outcome").isEqualTo(404);
    JsonArray before = evidence(s.showcase(), "en");
    assertThat(before).hasSize(7);
    assertThat(before.stream().map(d -> ((JsonObject) d).getString("domain")).toList()).containsExactlyElementsOf(DOMAINS);
    assertThat(before.stream().map(d -> ((JsonObject) d).getJsonObject("summary").getString("overall")))
        .as("an unpublished evaluation does not leak").containsOnly("not-known");
    assertThat(http.get("/api/v1/showcases/" + s.showcase(), s.staff().token()).json().getJsonArray("evidence")
        .stream().map(d -> ((JsonObject) d).getJsonArray("statements").size())).containsOnly(0);
    assertThat(app.count("SELECT count(*) FROM audit_log WHERE action = 'pilot.evaluated' AND target_id = '" + s.pilot() + "'"))
        .isEqualTo(1);

    assertThat(http.patch("/api/v1/pilots/" + s.pilot(), s.staff().token(), new JsonObject().put("publishOutcome", true)).status())
        .isEqualTo(200);
    JsonObject open = http.get("/api/v1/pilots/" + s.pilot() + "?lang=en", null).json();
    assertThat(open.getJsonObject("evaluation").getJsonObject("domains").getJsonObject("economic").getString("finding"))
        .as("the finding falls back to the language it was written in").isEqualTo("Besparingen syns först efter ett år.");
    JsonArray after = evidence(s.showcase(), "fi");
    JsonObject safety = domain(after, "safety");
    assertThat(safety.getJsonObject("summary").getString("overall")).isEqualTo("positive");
    assertThat(safety.getJsonObject("summary").getInteger("positive")).isEqualTo(1);
    JsonObject statement = safety.getJsonArray("statements").getJsonObject(0);
    assertThat(statement.getString("source")).isEqualTo("pilot");
    assertThat(statement.getString("id")).isEqualTo(s.pilot());
    assertThat(statement.getString("finding")).isEqualTo("Ei haittatapahtumia 12 viikossa.");
    assertThat(statement.getJsonObject("findingI18n").getString("en")).isEqualTo("No adverse events in 12 weeks.");
    assertThat(statement.getString("rating")).isEqualTo("positive");
    assertThat(statement.getString("date")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(statement.getString("attributedTo")).contains("Seinäjoki");
    assertThat(statement.getString("title")).contains("NTC testikoti");
    assertThat(domain(after, "economic").getJsonObject("summary").getString("overall")).isEqualTo("neutral");
    assertThat(domain(after, "organisational").getJsonObject("summary").getString("overall")).isEqualTo("not-known");
    assertThat(domain(after, "organisational").getJsonArray("statements")).isEmpty();
  }

  @Test
  @DisplayName("PUT /api/v1/pilots/{id}/evaluation: a visitor hears 401, members and another contact point's staff 403; nothing is stored")
  void whoMay() {
    Setup s = completedPilot();
    assertThat(put(s.pilot(), null, evaluation()).status()).isEqualTo(401);
    assertThat(put(s.pilot(), s.company(), evaluation()).status()).isEqualTo(403);
    assertThat(put(s.pilot(), users.orgMember("care"), evaluation()).status()).isEqualTo(403);
    assertThat(put(s.pilot(), users.staff("umea"), evaluation()).status()).isEqualTo(403);
    assertThat(put(UUID.randomUUID().toString(), s.staff(), evaluation()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/pilots/" + s.pilot(), s.staff().token()).json().containsKey("evaluation")).isFalse();
  }

  @Test
  @DisplayName("PUT /api/v1/pilots/{id}/evaluation: unknown domains, bad ratings, an empty body and over-long text are 400 with field errors; nothing changes")
  void badInput() {
    Setup s = completedPilot();
    assertThat(put(s.pilot(), s.staff(), evaluation()).status()).isEqualTo(200);
    String stored = http.get("/api/v1/pilots/" + s.pilot(), s.staff().token()).json().getJsonObject("evaluation").encode();

    assertRefused(s, new JsonObject(), "maturity", "domains");
    JsonObject unknown = evaluation();
    unknown.getJsonObject("domains").put("happiness", new JsonObject().put("rating", "positive"));
    assertRefused(s, unknown, "domains.happiness");
    JsonObject badRating = evaluation();
    badRating.getJsonObject("domains").getJsonObject("safety").put("rating", "excellent");
    assertRefused(s, badRating, "domains.safety.rating");
    JsonObject noFinding = evaluation();
    noFinding.getJsonObject("domains").put("organisational", new JsonObject().put("rating", "negative"));
    assertRefused(s, noFinding, "domains.organisational.finding");
    JsonObject longText = evaluation();
    longText.getJsonObject("domains").getJsonObject("safety").put("finding", new JsonObject().put("en", "x".repeat(2001)));
    assertRefused(s, longText, "domains.safety.finding.en");
    JsonObject badTransfer = evaluation();
    badTransfer.getJsonObject("transferability").put("toMars", new JsonObject().put("rating", "likely"))
        .getJsonObject("otherCountry").put("rating", "positive");
    assertRefused(s, badTransfer, "transferability.toMars", "transferability.otherCountry.rating");
    JsonObject badMaturity = evaluation().put("maturity", new JsonObject().put("level", "ancient"));
    assertRefused(s, badMaturity, "maturity.level");
    assertRefused(s, evaluation().put("score", 5), "score");
    assertRefused(s, evaluation().put("domains", "all good"), "domains");

    assertThat(http.get("/api/v1/pilots/" + s.pilot(), s.staff().token()).json().getJsonObject("evaluation").encode())
        .as("nothing changed").isEqualTo(stored);
  }

  private void assertRefused(Setup s, JsonObject body, String... fields) {
    Http.Response refused = put(s.pilot(), s.staff(), body);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
        .contains(fields);
  }

  @Test
  @DisplayName("/pilots/{id}/evaluation: staff fill in the form (fi, sv, en); errors come back on the form; the pilot and showcase pages tell it in words")
  void pages() {
    Setup s = completedPilot();
    String path = "/pilots/" + s.pilot() + "/evaluation";
    for (String lang : List.of("fi", "sv", "en")) {
      Element form = PageHtml.main(http.get(path + "?lang=" + lang, s.staff().token()).text());
      assertThat(form.select("form[action=" + path + "] fieldset.evaluation-domain")).hasSize(10);
      assertThat(form.select("input[type=radio][name=domains-safety-rating]")).hasSize(4);
      assertThat(form.select("textarea[name=domains-safety-finding_" + lang + "]")).hasSize(1);
      assertThat(form.select("input[type=radio][name=maturity]")).hasSize(4);
      assertThat(form.text()).doesNotContain("not-assessed", "market-ready", "otherCountry");
    }
    assertThat(PageHtml.main(http.get("/pilots/" + s.pilot() + "?lang=en", s.staff().token()).text())
        .select("a[href=" + path + "]")).as("linked from the pilot").hasSize(1);
    assertThat(PageHtml.main(http.get("/pilots/" + s.pilot() + "?lang=en", s.company().token()).text())
        .select("a[href=" + path + "]")).isEmpty();
    assertThat(http.get(path, s.company().token()).status()).isEqualTo(403);
    assertThat(http.get(path, users.staff("umea").token()).status()).isEqualTo(403);
    assertThat(http.get(path, null).status()).as("sign in first").isEqualTo(303);
    assertThat(http.form(path, bearer(s.company()), MultiMap.caseInsensitiveMultiMap().add("maturity", "prototype")).status())
        .isEqualTo(403);

    Http.Response refused = http.form(path + "?lang=fi", bearer(s.staff()), MultiMap.caseInsensitiveMultiMap()
        .add("maturity", "market-ready").add("domains-safety-rating", "positive").add("domains-economic-rating", "neutral")
        .add("domains-economic-finding_sv", "Besparingen syns först efter ett år."));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#domains-safety-finding]")).hasSize(1);
    assertThat(again.select(".error-summary").text()).contains("Turvallisuus");
    assertThat(again.select("#domains-safety-finding")).hasSize(1);
    assertThat(again.select("textarea[name=domains-economic-finding_sv]").text()).isEqualTo("Besparingen syns först efter ett år.");
    assertThat(again.select("input[name=domains-safety-rating][value=positive]").hasAttr("checked")).isTrue();
    assertThat(http.get("/api/v1/pilots/" + s.pilot(), s.staff().token()).json().containsKey("evaluation")).isFalse();

    Http.Response saved = http.form(path, bearer(s.staff()), MultiMap.caseInsensitiveMultiMap()
        .add("maturity", "market-ready").add("maturityNote_en", "CE marked.")
        .add("domains-safety-rating", "positive").add("domains-safety-finding_fi", "Ei haittatapahtumia.")
        .add("domains-safety-finding_en", "No adverse events.")
        .add("domains-economic-rating", "neutral").add("domains-economic-finding_sv", "Besparingen syns först efter ett år.")
        .add("transferability-otherCountry-rating", "likely").add("transferability-otherCountry-note_en", "Sweden measures alike."));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).startsWith("/pilots/" + s.pilot());

    Element pilotPage = PageHtml.main(http.get("/pilots/" + s.pilot() + "?lang=fi", s.company().token()).text());
    assertThat(pilotPage.select("#pilot-evaluation").text()).contains("Turvallisuus", "Myönteinen", "Ei haittatapahtumia.",
        "Neutraali", "Todennäköistä", "Markkinoilla").doesNotContain("positive", "market-ready", "likely", "not-assessed");
    assertThat(http.patch("/api/v1/pilots/" + s.pilot(), s.staff().token(), new JsonObject().put("publishOutcome", true)).status())
        .isEqualTo(200);

    for (String lang : List.of("fi", "sv", "en")) {
      Element showcase = PageHtml.main(http.get("/showcases/" + s.showcase() + "?lang=" + lang, null).text());
      assertThat(showcase.select("#evidence .evidence-domain")).hasSize(7);
      assertThat(showcase.select("#evidence-safety a[href=/pilots/" + s.pilot() + "]")).hasSize(1);
      assertThat(showcase.select("#evidence-safety time[datetime]")).hasSize(1);
      assertThat(showcase.select("#evidence").text()).doesNotContain("not-known", "positive ", "not-assessed");
    }
    Element en = PageHtml.main(http.get("/showcases/" + s.showcase() + "?lang=en", null).text());
    assertThat(en.select("#evidence-safety").text()).contains("Safety", "Positive", "No adverse events.", "Seinäjoki");
    assertThat(en.select("#evidence-organisational").text()).contains("Not yet assessed");
    Element sv = PageHtml.main(http.get("/showcases/" + s.showcase() + "?lang=sv", null).text());
    assertThat(sv.select("#evidence-economic").text()).contains("Ekonomiska aspekter", "Neutral", "Besparingen syns först efter ett år.");
    assertThat(sv.select("#evidence-organisational").text()).contains("Ännu inte bedömd");
  }

  @Test
  @DisplayName("GET /api/v1/showcases/{id}: public library entries naming the showcase add their statements; drafts and archived ones do not")
  void library() {
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    String domains = "{\"safety\": {\"finding\": {\"en\": \"Safe in a Swedish study.\"}, \"rating\": \"positive\"},"
        + " \"economic\": {\"finding\": {\"en\": \"Costs more.\"}, \"rating\": \"negative\"},"
        + " \"organisational\": {\"finding\": {}, \"rating\": \"not-assessed\"}}";
    String copy = "{\"title\": {\"en\": \"Study of dispensers\"}, \"showcaseIds\": [\"" + showcase + "\"], \"domains\": " + domains + "}";
    String entry = UUID.randomUUID().toString();
    app.execute("INSERT INTO library_entry (id, kind, organisation_id, status, content, published, published_at) VALUES ('"
        + entry + "', 'research', '" + company.organisationId() + "', 'published', '" + copy + "', '" + copy + "', now())");
    app.execute("INSERT INTO library_entry (id, kind, status, content, published, published_at) VALUES ('"
        + UUID.randomUUID() + "', 'case', 'archived', '" + copy + "', '" + copy + "', now())");
    app.execute("INSERT INTO library_entry (id, kind, status, content) VALUES ('" + UUID.randomUUID() + "', 'case', 'draft', '"
        + copy + "')");

    JsonArray evidence = evidence(showcase, "en");
    JsonObject safety = domain(evidence, "safety");
    assertThat(safety.getJsonArray("statements")).hasSize(1);
    JsonObject statement = safety.getJsonArray("statements").getJsonObject(0);
    assertThat(statement.getString("source")).isEqualTo("library");
    assertThat(statement.getString("id")).isEqualTo(entry);
    assertThat(statement.getString("title")).isEqualTo("Study of dispensers");
    assertThat(statement.getString("attributedTo")).isNotBlank();
    assertThat(domain(evidence, "economic").getJsonObject("summary").getString("overall")).isEqualTo("negative");
    assertThat(domain(evidence, "organisational").getJsonObject("summary").getString("overall")).isEqualTo("not-known");
    Element page = PageHtml.main(http.get("/showcases/" + showcase + "?lang=en", null).text());
    assertThat(page.select("#evidence-safety a[href=/library/" + entry + "]")).hasSize(1);
    assertThat(page.select("#evidence-economic").text()).contains("Negative", "Costs more.");
  }
}
