package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Staff run a training from the browser: they offer it on /trainings/new, a nurse enrols, staff
 * cancel it with a reason, and the nurse finds the cancellation on the training page and on her
 * account page (with JavaScript, the page she has open says at once that the training changed). Every page reached is checked with axe-core, in Finnish, Swedish and English.
 */
class TrainingAdminJourneyTest extends BrowserJourney {
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";
  private static final String NURSE = "anna.rinne@lakeus.example";
  private static final Map<String, String> CANCELLED = Map.of("fi", "Tämä koulutus on peruttu", "sv", "Den här utbildningen är inställd",
      "en", "This training is cancelled");
  private static final Map<String, String> CHANGED = Map.of("fi", "Tätä koulutusta on muutettu. Lataa sivu uudelleen nähdäksesi uusimmat"
      + " tiedot", "sv", "Utbildningen har ändrats. Ladda om sidan för att se det senaste", "en",
      "This training has changed. Reload to see the latest");
  private static final Map<String, String> CANCELLED_SHORT = Map.of("fi", "järjestäjä perui koulutuksen", "sv", "inställd av arrangören",
      "en", "cancelled by the organiser");

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff offer a training and cancel it; the enrolled nurse sees the cancellation and its reason")
  void offerAndCancel(String lang) {
    journey(lang, true);
  }

  @ParameterizedTest(name = "[{0}] without JavaScript")
  @ValueSource(strings = {"fi"})
  @DisplayName("offering and cancelling a training works without JavaScript")
  void offerAndCancelWithoutJavaScript(String lang) {
    journey(lang, false);
  }

  /** Types a local date and time as a person does: the browser's own date-time field (en-US order here). */
  private static void typeTime(Browser browser, String id, LocalDate day, int hour) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.sendKeys(String.format("%02d%02d%d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()), Keys.TAB,
        String.format("%02d00AM", hour));
  }

  private void journey(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String title = "Robot vacuum pilot " + lang + " " + System.nanoTime();
    String reason = "The trainer is ill (" + lang + ").";
    String trainingPath;
    try (Browser staff = Browser.open(app.port(), javascript)) {
      signIn(staff, STAFF, DEMO_PASSWORD, lang);
      staff.go("/trainings");
      reached(staff, lang + "-trainings-staff" + suffix);
      staff.driver.findElement(By.cssSelector("main a[href='/trainings/new']")).click();
      waiting(staff).until(d -> staff.path().equals("/trainings/new"));
      reached(staff, lang + "-training-new" + suffix);
      staff.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(30);
      typeTime(staff, "startsAt", day, 9);
      typeTime(staff, "endsAt", day, 11);
      WebElement capacity = staff.driver.findElement(By.id("capacity"));
      capacity.clear();
      capacity.sendKeys("8");
      staff.driver.findElement(By.id("room")).sendKeys("Showroom A");
      staff.driver.findElement(By.cssSelector("form[action='/trainings/new'] button[type=submit]")).click();
      waiting(staff).until(d -> staff.path().matches("/trainings/[0-9a-f-]{36}"));
      trainingPath = staff.path();
      String startsAt = http.get("/api/v1/trainings/" + trainingPath.substring("/trainings/".length()), null).json().getString("startsAt");
      assertThat(OffsetDateTime.parse(startsAt).toInstant()).as("typed in Seinäjoki's local time")
          .isEqualTo(day.atTime(9, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
      assertThat(staff.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(staff, lang + "-training-created" + suffix);

      try (Browser nurse = Browser.open(app.port(), javascript)) {
        signIn(nurse, NURSE, DEMO_PASSWORD, lang);
        nurse.go(trainingPath);
        nurse.driver.findElement(By.cssSelector("form[action$='/enrol'] button[type=submit]")).click();
        waiting(nurse).until(d -> !d.findElements(By.cssSelector("form[action$='/cancel']")).isEmpty());
        if (javascript) waiting(nurse).until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-live")));

        staff.driver.findElement(By.cssSelector("main a[href$='/edit']")).click();
        waiting(staff).until(d -> staff.path().endsWith("/edit"));
        reached(staff, lang + "-training-edit" + suffix);
        staff.driver.findElement(By.cssSelector("form[action$='/cancellation'] button[type=submit]")).click();
        waiting(staff).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#reason']")).isEmpty());
        reached(staff, lang + "-training-cancel-refused" + suffix);
        staff.driver.findElement(By.id("reason")).sendKeys(reason);
        staff.driver.findElement(By.cssSelector("form[action$='/cancellation'] button[type=submit]")).click();
        waiting(staff).until(d -> staff.path().equals(trainingPath));
        assertThat(staff.driver.findElement(By.cssSelector("#cancelled h2")).getText()).isEqualTo(CANCELLED.get(lang));

        if (javascript) {
          WebElement changed = nurse.driver.findElement(By.cssSelector("main [data-live-changed] .notice"));
          waiting(nurse).until(d -> changed.isDisplayed());
          assertThat(changed.getText()).isEqualTo(CHANGED.get(lang));
          reached(nurse, lang + "-training-changed-live");
        }
        nurse.go(trainingPath);
        assertThat(nurse.driver.findElement(By.cssSelector("#cancelled h2")).getText()).isEqualTo(CANCELLED.get(lang));
        assertThat(nurse.driver.findElement(By.cssSelector("#cancelled q")).getText()).isEqualTo(reason);
        reached(nurse, lang + "-training-cancelled" + suffix);
        nurse.go("/account");
        WebElement mine = nurse.driver.findElement(By.xpath("//main//li[a[@href='" + trainingPath + "']]"));
        assertThat(mine.getText()).contains(CANCELLED_SHORT.get(lang));
        reached(nurse, lang + "-account-cancelled-training" + suffix);
      }
    }
    assertThat(violations).isEmpty();
  }
}
