package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "We tried it": the demo's home care nurse Anna Rinne reviews Hoivatek's second showcase from
 * her own use, after a refused first try; Maria Hakala answers for Hoivatek; a visitor reads the
 * review and the answer in their own section, apart from where the showcase is in use. Axe on
 * every page reached.
 */
class ShowcaseReviewJourneyTest extends BrowserJourney {
  private static final String SHOWCASE = "/showcases/00000000-0000-4000-a000-000000000005";
  private static final String BLOOD_PRESSURE = "/showcases/00000000-0000-4000-a000-000000000001";

  @Test
  @DisplayName("a care professional writes a review in the browser, the company answers, and the review shows apart from other reactions")
  void reviewAndAnswer() {
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go(BLOOD_PRESSURE + "?lang=sv");
      String section = visitor.driver.findElement(By.id("reviews")).getText();
      assertThat(section).contains("Vi provade det", "3 omdömen", "Lena Sjöberg", "Hemtjänst och hemsjukvård", "Svar från Hoivatek Oy");
      reached(visitor, "sv-reviews-visitor");
    }
    try (Browser nurse = Browser.open(app.port(), true)) {
      signIn(nurse, "anna.rinne@lakeus.example", DEMO_PASSWORD, "fi");
      nurse.go(SHOWCASE + "?lang=fi");
      nurse.driver.findElement(By.cssSelector("#reviews a[href$='/reviews/new']")).click();
      waiting(nurse).until(d -> nurse.path().endsWith("/reviews/new"));
      assertThat(nurse.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Kirjoita arvio");
      reached(nurse, "fi-review-form");

      nurse.driver.findElement(By.id("worked")).sendKeys("Etämittaukset näkyvät tiimille aamulla, ja turhat käynnit vähenivät.");
      nurse.driver.findElement(By.cssSelector("main form.review-form button[type=submit]")).click();
      waiting(nurse).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#setting']")).isEmpty());
      assertThat(nurse.driver.findElement(By.id("worked")).getAttribute("value")).startsWith("Etämittaukset");
      reached(nurse, "fi-review-refused");

      choose(nurse, "setting", "home-care");
      choose(nurse, "duration", "3-to-12-months");
      choose(nurse, "recommend", "yes");
      nurse.driver.findElement(By.id("didNotWork")).sendKeys("Tabletin fontti on liian pieni osalle asiakkaista.");
      new Select(nurse.driver.findElement(By.id("lang"))).selectByValue("fi");
      nurse.driver.findElement(By.cssSelector("main form.review-form button[type=submit]")).click();
      waiting(nurse).until(d -> d.getCurrentUrl().contains("review=saved"));
      assertThat(nurse.driver.findElement(By.id("review-notice")).getText()).isEqualTo("Arviosi on julkaistu.");
      String mine = nurse.driver.findElement(By.id("reviews")).getText();
      assertThat(mine).contains("Anna Rinne", "Lakeuden hyvinvointialue", "Kotihoito", "3–12 kuukautta", "Kyllä, suosittelen")
          .doesNotContain("home-care", "3-to-12-months");
      reached(nurse, "fi-review-published");
    }
    try (Browser company = Browser.open(app.port(), true)) {
      signIn(company, "maria.hakala@hoivatek.example", DEMO_PASSWORD, "en");
      company.go(SHOWCASE + "?lang=en");
      WebElement review = company.driver.findElement(By.cssSelector("#reviews li.review"));
      assertThat(review.getText()).contains("Anna Rinne", "Home care", "3 to 12 months");
      review.findElement(By.cssSelector("a[href$='/answer']")).click();
      waiting(company).until(d -> company.path().endsWith("/answer"));
      reached(company, "en-review-answer-form");
      company.driver.findElement(By.id("text")).sendKeys("Thank you, Anna! A larger font is coming in the next update.");
      company.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      waiting(company).until(d -> d.getCurrentUrl().contains("review=answered"));
      String answered = company.driver.findElement(By.cssSelector("#reviews li.review .review-answer")).getText();
      assertThat(answered).contains("Answer from Hoivatek Oy", "A larger font is coming", "Maria Hakala");
      assertThat(company.driver.findElements(By.cssSelector("#reviews a[href$='/answer']"))).as("answered once").isEmpty();
      reached(company, "en-review-answered");
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go(SHOWCASE + "?lang=en");
      WebElement reviews = visitor.driver.findElement(By.id("reviews"));
      assertThat(reviews.getText()).contains("One review: 1 would recommend it", "Thank you, Anna!");
      assertThat(visitor.driver.findElements(By.cssSelector("#adoption #reviews, #reviews #adoption"))).as("its own section").isEmpty();
      assertThat(visitor.driver.findElement(By.cssSelector("#reviews h2")).getText()).isEqualTo("We tried it");
      reached(visitor, "en-review-visitor");
    }
    assertThat(violations).isEmpty();
  }

  private static void choose(Browser browser, String name, String value) {
    browser.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
  }
}
