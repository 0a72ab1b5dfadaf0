package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A nurse of a verified care organisation writes a case into the library, staff approve it on
 * /moderation, and a visitor finds it on /library: in Finnish, Swedish and English, and once
 * without JavaScript. Every page reached, the refused form among them, is checked with axe-core.
 */
class LibraryJourneyTest extends BrowserJourney {
  private static final String NURSE = "anna.rinne@lakeus.example";
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a nurse writes a case, staff approve it on the moderation page, a visitor finds it in the library")
  void caseIntoTheLibrary(String lang) {
    journey(lang, true);
  }

  @Test
  @DisplayName("the library journey works without JavaScript")
  void withoutJavaScript() {
    journey("sv", false);
  }

  private void journey(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String tag = tag();
    String title = Map.of("fi", "Lääkeannostelijat kotihoidossa", "sv", "Läkemedelsautomater i hemvården",
        "en", "Medicine dispensers in home care").get(lang) + " " + tag;
    String id;
    try (Browser browser = Browser.open(app.port(), javascript)) {
      signIn(browser, NURSE, DEMO_PASSWORD, lang);
      browser.go("/library?lang=" + lang);
      reached(browser, lang + "-library-member" + suffix);
      browser.driver.findElement(By.cssSelector("main a[href='/library/new']")).click();
      waiting(browser).until(d -> browser.path().equals("/library/new"));
      reached(browser, lang + "-library-choose" + suffix);
      browser.driver.findElement(By.cssSelector("main a[href='/library/new?kind=case']")).click();
      waiting(browser).until(d -> !d.findElements(By.id("setting_" + lang)).isEmpty());
      reached(browser, lang + "-library-new-case" + suffix);

      browser.driver.findElement(By.cssSelector("form.library-form button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
      assertThat(browser.driver.findElements(By.cssSelector(".error-summary a[href='#title']"))).hasSize(1);
      reached(browser, lang + "-library-new-refused" + suffix);

      browser.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      browser.driver.findElement(By.id("summary_" + lang)).sendKeys(Map.of(
          "fi", "Annostelijat korvasivat kolmanneksen lääkekäynneistä.",
          "sv", "Automaterna ersatte en tredjedel av läkemedelsbesöken.",
          "en", "Dispensers replaced a third of medication visits.").get(lang));
      browser.driver.findElement(By.id("setting_" + lang)).sendKeys("Seinäjoki");
      browser.driver.findElement(By.cssSelector("input[name=categories][value=medication-management]")).click();
      browser.driver.findElement(By.cssSelector("form.library-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().matches("/library/[0-9a-f-]{36}"));
      id = browser.path().substring("/library/".length());
      reached(browser, lang + "-library-draft" + suffix);
      browser.driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
      waiting(browser).until(d -> d.findElements(By.cssSelector("form[action$='/submit']")).isEmpty());
      reached(browser, lang + "-library-submitted" + suffix);
    }

    try (Browser browser = Browser.open(app.port(), javascript)) {
      signIn(browser, STAFF, DEMO_PASSWORD, lang);
      browser.go("/moderation?lang=" + lang);
      WebElement item = browser.driver.findElement(By.cssSelector("li[data-queue-item='" + id + "']"));
      assertThat(item.getText()).contains(title).doesNotContain("case");
      reached(browser, lang + "-library-moderation" + suffix);
      item.findElement(By.cssSelector("button[value=approve]")).click();
      waiting(browser).until(d -> d.findElements(By.cssSelector("li[data-queue-item='" + id + "']")).isEmpty());
      reached(browser, lang + "-library-approved" + suffix);
    }

    try (Browser browser = Browser.open(app.port(), javascript)) {
      browser.go("/library?lang=" + lang);
      browser.driver.findElement(By.id("q")).sendKeys(tag);
      browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/library") && d.getCurrentUrl().contains("q="));
      WebElement card = browser.driver.findElement(By.cssSelector("main li.library-card"));
      assertThat(card.getText()).contains(title);
      reached(browser, lang + "-library-found" + suffix);
      card.findElement(By.cssSelector("a[href='/library/" + id + "']")).click();
      waiting(browser).until(d -> browser.path().equals("/library/" + id));
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(browser, lang + "-library-entry" + suffix);
    }
    assertThat(violations).isEmpty();
  }

  private static String tag() {
    StringBuilder tag = new StringBuilder("kx");
    for (int i = 0; i < 6; i++) tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    return tag.toString();
  }
}
