package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor on a phone, reading in Swedish, starts from their life situation on the home page,
 * opens a piece of technology that fits and reads how to get it, down to the contact point that
 * lends it. Every page reached is checked with axe-core and at phone width.
 */
class CitizenWayfindingJourneyTest extends BrowserJourney {
  @Test
  @DisplayName("on a phone in Swedish: a life situation, a showcase that fits, how to get it, the contact point that lends it")
  void lifeSituationToHowToGetIt() {
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.driver.manage().window().setSize(Browser.PHONE);
      browser.go("/?lang=sv");
      List<WebElement> situations = browser.driver.findElements(By.cssSelector("main #life-situations a"));
      assertThat(situations).extracting(WebElement::getText).contains("Jag bor ensam och är rädd att falla");
      reached(browser, "sv-home-situations");

      browser.driver.manage().window().setSize(Browser.PHONE);
      browser.driver.findElement(By.linkText("Jag bor ensam och är rädd att falla")).click();
      waiting(browser).until(d -> browser.path().equals("/situations/living-alone"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Jag bor ensam och är rädd att falla");
      List<WebElement> fitting = browser.driver.findElements(By.cssSelector("main #situation-showcases h3 a"));
      assertThat(fitting).isNotEmpty();
      assertThat(browser.driver.findElements(By.cssSelector("main #situation-showcases .badge")))
          .extracting(WebElement::getText).as("plain words for a visitor").contains("Trygghetslarm");
      reached(browser, "sv-situation-living-alone");

      browser.driver.manage().window().setSize(Browser.PHONE);
      String title = fitting.get(0).getText();
      fitting.get(0).click();
      waiting(browser).until(d -> browser.path().startsWith("/showcases/"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
      WebElement howToGet = browser.driver.findElement(By.cssSelector("main section#how-to-get"));
      assertThat(howToGet.findElement(By.tagName("h2")).getText()).isEqualTo("Så får du den");
      assertThat(howToGet.findElements(By.cssSelector(".how-to-get-ways li"))).isNotEmpty();
      reached(browser, "sv-showcase-how-to-get");

      List<WebElement> places = browser.driver.findElements(By.cssSelector("main section#how-to-get .how-to-get-places a"));
      if (!places.isEmpty()) {
        browser.driver.manage().window().setSize(Browser.PHONE);
        places.get(0).click();
        waiting(browser).until(d -> browser.path().startsWith("/contact-points/"));
        reached(browser, "sv-contact-point-from-how-to-get");
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("every situation page and the list of them, in each language, and the company's form for how to get it are axe-clean at phone width")
  void everySituationPageAndTheForm() {
    try (Browser browser = Browser.open(app.port(), true)) {
      for (String lang : List.of("fi", "en")) {
        browser.go("/situations?lang=" + lang);
        reached(browser, lang + "-situations");
        for (String slug : List.of("caring-for-a-parent", "long-term-condition", "working-in-home-care")) {
          browser.go("/situations/" + slug + "?lang=" + lang);
          assertThat(browser.driver.findElements(By.cssSelector("main h1"))).hasSize(1);
          reached(browser, lang + "-situation-" + slug);
        }
      }
      signIn(browser, "maria.hakala@hoivatek.example", DEMO_PASSWORD, "sv");
      browser.go("/showcases/00000000-0000-4000-a000-000000000001/edit?lang=sv");
      WebElement fieldset = browser.driver.findElement(By.cssSelector("main fieldset#howToGet"));
      assertThat(fieldset.findElements(By.cssSelector("input[name=howToGet_tryAt]"))).hasSizeGreaterThanOrEqualTo(2);
      reached(browser, "sv-showcase-form-how-to-get");
    }
    assertThat(violations).isEmpty();
  }
}
