package org.ntc.hub.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * <p>Starting Chromium costs seconds, so a closed browser goes back to a pool, cleared as a new
 * one would be (no cookies, no cache, an empty page, the desktop size), and the next journey
 * takes it from there. {@link #closeAll} ends the pooled sessions, as does the end of the run.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Dimension PHONE = new Dimension(390, 844);
  static final Dimension DESKTOP = new Dimension(1280, 900);

  /** Idle sessions, with JavaScript on (true) and off (false). */
  private static final Map<Boolean, Deque<ChromeDriver>> IDLE = Map.of(true, new ArrayDeque<>(), false, new ArrayDeque<>());
  private static String axeSource;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::closeAll, "browsers-stop"));
  }

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

  /** A browser for the node at {@code port}: an idle one from the pool, or a new one. */
  public static Browser open(int port, boolean javascript) {
    ChromeDriver idle;
    synchronized (IDLE) {
      idle = IDLE.get(javascript).pollFirst();
    }
    return new Browser(idle != null ? idle : start(javascript), port, javascript);
  }

  /** Ends every idle session. */
  public static void closeAll() {
    List<ChromeDriver> idle = new ArrayList<>();
    synchronized (IDLE) {
      IDLE.values().forEach(sessions -> {
        idle.addAll(sessions);
        sessions.clear();
      });
    }
    for (ChromeDriver driver : idle) {
      try {
        driver.quit();
      } catch (RuntimeException alreadyGone) {
        // the session ended with its process
      }
    }
  }

  private static ChromeDriver start(boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,900", "--lang=en");
    if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // axe-core is in every page from its start, instead of being sent over the wire to each page checked.
    if (javascript) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe()));
    return driver;
  }

  private static synchronized String axe() {
    if (axeSource == null) {
      try {
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
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
    if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) script(axe());
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
      // The window is at desktop size: that picture first, then the phone's, then back.
      Files.write(SCREENSHOTS.resolve(name + "-desktop.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(PHONE);
      Files.write(SCREENSHOTS.resolve(name + "-phone.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(DESKTOP);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What is wrong with the page at phone width (390 px): the page scrolls sideways, or the
   * header takes more than two lines (brand and tools on one, the sections on the other).
   */
  List<String> phoneLayoutProblems() {
    driver.manage().window().setSize(PHONE);
    try {
      List<String> problems = new ArrayList<>();
      Object overflow = script("""
          const d = document.documentElement;
          return d.scrollWidth > d.clientWidth ? d.scrollWidth + ' px wide in ' + d.clientWidth + ' px: '
            + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
                .slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ') : null;""");
      if (overflow != null) problems.add(driver.getCurrentUrl() + " scrolls sideways at phone width: " + overflow);
      Object lines = script("""
          // Tops relative to the header (a page opened at an anchor is scrolled), counted as one
          // line while within 12 px of the line's first: items centred in a line differ a little.
          const row = document.querySelector('.header-row').getBoundingClientRect().top;
          const tops = [...document.querySelectorAll('.header-row > *')].filter(e => e.offsetParent !== null)
            .map(e => e.getBoundingClientRect().top - row).sort((a, b) => a - b);
          let lines = 0, first = -Infinity;
          for (const top of tops) if (top - first > 12) { lines++; first = top; }
          return lines;""");
      if (((Number) lines).intValue() > 2) problems.add(driver.getCurrentUrl() + " header takes " + lines + " lines at phone width");
      return problems;
    } finally {
      driver.manage().window().setSize(DESKTOP);
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

  /** Hands the session back to the pool, cleared as a new one would be; a session that cannot be cleared is ended. */
  @Override
  public void close() {
    ChromeDriver session = (ChromeDriver) driver;
    try {
      session.get("about:blank");
      session.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      session.executeCdpCommand("Network.clearBrowserCache", Map.of());
      session.manage().window().setSize(DESKTOP);
    } catch (RuntimeException broken) {
      session.quit();
      return;
    }
    synchronized (IDLE) {
      IDLE.get(javascript).addLast(session);
    }
  }
}
