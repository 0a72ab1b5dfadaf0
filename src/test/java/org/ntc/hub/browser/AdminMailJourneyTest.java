package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.OutboxRows;
import org.ntc.hub.support.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin reads the outbox, in Finnish, Swedish and English: from /admin to the mail page,
 * narrows it to one address, reads a mail's text and its HTML part, pages on, and finds an
 * address with no mail. Every page reached is checked with axe-core and at phone width, with a
 * long address, a long link and a long server error on it.
 */
class AdminMailJourneyTest extends BrowserJourney {
  private static final String ADDRESS = "hyvinvointialueen.kotihoidon.palveluohjaus.etela-pohjanmaa@journey-mail.example";
  private static final Map<String, String> FAILED = Map.of("fi", "Epäonnistui", "sv", "Misslyckades", "en", "Failed");

  @BeforeAll
  static void queueMail() {
    app.execute(OutboxRows.queueTo(22, ADDRESS));
    app.execute(OutboxRows.queue(1, "refused-with-a-very-long-local-part-that-a-phone-must-wrap"));
    app.execute("""
        UPDATE mail_outbox SET status = 'failed', attempts = 3, last_error = 'recipient address not accepted: 550 5.1.1 '
          || repeat('mailbox-unavailable-', 12) WHERE to_address LIKE 'refused-with-%'""");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("an admin reads the outbox: filters by address, reads a mail's text and HTML, pages on, and sees why a mail failed")
  void adminReadsOutbox(String lang) {
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "admin@ntc.test", TestApp.ADMIN_PASSWORD, lang);
      browser.go("/admin?lang=" + lang);
      browser.driver.findElement(By.cssSelector("main a[href='/admin/mail']")).click();
      waiting(browser).until(d -> browser.path().equals("/admin/mail"));
      WebElement failed = browser.driver.findElements(By.cssSelector("main .mail-item")).stream()
          .filter(item -> item.getText().contains("refused-with-")).findFirst().orElseThrow();
      assertThat(failed.findElement(By.cssSelector(".badge")).getText()).isEqualTo(FAILED.get(lang));
      assertThat(failed.findElement(By.cssSelector(".mail-error")).getText()).contains("550 5.1.1");
      reached(browser, lang + "-admin-mail");

      WebElement to = browser.driver.findElement(By.id("mail-to"));
      to.clear();
      to.sendKeys(ADDRESS);
      browser.driver.findElement(By.cssSelector("main form.filters button[type=submit]")).click();
      waiting(browser).until(d -> browser.driver.getCurrentUrl().contains("to="));
      assertThat(browser.driver.findElements(By.cssSelector("main .mail-item"))).hasSize(20);
      WebElement newest = browser.driver.findElement(By.cssSelector("main .mail-item"));
      newest.findElement(By.cssSelector("details summary")).click();
      String text = newest.findElement(By.cssSelector(".mail-text")).getText();
      assertThat(text).contains("http://localhost:8080/");
      reached(browser, lang + "-admin-mail-filtered");

      String subject = newest.findElement(By.cssSelector(".mail-subject")).getText();
      newest.findElement(By.cssSelector("a[href$='/html']")).click();
      waiting(browser).until(d -> browser.path().endsWith("/html"));
      assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains(subject);
      browser.driver.navigate().back();
      waiting(browser).until(d -> browser.path().equals("/admin/mail"));

      browser.driver.findElement(By.cssSelector("main nav.pager a[rel=next]")).click();
      waiting(browser).until(d -> browser.driver.getCurrentUrl().contains("page=2"));
      assertThat(browser.driver.findElements(By.cssSelector("main .mail-item"))).hasSize(2);
      reached(browser, lang + "-admin-mail-page-2");

      browser.go("/admin/mail?lang=" + lang + "&to=nobody%40journey-mail.example");
      assertThat(browser.driver.findElement(By.cssSelector("main .mail-empty")).getText()).contains("nobody@journey-mail.example");
      reached(browser, lang + "-admin-mail-empty");
    }
    assertThat(violations).isEmpty();
  }
}
