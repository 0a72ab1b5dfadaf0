package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A product manager of a verified company writes a short course on the pages (a module, a lesson
 * and a one-question quiz), sends it for review, staff approve it on /moderation, and a visitor finds
 * it on /courses: in Finnish, Swedish and English. Every page reached is checked with axe-core.
 */
class CourseEditorJourneyTest extends BrowserJourney {
  private static final String WRITER = "maria.hakala@hoivatek.example";
  private static final String STAFF = "liisa.koskinen@ntc-hub.example";

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a company member writes a course with a module, a lesson and a quiz, staff approve it, a visitor finds it")
  void courseWrittenOnPages(String lang) throws java.io.IOException {
    String tag = tag();
    String title = Map.of("fi", "Annostelija kotona", "sv", "Automaten hemma", "en", "The dispenser at home").get(lang) + " " + tag;
    String id;
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, WRITER, DEMO_PASSWORD, lang);
      browser.go("/courses?lang=" + lang);
      reached(browser, lang + "-course-list-writer");
      browser.driver.findElement(By.cssSelector("main a[href='/courses/new']")).click();
      waiting(browser).until(d -> browser.path().equals("/courses/new"));
      reached(browser, lang + "-course-new");
      browser.driver.findElement(By.id("title_" + lang)).sendKeys(title);
      browser.driver.findElement(By.id("summary_" + lang)).sendKeys(Map.of("fi", "Näin annostelija otetaan käyttöön kotona.",
          "sv", "Så tas automaten i bruk hemma.", "en", "How to start using the dispenser at home.").get(lang));
      browser.driver.findElement(By.cssSelector("input[name=languages][value=" + lang + "]")).click();
      new Select(browser.driver.findElement(By.id("audience"))).selectByValue("citizens");
      browser.driver.findElement(By.id("durationMinutes")).sendKeys("15");
      browser.driver.findElement(By.cssSelector("form.course-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().matches("/courses/[0-9a-f-]{36}"));
      id = browser.path().substring("/courses/".length());
      browser.driver.findElement(By.cssSelector("main a.edit-modules")).click();
      waiting(browser).until(d -> browser.path().equals("/courses/" + id + "/edit/modules"));
      reached(browser, lang + "-course-outline-empty");

      browser.driver.findElement(By.cssSelector("form.add-module-form button[type=submit]")).click();
      waiting(browser).until(d -> !d.findElements(By.cssSelector(".error-summary a[href='#title']")).isEmpty());
      reached(browser, lang + "-course-module-refused");
      browser.driver.findElement(By.id("module-title_" + lang)).sendKeys(Map.of("fi", "Aloitus", "sv", "Början", "en", "Getting started")
          .get(lang));
      browser.driver.findElement(By.cssSelector("form.add-module-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().matches("/courses/" + id + "/edit/modules/[0-9a-f-]{36}"));
      String modulePath = browser.path();
      reached(browser, lang + "-course-module-empty");

      browser.driver.findElement(By.cssSelector("main a.add-lesson")).click();
      waiting(browser).until(d -> browser.path().endsWith("/lessons/new"));
      browser.driver.findElement(By.id("title_" + lang)).sendKeys(Map.of("fi", "Ensimmäinen päivä", "sv", "Första dagen",
          "en", "The first day").get(lang));
      browser.driver.findElement(By.id("body_" + lang)).sendKeys("**1.** " + tag);
      browser.driver.findElement(By.id("videoUrl")).sendKeys("https://video.example/" + tag);
      browser.driver.findElement(By.id("linkUrl0")).sendKeys("https://maker.example/manual.pdf");
      browser.driver.findElement(By.id("linkTitle0_" + lang)).sendKeys("PDF");
      reached(browser, lang + "-course-lesson-new");
      browser.driver.findElement(By.cssSelector("form.lesson-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals(modulePath));

      browser.driver.findElement(By.cssSelector("main a.add-question")).click();
      waiting(browser).until(d -> browser.path().endsWith("/questions/new"));
      browser.driver.findElement(By.id("text_" + lang)).sendKeys("? " + tag);
      browser.driver.findElement(By.id("option0_" + lang)).sendKeys("A");
      browser.driver.findElement(By.id("option1_" + lang)).sendKeys("B");
      browser.driver.findElement(By.cssSelector("input[name=answer][value='1']")).click();
      reached(browser, lang + "-course-question-new");
      browser.driver.findElement(By.cssSelector("form.question-form button[type=submit]")).click();
      waiting(browser).until(d -> browser.path().equals(modulePath));
      assertThat(browser.driver.findElements(By.cssSelector("main ol.lesson-list li"))).hasSize(1);
      assertThat(browser.driver.findElements(By.cssSelector("main ol.question-list li"))).hasSize(1);
      reached(browser, lang + "-course-module");

      browser.driver.findElement(By.cssSelector("main ol.lesson-list a")).click();
      waiting(browser).until(d -> browser.path().contains("/edit/lessons/"));
      java.nio.file.Path picture = java.nio.file.Files.createTempFile("lesson", ".png");
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
          picture.toFile());
      browser.driver.findElement(By.id("imageFile")).sendKeys(picture.toString());
      browser.driver.findElement(By.id("imageAlt")).sendKeys("Alt " + tag);
      browser.driver.findElement(By.cssSelector("form.image-upload button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("image=added"));
      assertThat(browser.driver.findElements(By.cssSelector("section#images img"))).hasSize(1);
      reached(browser, lang + "-course-lesson-images");
      java.nio.file.Files.deleteIfExists(picture);

      browser.go("/courses/" + id + "/edit/modules?lang=" + lang);
      browser.driver.findElement(By.cssSelector("form.submit-form button")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("submitted="));
      assertThat(browser.driver.findElements(By.cssSelector("form.submit-form"))).isEmpty();
      reached(browser, lang + "-course-submitted");
    }

    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, STAFF, DEMO_PASSWORD, lang);
      browser.go("/moderation?lang=" + lang);
      WebElement item = browser.driver.findElement(By.cssSelector("ol.course-queue li[data-queue-item='" + id + "']"));
      assertThat(item.getText()).contains(title);
      reached(browser, lang + "-course-moderation");
      item.findElement(By.cssSelector("button[value=approve]")).click();
      waiting(browser).until(d -> browser.path().equals("/courses/" + id));
    }

    try (Browser browser = Browser.open(app.port(), true)) {
      browser.go("/courses?lang=" + lang);
      browser.driver.findElement(By.id("q")).sendKeys(tag);
      browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("q="));
      WebElement card = browser.driver.findElement(By.cssSelector("main li.course-card"));
      assertThat(card.getText()).contains(title);
      card.findElement(By.cssSelector("a[href='/courses/" + id + "']")).click();
      waiting(browser).until(d -> browser.path().equals("/courses/" + id));
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      reached(browser, lang + "-course-found");
    }
    assertThat(violations).isEmpty();
  }

  private static String tag() {
    StringBuilder tag = new StringBuilder("kq");
    for (int i = 0; i < 6; i++) tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    return tag.toString();
  }
}
