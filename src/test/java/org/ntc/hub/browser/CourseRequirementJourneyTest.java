package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo's Lakeus admin Anna Rinne opens her organisation's blood-pressure pilot: the course its
 * staff should complete, how many members completed it, and the form with which she adds the
 * dispenser course. A visitor reads Norrkusten's adoption record with its course. Axe on every page.
 */
class CourseRequirementJourneyTest extends BrowserJourney {
  private static final String PILOT = "/pilots/00000000-0000-4000-e000-000000000201";
  private static final String NORRKUSTEN_ADOPTION = "/adoptions/00000000-0000-4000-a180-000000000010";
  private static final String DISPENSER_COURSE = "00000000-0000-4000-c000-000000000001";

  @Test
  @DisplayName("an organisation's admin sees the pilot's required courses with counts and adds one; a visitor reads an adoption's courses")
  void adminNamesCourses() {
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "anna.rinne@lakeus.example", DEMO_PASSWORD, "fi");
      browser.go(PILOT + "?lang=fi");
      String section = browser.driver.findElement(By.id("courses")).getText();
      assertThat(section).contains("Kurssit, jotka henkilöstön kannattaa suorittaa", "Verenpaineen etäseuranta kotihoidossa", "jäsenestä");
      reached(browser, "fi-pilot-courses");

      browser.driver.findElement(By.cssSelector("#courses input[value='" + DISPENSER_COURSE + "']")).click();
      browser.driver.findElement(By.cssSelector("#courses-form button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("courses=saved"));
      assertThat(browser.driver.findElement(By.cssSelector("#courses [role=status]")).getText()).isEqualTo("Kurssit on tallennettu.");
      assertThat(browser.driver.findElement(By.cssSelector("#courses ul")).getText()).contains("Lääkeannostelija kotona");
      reached(browser, "fi-pilot-courses-saved");
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      for (String lang : new String[] {"sv", "en"}) {
        visitor.go(NORRKUSTEN_ADOPTION + "?lang=" + lang);
        assertThat(visitor.driver.findElement(By.id("courses")).findElements(By.cssSelector("a[href='/courses/" + DISPENSER_COURSE + "']")))
            .hasSize(1);
        assertThat(visitor.driver.findElements(By.cssSelector("#courses form"))).isEmpty();
        reached(visitor, lang + "-adoption-courses");
      }
    }
    assertThat(violations).isEmpty();
  }
}
