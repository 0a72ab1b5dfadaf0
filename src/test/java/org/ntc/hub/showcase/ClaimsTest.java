package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Times;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ClaimsTest extends ApiTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private String publishedShowcase(User company, User staff) {
    return new Showcases(http).published(company, staff, Showcases.titled("Sykemittari", "Heart monitor")
        .put("summary", new JsonObject().put("en", "Measures the heart at home."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("chronic-conditions"))
        .put("regulatoryStatus", "mdr-class-iia"));
  }

  private JsonObject claims(String showcase, String token) {
    Http.Response shown = http.get("/api/v1/showcases/" + showcase, token);
    assertThat(shown.status()).isEqualTo(200);
    return shown.json().getJsonObject("claims");
  }

  private Http.Response verify(String showcase, String kind, String token, JsonObject body) {
    return http.post("/api/v1/showcases/" + showcase + "/claims/" + kind + "/verify", token, body);
  }

  private static String longDate(LocalDate day, String lang) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }

  @Test
  @DisplayName("staff verify a claim until a date: anyone sees who and when; others may not; bad input changes nothing")
  void verify() {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = publishedShowcase(company, staff);
    JsonObject before = claims(id, null);
    assertThat(before.getJsonObject("regulatory").getMap()).containsEntry("value", "mdr-class-iia").containsEntry("status", "unverified");
    assertThat(before.getJsonObject("evidence").getMap()).containsEntry("value", "pilot").containsEntry("status", "unverified");

    LocalDate until = app.clock().now().atZoneSameInstant(HELSINKI).toLocalDate().plusYears(1);
    JsonObject body = new JsonObject().put("expiresAt", until.toString()).put("note", "CE 0537-2027-41");
    assertThat(verify(id, "regulatory", null, body).status()).isEqualTo(401);
    assertThat(verify(id, "regulatory", company.token(), body).status()).isEqualTo(403);
    assertThat(verify(id, "colour", staff.token(), body).status()).isEqualTo(404);
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject().put("expiresAt", "2020-01-01")).status()).isEqualTo(400);
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject().put("expiresAt", "next spring")).status()).isEqualTo(400);
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject().put("expiresAt", "9999-01-01")).status()).isEqualTo(400);
    assertThat(claims(id, null).getJsonObject("regulatory").getString("status")).as("nothing changed").isEqualTo("unverified");

    Http.Response verified = verify(id, "regulatory", staff.token(), body);
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    assertThat(verified.json().getJsonObject("regulatory").getString("status")).isEqualTo("verified");
    JsonObject regulatory = claims(id, null).getJsonObject("regulatory");
    assertThat(regulatory.getMap()).containsEntry("status", "verified").containsEntry("verifiedBy", staff.name())
        .containsEntry("note", "CE 0537-2027-41");
    assertThat(OffsetDateTime.parse(regulatory.getString("expiresAt")).atZoneSameInstant(HELSINKI).toLocalDate())
        .as("valid to the end of the day named").isEqualTo(until.plusDays(1));
    assertThat(OffsetDateTime.parse(regulatory.getString("verifiedAt"))).isBefore(app.clock().now().plusSeconds(1));
    assertThat(claims(id, null).getJsonObject("evidence").getString("status")).isEqualTo("unverified");
    assertThat(app.count("SELECT count(*) FROM audit_log WHERE action = 'showcase.claim-verified' AND target_id = '" + id + "'"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a verification expires when its time passes, and a changed claim is unverified again; the page says each in words")
  void expiryAndChange() {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String id = publishedShowcase(company, staff);
    LocalDate until = app.clock().now().atZoneSameInstant(HELSINKI).toLocalDate().plusMonths(6);
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject().put("expiresAt", until.toString())).status()).isEqualTo(200);
    OffsetDateTime soon = app.clock().now().plusSeconds(3);
    assertThat(verify(id, "evidence", staff.token(), new JsonObject().put("expiresAt", Times.rfc3339(soon))).status()).isEqualTo(200);
    assertThat(claims(id, null).getJsonObject("evidence").getString("status")).isEqualTo("verified");
    app.clock().passes(soon);
    assertThat(claims(id, company.token()).getJsonObject("evidence").getString("status")).isEqualTo("expired");
    assertThat(claims(id, null).getJsonObject("regulatory").getString("status")).isEqualTo("verified");

    var en = PageHtml.main(http.get("/showcases/" + id + "?lang=en", null).text());
    List<String> shown = en.select("#claims li").eachText();
    ZoneId umea = ZoneId.of("Europe/Stockholm");
    assertThat(shown).anySatisfy(text -> assertThat(text).contains("Medical device status", "class IIa",
        "verified by " + staff.name() + " on " + longDate(app.clock().now().atZoneSameInstant(umea).toLocalDate(), "en"),
        "valid until " + longDate(until, "en").replaceAll("^0", "")));
    assertThat(shown).anySatisfy(text -> assertThat(text).contains("Evidence", "Verification expired on"));
    assertThat(en.select("#claims .claim-expired")).hasSize(1);
    assertThat(en.text()).doesNotContain("mdr-class", "claim.");
    assertThat(PageHtml.mainText(http.get("/showcases/" + id + "?lang=fi", null).text())).contains("tarkistanut " + staff.name(),
        "Tarkistus vanheni");
    assertThat(PageHtml.mainText(http.get("/showcases/" + id + "?lang=sv", null).text())).contains("kontrollerat av " + staff.name(),
        "Kontrollen gick ut");

    Http.Response changed = http.patch("/api/v1/showcases/" + id, company.token(), new JsonObject().put("regulatoryStatus", "mdr-class-iib"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(claims(id, null).getJsonObject("regulatory").getString("status")).as("until the change is published").isEqualTo("verified");
    assertThat(http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    JsonObject regulatory = claims(id, null).getJsonObject("regulatory");
    assertThat(regulatory.getMap()).containsEntry("value", "mdr-class-iib").containsEntry("status", "unverified")
        .doesNotContainKey("verifiedBy");
    assertThat(PageHtml.mainText(http.get("/showcases/" + id + "?lang=en", null).text())).contains("Not verified by NTC");
    assertThat(PageHtml.mainText(http.get("/showcases/" + id + "?lang=fi", null).text())).contains("NTC ei ole tarkistanut");
    assertThat(PageHtml.mainText(http.get("/showcases/" + id + "?lang=sv", null).text())).contains("Inte kontrollerat av NTC");
  }

  @Test
  @DisplayName("staff verify on the showcase's page: a refused date is shown again with the error, a good one redirects")
  void pageForm() {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = publishedShowcase(company, staff);
    MultiMap bearer = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + staff.token());
    var page = PageHtml.main(http.get("/showcases/" + id + "?lang=en", staff.token()).text());
    assertThat(page.select("form[action=/showcases/" + id + "/claims/verify]")).hasSize(1);
    assertThat(PageHtml.main(http.get("/showcases/" + id + "?lang=en", company.token()).text())
        .select("form[action=/showcases/" + id + "/claims/verify]")).as("staff only").isEmpty();

    Http.Response refused = http.form("/showcases/" + id + "/claims/verify?lang=en", bearer,
        MultiMap.caseInsensitiveMultiMap().add("kind", "regulatory").add("expiresAt", "2020-01-01").add("note", ""));
    assertThat(refused.status()).isEqualTo(400);
    var again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#expiresAt]")).hasSize(1);
    assertThat(again.select("#expiresAt").attr("aria-invalid")).isEqualTo("true");
    assertThat(claims(id, null).getJsonObject("regulatory").getString("status")).isEqualTo("unverified");

    String until = app.clock().now().toLocalDate().plusYears(1).toString();
    Http.Response done = http.form("/showcases/" + id + "/claims/verify", bearer,
        MultiMap.caseInsensitiveMultiMap().add("kind", "evidence").add("expiresAt", until).add("note", "Pilot report 2027"));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.header("Location")).isEqualTo("/showcases/" + id + "?verified=1#claims");
    assertThat(claims(id, null).getJsonObject("evidence").getString("status")).isEqualTo("verified");
    assertThat(http.form("/showcases/" + id + "/claims/verify", MultiMap.caseInsensitiveMultiMap()
        .add("Authorization", "Bearer " + company.token()), MultiMap.caseInsensitiveMultiMap().add("kind", "evidence")
        .add("expiresAt", until)).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a month before a claim expires its organisation's members are told once, however many runs race")
  void reminderOnce(Vertx vertx) {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = publishedShowcase(company, staff);
    String until = app.clock().now().atZoneSameInstant(HELSINKI).toLocalDate().plusDays(20).toString();
    assertThat(verify(id, "regulatory", staff.token(), new JsonObject().put("expiresAt", until)).status()).isEqualTo(200);
    String far = app.clock().now().atZoneSameInstant(HELSINKI).toLocalDate().plusMonths(5).toString();
    assertThat(verify(id, "evidence", staff.token(), new JsonObject().put("expiresAt", far)).status()).isEqualTo(200);

    Pool pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    try {
      Clock clock = app.clock();
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(new ClaimService(new ClaimRepository(pool), new ShowcaseRepository(pool, null),
            new NotificationService(new NotificationRepository(pool, "test")), clock).remindDue());
      }
      Http.awaitResult(Future.all(runs));
      Http.awaitResult(new ClaimService(new ClaimRepository(pool), new ShowcaseRepository(pool, null),
          new NotificationService(new NotificationRepository(pool, "test")), clock).remindDue());
    } finally {
      pool.close();
    }
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'claim.expiring' AND account_id = '" + company.id()
        + "' AND payload->>'showcaseId' = '" + id + "'")).as("only the claim expiring within a month, once").isEqualTo(1);
    JsonObject note = http.get("/api/v1/me/notifications?lang=en", company.token()).json().getJsonArray("items").stream()
        .map(n -> (JsonObject) n).filter(n -> n.getString("kind").equals("claim.expiring")).findFirst().orElseThrow();
    assertThat(note.getString("link")).isEqualTo("/showcases/" + id);
    assertThat(note.getString("text")).contains("Heart monitor", "expires within a month");
  }
}
