package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's home care nurse Anna Rinne records that Lakeus uses Turvaranneke's safety phone:
 * from the showcase page to the form, a refused first try, then the page says where it is in
 * use. A visitor sees where the blood-pressure kit is used. Axe on every page reached.
 */
class AdoptionJourneyTest extends BrowserJourney {
  private static final String SAFETY_PHONE = "/showcases/00000000-0000-4000-a000-000000000003";
  private static final String BLOOD_PRESSURE = "/showcases/00000000-0000-4000-a000-000000000001";
  private static final String LAKEUS = "/organisations/00000000-0000-4000-8000-000000000201";

  @Test
  @DisplayName("a care nurse records on the showcase page that her organisation uses it, and sees it listed there")
  void nurseRecordsUse() {
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go(BLOOD_PRESSURE + "?lang=fi");
      String section = visitor.driver.findElement(By.id("adoption")).getText();
      assertThat(section).contains("Vakiintuneessa käytössä 2 organisaatiossa 2 maassa.", "Lakeuden hyvinvointialue", "Leviämässä");
      reached(visitor, "fi-adoption-visitor");
    }
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "anna.rinne@lakeus.example", DEMO_PASSWORD, "fi");
      browser.go(SAFETY_PHONE + "?lang=fi");
      browser.driver.findElement(By.cssSelector("#adoption a[href$='/adoption']")).click();
      waiting(browser).until(d -> browser.path().endsWith("/adoption"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Käytössä meillä");
      reached(browser, "fi-adoption-form");

      browser.driver.findElement(By.cssSelector("main form[action$='/adoption'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#region']")).isEmpty());
      reached(browser, "fi-adoption-refused");

      new Select(browser.driver.findElement(By.id("region"))).selectByVisibleText("Etelä-Pohjanmaa");
      new Select(browser.driver.findElement(By.id("status"))).selectByVisibleText("Vakiintunut käyttö");
      ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
          browser.driver.findElement(By.id("since")), "2025-09-01");
      browser.driver.findElement(By.id("scale")).sendKeys("Kotihoito, 3 tiimiä");
      browser.driver.findElement(By.cssSelector("main form[action$='/adoption'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("adopted=1"));
      assertThat(browser.driver.findElement(By.id("adoption-saved")).isDisplayed()).isTrue();
      String section = browser.driver.findElement(By.id("adoption")).getText();
      assertThat(section).contains("Lakeuden hyvinvointialue", "Etelä-Pohjanmaa", "Vakiintunut käyttö", "Kotihoito, 3 tiimiä")
          .doesNotContain("routine", "fi-etela-pohjanmaa");
      reached(browser, "fi-adoption-saved");

      browser.go(LAKEUS + "?lang=fi");
      assertThat(browser.driver.findElement(By.id("adoptions")).getText()).contains("Etelä-Pohjanmaa", "Vakiintunut käyttö");
      reached(browser, "fi-adoption-organisation");
    }
    assertThat(violations).isEmpty();
  }
}
