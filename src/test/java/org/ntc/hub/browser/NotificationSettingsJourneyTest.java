package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.ntc.hub.support.Users;

/**
 * A person finds their email choices from the account page, chooses how notifications reach them
 * and which topics they follow, and later stops the daily digest from the link in it; in Finnish,
 * Swedish and English, and once without JavaScript. Every page reached is checked with axe-core.
 */
class NotificationSettingsJourneyTest extends BrowserJourney {
  private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^/\\s]+(/unsubscribe\\?token=[A-Za-z0-9_.-]+)");

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource({"fi, anna.rinne@lakeus.example", "sv, karin.berg@norrkusten.example", "en, sofia.ahlqvist@botnialab.example"})
  @DisplayName("a person chooses how mail reaches them and which topics they follow")
  void chooses(String lang, String email) {
    journey(lang, email, true);
  }

  @Test
  @DisplayName("the settings journey works without JavaScript")
  void withoutJavaScript() {
    journey("fi", "erik.nystrom@carelink.example", false);
  }

  private void journey(String lang, String email, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    try (Browser browser = Browser.open(app.port(), javascript)) {
      signIn(browser, email, DEMO_PASSWORD, lang);
      browser.go("/account?lang=" + lang);
      browser.driver.findElement(By.cssSelector("main a[href='/account/settings/notifications']")).click();
      waiting(browser).until(d -> browser.path().equals("/account/settings/notifications"));
      reached(browser, lang + "-notification-settings" + suffix);

      browser.driver.findElement(By.id("kind-showcase-contacted-daily")).click();
      browser.driver.findElement(By.id("kind-challenge-in-followed-topic-immediately")).click();
      browser.driver.findElement(By.cssSelector("#categories input[value='rehabilitation']")).click();
      browser.driver.findElement(By.cssSelector("form.notification-settings button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("main [role=status]")).isEmpty());
      assertThat(browser.driver.findElement(By.id("kind-showcase-contacted-daily")).isSelected()).isTrue();
      assertThat(browser.driver.findElement(By.id("kind-challenge-in-followed-topic-immediately")).isSelected()).isTrue();
      assertThat(browser.driver.findElement(By.cssSelector("#categories input[value='rehabilitation']")).isSelected()).isTrue();
      reached(browser, lang + "-notification-settings-saved" + suffix);
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("the demo's first start has a daily digest in the outbox, and its unsubscribe link stops it")
  void demoDigest() {
    Users users = new Users(http);
    JsonArray mail = http.get("/api/v1/admin/mail?to=karin.berg@norrkusten.example", users.admin().token()).json()
        .getJsonArray("items");
    JsonObject digest = mail.stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("subject").startsWith("Din dagliga sammanfattning")).findFirst().orElseThrow();
    Matcher link = UNSUBSCRIBE.matcher(digest.getString("text"));
    assertThat(link.find()).as(digest.getString("text")).isTrue();
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.go(link.group(1) + "&lang=sv");
      reached(browser, "sv-unsubscribe");
      assertThat(browser.driver.findElement(By.cssSelector("main")).getText()).contains("daglig");
      browser.driver.findElement(By.cssSelector("main form[method=post] button")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("main [role=status]")).isEmpty());
      assertThat(browser.driver.findElements(By.cssSelector("main form[method=post] button"))).isEmpty();
      reached(browser, "sv-unsubscribed");
    }
    assertThat(violations).isEmpty();
    Map<String, Object> settings = http.get("/api/v1/me/notification-settings",
        users.login("karin.berg@norrkusten.example", DEMO_PASSWORD)).json().getJsonObject("settings").getMap();
    assertThat(settings).doesNotContainValue("daily");
  }
}
