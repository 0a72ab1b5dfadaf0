package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Pooled needs in the browser: Rannikko's home care manager (a second wellbeing services county)
 * co-signs Lakeus's speech therapy need with Rannikko's own number of clients, after a refused
 * first try; Maria Hakala of Hoivatek then sees both counties behind the need and the combined
 * scale, and the demo's blood pressure need with its Finnish and Swedish co-signers. Axe on every page.
 */
class PooledNeedJourneyTest extends BrowserJourney {
  private static final String SPEECH_NEED = "/challenges/00000000-0000-4000-e000-000000000003";
  private static final String HOME_CARE_NEED = "/challenges/00000000-0000-4000-e000-000000000001";

  @Test
  @DisplayName("a second wellbeing services county co-signs a need in the browser and the company sees the combined scale")
  void cosignAndCompanySees() {
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "tuula.rantala@rannikko.example", DEMO_PASSWORD, "fi");
      browser.go(SPEECH_NEED + "?lang=fi");
      assertThat(browser.driver.findElement(By.id("need-backers")).getText()).isEqualTo("Yksi organisaatio");
      assertThat(browser.driver.findElement(By.id("cosign-heading")).getText()).isEqualTo("Meilläkin on tämä tarve");
      reached(browser, "fi-pooled-need-form");

      browser.driver.findElement(By.id("cosignScale")).sendKeys("paljon");
      browser.driver.findElement(By.cssSelector("main form[action$='/cosign'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#cosignScale']")).isEmpty());
      assertThat(browser.driver.findElement(By.id("cosignScale")).getAttribute("aria-invalid")).isEqualTo("true");
      reached(browser, "fi-pooled-need-refused");

      new Select(browser.driver.findElement(By.id("cosignOrganisationId"))).selectByVisibleText("Rannikon hyvinvointialue");
      browser.driver.findElement(By.id("cosignScale")).clear();
      browser.driver.findElement(By.id("cosignScale")).sendKeys("45");
      browser.driver.findElement(By.id("cosignNote")).sendKeys("Afasiakuntoutujat Vaasan seudulla");
      browser.driver.findElement(By.cssSelector("main form[action$='/cosign'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("cosigned=1"));
      String backers = browser.driver.findElement(By.id("backers")).getText();
      assertThat(backers).contains("Lakeuden hyvinvointialue", "Rannikon hyvinvointialue", "tarvitsee samaa", "45 ihmistä");
      assertThat(browser.driver.findElement(By.id("combined-scale")).getText()).isEqualTo("105 ihmistä");
      reached(browser, "fi-pooled-need-cosigned");
    }
    try (Browser company = Browser.open(app.port(), true)) {
      signIn(company, "maria.hakala@hoivatek.example", DEMO_PASSWORD, "en");
      company.go(SPEECH_NEED + "?lang=en");
      assertThat(company.driver.findElement(By.id("need-backers")).getText()).isEqualTo("2 organisations");
      assertThat(company.driver.findElement(By.id("combined-scale")).getText()).isEqualTo("105 people");
      assertThat(company.driver.findElements(By.cssSelector("main form[action$='/cosign']"))).as("companies do not co-sign").isEmpty();
      reached(company, "en-pooled-need-company");

      company.go(HOME_CARE_NEED + "?lang=en");
      assertThat(company.driver.findElement(By.id("backers")).getText())
          .contains("Lakeuden hyvinvointialue", "Rannikon hyvinvointialue", "Region Norrkusten", "Sweden");
      assertThat(company.driver.findElement(By.id("combined-scale")).getText()).isEqualTo("750 people");
      reached(company, "en-pooled-need-demo");

      company.go("/challenges?lang=en");
      assertThat(company.driver.findElement(By.cssSelector("main")).getText()).contains("3 organisations · 750 people");
      reached(company, "en-pooled-need-list");
    }
    assertThat(violations).isEmpty();
  }
}
