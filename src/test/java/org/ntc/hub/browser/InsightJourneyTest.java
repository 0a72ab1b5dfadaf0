package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor reading in Swedish on a phone finds the insight page in the navigation, narrows the map to a
 * category and the indicators to Sweden with plain forms (with and without JavaScript); staff also pick a
 * contact point. Every page reached is checked with axe-core and at phone width.
 */
class InsightJourneyTest extends BrowserJourney {
  @Test
  @DisplayName("in Swedish at 390 px: the map filtered by category, the indicators by country, staff by contact point")
  void filterTheMapAndTheIndicators() {
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.go("/showcases?lang=sv");
      browser.driver.findElement(By.cssSelector("nav.main-nav a[href='/insight']")).click();
      waiting(browser).until(d -> browser.path().equals("/insight"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Lägesbild");
      assertThat(browser.driver.findElement(By.cssSelector("main svg.insight-map title")).getAttribute("textContent"))
          .startsWith("Karta över Finland och Sverige");
      reached(browser, "sv-insight");

      new Select(browser.driver.findElement(By.id("category"))).selectByValue("remote-monitoring");
      new Select(browser.driver.findElement(By.id("status"))).selectByValue("routine");
      browser.driver.findElement(By.cssSelector("main form[action^='/insight'] button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("category=remote-monitoring"));
      assertThat(new Select(browser.driver.findElement(By.id("status"))).getFirstSelectedOption().getText())
          .isEqualTo("I rutinmässig användning");
      reached(browser, "sv-insight-map-filtered");

      new Select(browser.driver.findElement(By.id("country"))).selectByValue("SE");
      WebElement submit = browser.driver.findElements(By.cssSelector("main form[action^='/insight'] button[type=submit]")).get(1);
      submit.click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("country=SE"));
      assertThat(browser.driver.getCurrentUrl()).contains("category=remote-monitoring");
      assertThat(browser.driver.findElements(By.cssSelector("main .insight-chart-block"))).hasSize(10);
      reached(browser, "sv-insight-sweden");
    }
    try (Browser plain = Browser.open(app.port(), false)) {
      plain.go("/insight?lang=sv");
      new Select(plain.driver.findElement(By.id("country"))).selectByValue("FI");
      plain.driver.findElements(By.cssSelector("main form[action^='/insight'] button[type=submit]")).get(1).click();
      waiting(plain).until(d -> d.getCurrentUrl().contains("country=FI"));
      reached(plain, "sv-insight-without-javascript");
    }
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, "johan.lindgren@ntc-hub.example", DEMO_PASSWORD, "sv");
      staff.go("/insight?lang=sv");
      new Select(staff.driver.findElement(By.id("contactPoint"))).selectByValue("umea");
      staff.driver.findElements(By.cssSelector("main form[action^='/insight'] button[type=submit]")).get(1).click();
      waiting(staff).until(d -> d.getCurrentUrl().contains("contactPoint=umea"));
      assertThat(staff.driver.findElement(By.id("insight-contact-points")).getText()).contains("Umeå");
      reached(staff, "sv-insight-staff");
    }
    assertThat(violations).isEmpty();
  }
}
