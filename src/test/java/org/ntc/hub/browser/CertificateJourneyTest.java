package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Someone handed a certificate of completion checks its code on /certificates, in Finnish, Swedish and
 * English, with and without JavaScript: a right code shows the course, the learner and the day; a
 * mistyped one says it is not a valid certificate. Axe and the phone width on every page reached.
 */
class CertificateJourneyTest extends BrowserJourney {
  private static final String LEARNER = "liisa.koskinen@ntc-hub.example";

  @Test
  @DisplayName("a visitor types a certificate's code and reads whether it is valid, for which course, whose and when")
  void checkACode() {
    JsonObject course = http.get("/api/v1/courses?audience=professionals&lang=en", null).json().getJsonArray("items").getJsonObject(0);
    String code = "Journey" + UUID.randomUUID().toString().replace("-", "");
    app.execute("INSERT INTO course_completion (account_id, course_id, completed_at, certificate_code, learner_name, lang) "
        + "SELECT id, '" + course.getString("id") + "', '2026-11-20T10:00:00Z', '" + code + "', 'Liisa Koskinen', 'fi' "
        + "FROM account WHERE email = '" + LEARNER + "'");
    for (boolean javascript : List.of(true, false)) {
      try (Browser visitor = Browser.open(app.port(), javascript)) {
        for (String lang : List.of("fi", "sv", "en")) {
          String name = lang + "-certificate" + (javascript ? "" : "-nojs");
          visitor.go("/certificates?lang=" + lang);
          reached(visitor, name + "-form");
          visitor.driver.findElement(By.id("code")).sendKeys(" " + code + " ");
          visitor.driver.findElement(By.cssSelector("form.certificate-form button[type=submit]")).click();
          waiting(visitor).until(d -> visitor.path().equals("/certificates/" + code));
          String main = visitor.driver.findElement(By.tagName("main")).getText();
          assertThat(main).contains("Liisa Koskinen").doesNotContain(LEARNER);
          assertThat(visitor.driver.findElements(By.cssSelector("main .certificate-course a[href='/courses/"
              + course.getString("id") + "']"))).hasSize(1);
          reached(visitor, name + "-valid");

          visitor.driver.findElement(By.id("code")).clear();
          visitor.driver.findElement(By.id("code")).sendKeys(code.toLowerCase(java.util.Locale.ROOT));
          visitor.driver.findElement(By.cssSelector("form.certificate-form button[type=submit]")).click();
          waiting(visitor).until(d -> !d.findElements(By.cssSelector("main .certificate-invalid")).isEmpty());
          assertThat(visitor.driver.findElement(By.tagName("main")).getText()).doesNotContain("Liisa Koskinen");
          reached(visitor, name + "-invalid");
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
