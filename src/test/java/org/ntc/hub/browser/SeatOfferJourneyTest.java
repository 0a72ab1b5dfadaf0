package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo nurse has been offered a freed seat: she finds it on her account page with its deadline,
 * opens the training, and accepts it; every page reached is checked with axe-core.
 */
class SeatOfferJourneyTest extends BrowserJourney {
  private static final String NURSE = "anna.rinne@lakeus.example";

  @Test
  @DisplayName("the demo nurse finds the seat offered to her and accepts it")
  void acceptOfferedSeat() {
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, NURSE, DEMO_PASSWORD, "fi");
      browser.go("/account?lang=fi");
      WebElement offered = browser.driver.findElement(By.xpath("//main//li[contains(., 'sinulle tarjottu paikka')]"));
      assertThat(offered.getText()).contains("Etämittauspakkaus kotihoidon hoitajille", "ota vastaan viimeistään");
      reached(browser, "fi-account-offer");

      offered.findElement(By.cssSelector("a[href$='#offer']")).click();
      waiting(browser).until(d -> browser.path().startsWith("/trainings/"));
      WebElement offer = browser.driver.findElement(By.id("offer"));
      assertThat(offer.getText()).contains("Sinulle on vapautunut paikka. Ota se vastaan viimeistään", "Kieltäydy");
      reached(browser, "fi-training-offer");

      offer.findElement(By.cssSelector("form[action$='/accept'] button[type=submit]")).click();
      waiting(browser).until(d -> d.findElements(By.id("offer")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector("main")).getText()).contains("Ilmoittautumisesi: vahvistettu");
      reached(browser, "fi-training-offer-accepted");
    }
    assertThat(violations).isEmpty();
  }
}
