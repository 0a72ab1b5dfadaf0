package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person writes to a company from its showcase and sees the message confirmed; a member of the
 * company (the demo's Maria Hakala of Hoivatek) answers from the inbox; the writer reads the answer
 * on their account page. In Finnish, Swedish and English, and once without JavaScript; axe on every
 * page reached, and none scrolls sideways at phone width.
 */
class CompanyMessageJourneyTest extends BrowserJourney {
  private static final String WRITER = "anna.rinne@lakeus.example";
  private static final String COMPANY_MEMBER = "maria.hakala@hoivatek.example";

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a message to a company is confirmed, answered in the company's inbox and the answer read on the writer's account")
  void writeAnswerRead(String lang) {
    journey(lang, true);
  }

  @Test
  @DisplayName("the same conversation works without JavaScript")
  void withoutJavaScript() {
    journey("en", false);
  }

  private void journey(String lang, boolean javascript) {
    String suffix = javascript ? "" : "-nojs";
    String hoivatek = http.get("/api/v1/organisations?q=hoivatek", null).json().getJsonArray("items").stream()
        .map(o -> (JsonObject) o).filter(o -> o.getString("name").equals("Hoivatek Oy")).findFirst().orElseThrow().getString("id");
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String message = Map.of("fi", "Voisimmeko kokeilla tätä kotihoidossa keväällä? ", "sv",
        "Kan vi pröva detta i hemvården i vår? ", "en", "Could we try this in home care in spring? ").get(lang) + marker;
    String answer = Map.of("fi", "Kiitos! Soitamme maanantaina. ", "sv", "Tack! Vi ringer på måndag. ", "en",
        "Thank you! We will call on Monday. ").get(lang) + marker;

    try (Browser writer = Browser.open(app.port(), javascript)) {
      signIn(writer, WRITER, DEMO_PASSWORD, lang);
      writer.go("/organisations/" + hoivatek + "?lang=" + lang);
      WebElement offer = writer.driver.findElement(By.cssSelector("#offers a"));
      reached(writer, lang + "-message-company-profile" + suffix);
      offer.click();
      waiting(writer).until(d -> writer.path().matches("/showcases/[0-9a-f-]{36}"));
      String showcaseTitle = writer.driver.findElement(By.tagName("h1")).getText();
      writer.driver.findElement(By.id("contact-message")).sendKeys(message);
      writer.driver.findElement(By.cssSelector("#contact form button[type=submit]")).click();
      waiting(writer).until(d -> d.getCurrentUrl().contains("sent=1"));
      WebElement confirmed = writer.driver.findElement(By.id("contact-sent"));
      assertThat(confirmed.getAttribute("role")).isEqualTo("status");
      assertThat(confirmed.findElements(By.cssSelector("a[href='/account#messages']"))).hasSize(1);
      reached(writer, lang + "-message-sent" + suffix);
      noSidewaysScroll(writer);

      try (Browser member = Browser.open(app.port(), javascript)) {
        signIn(member, COMPANY_MEMBER, DEMO_PASSWORD, lang);
        member.go("/account?lang=" + lang);
        reached(member, lang + "-message-desk" + suffix);
        member.driver.findElement(By.cssSelector("a.button[href='/organisations/" + hoivatek + "/messages']")).click();
        waiting(member).until(d -> member.path().equals("/organisations/" + hoivatek + "/messages"));
        WebElement item = member.driver.findElements(By.cssSelector("li[id^=message-]")).stream()
            .filter(li -> li.getText().contains(marker)).findFirst().orElseThrow();
        String itemId = item.getAttribute("id");
        reached(member, lang + "-message-inbox" + suffix);
        noSidewaysScroll(member);
        item.findElement(By.tagName("textarea")).sendKeys(answer);
        item.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(member).until(d -> d.getCurrentUrl().contains("replied="));
        WebElement answered = member.driver.findElement(By.id(itemId));
        assertThat(answered.findElement(By.cssSelector("[role=status]")).isDisplayed()).isTrue();
        assertThat(answered.findElement(By.cssSelector(".replies")).getText()).contains(answer);
        reached(member, lang + "-message-replied" + suffix);
      }

      writer.go("/account?lang=" + lang + "#messages");
      WebElement thread = writer.driver.findElements(By.cssSelector("li[id^=sent-]")).stream()
          .filter(li -> li.getText().contains(marker)).findFirst().orElseThrow();
      assertThat(thread.getText()).contains(message).contains(answer).contains("Maria Hakala").contains("Hoivatek Oy");
      assertThat(thread.findElement(By.tagName("time")).getText()).doesNotContain("T").doesNotContain("UTC");
      assertThat(writer.driver.findElement(By.cssSelector("ul.notifications li")).getText()).contains(showcaseTitle);
      reached(writer, lang + "-message-answer-read" + suffix);
      noSidewaysScroll(writer);
    }
    assertThat(violations).isEmpty();
  }

  private static void noSidewaysScroll(Browser browser) {
    if (!browser.javascript) return;
    browser.driver.manage().window().setSize(Browser.PHONE);
    try {
      Object wide = browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(wide).as("sideways scroll at 390 px on " + browser.path()).isEqualTo(false);
    } finally {
      browser.driver.manage().window().setSize(Browser.DESKTOP);
    }
  }
}
