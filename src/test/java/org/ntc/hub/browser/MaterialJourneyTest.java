package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff share learning material: upload a file on /materials/new, find it in the list, rename it
 * and withdraw it; in Finnish, Swedish and English, and once without JavaScript. Every page
 * reached, the refused form among them, is checked with axe-core.
 */
class MaterialJourneyTest extends BrowserJourney {
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff upload a file, see it listed, rename it and withdraw it")
  void staffShareMaterial(String lang) throws IOException {
    journey(lang, true);
  }

  @Test
  @DisplayName("the material journey works without JavaScript")
  void withoutJavaScript() throws IOException {
    journey("fi", false);
  }

  private void journey(String lang, boolean javascript) throws IOException {
    String suffix = javascript ? "" : "-nojs";
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String title = Map.of("fi", "Etäkuntoutuksen aloitusopas", "sv", "Startguide för distansrehabilitering",
        "en", "Getting started with remote rehabilitation").get(lang) + " " + tag;
    String renamed = Map.of("fi", "Etäkuntoutuksen opas", "sv", "Guide för distansrehabilitering",
        "en", "Remote rehabilitation guide").get(lang) + " " + tag;
    Path pdf = Files.createTempFile("material-", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
    try (Browser browser = Browser.open(app.port(), javascript)) {
      signIn(browser, STAFF, DEMO_PASSWORD, lang);
      browser.go("/materials?lang=" + lang);
      reached(browser, lang + "-materials-staff" + suffix);
      browser.driver.findElement(By.cssSelector("main a[href='/materials/new']")).click();
      waiting(browser).until(d -> browser.path().equals("/materials/new"));
      reached(browser, lang + "-material-new" + suffix);

      browser.driver.findElement(By.cssSelector("form.material-form button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
      assertThat(browser.driver.findElements(By.cssSelector(".error-summary a[href='#file']"))).hasSize(1);
      reached(browser, lang + "-material-new-refused" + suffix);

      browser.driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
      browser.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      new Select(browser.driver.findElement(By.id("topic"))).selectByValue("rehabilitation");
      new Select(browser.driver.findElement(By.id("language"))).selectByValue(lang);
      browser.driver.findElement(By.cssSelector("form.material-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/materials"));
      WebElement card = card(browser, title);
      assertThat(card.getText()).contains("PDF").doesNotContain("application/pdf");
      assertThat(card.findElements(By.cssSelector("p.muted"))).extracting(WebElement::getText)
          .as("topic and language in words, never their codes").noneMatch(text -> text.startsWith("rehabilitation"));
      reached(browser, lang + "-materials-added" + suffix);

      card.findElement(By.cssSelector("a[href$='/edit']")).click();
      waiting(browser).until(d -> browser.path().matches("/materials/[0-9a-f-]{36}/edit"));
      reached(browser, lang + "-material-edit" + suffix);
      WebElement field = browser.driver.findElement(By.id("title_" + lang));
      field.clear();
      field.sendKeys(renamed);
      browser.driver.findElement(By.cssSelector("form.material-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/materials"));
      card = card(browser, renamed);
      reached(browser, lang + "-materials-saved" + suffix);

      card.findElement(By.cssSelector("a[href$='/withdraw']")).click();
      waiting(browser).until(d -> browser.path().matches("/materials/[0-9a-f-]{36}/withdraw"));
      reached(browser, lang + "-material-withdraw" + suffix);
      browser.driver.findElement(By.cssSelector("main form button.danger")).click();
      waiting(browser).until(d -> browser.path().equals("/materials"));
      assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain(renamed);
      assertThat(browser.driver.findElements(By.cssSelector("main [role=status]"))).hasSize(1);
      reached(browser, lang + "-materials-withdrawn" + suffix);
    } finally {
      Files.deleteIfExists(pdf);
    }
    assertThat(violations).isEmpty();
  }

  private static WebElement card(Browser browser, String title) {
    return browser.driver.findElements(By.cssSelector("main li.card")).stream().filter(c -> c.getText().contains(title)).findFirst()
        .orElseThrow(() -> new AssertionError(title + " is not listed"));
  }
}
