package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin's journey, in Finnish, Swedish and English: from the header to /admin, adds a contact
 * point, which every page's footer and the trainings' contact-point choice then offer; looks at
 * its page, the labels, the staff and the audit log. Every page reached is checked with axe-core.
 */
class AdminJourneyTest extends BrowserJourney {
  private record Place(String id, String fi, String sv, String en, String city, String street) {}

  private static final Map<String, Place> PLACES = Map.of(
      "fi", new Place("vaasa", "NTC:n yhteyspiste Vaasa", "NTC:s kontaktpunkt Vasa", "NTC contact point Vaasa", "Vaasa",
          "Wolffintie 36"),
      "sv", new Place("jakobstad", "NTC:n yhteyspiste Pietarsaari", "NTC:s kontaktpunkt Jakobstad",
          "NTC contact point Jakobstad", "Jakobstad", "Storgatan 1"),
      "en", new Place("kokkola", "NTC:n yhteyspiste Kokkola", "NTC:s kontaktpunkt Karleby", "NTC contact point Kokkola",
          "Kokkola", "Talonpojankatu 2"));

  @AfterAll
  static void forgetAddedContactPoints() {
    if (app == null) return;
    app.execute("DELETE FROM contact_point WHERE id NOT IN ('seinajoki', 'umea')");
    app.reloadReferenceData();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("an admin adds a contact point on /admin; it is in every footer and in the trainings' contact-point choice")
  void adminAddsContactPoint(String lang) {
    Place place = PLACES.get(lang);
    String name = Map.of("fi", place.fi(), "sv", place.sv(), "en", place.en()).get(lang);
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "admin@ntc.test", TestApp.ADMIN_PASSWORD, lang);
      browser.go("/?lang=" + lang);
      browser.driver.findElement(By.cssSelector("header a[href='/admin']")).click();
      waiting(browser).until(d -> browser.path().equals("/admin"));
      reached(browser, lang + "-admin");
      browser.driver.findElement(By.cssSelector("main a[href='/admin/contact-points']")).click();
      waiting(browser).until(d -> browser.path().equals("/admin/contact-points"));
      reached(browser, lang + "-admin-contact-points");
      browser.driver.findElement(By.cssSelector("main a[href='/admin/contact-points/new']")).click();
      waiting(browser).until(d -> browser.path().equals("/admin/contact-points/new"));
      reached(browser, lang + "-admin-contact-point-new");

      type(browser, "id", place.id());
      type(browser, "name_fi", place.fi());
      type(browser, "name_sv", place.sv());
      type(browser, "name_en", place.en());
      type(browser, "street", place.street());
      type(browser, "postalCode", "65100");
      type(browser, "city", place.city());
      type(browser, "phone", "+358 6 324 0000");
      type(browser, "email", place.id() + "@ntc-hub.example");
      type(browser, "openingHours_" + lang, "9–15");
      type(browser, "lat", "63.0960");
      browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      waiting(browser).until(d -> !browser.driver.findElements(By.cssSelector(".error-summary")).isEmpty());
      assertThat(browser.driver.findElements(By.cssSelector(".error-summary a[href='#location']"))).as("one of two degrees").hasSize(1);
      reached(browser, lang + "-admin-contact-point-refused");
      type(browser, "lon", "21.6158");
      browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals("/admin/contact-points"));
      assertThat(browser.driver.findElement(By.cssSelector("main [role=status]")).getText()).contains(name);
      assertThat(footer(browser)).contains(name);
      reached(browser, lang + "-admin-contact-points-saved");

      browser.go("/trainings?lang=" + lang);
      List<String> choices = browser.driver.findElements(By.cssSelector("main select#contactPoint option")).stream()
          .map(o -> o.getAttribute("value")).toList();
      assertThat(choices).contains("seinajoki", "umea", place.id());
      assertThat(footer(browser)).contains(name);
      reached(browser, lang + "-trainings-with-new-contact-point");

      browser.driver.findElement(By.cssSelector("footer a[href='/contact-points/" + place.id() + "']")).click();
      waiting(browser).until(d -> browser.path().equals("/contact-points/" + place.id()));
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
      assertThat(browser.driver.findElement(By.id("map-link")).getAttribute("href")).startsWith("https://www.openstreetmap.org/");
      reached(browser, lang + "-new-contact-point");

      for (String section : List.of("labels", "staff", "contact-points", "contact-points/" + place.id() + "/edit", "audit")) {
        browser.go("/admin/" + section + "?lang=" + lang);
        reached(browser, lang + "-admin-" + section.replace('/', '-'));
        assertNoSidewaysScroll(browser, section);
      }
      assertThat(browser.driver.findElement(By.cssSelector("table.audit-log tbody tr td:nth-child(3)")).getText())
          .as("the newest entry, in words").isNotBlank().doesNotContain("contactpoint.");
    }
    assertThat(violations).isEmpty();
  }

  /** At phone width the page itself never scrolls sideways (a wide table scrolls inside its own box). */
  private static void assertNoSidewaysScroll(Browser browser, String page) {
    browser.driver.manage().window().setSize(Browser.PHONE);
    try {
      Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).as(page + " scrolls sideways at 390 px").isLessThanOrEqualTo(0);
    } finally {
      browser.driver.manage().window().setSize(Browser.DESKTOP);
    }
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static String footer(Browser browser) {
    return browser.driver.findElement(By.cssSelector("footer")).getText();
  }
}
