package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;
import java.time.ZoneId;

/** Pages give times in words, in the contact point's zone, never as raw ISO strings. */
class PageTimesTest extends ApiTest {
  private static final int YEAR = OffsetDateTime.now().getYear() + 1;
  private static final String RAW = "\\d{4}-\\d{2}-\\d{2}T.*";

  private static JsonObject localised(String fi, String en) {
    return new JsonObject().put("fi", fi).put("en", en);
  }

  private String showcase(User company) {
    return http.post("/api/v1/showcases", company.token(), new JsonObject()
        .put("organisationId", company.organisationId()).put("title", localised("Kotimittari", "Home meter"))
        .put("summary", localised("Ratkaisu arkeen.", "A solution for everyday life.")).put("description", localised("Teksti.", "Text."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot")).json().getString("id");
  }

  @Test
  @DisplayName("the moderation page shows a training's start in its contact point's time, with place and format by name")
  void moderationQueue() {
    User member = users.orgMember("care");
    Http.Response created = http.post("/api/v1/trainings", member.token(), new JsonObject()
        .put("organisationId", member.organisationId())
        .put("title", localised("Etämittauksen perusteet", "Remote monitoring basics")).put("description", localised("Teksti.", "Text."))
        .put("format", "onsite").put("contactPoint", "umea").put("startsAt", YEAR + "-12-18T08:00:00Z")
        .put("endsAt", YEAR + "-12-18T10:00:00Z").put("capacity", 5).put("language", "fi")
        .put("audience", new JsonArray().add("professionals")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    User company = users.orgAdmin("company", true);
    String showcase = showcase(company);
    assertThat(http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null).status()).isEqualTo(200);

    Element main = PageHtml.main(http.get("/moderation?lang=en", users.staff("seinajoki").token()).text());
    Element training = main.selectFirst("[data-queue-item=" + created.json().getString("id") + "]");
    assertThat(training).as("the pending training in <main>").isNotNull();
    Element startsAt = training.selectFirst("time");
    assertThat(startsAt.attr("datetime")).isEqualTo(YEAR + "-12-18T09:00:00+01:00");
    assertThat(startsAt.text()).isEqualTo(Times.shown(OffsetDateTime.parse(YEAR + "-12-18T09:00:00+01:00"), ZoneId.of("Europe/Stockholm"), "en"))
        .contains("9:00").doesNotMatch(RAW);
    assertThat(training.text()).contains("Umeå", "On site").doesNotContain("umea", "onsite");
    Element submitted = main.selectFirst("[data-queue-item=" + showcase + "] time");
    assertThat(submitted).as("the submitted showcase in <main>").isNotNull();
    assertThat(submitted.text()).isEqualTo(Times.shown(OffsetDateTime.parse(submitted.attr("datetime")), ZoneId.of("Europe/Helsinki"), "en"))
        .doesNotMatch(RAW);
  }

  @Test
  @DisplayName("a company's messages on its account page carry their time in words")
  void companyMessages() {
    User company = users.orgAdmin("company", true);
    String showcase = showcase(company);
    assertThat(http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + showcase + "/review", users.staff("umea").token(),
        new JsonObject().put("decision", "approve")).status()).isEqualTo(200);
    User visitor = users.citizen("visitor");
    assertThat(http.post("/api/v1/showcases/" + showcase + "/contact", visitor.token(),
        new JsonObject().put("message", "Voisimmeko sopia esittelyn ensi viikolle?")).status()).isEqualTo(201);

    Element main = PageHtml.main(http.get("/account?lang=fi", company.token()).text());
    Element sent = main.selectFirst("ul.messages time");
    assertThat(sent).as("the message in <main>").isNotNull();
    assertThat(sent.attr("datetime")).matches(RAW);
    assertThat(sent.text()).isEqualTo(Times.shown(OffsetDateTime.parse(sent.attr("datetime")), ZoneId.of("Europe/Helsinki"), "fi"))
        .doesNotMatch(RAW);
  }
}
