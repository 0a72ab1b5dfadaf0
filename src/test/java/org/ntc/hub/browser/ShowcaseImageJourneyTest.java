package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A company adds a picture to its showcase, staff approve it, and a visitor sees it on the
 * showcase's card; staff archive a showcase with a reason and restore it.
 */
class ShowcaseImageJourneyTest extends BrowserJourney {
  /** The demo showcases of Hoivatek, Maria Hakala's company, that are published. */
  private static final Map<String, String> HOIVATEK_SHOWCASES = Map.of(
      "fi", "00000000-0000-4000-a000-000000000005",
      "sv", "00000000-0000-4000-a000-000000000001");
  private static final String TURVA_SHOWCASE = "00000000-0000-4000-a000-000000000007";

  private static Path picture() throws IOException {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x0b5d6b));
    g.fillRect(0, 0, 400, 300);
    g.setColor(new Color(0xb34700));
    g.fillOval(150, 100, 100, 100);
    g.dispose();
    Path file = Files.createTempFile("showcase-picture", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  @ParameterizedTest(name = "[{0}] with JavaScript")
  @CsvSource({"fi, Kuvatiedosto", "sv, Bildfil"})
  @DisplayName("a company member adds a picture with alt text, staff approve it, and a visitor sees it on the card")
  void pictureToCard(String lang, String fileLabel) throws IOException {
    String id = HOIVATEK_SHOWCASES.get(lang);
    String alt = Map.of("fi", "Hoitaja ja asiakas katsovat mittaustuloksia", "sv", "En sjuksköterska och en klient tittar på mätvärden")
        .get(lang) + " " + UUID.randomUUID().toString().substring(0, 4);
    Path file = picture();
    try (Browser company = Browser.open(app.port(), true)) {
      signIn(company, "maria.hakala@hoivatek.example", DEMO_PASSWORD, lang);
      company.go("/showcases/" + id + "?lang=" + lang);
      company.driver.findElement(By.cssSelector("a[href='/showcases/" + id + "/edit#images']")).click();
      waiting(company).until(d -> company.path().endsWith("/edit"));
      reached(company, lang + "-showcase-images");
      assertThat(company.driver.findElement(By.cssSelector("label[for=image-file]")).getText()).isEqualTo(fileLabel);

      company.driver.findElement(By.cssSelector("form.image-upload button[type=submit]")).click();
      waiting(company).until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
      reached(company, lang + "-showcase-image-refused");

      company.driver.findElement(By.id("image-file")).sendKeys(file.toAbsolutePath().toString());
      company.driver.findElement(By.id("image-alt")).sendKeys(alt);
      company.driver.findElement(By.cssSelector("form.image-upload button[type=submit]")).click();
      waiting(company).until(d -> !d.findElements(By.cssSelector("li.image-item img[alt='" + alt + "']")).isEmpty());
      reached(company, lang + "-showcase-image-added");

      WebElement added = company.driver.findElement(By.xpath("//li[contains(@class,'image-item')][.//img[@alt='" + alt + "']]"));
      added.findElement(By.cssSelector("button[value=up]")).click();
      // While the page reloads the list can be empty for a moment: wait for it, rather than fail on it.
      waiting(company).until(d -> {
        List<WebElement> images = d.findElements(By.cssSelector("li.image-item img"));
        return !images.isEmpty() && alt.equals(images.get(0).getAttribute("alt"));
      });
    } finally {
      Files.deleteIfExists(file);
    }
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, "liisa.koskinen@ntc-hub.example", DEMO_PASSWORD, lang);
      staff.go("/moderation?lang=" + lang);
      By item = By.cssSelector("[data-queue-item='" + id + "']");
      assertThat(staff.driver.findElement(item).findElements(By.cssSelector("img[alt='" + alt + "']"))).hasSize(1);
      reached(staff, lang + "-moderation-image");
      staff.driver.findElement(item).findElement(By.cssSelector("button[value=approve]")).click();
      waiting(staff).until(d -> d.findElements(item).isEmpty());
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      By card = By.cssSelector("li.showcase-card img.card-image[alt='" + alt + "']");
      waiting(visitor).until(d -> {
        visitor.go("/showcases?lang=" + lang);
        return !d.findElements(card).isEmpty();
      });
      assertThat(visitor.driver.findElement(card).getAttribute("loading")).isEqualTo("lazy");
      reached(visitor, lang + "-showcases-with-images");
      visitor.go("/?lang=" + lang);
      reached(visitor, lang + "-home-with-images");
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("staff archive a showcase with a reason (none is refused on the page) and restore it; the history reads as words")
  void archiveAndRestore() {
    String reason = "Claims need evidence before the showcase is shown again";
    try (Browser staff = Browser.open(app.port(), true)) {
      signIn(staff, "liisa.koskinen@ntc-hub.example", DEMO_PASSWORD, "en");
      staff.go("/showcases/" + TURVA_SHOWCASE + "?lang=en");
      reached(staff, "en-showcase-staff");
      staff.script("document.getElementById('archive-reason').removeAttribute('required')");
      staff.driver.findElement(By.cssSelector("form.archive-form button[type=submit]")).click();
      waiting(staff).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#archive-reason']")).isEmpty());
      reached(staff, "en-showcase-archive-refused");

      staff.driver.findElement(By.id("archive-reason")).sendKeys(reason);
      staff.driver.findElement(By.cssSelector("form.archive-form button[type=submit]")).click();
      waiting(staff).until(d -> !d.findElements(By.id("archived")).isEmpty());
      assertThat(staff.driver.findElement(By.id("archived")).getText()).contains(reason);
      reached(staff, "en-showcase-archived");

      staff.driver.findElement(By.cssSelector("form[action$='/restore'] button")).click();
      waiting(staff).until(d -> d.findElements(By.id("archived")).isEmpty());
      String history = staff.driver.findElement(By.cssSelector("ol.history")).getText();
      assertThat(history).contains("Published → Archived", reason, "Archived → Published").doesNotContain("archived:");
      reached(staff, "en-showcase-restored");
    }
    try (Browser visitor = Browser.open(app.port(), true)) {
      visitor.go("/showcases/" + TURVA_SHOWCASE + "?lang=en");
      assertThat(visitor.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Night-time safety sensors for assisted living");
    }
    assertThat(violations).isEmpty();
  }
}
