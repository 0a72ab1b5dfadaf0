package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Staff (the demo's Liisa Koskinen) verify a demo showcase's CE class on its page: a missing date
 * is refused on the form first, then the claim shows who verified it and until when. The demo's
 * verified, soon-expiring and expired claims are seen by a visitor. Axe on every page reached.
 */
class ClaimJourneyTest extends BrowserJourney {
  private static final String UNVERIFIED = "/showcases/00000000-0000-4000-a000-000000000005";
  private static final String VERIFIED = "/showcases/00000000-0000-4000-a000-000000000001";
  private static final String EXPIRED = "/showcases/00000000-0000-4000-a000-000000000004";

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff verify a showcase's CE class on its page; visitors see verified, expired and unverified claims in words")
  void staffVerify(String lang) {
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go(VERIFIED + "?lang=" + lang);
      assertThat(visitor.driver.findElements(By.cssSelector("#claims .claim-verified"))).hasSize(2);
      assertThat(visitor.driver.findElement(By.id("claims")).getText()).contains("Liisa Koskinen");
      reached(visitor, lang + "-claims-verified");
      visitor.go(EXPIRED + "?lang=" + lang);
      assertThat(visitor.driver.findElements(By.cssSelector("#claims .claim-expired"))).hasSize(1);
      reached(visitor, lang + "-claims-expired");
    }
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "liisa.koskinen@ntc-hub.example", DEMO_PASSWORD, lang);
      browser.go(UNVERIFIED + "?lang=" + lang);
      reached(browser, lang + "-claims-staff");
      browser.driver.findElement(By.cssSelector("input[name=kind][value=regulatory]")).click();
      ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
          browser.driver.findElement(By.id("expiresAt")), "2020-01-01");
      browser.driver.findElement(By.cssSelector("form[action$='/claims/verify'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#expiresAt']")).isEmpty());
      reached(browser, lang + "-claims-refused");

      WebElement date = browser.driver.findElement(By.id("expiresAt"));
      ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", date, "2030-03-02");
      browser.driver.findElement(By.id("note")).sendKeys("CE 0537-MDR-2027-9");
      browser.driver.findElement(By.cssSelector("form[action$='/claims/verify'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("verified=1"));
      assertThat(browser.driver.findElement(By.id("claim-saved")).isDisplayed()).isTrue();
      String claims = browser.driver.findElement(By.id("claims")).getText();
      assertThat(claims).contains("Liisa Koskinen", "2030", "CE 0537-MDR-2027-9");
      reached(browser, lang + "-claims-saved");
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("staff find the gaps in the market from the moderation page")
  void staffFindGaps() {
    try (Browser browser = Browser.open(app.port(), false)) {
      signIn(browser, "johan.lindgren@ntc-hub.example", DEMO_PASSWORD, "sv");
      browser.go("/moderation?lang=sv");
      browser.driver.findElement(By.cssSelector("main a[href='/challenges/gaps']")).click();
      waiting(browser).until(d -> browser.path().equals("/challenges/gaps"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Luckor på marknaden");
      reached(browser, "sv-gaps");
    }
    assertThat(violations).isEmpty();
  }
}
