package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey shares: a node with the demo content, signing in on the page, and
 * {@link #reached}, which checks each page a journey reaches with axe-core (no serious or
 * critical WCAG 2.1 AA violation), photographs it at phone and desktop width and weighs it.
 * A journey asserts {@code violations} is empty at its end.
 */
abstract class BrowserJourney {
  static final long ASSET_BUDGET_BYTES = 200 * 1024;
  /** Every demo account's password (see the README). */
  static final String DEMO_PASSWORD = "demo password 2027";
  /** Every page weighed by any journey class in this run, written out after each class. */
  static final Map<String, Browser.Weight> WEIGHTS = new ConcurrentHashMap<>();
  static TestApp app;
  static Vertx vertx;
  static Http http;
  final List<String> violations = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    Browser.assumeAvailable();
    app = TestApp.start(Map.of("NTC_DEMO", "true"));
    vertx = Vertx.vertx();
    http = new Http(vertx, app.port());
  }

  @AfterAll
  static void stop() throws IOException {
    if (app == null) return;
    StringBuilder report = new StringBuilder(String.format("%-40s %12s %12s %14s%n", "page", "first byte", "HTML", "CSS+JS"));
    WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> report.append(String.format(
        "%-40s %9.1f ms %9.1f KB %11.1f KB%n", e.getKey(), e.getValue().firstByteMillis(), e.getValue().htmlBytes() / 1024.0,
        e.getValue().cssAndJsBytes() / 1024.0)));
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.writeString(Browser.SCREENSHOTS.resolve("page-weights.txt"), report);
    Browser.closeAll();
    app.close();
    app = null;
    vertx.close();
  }

  /**
   * Checks the page as it stands: not an error page, accessibility, a screenshot pair, its weight, and
   * at phone width no sideways scrolling and a header of at most two lines.
   * Without JavaScript the page cannot run axe or report
   * its timings; the same pages are checked with JavaScript on.
   */
  void reached(Browser browser, String name) {
    assertThat(browser.driver.getPageSource()).as(name + " is not an error page").doesNotContain("class=\"error-page\"");
    browser.screenshots(name);
    if (!browser.javascript) return;
    violations.addAll(browser.accessibilityViolations());
    violations.addAll(browser.phoneLayoutProblems());
    Browser.Weight weight = browser.weight();
    WEIGHTS.put(name, weight);
    assertThat(weight.cssAndJsBytes()).as("CSS and JavaScript of " + name).isLessThanOrEqualTo(ASSET_BUDGET_BYTES);
  }

  static void signIn(Browser browser, String email, String password, String lang) {
    browser.go("/login?lang=" + lang);
    browser.driver.findElement(By.id("email")).sendKeys(email);
    browser.driver.findElement(By.id("password")).sendKeys(password);
    browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !browser.path().equals("/login"));
  }

  /**
   * Waits for a condition on a page that may be reloading: an element found a moment ago can be gone by the time it is
   * read, so a stale element means "not yet", like a missing one, rather than a failure. Twenty seconds, because CI runs
   * on a busy two-core machine.
   */
  static Wait<WebDriver> waiting(Browser browser) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
  }

  /**
   * Whether an element has left the page, as a submitted form's does once the next page is shown. Selenium's
   * {@code stalenessOf} knows only the stale-element error; asked while the page is being replaced, Chromium may
   * instead answer that the element's node "does not belong to the document", which means the same.
   */
  static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("does not belong to the document") || message.contains("No node with given id")) return true;
        throw e;
      }
    };
  }
}
