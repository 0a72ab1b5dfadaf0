package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff at Seinäjoki evaluate the demo blood pressure pilot after MAST on its form: a rating
 * without a finding is refused on the form, then saved; the showcase's evidence profile then
 * shows the finding, dated and attributed, to a visitor. In Finnish, Swedish and English, and
 * once without JavaScript; every page reached is checked with axe-core.
 */
class EvaluationJourneyTest extends BrowserJourney {
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";
  private static final String PILOT = "00000000-0000-4000-e000-000000000201";
  private static final String SHOWCASE = "00000000-0000-4000-a000-000000000001";
  private static final String DOMAIN = "socio-cultural-ethical-legal";

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff evaluate a pilot on its form; the showcase's evidence profile shows it")
  void staffEvaluate(String lang) {
    journey(lang, true);
  }

  @Test
  @DisplayName("the evaluation journey works without JavaScript")
  void withoutJavaScript() {
    journey("sv", false);
  }

  private void journey(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String finding = Map.of("fi", "Suostumus kirjattiin jokaiselta asiakkaalta", "sv", "Samtycke dokumenterades för varje klient",
        "en", "Consent was recorded for every client").get(lang) + " " + tag;
    try (Browser browser = Browser.open(app.port(), javascript)) {
      signIn(browser, STAFF, DEMO_PASSWORD, lang);
      browser.go("/pilots/" + PILOT + "?lang=" + lang);
      reached(browser, lang + "-pilot-evaluated" + suffix);
      browser.driver.findElement(By.id("evaluate-link")).click();
      waiting(browser).until(d -> browser.path().equals("/pilots/" + PILOT + "/evaluation"));
      reached(browser, lang + "-evaluation-form" + suffix);

      browser.driver.findElement(By.cssSelector("label[for='domains-" + DOMAIN + "-rating']")).click();
      clearFindings(browser);
      browser.driver.findElement(By.id("save-evaluation")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
      assertThat(browser.driver.findElements(By.cssSelector(".error-summary a[href='#domains-" + DOMAIN + "-finding']"))).hasSize(1);
      reached(browser, lang + "-evaluation-refused" + suffix);

      browser.driver.findElement(By.cssSelector("textarea[name='domains-" + DOMAIN + "-finding_" + lang + "']")).sendKeys(finding);
      browser.driver.findElement(By.id("save-evaluation")).click();
      waiting(browser).until(d -> browser.path().equals("/pilots/" + PILOT));
      assertThat(browser.driver.findElement(By.id("pilot-evaluation")).getText()).contains(finding)
          .doesNotContain("positive", "market-ready", "not-assessed");
      reached(browser, lang + "-pilot-evaluation-saved" + suffix);
    }
    try (Browser visitor = Browser.open(app.port(), javascript)) {
      visitor.go("/showcases/" + SHOWCASE + "?lang=" + lang);
      WebElement domain = visitor.driver.findElement(By.id("evidence-" + DOMAIN));
      assertThat(domain.getText()).contains(finding).doesNotContain("positive", "not-known");
      assertThat(domain.findElements(By.cssSelector("a[href='/pilots/" + PILOT + "']"))).hasSize(1);
      assertThat(domain.findElements(By.cssSelector("time[datetime]"))).hasSize(1);
      assertThat(visitor.driver.findElements(By.cssSelector("#evidence .evidence-domain"))).hasSize(7);
      if (javascript) visitor.script("document.getElementById('evidence').scrollIntoView()");
      reached(visitor, lang + "-showcase-evidence" + suffix);
    }
    assertThat(violations).isEmpty();
  }

  /** The domain's finding, emptied in every language, so that its rating alone is refused. */
  private static void clearFindings(Browser browser) {
    for (WebElement area : browser.driver.findElements(By.cssSelector("textarea[name^='domains-" + DOMAIN + "-finding_']"))) {
      area.clear();
    }
  }
}
