package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Ask the centre: a person asks in Swedish, the question lands in Seinäjoki, whose staff (the
 * demo's Liisa Koskinen) hand it over to Umeå with a note; Umeå's staff (Johan Lindgren) take it
 * and answer; the asker reads the answer and never the note. Axe on every page reached, and none
 * scrolls sideways at phone width.
 */
class AdviceJourneyTest extends BrowserJourney {
  private static final String ASKER = "karin.berg@norrkusten.example";
  private static final String SEINAJOKI = "liisa.koskinen@ntc-hub.example";
  private static final String UMEA = "johan.lindgren@ntc-hub.example";

  @Test
  @DisplayName("a question in Swedish is handed over from Seinäjoki to Umeå and answered there; the asker reads the answer")
  void askHandOverAnswer() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String topic = "Trygghetslarm för min pappa " + marker;
    String note = "Svenskspråkig fråga, Umeå tar den " + marker;
    String answer = "Vi rekommenderar att börja med ett larm med fallsensor. " + marker;
    String thread;

    try (Browser asker = Browser.open(app.port(), true)) {
      signIn(asker, ASKER, DEMO_PASSWORD, "sv");
      asker.go("/account?lang=sv");
      asker.driver.findElement(By.cssSelector("main a[href='/ask']")).click();
      waiting(asker).until(d -> asker.path().equals("/ask"));
      reached(asker, "sv-advice-ask");
      asker.driver.findElement(By.id("topic")).sendKeys(topic);
      asker.driver.findElement(By.id("description")).sendKeys("Min pappa bor ensam i Vasa och har fallit två gånger. Vilket larm passar?");
      new Select(asker.driver.findElement(By.id("language"))).selectByValue("sv");
      new Select(asker.driver.findElement(By.id("country"))).selectByValue("FI");
      new Select(asker.driver.findElement(By.id("organisationType"))).selectByValue("private-person");
      asker.driver.findElement(By.cssSelector("form[action='/ask'] button[type=submit]")).click();
      waiting(asker).until(d -> d.getCurrentUrl().contains("asked=1"));
      thread = asker.path();
      assertThat(asker.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Tack");
      assertThat(asker.driver.findElement(By.tagName("main")).getText()).contains("Ny", "Seinäjoki", "Utlovat senast");
      reached(asker, "sv-advice-asked");
    }

    try (Browser liisa = Browser.open(app.port(), true)) {
      signIn(liisa, SEINAJOKI, DEMO_PASSWORD, "fi");
      liisa.go("/advice?lang=fi");
      reached(liisa, "fi-advice-queue");
      By age = By.cssSelector("main [data-advice-item='" + thread.substring("/ask/".length()) + "'] [data-advice-age]");
      assertThat(liisa.driver.findElement(age).getText()).startsWith("kysytty").endsWith("min sitten");
      // The question was asked three hours before the page was drawn: shown again, the tab says so without a reload.
      liisa.script("var at = new Date(Date.parse(document.querySelector('[data-now]').dataset.now) - 3 * 3600000 - 60000);"
          + "arguments[0].dataset.adviceAge = at.toISOString(); document.dispatchEvent(new Event('visibilitychange'));",
          liisa.driver.findElement(age));
      assertThat(liisa.driver.findElement(age).getText()).isEqualTo("kysytty 3 t sitten");
      liisa.driver.findElement(By.cssSelector("main a[href='" + thread + "']")).click();
      waiting(liisa).until(d -> liisa.path().equals(thread));
      reached(liisa, "fi-advice-staff-thread");
      new Select(liisa.driver.findElement(By.id("contactPoint"))).selectByValue("umea");
      liisa.driver.findElement(By.id("note")).sendKeys(note);
      liisa.driver.findElement(By.cssSelector("form[action$='/handoff'] button[type=submit]")).click();
      waiting(liisa).until(d -> d.getCurrentUrl().contains("handedOver=1"));
      assertThat(liisa.driver.findElement(By.tagName("main")).getText()).contains(note, "Uumaja");
    }

    try (Browser johan = Browser.open(app.port(), true)) {
      signIn(johan, UMEA, DEMO_PASSWORD, "sv");
      johan.go("/advice?lang=sv&contactPoint=umea&status=new");
      assertThat(johan.driver.findElements(By.cssSelector("main a[href='" + thread + "']"))).hasSize(1);
      johan.go(thread + "?lang=sv");
      johan.driver.findElement(By.cssSelector("form[action$='/assign'] button[type=submit]")).click();
      waiting(johan).until(d -> d.getCurrentUrl().contains("assigned=1"));
      assertThat(johan.driver.findElement(By.tagName("main")).getText()).contains("Handläggs", "Johan Lindgren");
      johan.driver.findElement(By.id("text")).sendKeys(answer);
      johan.driver.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
      waiting(johan).until(d -> d.getCurrentUrl().contains("sent=1"));
      reached(johan, "sv-advice-answered");
    }

    try (Browser asker = Browser.open(app.port(), true)) {
      signIn(asker, ASKER, DEMO_PASSWORD, "sv");
      asker.go(thread + "?lang=sv");
      String main = asker.driver.findElement(By.tagName("main")).getText();
      assertThat(main).contains(answer, "Väntar på frågeställaren", "Johan Lindgren", "Umeå").doesNotContain(note);
      assertThat(asker.driver.getPageSource()).doesNotContain("Svenskspråkig fråga");
      reached(asker, "sv-advice-thread-read");
      asker.go("/account?lang=sv");
      String mine = asker.driver.findElement(By.id("my-questions")).getText();
      assertThat(mine).contains(topic, "Väntar på frågeställaren", "Johan Lindgren", "Umeå");
      reached(asker, "sv-account-questions");
    }
    assertThat(violations).isEmpty();
  }
}
