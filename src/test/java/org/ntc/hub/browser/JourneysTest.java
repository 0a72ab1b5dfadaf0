package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The journeys people take, in a real browser, in Finnish, Swedish and English: a citizen
 * searches and opens a showcase; a company member writes one and submits it, staff approve
 * it from the queue and it is public; a professional enrols while another open page sees the
 * seat count change. Every page reached is checked with axe-core (no serious or critical
 * WCAG 2.1 AA violation), photographed at phone and desktop width, and weighed.
 */
class JourneysTest extends BrowserJourney {
  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a citizen searches for technology and opens a showcase")
  void citizenSearches(String lang) {
    citizenJourney(lang, true);
  }

  @ParameterizedTest(name = "[{0}] without JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("the search journey works without JavaScript")
  void citizenSearchesWithoutJavaScript(String lang) {
    citizenJourney(lang, false);
  }

  private void citizenJourney(String lang, boolean javascript) {
    String word = Map.of("fi", "verenpaine", "sv", "blodtryck", "en", "blood pressure").get(lang);
    String suffix = javascript ? "" : "-nojs";
    try (Browser browser = Browser.open(app.port(), javascript)) {
      browser.go("/?lang=" + lang);
      assertThat(browser.driver.getPageSource()).contains("<html lang=\"" + lang + "\"");
      reached(browser, lang + "-home" + suffix);
      browser.driver.findElement(By.cssSelector("nav.main-nav a[href='/showcases']")).click();
      reached(browser, lang + "-showcases" + suffix);
      WebElement q = browser.driver.findElement(By.id("q"));
      q.sendKeys(word);
      q.submit();
      waiting(browser).until(d -> d.getCurrentUrl().contains("q="));
      List<WebElement> results = browser.driver.findElements(By.cssSelector(".results .card-title a"));
      assertThat(results).as("results for " + word).isNotEmpty();
      reached(browser, lang + "-showcases-search" + suffix);
      String title = results.get(0).getText();
      results.get(0).click();
      waiting(browser).until(d -> browser.path().matches("/showcases/[0-9a-f-]{36}"));
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(browser, lang + "-showcase" + suffix);
      browser.go("/organisations");
      reached(browser, lang + "-organisations" + suffix);
      browser.driver.findElements(By.cssSelector("main a[href^='/organisations/']")).get(0).click();
      waiting(browser).until(d -> browser.path().matches("/organisations/[0-9a-f-]{36}"));
      reached(browser, lang + "-organisation" + suffix);
      browser.go("/login");
      reached(browser, lang + "-login" + suffix);
      browser.go("/materials");
      reached(browser, lang + "-materials" + suffix);
      browser.go("/contact-points/seinajoki");
      reached(browser, lang + "-contact-point" + suffix);
      browser.go("/challenges");
      reached(browser, lang + "-challenges" + suffix);
      browser.driver.findElements(By.cssSelector(".results .card-title a")).get(0).click();
      waiting(browser).until(d -> browser.path().matches("/challenges/[0-9a-f-]{36}"));
      assertThat(browser.driver.findElements(By.cssSelector("#matches-heading + ol li"))).as("matches listed").isNotEmpty();
      reached(browser, lang + "-challenge" + suffix);
      browser.go("/register");
      reached(browser, lang + "-register" + suffix);
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a company member writes and submits a showcase; staff approve it from the queue; it is public")
  void companyPublishes(String lang) {
    publishJourney(lang, true);
  }

  @Test
  @DisplayName("the publishing and moderation journey works without JavaScript")
  void companyPublishesWithoutJavaScript() {
    publishJourney("sv", false);
  }

  private void publishJourney(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String title = Map.of("fi", "Kotikuntoutuksen videovalmentaja", "sv", "Videocoach för rehabilitering hemma",
        "en", "Video coach for rehabilitation at home").get(lang) + " " + UUID.randomUUID().toString().substring(0, 6);
    String id;
    try (Browser company = Browser.open(app.port(), javascript)) {
      signIn(company, "maria.hakala@hoivatek.example", DEMO_PASSWORD, lang);
      company.go("/account");
      reached(company, lang + "-account" + suffix);
      company.go("/showcases/new");
      reached(company, lang + "-showcase-new" + suffix);
      company.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      company.driver.findElement(By.id("summary_" + lang)).sendKeys(Map.of(
          "fi", "Fysioterapeutti ohjaa harjoituksia videolla, ja asiakas harjoittelee omassa kodissaan.",
          "sv", "En fysioterapeut leder övningarna via video medan klienten tränar i sitt eget hem.",
          "en", "A physiotherapist guides the exercises by video while the client trains in their own home.").get(lang));
      for (String group : List.of("categories", "targetGroups", "countries", "languages")) {
        company.driver.findElements(By.cssSelector("input[name='" + group + "']")).get(0).click();
      }
      company.driver.findElement(By.cssSelector("form.wide button[type=submit]")).click();
      waiting(company).until(d -> company.path().matches("/showcases/[0-9a-f-]{36}"));
      id = company.path().substring("/showcases/".length());
      reached(company, lang + "-showcase-draft" + suffix);
      company.driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
      waiting(company).until(d -> d.findElements(By.cssSelector("form[action$='/submit']")).isEmpty());
    }
    try (Browser staff = Browser.open(app.port(), javascript)) {
      signIn(staff, "liisa.koskinen@ntc-hub.example", DEMO_PASSWORD, lang);
      staff.go("/moderation");
      reached(staff, lang + "-moderation" + suffix);
      staff.driver.findElement(By.cssSelector("[data-queue-item='" + id + "'] button[value=approve]")).click();
      waiting(staff).until(d -> d.findElements(By.cssSelector("[data-queue-item='" + id + "']")).isEmpty()
          || !staff.path().equals("/moderation"));
    }
    try (Browser visitor = Browser.open(app.port(), javascript)) {
      visitor.go("/showcases/" + id + "?lang=" + lang);
      assertThat(visitor.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      assertThat(visitor.driver.getPageSource()).contains("<meta property=\"og:title\" content=\"" + title + "\">");
      reached(visitor, lang + "-showcase-published" + suffix);
    }
    assertThat(violations).isEmpty();
  }

  private static String openTraining() {
    JsonObject list = http.get("/api/v1/trainings?pageSize=100", null).json();
    return list.getJsonArray("items").stream().map(o -> (JsonObject) o)
        .filter(t -> t.getJsonArray("seatPools") == null && t.getLong("seatsLeft") > 3)
        .findFirst().orElseThrow().getString("id");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a professional enrols in a training and another open page sees the seat count change")
  void professionalEnrols(String lang) {
    String trainingId = openTraining();
    Users.User professional = new Users(http).orgMember("care");
    try (Browser watcher = Browser.open(app.port(), true); Browser browser = Browser.open(app.port(), true)) {
      watcher.go("/trainings/" + trainingId + "?lang=" + lang);
      waiting(watcher).until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-live")));
      String before = watcher.driver.findElement(By.id("seats-left")).getText();
      reached(watcher, lang + "-training");

      signIn(browser, professional.email(), Users.PASSWORD, lang);
      browser.go("/trainings");
      reached(browser, lang + "-trainings");
      browser.go("/trainings/" + trainingId);
      browser.driver.findElement(By.cssSelector("form[action$='/enrol'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("form[action$='/cancel']")).isEmpty());
      reached(browser, lang + "-training-enrolled");

      waiting(watcher).until(d -> !d.findElement(By.id("seats-left")).getText().equals(before));
      assertThat(watcher.driver.findElement(By.id("seats-left")).getText()).isNotEqualTo(before);
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("enrolment works without JavaScript: the page after enrolling shows one seat fewer")
  void professionalEnrolsWithoutJavaScript() {
    String trainingId = openTraining();
    long before = http.get("/api/v1/trainings/" + trainingId, null).json().getLong("seatsLeft");
    Users.User professional = new Users(http).orgMember("care");
    try (Browser browser = Browser.open(app.port(), false)) {
      signIn(browser, professional.email(), Users.PASSWORD, "fi");
      browser.go("/trainings/" + trainingId);
      assertThat(browser.driver.getPageSource()).contains("<meta property=\"og:type\" content=\"event\">");
      browser.driver.findElement(By.cssSelector("form[action$='/enrol'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("form[action$='/cancel']")).isEmpty());
      reached(browser, "fi-training-enrolled-nojs");
      assertThat(browser.driver.findElement(By.id("seats-left")).getText()).contains(String.valueOf(before - 1));
    }
  }

  @Test
  @DisplayName("enrolment works with the keyboard alone, starting from the skip link")
  void keyboardOnlyEnrolment() {
    String trainingId = openTraining();
    Users.User professional = new Users(http).orgMember("care");
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.go("/login?lang=fi");
      WebElement body = browser.driver.findElement(By.tagName("body"));
      body.sendKeys(Keys.TAB);
      assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).contains("skip-link");
      tabUntil(browser, "email").sendKeys(professional.email());
      tabUntil(browser, "password").sendKeys(Users.PASSWORD + Keys.ENTER);
      waiting(browser).until(d -> !browser.path().equals("/login"));

      browser.go("/trainings/" + trainingId);
      browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement enrol = null;
      for (int i = 0; i < 60 && enrol == null; i++) {
        WebElement active = browser.driver.switchTo().activeElement();
        String form = (String) browser.script("const f = arguments[0].closest('form'); return f ? f.getAttribute('action') : null;", active);
        if ("button".equals(active.getTagName()) && form != null && form.endsWith("/enrol")) enrol = active;
        else active.sendKeys(Keys.TAB);
      }
      assertThat(enrol).as("the enrol button is reachable by Tab").isNotNull();
      Object outline = browser.script("return getComputedStyle(arguments[0]).outlineStyle;", enrol);
      assertThat(outline).as("focus is visible").isNotEqualTo("none");
      enrol.sendKeys(Keys.ENTER);
      waiting(browser).until(d -> !d.findElements(By.cssSelector("form[action$='/cancel']")).isEmpty());
    }
    JsonObject mine = http.get("/api/v1/trainings/" + trainingId, professional.token()).json();
    assertThat(mine.getJsonObject("myEnrolment").getString("status")).isEqualTo("confirmed");
  }

  private static WebElement tabUntil(Browser browser, String id) {
    for (int i = 0; i < 40; i++) {
      WebElement active = browser.driver.switchTo().activeElement();
      if (id.equals(active.getAttribute("id"))) return active;
      active.sendKeys(Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id);
  }
}
