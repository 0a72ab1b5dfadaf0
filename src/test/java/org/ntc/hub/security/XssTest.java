package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.browser.Browser;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/**
 * Script payloads in every field people type, shown on every page that shows that field:
 * the markup never reaches a page as markup. (The browser suite loads the same kind of pages
 * in Chromium, where the CSP would also stop inline script.)
 */
class XssTest extends ApiTest {
  static final List<String> PAYLOADS = List.of(
      "<script>window.__xss=1</script>",
      "<img src=x onerror=\"window.__xss=1\">",
      "\"><svg onload=window.__xss=1>",
      "'><iframe srcdoc='<script>parent.__xss=1</script>'>");
  /** What must never appear in a page: the payloads' tags, unescaped. */
  static final List<String> FORBIDDEN = List.of("<script>window.__xss", "<img src=x onerror", "<svg onload", "<iframe srcdoc");

  private static JsonObject everyLanguage(String text) {
    return new JsonObject().put("fi", text).put("sv", text).put("en", text);
  }

  @Test
  @DisplayName("script payloads in every user-text field stay text on every page that shows them")
  void payloadsNeverBecomeMarkup() {
    // Every page that shows a payload so far, each once: later payloads are checked on the earlier pages too.
    Set<String> pages = new LinkedHashSet<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String payload = PAYLOADS.get(i);
      User staff = users.staff("seinajoki");
      User company = users.orgAdmin("company", true);
      String org = company.organisationId();
      assertThat(http.patch("/api/v1/organisations/" + org, staff.token(), new JsonObject()
          .put("description", everyLanguage("Yritys " + payload))).status()).isEqualTo(200);
      assertThat(http.patch("/api/v1/me", company.token(), new JsonObject().put("name", "Maija " + payload)
          .put("title", "Myyjä " + payload).put("expertise", payload)).status()).isEqualTo(200);

      JsonObject showcase = new JsonObject().put("organisationId", org)
          .put("title", everyLanguage("Turvaranneke " + payload)).put("summary", everyLanguage("Yhteenveto " + payload))
          .put("description", everyLanguage("Kuvaus " + payload + "\n\n[linkki](javascript:window.__xss=1)"))
          .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
          .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
          .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot")
          .put("website", "https://example.org/?q=" + i).put("contactEmail", "info" + i + "@example.org");
      Http.Response created = http.post("/api/v1/showcases", company.token(), showcase);
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      String showcaseId = created.json().getString("id");
      assertThat(http.post("/api/v1/showcases/" + showcaseId + "/submit", company.token(), null).status()).isEqualTo(200);
      pages.add("/moderation");
      assertThat(http.post("/api/v1/showcases/" + showcaseId + "/review", staff.token(), new JsonObject().put("decision", "approve"))
          .status()).isEqualTo(200);
      User visitor = users.citizen("visitor");
      assertThat(http.post("/api/v1/showcases/" + showcaseId + "/contact", visitor.token(),
          new JsonObject().put("message", "Kiinnostaa kovasti " + payload)).status()).isEqualTo(201);

      OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(9 + i).withNano(0);
      Http.Response training = http.post("/api/v1/trainings", staff.token(), new JsonObject()
          .put("title", everyLanguage("Koulutus " + payload)).put("description", everyLanguage("Sisältö " + payload))
          .put("format", "onsite").put("contactPoint", "seinajoki").put("startsAt", start.toString())
          .put("endsAt", start.plusHours(2).toString()).put("capacity", 10).put("language", "fi")
          .put("audience", new JsonArray().add("professionals")));
      assertThat(training.status()).as(training.text()).isEqualTo(201);
      assertThat(http.post("/api/v1/materials", staff.token(), new JsonObject().put("title", everyLanguage("Opas " + payload))
          .put("url", "https://example.org/opas" + i).put("topic", "remote-monitoring").put("language", "fi")
          .put("visibility", "public")).status()).isIn(201);
      assertThat(http.post("/api/v1/contact-points/seinajoki/announcements", staff.token(),
          new JsonObject().put("text", everyLanguage("Tiedote " + payload))).status()).isEqualTo(201);

      pages.addAll(List.of("/", "/showcases", "/showcases?q=turvaranneke", "/showcases/" + showcaseId, "/organisations",
          "/organisations/" + org, "/trainings", "/trainings/" + training.json().getString("id"), "/materials",
          "/contact-points/seinajoki"));
      for (String lang : List.of("fi", "sv", "en")) {
        for (String page : pages) {
          String separator = page.contains("?") ? "&" : "?";
          assertSafe(http.get(page + separator + "lang=" + lang, null).text(), page);
          assertSafe(http.get(page + separator + "lang=" + lang, staff.token()).text(), page + " as staff");
        }
        assertSafe(http.get("/account?lang=" + lang, company.token()).text(), "/account of the company");
      }
    }
    // And in a real browser, with JavaScript on, nothing of it runs.
    if (Browser.available()) {
      try (Browser browser = Browser.open(app.port(), true)) {
        for (String page : pages.stream().distinct().filter(p -> !p.equals("/moderation")).toList()) {
          browser.go(page);
          assertThat(browser.script("return typeof window.__xss")).as(page).isEqualTo("undefined");
        }
      }
    }
  }

  private static void assertSafe(String html, String page) {
    for (String forbidden : FORBIDDEN) assertThat(html).as(page).doesNotContain(forbidden);
    assertThat(html).as(page).doesNotContain("href=\"javascript:");
  }
}
