package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's Nordic home-care matchmaking day in Umeå: a Finnish and a Swedish company both ask
 * Lakeuden hyvinvointialue for a meeting at 10:00. The first gets the slot, the second is told it
 * is taken; the care organisation's nurse accepts, and her schedule shows that one meeting with its
 * table; staff see that meeting in the day's overview. Every page is checked with axe and at phone width.
 */
class MatchmakingJourneyTest extends BrowserJourney {
  private static final String DAY = "/trainings/00000000-0000-4000-b201-000000000001";
  private static final String LAKEUS = "00000000-0000-4000-8000-000000000201";

  /** The 10:00 slot in the request form for Lakeus, whichever way the reader's language writes the time. */
  private static WebElement askLakeusAtTen(Browser browser) {
    WebElement card = browser.driver.findElement(By.id("org-" + LAKEUS));
    Select slot = new Select(card.findElement(By.id("slot-" + LAKEUS)));
    WebElement ten = slot.getOptions().stream().filter(o -> o.getText().startsWith("10:00") || o.getText().startsWith("10.00"))
        .findFirst().orElseThrow();
    slot.selectByValue(ten.getAttribute("value"));
    return card.findElement(By.cssSelector("form.request-form button[type=submit]"));
  }

  @Test
  @DisplayName("two companies ask one care organisation for the same 10:00 slot and only one gets it")
  void sameSlot() {
    try (Browser maria = Browser.open(app.port(), true); Browser erik = Browser.open(app.port(), true)) {
      signIn(maria, "maria.hakala@hoivatek.example", DEMO_PASSWORD, "fi");
      signIn(erik, "erik.nystrom@carelink.example", DEMO_PASSWORD, "sv");
      maria.go(DAY + "?lang=fi");
      assertThat(maria.driver.findElement(By.cssSelector("main dl.facts")).getText()).contains("Matchmaking-päivä");
      reached(maria, "fi-matchmaking-event");
      maria.driver.findElement(By.cssSelector("a[href='" + DAY + "/matchmaking']")).click();
      waiting(maria).until(d -> maria.path().equals(DAY + "/matchmaking"));
      assertThat(maria.driver.findElement(By.id("participants")).getText()).contains("Lakeuden hyvinvointialue", "Nordic CareLink AB");
      reached(maria, "fi-matchmaking");
      erik.go(DAY + "/matchmaking?lang=sv");
      reached(erik, "sv-matchmaking");

      WebElement mariaAsks = askLakeusAtTen(maria);
      WebElement erikAsks = askLakeusAtTen(erik);
      mariaAsks.click();
      waiting(maria).until(gone(mariaAsks));
      waiting(maria).until(d -> !d.findElements(By.id("outgoing")).isEmpty());
      assertThat(maria.driver.findElement(By.id("outgoing")).getText()).contains("Lakeuden hyvinvointialue", "odottaa vastausta");
      reached(maria, "fi-matchmaking-requested");

      erikAsks.click();
      waiting(erik).until(gone(erikAsks));
      waiting(erik).until(d -> !d.findElements(By.cssSelector("main .notice.error")).isEmpty());
      assertThat(erik.driver.findElement(By.cssSelector("main .notice.error")).getText()).contains("Tiden är redan upptagen");
      assertThat(erik.driver.findElement(By.id("outgoing")).getText()).doesNotContain("Lakeuden hyvinvointialue");
      reached(erik, "sv-matchmaking-slot-taken");
    }
    try (Browser anna = Browser.open(app.port(), true)) {
      signIn(anna, "anna.rinne@lakeus.example", DEMO_PASSWORD, "fi");
      anna.go(DAY + "/matchmaking?lang=fi");
      WebElement incoming = anna.driver.findElement(By.id("incoming"));
      List<WebElement> requests = incoming.findElements(By.cssSelector("li"));
      assertThat(requests).hasSize(1);
      assertThat(requests.get(0).getText()).contains("Hoivatek Oy");
      reached(anna, "fi-matchmaking-incoming");
      WebElement accept = requests.get(0).findElement(By.cssSelector("form[action$='/accept'] button[type=submit]"));
      accept.click();
      waiting(anna).until(gone(accept));
      waiting(anna).until(d -> !d.findElements(By.cssSelector("a[href='" + DAY + "/matchmaking/schedule']")).isEmpty());
      assertThat(anna.driver.findElement(By.id("schedule")).getText()).contains("Hoivatek Oy");
      anna.driver.findElement(By.cssSelector("a[href='" + DAY + "/matchmaking/schedule']")).click();
      waiting(anna).until(d -> anna.path().equals(DAY + "/matchmaking/schedule"));
      List<WebElement> rows = anna.driver.findElements(By.cssSelector("table.schedule tbody tr"));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getText()).contains("10.00", "Hoivatek Oy", "1");
      reached(anna, "fi-matchmaking-schedule");
    }
    // Staff see the whole day: at 10:00 Lakeus meets Hoivatek at a table, and nobody else.
    try (Browser johan = Browser.open(app.port(), true)) {
      signIn(johan, "johan.lindgren@ntc-hub.example", DEMO_PASSWORD, "sv");
      johan.go(DAY + "?lang=sv");
      johan.driver.findElement(By.id("matchmaking-overview")).click();
      waiting(johan).until(d -> johan.path().equals(DAY + "/matchmaking/overview"));
      List<String> lakeusAtTen = johan.driver.findElements(By.cssSelector("#overview tbody tr")).stream().map(WebElement::getText)
          .filter(row -> row.startsWith("10") && row.contains("Lakeuden hyvinvointialue")).toList();
      assertThat(lakeusAtTen).hasSize(1);
      assertThat(lakeusAtTen.get(0)).contains("Hoivatek Oy", "accepterat").doesNotContain("Nordic CareLink AB");
      reached(johan, "sv-matchmaking-overview");
    }
    assertThat(violations).isEmpty();
  }
}
