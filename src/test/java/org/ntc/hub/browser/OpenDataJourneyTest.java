package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A researcher reading in Finnish follows the footer's open-data link, finds each dataset with its
 * two files and the licence, opens a dataset's fields, and reads the same page in Swedish. Every
 * page reached is checked with axe-core and at phone width.
 */
class OpenDataJourneyTest extends BrowserJourney {
  @Test
  @DisplayName("the footer leads to the open-data page, which names every dataset, its files and the licence, in fi and sv")
  void footerToOpenData() {
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.go("/?lang=fi");
      browser.driver.findElement(By.cssSelector("footer a[href='/open-data']")).click();
      waiting(browser).until(d -> browser.path().equals("/open-data"));
      assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Avoin data");
      List<WebElement> datasets = browser.driver.findElements(By.cssSelector("main .open-data-list > li"));
      assertThat(datasets).hasSize(4);
      assertThat(browser.driver.findElements(By.cssSelector("main a[href$='.csv']"))).hasSize(4);
      assertThat(browser.driver.findElement(By.cssSelector("main a[rel=license]")).getAttribute("href"))
          .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
      datasets.get(0).findElement(By.cssSelector("summary")).click();
      waiting(browser).until(d -> datasets.get(0).findElement(By.cssSelector(".open-data-fields")).isDisplayed());
      reached(browser, "fi-open-data");

      browser.driver.findElement(By.cssSelector(".lang-switcher a[hreflang=sv]")).click();
      waiting(browser).until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Öppna data"));
      assertThat(browser.driver.findElement(By.cssSelector("main a[href^='/feeds/showcases.atom']")).getAttribute("href"))
          .endsWith("/feeds/showcases.atom?lang=sv");
      reached(browser, "sv-open-data");
    }
    assertThat(violations).isEmpty();
  }
}
