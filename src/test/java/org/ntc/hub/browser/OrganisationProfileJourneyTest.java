package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A company's admin (the demo's Maria Hakala of Hoivatek) opens the public profile, edits it,
 * is told what was wrong with a bad web address, fixes it and sees the profile in the language
 * she reads. Axe on every page reached.
 */
class OrganisationProfileJourneyTest extends BrowserJourney {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("an organisation's admin edits its profile, with a refused web address shown on the form first")
  void adminEditsProfile(String lang) {
    String hoivatek = http.get("/api/v1/organisations?q=hoivatek", null).json().getJsonArray("items").stream()
        .map(o -> (JsonObject) o).filter(o -> o.getString("name").equals("Hoivatek Oy")).findFirst().orElseThrow().getString("id");
    String text = Map.of("fi", "Etämittauksen ratkaisuja kotihoitoon.", "sv", "Lösningar för distansmätning i hemvården.",
        "en", "Remote measuring for home care.").get(lang);
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "maria.hakala@hoivatek.example", DEMO_PASSWORD, lang);
      browser.go("/organisations/" + hoivatek + "?lang=" + lang);
      assertThat(browser.driver.findElements(By.cssSelector("#offers li"))).as("what Hoivatek offers").isNotEmpty();
      reached(browser, lang + "-organisation-profile");
      browser.driver.findElement(By.cssSelector("a[href='/organisations/" + hoivatek + "/edit']")).click();
      waiting(browser).until(d -> browser.path().endsWith("/edit"));
      reached(browser, lang + "-organisation-edit");

      WebElement website = browser.driver.findElement(By.id("website"));
      website.clear();
      website.sendKeys("hoivatek dot example");
      WebElement description = browser.driver.findElement(By.id("description_" + lang));
      description.clear();
      description.sendKeys(text);
      browser.driver.findElement(By.cssSelector("form[action$='/edit'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#website']")).isEmpty());
      assertThat(browser.driver.findElement(By.id("description_" + lang)).getAttribute("value")).isEqualTo(text);
      reached(browser, lang + "-organisation-edit-refused");

      website = browser.driver.findElement(By.id("website"));
      website.clear();
      website.sendKeys("https://hoivatek.example");
      browser.driver.findElement(By.cssSelector("form[action$='/edit'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("saved=1"));
      assertThat(browser.driver.findElement(By.cssSelector("main [role=status]")).isDisplayed()).isTrue();
      assertThat(browser.driver.findElement(By.cssSelector("main .lead")).getText()).isEqualTo(text);
      reached(browser, lang + "-organisation-saved");
    }
    assertThat(violations).isEmpty();
  }
}
