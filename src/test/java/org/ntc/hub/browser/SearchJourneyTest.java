package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor reading in Swedish types a Swedish word into the search box in the header and finds
 * material written only in Finnish; a misspelt word gets a "did you mean" that finds it. Every
 * page reached is checked with axe-core and at phone width.
 */
class SearchJourneyTest extends BrowserJourney {
  @Test
  @DisplayName("a Swedish word in the header's search box finds Finnish-only content; a typo gets a suggestion")
  void swedishWordFindsFinnishContent() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String title = "Opas unen seurantaan kotihoidossa " + tag;
    String id = UUID.randomUUID().toString();
    app.execute("INSERT INTO material (id, title, topic, language, visibility, kind, url) VALUES ('" + id + "', "
        + "jsonb_build_object('fi', '" + title + "'), 'self-care', 'fi', 'public', 'link', 'https://example.org/uni')");
    try (Browser browser = Browser.open(app.port(), true)) {
      browser.go("/showcases?lang=sv");
      WebElement box = browser.driver.findElement(By.cssSelector("header form[role=search] input#site-search"));
      box.sendKeys("sömn");
      browser.driver.findElement(By.cssSelector("header form[role=search] button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/search"));
      List<WebElement> headings = browser.driver.findElements(By.cssSelector("main section.search-group h2"));
      assertThat(headings).isNotEmpty();
      WebElement hit = waiting(browser).until(d -> d.findElements(By.cssSelector("main .search-hits a")).stream()
          .filter(a -> a.getText().equals(title)).findFirst().orElse(null));
      assertThat(hit.getAttribute("lang")).isEqualTo("fi");
      reached(browser, "sv-search-results");

      browser.driver.findElement(By.cssSelector("main a[href^='/search?q='][href*='type=material']")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("type=material"));
      assertThat(browser.driver.findElement(By.cssSelector("main nav.search-types a[aria-current=page]")).getText())
          .startsWith("Utbildningsmaterial");
      reached(browser, "sv-search-material");

      WebElement again = browser.driver.findElement(By.id("site-search"));
      again.sendKeys("plodtryck");
      again.submit();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("main section.search-help")).isEmpty());
      reached(browser, "sv-search-nothing");
      browser.driver.findElement(By.cssSelector("main section.search-help a[href='/search?q=blodtryck']")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector("main section.search-group")).isEmpty());
      reached(browser, "sv-search-suggested");
    }
    assertThat(violations).isEmpty();
  }
}
