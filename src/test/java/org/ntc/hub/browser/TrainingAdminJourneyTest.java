package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff run a training from the browser: they offer it on /trainings/new, a nurse enrols, staff
 * cancel it with a reason, and the nurse finds the cancellation on the training page and on her
 * account page. Every page reached is checked with axe-core, in Finnish, Swedish and English.
 */
class TrainingAdminJourneyTest extends BrowserJourney {
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";
  private static final String NURSE = "anna.rinne@lakeus.example";
  private static final Map<String, String> CANCELLED = Map.of("fi", "Tämä koulutus on peruttu", "sv", "Den här utbildningen är inställd",
      "en", "This training is cancelled");
  private static final Map<String, String> CANCELLED_SHORT = Map.of("fi", "järjestäjä perui koulutuksen", "sv", "inställd av arrangören",
      "en", "cancelled by the organiser");

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff offer a training and cancel it; the enrolled nurse sees the cancellation and its reason")
  void offerAndCancel(String lang) {
    String title = "Robot vacuum pilot " + lang + " " + System.nanoTime();
    String reason = "The trainer is ill (" + lang + ").";
    String trainingPath;
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, STAFF, DEMO_PASSWORD, lang);
      staff.go("/trainings");
      reached(staff, lang + "-trainings-staff");
      staff.driver.findElement(By.cssSelector("main a[href='/trainings/new']")).click();
      waiting(staff).until(d -> staff.path().equals("/trainings/new"));
      reached(staff, lang + "-training-new");
      staff.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(30);
      staff.script("document.getElementById('startsAt').value = arguments[0];"
          + "document.getElementById('endsAt').value = arguments[1];", day + "T09:00", day + "T12:00");
      WebElement capacity = staff.driver.findElement(By.id("capacity"));
      capacity.clear();
      capacity.sendKeys("8");
      staff.driver.findElement(By.id("room")).sendKeys("Showroom A");
      staff.driver.findElement(By.cssSelector("form[action='/trainings/new'] button[type=submit]")).click();
      waiting(staff).until(d -> staff.path().matches("/trainings/[0-9a-f-]{36}"));
      trainingPath = staff.path();
      assertThat(staff.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(staff, lang + "-training-created");

      try (Browser nurse = Browser.open(app.port(), true)) {
        signIn(nurse, NURSE, DEMO_PASSWORD, lang);
        nurse.go(trainingPath);
        nurse.driver.findElement(By.cssSelector("form[action$='/enrol'] button[type=submit]")).click();
        waiting(nurse).until(d -> !d.findElements(By.cssSelector("form[action$='/cancel']")).isEmpty());

        staff.driver.findElement(By.cssSelector("main a[href$='/edit']")).click();
        waiting(staff).until(d -> staff.path().endsWith("/edit"));
        reached(staff, lang + "-training-edit");
        staff.driver.findElement(By.cssSelector("form[action$='/cancellation'] button[type=submit]")).click();
        waiting(staff).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#reason']")).isEmpty());
        reached(staff, lang + "-training-cancel-refused");
        staff.driver.findElement(By.id("reason")).sendKeys(reason);
        staff.driver.findElement(By.cssSelector("form[action$='/cancellation'] button[type=submit]")).click();
        waiting(staff).until(d -> staff.path().equals(trainingPath));
        assertThat(staff.driver.findElement(By.cssSelector("#cancelled h2")).getText()).isEqualTo(CANCELLED.get(lang));

        nurse.go(trainingPath);
        assertThat(nurse.driver.findElement(By.cssSelector("#cancelled h2")).getText()).isEqualTo(CANCELLED.get(lang));
        assertThat(nurse.driver.findElement(By.cssSelector("#cancelled q")).getText()).isEqualTo(reason);
        reached(nurse, lang + "-training-cancelled");
        nurse.go("/account");
        WebElement mine = nurse.driver.findElement(By.xpath("//main//li[a[@href='" + trainingPath + "']]"));
        assertThat(mine.getText()).contains(CANCELLED_SHORT.get(lang));
        reached(nurse, lang + "-account-cancelled-training");
      }
    }
    assertThat(violations).isEmpty();
  }
}
