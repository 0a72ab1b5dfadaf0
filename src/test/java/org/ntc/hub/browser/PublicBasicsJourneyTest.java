package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public-sector basics: a visitor finds the accessibility statement and the privacy notice
 * in the footer in Finnish, Swedish and English, and sends feedback on accessibility without an
 * account; Seinäjoki's staff (the demo's Liisa Koskinen), whose queue is open, see it arrive live
 * and open it with the address to answer. Axe on every page reached.
 */
class PublicBasicsJourneyTest extends BrowserJourney {
  private static final String SEINAJOKI = "liisa.koskinen@ntc-hub.example";

  @Test
  @DisplayName("a visitor opens the statement and the notice from the footer in fi, sv and en, gives feedback, and staff see it in the queue")
  void statementNoticeAndFeedback() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    try (Browser visitor = Browser.open(app.port(), true); Browser liisa = Browser.open(app.port(), true)) {
      for (String lang : List.of("fi", "sv", "en")) {
        visitor.go("/showcases?lang=" + lang);
        visitor.driver.findElement(By.cssSelector("footer a[href='/privacy']")).click();
        waiting(visitor).until(d -> visitor.path().equals("/privacy"));
        assertThat(visitor.driver.findElement(By.tagName("main")).getText()).contains("ntc_token", "ntc_csrf", "ntc_lang");
        reached(visitor, lang + "-privacy");
        visitor.driver.findElement(By.cssSelector("footer a[href='/accessibility']")).click();
        waiting(visitor).until(d -> visitor.path().equals("/accessibility"));
        assertThat(visitor.driver.findElement(By.tagName("main")).getText()).contains("EN 301 549", "WCAG 2.1");
        reached(visitor, lang + "-accessibility");
      }

      signIn(liisa, SEINAJOKI, DEMO_PASSWORD, "fi");
      liisa.go("/advice?lang=fi");
      waiting(liisa).until(d -> "open".equals(liisa.script("return document.documentElement.dataset.live")));

      visitor.go("/accessibility?lang=fi");
      visitor.driver.findElement(By.cssSelector("form[action='/accessibility/feedback'] button[type=submit]")).click();
      waiting(visitor).until(d -> !d.findElements(By.cssSelector("main .error-summary")).isEmpty());
      assertThat(visitor.driver.findElement(By.cssSelector("main .error-summary")).getText()).contains("sähköpostiosoite");
      reached(visitor, "fi-accessibility-refused");
      visitor.driver.findElement(By.id("page")).sendKeys("Koulutukset " + marker);
      visitor.driver.findElement(By.id("description")).sendKeys("Painikkeiden kontrasti on minulle liian heikko.");
      visitor.driver.findElement(By.id("name")).sendKeys("Aino Lukija");
      visitor.driver.findElement(By.id("email")).sendKeys("aino.lukija@example.org");
      visitor.driver.findElement(By.cssSelector("form[action='/accessibility/feedback'] button[type=submit]")).click();
      waiting(visitor).until(d -> d.getCurrentUrl().contains("sent=1"));
      assertThat(visitor.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Kiitos");
      reached(visitor, "fi-accessibility-sent");

      WebElement notice = liisa.driver.findElement(By.cssSelector("[data-advice-notice]"));
      waiting(liisa).until(d -> notice.isDisplayed());
      assertThat(notice.getText()).contains("Saavutettavuuspalaute: Koulutukset " + marker);
      reached(liisa, "fi-advice-queue-live");
      liisa.go("/advice?lang=fi&status=new&contactPoint=seinajoki");
      String thread = null;
      for (int page = 2; thread == null && page < 30; page++) {
        List<WebElement> links = liisa.driver.findElements(By.xpath("//main//a[contains(., '" + marker + "')]"));
        if (!links.isEmpty()) thread = links.get(0).getAttribute("href");
        else liisa.go("/advice?lang=fi&status=new&contactPoint=seinajoki&page=" + page);
      }
      assertThat(thread).isNotNull();
      liisa.driver.get(thread);
      assertThat(liisa.driver.findElement(By.tagName("main")).getText()).contains("Saavutettavuuspalaute", "aino.lukija@example.org");
      reached(liisa, "fi-advice-feedback-thread");
    }
    assertThat(violations).isEmpty();
  }
}
