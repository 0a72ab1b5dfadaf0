package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Needs and pilots in a real browser, in Finnish, Swedish and English: a home care nurse posts
 * a need and sends it for review, staff approve it and it is public; staff start a pilot from a
 * company's answer, run it to its end and publish its outcome, which everyone can then read.
 */
class NeedJourneysTest extends BrowserJourney {
  private static final String NURSE = "anna.rinne@lakeus.example";
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";
  private static final String COMPANY = "maria.hakala@hoivatek.example";

  /** The id of a localised field in a language: the first language's fields carry the bare name, which error summaries link to. */
  private static String fieldId(String field, String lang) {
    return lang.equals("en") ? field : field + "_" + lang;
  }

  private static void setDate(Browser browser, WebElement input, LocalDate date) {
    browser.script("arguments[0].value = arguments[1]", input, date.toString());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a nurse posts a need on /challenges/new, staff approve it, and it is public on /challenges")
  void nursePostsANeed(String lang) {
    String title = Map.of("fi", "Yöllisten kaatumisten tunnistus", "sv", "Upptäcka fall nattetid",
        "en", "Detecting falls at night").get(lang) + " " + UUID.randomUUID().toString().substring(0, 6);
    String id;
    try (Browser nurse = Browser.open(app.port(), true)) {
      nurse.go("/challenges?lang=" + lang);
      reached(nurse, lang + "-needs-signed-out");
      nurse.driver.findElement(By.cssSelector("main a[href='/challenges/new']")).click();
      waiting(nurse).until(d -> nurse.path().equals("/login"));
      nurse.driver.findElement(By.id("email")).sendKeys(NURSE);
      nurse.driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
      nurse.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      waiting(nurse).until(d -> nurse.path().equals("/challenges/new"));
      reached(nurse, lang + "-need-new");

      nurse.driver.findElement(By.id(fieldId("title", lang))).sendKeys(title);
      nurse.driver.findElement(By.id(fieldId("description", lang))).sendKeys(Map.of(
          "fi", "Kotihoidon asiakkaat kaatuvat joskus yöllä, eikä kukaan huomaa sitä aamuun asti. Tarvitsemme tavan huomata kaatuminen heti.",
          "sv", "Hemvårdens klienter faller ibland på natten, och ingen märker det förrän på morgonen. Vi behöver märka ett fall direkt.",
          "en", "Home care clients sometimes fall at night and nobody notices until morning. We need to notice a fall at once.").get(lang));
      nurse.driver.findElement(By.cssSelector("input[name=categories][value='safety-and-alarms']")).click();
      nurse.driver.findElement(By.cssSelector("input[name=targetGroups][value='older-people']")).click();
      nurse.driver.findElement(By.cssSelector("input[name=languages][value='" + lang + "']")).click();
      setDate(nurse, nurse.driver.findElement(By.id("responsesDue")), LocalDate.now().plusDays(45));
      nurse.driver.findElement(By.cssSelector("form.wide button[type=submit]")).click();
      waiting(nurse).until(d -> nurse.path().matches("/challenges/[0-9a-f-]{36}"));
      id = nurse.path().substring("/challenges/".length());
      assertThat(nurse.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(nurse, lang + "-need-draft");
      nurse.driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
      waiting(nurse).until(d -> d.findElements(By.cssSelector("form[action$='/submit']")).isEmpty());
      reached(nurse, lang + "-need-sent");
    }
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, STAFF, DEMO_PASSWORD, lang);
      staff.go("/moderation?lang=" + lang);
      reached(staff, lang + "-moderation-needs");
      staff.driver.findElement(By.cssSelector("[data-queue-item='" + id + "'] button[value=approve]")).click();
      waiting(staff).until(d -> d.findElements(By.cssSelector("[data-queue-item='" + id + "']")).isEmpty());
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go("/challenges?lang=" + lang);
      visitor.driver.findElement(By.cssSelector(".results a[href='/challenges/" + id + "']")).click();
      waiting(visitor).until(d -> visitor.path().equals("/challenges/" + id));
      assertThat(visitor.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(visitor, lang + "-need-public");
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff start a pilot from an answer, run it to a published outcome on /pilots/{id}, find it on /pilots, and the outcome is public")
  void staffRunAPilot(String lang) {
    Answered answered = answeredNeed();
    String result = Map.of("fi", "Kaatumiset huomattiin keskimäärin kahdessa minuutissa.",
        "sv", "Fallen upptäcktes i genomsnitt på två minuter.", "en", "Falls were noticed within two minutes on average.").get(lang);
    String pilotPath;
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, STAFF, DEMO_PASSWORD, lang);
      staff.go("/challenges/" + answered.need() + "?lang=" + lang);
      WebElement card = staff.driver.findElement(By.id("answer-" + answered.answer()));
      card.findElement(By.tagName("summary")).click();
      reached(staff, lang + "-need-answers-staff");
      card.findElement(By.name("testArena")).sendKeys("NTC testikoti, Seinäjoki");
      setDate(staff, card.findElement(By.name("startsOn")), LocalDate.now().plusDays(7));
      setDate(staff, card.findElement(By.name("endsOn")), LocalDate.now().plusDays(90));
      card.findElement(By.name("goals_" + lang)).sendKeys(Map.of("fi", "Selvitetään, huomataanko kaatumiset heti.",
          "sv", "Ta reda på om fall upptäcks direkt.", "en", "Find out whether falls are noticed at once.").get(lang));
      card.findElement(By.cssSelector("button[type=submit]")).click();
      waiting(staff).until(d -> staff.path().matches("/pilots/[0-9a-f-]{36}"));
      pilotPath = staff.path();
      reached(staff, lang + "-pilot-planned");

      for (String state : new String[] {"running", "completed"}) {
        new Select(staff.driver.findElement(By.id("status"))).selectByValue(state);
        staff.driver.findElement(By.cssSelector("form[action$='/status'] button")).click();
        waiting(staff).until(d -> d.getCurrentUrl().contains("saved=1")
            && !d.findElement(By.id("pilot-state")).getText().isBlank());
        staff.go(pilotPath + "?lang=" + lang);
      }
      reached(staff, lang + "-pilot-completed");
      staff.driver.findElement(By.id(lang.equals("en") ? "outcome" : "measured_" + lang)).sendKeys(Map.of(
          "fi", "Kaatumisten havaitsemisaika 12 viikon ajan.", "sv", "Tiden tills ett fall upptäcktes under 12 veckor.",
          "en", "Time until a fall was noticed, over 12 weeks.").get(lang));
      staff.driver.findElement(By.id("result_" + lang)).sendKeys(result);
      staff.driver.findElement(By.id("recommendation_" + lang)).sendKeys(Map.of("fi", "Suositellaan yöhoitoon.",
          "sv", "Rekommenderas för nattvården.", "en", "Recommended for night care.").get(lang));
      staff.driver.findElement(By.cssSelector("form[action$='/outcome'] button")).click();
      waiting(staff).until(d -> !d.findElements(By.id("publish-outcome")).isEmpty());
      staff.driver.findElement(By.id("publish-outcome")).click();
      waiting(staff).until(d -> d.findElements(By.id("publish-outcome")).isEmpty());
      reached(staff, lang + "-pilot-published");

      staff.driver.findElement(By.cssSelector("main a[href='/pilots']")).click();
      waiting(staff).until(d -> staff.path().equals("/pilots"));
      assertThat(staff.driver.findElements(By.cssSelector("header a[href='/pilots']"))).hasSize(1);
      new Select(staff.driver.findElement(By.id("status"))).selectByValue("completed");
      staff.driver.findElement(By.cssSelector("form[action='/pilots'] button")).click();
      waiting(staff).until(d -> d.getCurrentUrl().contains("status=completed"));
      WebElement listed = staff.driver.findElement(By.cssSelector(".pilot-row a[href='" + pilotPath + "']"));
      assertThat(listed.getText()).isEqualTo(Map.of("fi", "Kaatumishälytys yöhoitoon", "sv", "Fallarm för nattvården",
          "en", "Fall alarms for night care").get(lang));
      reached(staff, lang + "-pilots-list");
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go(pilotPath + "?lang=" + lang);
      assertThat(visitor.driver.findElement(By.id("pilot-outcome")).getText()).contains(result);
      reached(visitor, lang + "-pilot-public");
      visitor.go("/showcases/" + answered.showcase() + "?lang=" + lang);
      assertThat(visitor.driver.findElements(By.cssSelector("#pilots a[href='" + pilotPath + "']"))).hasSize(1);
      assertThat(visitor.driver.findElement(By.id("pilots")).getText()).contains(result);
      reached(visitor, lang + "-showcase-pilot-evidence");
    }
    assertThat(violations).isEmpty();
  }

  private record Answered(String need, String answer, String showcase) {}

  /** A need of the nurse's organisation, published, and answered by the demo company with one of its showcases. */
  private static Answered answeredNeed() {
    String nurse = login(NURSE);
    String staff = login(STAFF);
    String company = login(COMPANY);
    String careOrganisation = firstOrganisation(nurse);
    String companyOrganisation = firstOrganisation(company);
    String need = http.post("/api/v1/challenges", nurse, new JsonObject().put("organisationId", careOrganisation)
        .put("title", new JsonObject().put("fi", "Kaatumishälytys yöhoitoon").put("sv", "Fallarm för nattvården")
            .put("en", "Fall alarms for night care"))
        .put("description", new JsonObject().put("fi", "Haemme tapaa huomata yölliset kaatumiset heti.")
            .put("sv", "Vi söker ett sätt att upptäcka fall på natten direkt.").put("en", "We look for a way to notice night falls at once."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString())).json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + need + "/submit", nurse, null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + need + "/review", staff, new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    String showcase = http.get("/api/v1/showcases?pageSize=100", null).json().getJsonArray("items").stream()
        .map(o -> (JsonObject) o).filter(s -> s.getJsonObject("organisation").getString("id").equals(companyOrganisation))
        .findFirst().orElseThrow().getString("id");
    String answer = http.post("/api/v1/challenges/" + need + "/answers", company, new JsonObject().put("showcaseId", showcase)
        .put("proposal", "Tarjoamme anturit ja hälytyspalvelun kolmen kuukauden pilottiin.")).json().getString("id");
    return new Answered(need, answer, showcase);
  }

  private static String login(String email) {
    return http.post("/api/v1/auth/login", null, new JsonObject().put("email", email).put("password", DEMO_PASSWORD)).json()
        .getString("accessToken");
  }

  private static String firstOrganisation(String token) {
    return http.get("/api/v1/me", token).json().getJsonArray("organisations").getJsonObject(0).getString("id");
  }
}
