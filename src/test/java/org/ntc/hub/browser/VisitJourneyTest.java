package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Seinäjoki test home has one place left (the demo nurse holds the other). Two people open the
 * contact point's page at once and both press Book: one gets the place, the other is told the visit is
 * now full, in their own language. Staff then see who booked on their page. Every page is checked with axe.
 */
class VisitJourneyTest extends BrowserJourney {
  private static final String COMPANY = "maria.hakala@hoivatek.example";
  private static final String UMEA_STAFF = "johan.lindgren@ntc-hub.example";
  private static final String SEINAJOKI_STAFF = "liisa.koskinen@ntc-hub.example";

  private static WebElement testHome(Browser browser, String label) {
    return browser.driver.findElement(By.xpath("//section[@id='visits']//li[contains(@class, 'visit-slot')][.//h3[normalize-space()='"
        + label + "']]"));
  }

  @Test
  @DisplayName("two people race for the last place in a visit and one gets it")
  void raceForTheLastPlace() {
    try (Browser maria = Browser.open(app.port(), true); Browser johan = Browser.open(app.port(), true)) {
      signIn(maria, COMPANY, DEMO_PASSWORD, "fi");
      signIn(johan, UMEA_STAFF, DEMO_PASSWORD, "sv");
      maria.go("/contact-points/seinajoki?lang=fi");
      WebElement mariaSlot = testHome(maria, "Opastettu testikotivierailu");
      assertThat(mariaSlot.getText()).contains("1/2 paikkaa vapaana");
      reached(maria, "fi-contact-point-visits");
      johan.go("/contact-points/seinajoki?lang=sv");
      WebElement johanSlot = testHome(johan, "Guidat besök i testhemmet");
      assertThat(johanSlot.getText()).contains("1 av 2 platser lediga");
      reached(johan, "sv-contact-point-visits");

      mariaSlot.findElement(By.cssSelector("form[action$='/book'] button[type=submit]")).click();
      waiting(maria).until(d -> maria.path().equals("/account/visits"));
      assertThat(maria.driver.findElement(By.cssSelector("main")).getText())
          .contains("Vierailusi", "Paikkasi on varattu", "Opastettu testikotivierailu");
      reached(maria, "fi-my-visits");

      johanSlot.findElement(By.cssSelector("form[action$='/book'] button[type=submit]")).click();
      waiting(johan).until(d -> johan.path().startsWith("/visits/"));
      assertThat(johan.driver.findElement(By.cssSelector("main")).getText()).contains("besöket är fullbokat");
      reached(johan, "sv-visit-full");
      johan.driver.findElement(By.linkText("Tillbaka till besöken")).click();
      waiting(johan).until(d -> johan.path().equals("/contact-points/seinajoki"));
      assertThat(testHome(johan, "Guidat besök i testhemmet").getText()).contains("Fullbokat");
    }
    try (Browser liisa = Browser.open(app.port(), true)) {
      signIn(liisa, SEINAJOKI_STAFF, DEMO_PASSWORD, "en");
      liisa.go("/contact-points/seinajoki/visits?lang=en");
      assertThat(liisa.driver.findElement(By.cssSelector("main")).getText()).contains("Anna Rinne", "Maria Hakala",
          "https://meet.example.org/ntc-seinajoki-study-visit");
      reached(liisa, "en-visit-manage");
      liisa.driver.findElement(By.cssSelector("form[action='/contact-points/seinajoki/visits'] button[type=submit]")).click();
      waiting(liisa).until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
      reached(liisa, "en-visit-manage-refused");
    }
    assertThat(violations).isEmpty();
  }
}
