package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * A nurse (the demo's Anna Rinne) saves Hoivatek's blood pressure showcase and finds it in her
 * saved list, without JavaScript; Hoivatek's Maria Hakala opens the showcase's analytics from its
 * page and reads the chart's figures in the table beside it. Axe on every page reached.
 */
class ShowcaseAnalyticsJourneyTest extends BrowserJourney {
  private static final String SHOWCASE = "/showcases/00000000-0000-4000-a000-000000000001";

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a nurse saves a showcase; its company opens the showcase's analytics from its page")
  void saveThenAnalytics(String lang) {
    try (Browser nurse = Browser.open(app.port(), false)) {
      signIn(nurse, "anna.rinne@lakeus.example", DEMO_PASSWORD, lang);
      nurse.go(SHOWCASE + "?lang=" + lang);
      By save = By.cssSelector("form#save[action$='/save'] button[type=submit]");
      if (!nurse.driver.findElements(save).isEmpty()) {
        reached(nurse, lang + "-showcase-save");
        nurse.driver.findElement(save).click();
        waiting(nurse).until(d -> !d.findElements(By.cssSelector("form#save[action$='/unsave']")).isEmpty());
      }
      reached(nurse, lang + "-showcase-saved");
      nurse.go("/account/saved?lang=" + lang);
      assertThat(nurse.driver.findElements(By.cssSelector(".saved-list a[href='" + SHOWCASE + "']"))).hasSize(1);
      reached(nurse, lang + "-saved-list");
    }
    try (Browser company = Browser.open(app.port(), true)) {
      signIn(company, "maria.hakala@hoivatek.example", DEMO_PASSWORD, lang);
      company.go(SHOWCASE + "?lang=" + lang);
      company.driver.findElement(By.cssSelector("main a[href='" + SHOWCASE + "/analytics']")).click();
      waiting(company).until(d -> company.path().equals(SHOWCASE + "/analytics"));
      assertThat(company.driver.findElements(By.cssSelector("main svg[role=img]"))).hasSize(1);
      assertThat(company.driver.findElements(By.cssSelector("main table.analytics-table"))).hasSize(3);
      assertThat(company.driver.findElements(By.cssSelector("main table.analytics-table tbody tr")).size())
          .isGreaterThanOrEqualTo(12 + 4 + 4);
      reached(company, lang + "-analytics");
    }
    assertThat(violations).isEmpty();
  }
}
