package org.ntc.hub.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its ChromeDriver: one window, JavaScript on or
 * off, with helpers for the accessibility check (axe-core), screenshots and page weight.
 * Where Chromium is not installed the browser tests are skipped, unless
 * {@code NTC_BROWSER_TESTS=required} (as CI sets it), when that is a failure.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Dimension PHONE = new Dimension(390, 844);
  static final Dimension DESKTOP = new Dimension(1280, 900);

  final WebDriver driver;
  final boolean javascript;
  private final int port;

  private Browser(WebDriver driver, int port, boolean javascript) {
    this.driver = driver;
    this.port = port;
    this.javascript = javascript;
  }

  /** Whether Chromium, its driver and axe-core are here (CI requires them). */
  public static boolean available() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isReadable(AXE);
    if (!present && "required".equals(System.getenv("NTC_BROWSER_TESTS"))) {
      throw new AssertionError("browser tests are required but Chromium, ChromeDriver or axe-core is missing");
    }
    return present;
  }

  static void assumeAvailable() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isReadable(AXE);
    if (!present && "required".equals(System.getenv("NTC_BROWSER_TESTS"))) {
      throw new AssertionError("browser tests are required but Chromium, ChromeDriver or axe-core is missing: "
          + "apt-get install chromium chromium-driver; npm ci --prefix src/test/browser");
    }
    Assumptions.assumeTrue(present, "Chromium, ChromeDriver and axe-core are not installed; see .ci/run");
  }

  public static Browser open(int port, boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,900", "--lang=en");
    if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, port, javascript);
  }

  public void go(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  /** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
  List<String> accessibilityViolations() {
    try {
      if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
        script(Files.readString(AXE, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
          .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));""");
    List<String> violations = new ArrayList<>();
    for (Object v : (List<?>) result) violations.add(driver.getCurrentUrl() + " " + v);
    return violations;
  }

  /** Writes a PNG of the page at phone and desktop width under target/screenshots. */
  void screenshots(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (Map.Entry<String, Dimension> size : Map.of("phone", PHONE, "desktop", DESKTOP).entrySet()) {
        driver.manage().window().setSize(size.getValue());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + "-" + size.getKey() + ".png"), png);
      }
      driver.manage().window().setSize(DESKTOP);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the page cost: time to first byte of the HTML, and bytes of CSS and JavaScript. */
  record Weight(String path, double firstByteMillis, long htmlBytes, long cssAndJsBytes) {}

  Weight weight() {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) script("""
        const nav = performance.getEntriesByType('navigation')[0];
        let assets = 0;
        for (const r of performance.getEntriesByType('resource')) {
          if (r.initiatorType === 'link' || r.initiatorType === 'script' || /\\.(css|js)(\\?|$)/.test(r.name)) {
            assets += r.decodedBodySize || r.encodedBodySize || 0;
          }
        }
        return {ttfb: nav.responseStart - nav.requestStart, html: nav.decodedBodySize, assets: assets};""");
    return new Weight(path(), ((Number) m.get("ttfb")).doubleValue(), ((Number) m.get("html")).longValue(),
        ((Number) m.get("assets")).longValue());
  }

  @Override
  public void close() {
    driver.quit();
  }
}
