package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A theme group across the border: Elin Holmberg, a district nurse in Region Norrkusten, starts a
 * discussion in Swedish in the demo's remote-monitoring group; Anna Rinne, a home care nurse in
 * Lakeuden hyvinvointialue, reads it in Finnish and replies in Finnish; Elin reads the reply. Axe on
 * every page reached, and none scrolls sideways at phone width.
 */
class GroupJourneyTest extends BrowserJourney {
  private static final String ELIN = "elin.holmberg@norrkusten.example";
  private static final String ANNA = "anna.rinne@lakeus.example";

  @Test
  @DisplayName("a Swedish nurse starts a thread in Swedish, a Finnish nurse replies in Finnish, and each sees the other's post")
  void discussAcrossTheBorder() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String title = "Mätning före eller efter frukost? " + marker;
    String question = "Vi mäter blodtrycket före frukost och får många larm. Hur gör ni i Finland? " + marker;
    String answer = "Me mittaamme aamupalan ja lääkkeiden jälkeen, ja hälytyksiä tuli puolet vähemmän. " + marker;
    String thread;

    try (Browser elin = Browser.open(app.port(), true)) {
      signIn(elin, ELIN, DEMO_PASSWORD, "sv");
      elin.go("/account?lang=sv");
      elin.driver.findElement(By.cssSelector("header nav a[href='/groups']")).click();
      waiting(elin).until(d -> elin.path().equals("/groups"));
      reached(elin, "sv-groups");
      elin.driver.findElement(By.linkText("Distansmonitorering i hemvården")).click();
      waiting(elin).until(d -> elin.path().startsWith("/groups/"));
      String main = elin.driver.findElement(By.tagName("main")).getText();
      assertThat(main).contains("Du är medlem", "Finland", "Sverige", "Lakeuden hyvinvointialue", "Region Norrkusten",
          "Distansmätning för hemvårdens sjuksköterskor");
      reached(elin, "sv-group");
      elin.driver.findElement(By.id("title")).sendKeys(title);
      elin.driver.findElement(By.id("text")).sendKeys(question);
      elin.driver.findElement(By.cssSelector("form[action$='/threads'] button[type=submit]")).click();
      waiting(elin).until(d -> d.getCurrentUrl().contains("started=1"));
      thread = elin.path();
      assertThat(elin.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Din diskussion har startats");
      assertThat(elin.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(elin, "sv-group-thread-started");
    }

    try (Browser anna = Browser.open(app.port(), true)) {
      signIn(anna, ANNA, DEMO_PASSWORD, "fi");
      anna.go("/groups?lang=fi");
      anna.driver.findElement(By.linkText("Etämittaus kotihoidossa")).click();
      waiting(anna).until(d -> anna.path().startsWith("/groups/"));
      reached(anna, "fi-group");
      anna.driver.findElement(By.linkText(title)).click();
      waiting(anna).until(d -> anna.path().equals(thread));
      assertThat(anna.driver.findElement(By.tagName("main")).getText()).contains(question, "Elin Holmberg", "Region Norrkusten");
      anna.driver.findElement(By.id("text")).sendKeys(answer);
      anna.driver.findElement(By.cssSelector("form[action$='/posts'] button[type=submit]")).click();
      waiting(anna).until(d -> d.getCurrentUrl().contains("replied=1"));
      assertThat(anna.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Vastauksesi on lähetetty");
      reached(anna, "fi-group-thread-replied");
    }

    try (Browser elin = Browser.open(app.port(), true)) {
      signIn(elin, ELIN, DEMO_PASSWORD, "sv");
      elin.go(thread + "?lang=sv");
      String main = elin.driver.findElement(By.tagName("main")).getText();
      assertThat(main).contains(question, answer, "Anna Rinne", "Lakeuden hyvinvointialue");
      reached(elin, "sv-group-thread-read");
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("a nurse reports a post; a moderator hides it with a reason from /moderation/reports; the author reads why")
  void reportAndHide() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String reason = "Reklam för ett företag " + marker;
    String hideReason = "Inlägget marknadsför en produkt; beskriv gärna era erfarenheter i stället. " + marker;

    try (Browser anna = Browser.open(app.port(), true)) {
      signIn(anna, ANNA, DEMO_PASSWORD, "fi");
      anna.go("/groups?lang=fi");
      anna.driver.findElement(By.linkText("Lääkitysturvallisuus kotona")).click();
      waiting(anna).until(d -> anna.path().startsWith("/groups/"));
      anna.driver.findElement(By.linkText("Missed doses: how quickly should home care react?")).click();
      waiting(anna).until(d -> anna.path().contains("/threads/"));
      reached(anna, "fi-group-thread");
      anna.driver.findElement(By.xpath("//li[contains(., 'MediDose can set the delay')]//a[contains(@href, '/report')]")).click();
      waiting(anna).until(d -> anna.path().endsWith("/report"));
      reached(anna, "fi-group-report");
      anna.driver.findElement(By.id("reason")).sendKeys(reason);
      anna.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      waiting(anna).until(d -> d.getCurrentUrl().contains("reported=1"));
      assertThat(anna.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Kiitos");
    }

    try (Browser johan = Browser.open(app.port(), true)) {
      signIn(johan, "johan.lindgren@ntc-hub.example", DEMO_PASSWORD, "sv");
      johan.go("/moderation?lang=sv");
      johan.driver.findElement(By.cssSelector("main a[href='/moderation/reports']")).click();
      waiting(johan).until(d -> johan.path().equals("/moderation/reports"));
      assertThat(johan.driver.findElement(By.tagName("main")).getText()).contains(reason);
      reached(johan, "sv-moderation-reports");
      johan.driver.findElement(By.xpath("//li[contains(., '" + reason + "')]//textarea")).sendKeys(hideReason);
      johan.driver.findElement(By.xpath("//li[contains(., '" + reason + "')]//form[contains(@action, '/hide')]//button")).click();
      waiting(johan).until(d -> d.getCurrentUrl().contains("hidden=1"));
      assertThat(johan.driver.findElement(By.tagName("main")).getText()).doesNotContain(reason);
      johan.go("/groups/new?lang=sv");
      reached(johan, "sv-group-new");
    }

    try (Browser erik = Browser.open(app.port(), true)) {
      signIn(erik, "erik.nystrom@carelink.example", DEMO_PASSWORD, "sv");
      erik.go("/account?lang=sv");
      assertThat(erik.driver.findElement(By.tagName("main")).getText()).contains("En moderator dolde ditt inlägg");
      erik.go("/groups?lang=sv");
      erik.driver.findElement(By.linkText("Läkemedelssäkerhet i hemmet")).click();
      waiting(erik).until(d -> erik.path().startsWith("/groups/"));
      erik.driver.findElement(By.linkText("Missed doses: how quickly should home care react?")).click();
      waiting(erik).until(d -> erik.path().contains("/threads/"));
      assertThat(erik.driver.findElement(By.tagName("main")).getText()).contains("Dolt av en moderator", hideReason);
      reached(erik, "sv-group-thread-hidden");
    }
    assertThat(violations).isEmpty();
  }
}
