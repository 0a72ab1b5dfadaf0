package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.Users;
import org.openqa.selenium.By;

/**
 * A person registers, confirms their address from the mailed link (a button, never the link
 * alone), forgets their password, resets it from the mailed link and signs in with the new one;
 * in Finnish, Swedish and English, and once without JavaScript. The links are read from the
 * outbox as an admin reads it. Every page reached, refused forms among them, is checked with axe-core.
 */
class AccountLifecycleJourneyTest extends BrowserJourney {
  private static final String NEW_PASSWORD = "amber harbour lighthouse tram";

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("register, confirm the address, forget the password, reset it from the mail and sign in")
  void lifecycle(String lang) {
    journey(lang, true);
  }

  @Test
  @DisplayName("the account lifecycle works without JavaScript")
  void withoutJavaScript() {
    journey("sv", false);
  }

  private void journey(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Users users = new Users(http);
    try (Browser browser = Browser.open(app.port(), javascript)) {
      browser.go("/register?lang=" + lang);
      browser.driver.findElement(By.id("name")).sendKeys(Map.of("fi", "Aino Mäkelä", "sv", "Ebba Holm", "en", "Ruth Evans").get(lang));
      browser.driver.findElement(By.id("email")).sendKeys(email);
      browser.driver.findElement(By.id("password")).sendKeys(Users.PASSWORD);
      browser.driver.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/account"));
      assertThat(browser.driver.findElements(By.cssSelector(".verify-banner"))).hasSize(1);
      reached(browser, lang + "-account-unverified" + suffix);

      browser.driver.findElement(By.cssSelector("main a[href='/account/settings']")).click();
      waiting(browser).until(d -> browser.path().equals("/account/settings"));
      browser.driver.findElement(By.cssSelector(".verify-banner button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("sent=1"));
      reached(browser, lang + "-settings-unverified" + suffix);

      browser.go("/verify-email?token=" + users.link(email, "verify-email"));
      reached(browser, lang + "-verify-email" + suffix);
      browser.driver.findElement(By.cssSelector("form[action='/verify-email'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("done=1"));
      assertThat(browser.driver.findElements(By.cssSelector(".verify-banner"))).isEmpty();
      reached(browser, lang + "-verify-email-done" + suffix);

      browser.go("/account");
      browser.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
      waiting(browser).until(d -> browser.path().equals("/"));
      browser.go("/login?lang=" + lang);
      browser.driver.findElement(By.cssSelector("main a[href='/forgot-password']")).click();
      waiting(browser).until(d -> browser.path().equals("/forgot-password"));
      reached(browser, lang + "-forgot-password" + suffix);
      browser.driver.findElement(By.cssSelector("form[action='/forgot-password'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#email']")).isEmpty());
      reached(browser, lang + "-forgot-password-refused" + suffix);
      browser.driver.findElement(By.id("email")).sendKeys(email);
      browser.driver.findElement(By.cssSelector("form[action='/forgot-password'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("sent=1"));
      reached(browser, lang + "-forgot-password-sent" + suffix);

      browser.go("/reset-password?token=" + users.link(email, "reset-password"));
      reached(browser, lang + "-reset-password" + suffix);
      browser.driver.findElement(By.id("password")).sendKeys("short");
      browser.driver.findElement(By.cssSelector("form[action='/reset-password'] button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#password']")).isEmpty());
      reached(browser, lang + "-reset-password-refused" + suffix);
      browser.driver.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
      browser.driver.findElement(By.cssSelector("form[action='/reset-password'] button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/login"));
      assertThat(browser.driver.findElement(By.cssSelector("main .notice")).getText()).isNotBlank();
      reached(browser, lang + "-login-after-reset" + suffix);

      signIn(browser, email, NEW_PASSWORD, lang);
      assertThat(browser.path()).isEqualTo("/account");
      browser.go("/account/settings");
      reached(browser, lang + "-settings" + suffix);
    }
    assertThat(violations).isEmpty();
  }
}
