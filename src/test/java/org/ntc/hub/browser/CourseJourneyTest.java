package org.ntc.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A home care nurse (the demo's Anna Rinne) takes the centre's course on the medication dispenser
 * in Finnish: reads the lessons, fails the first quiz once and sees the module stay incomplete,
 * passes it, finishes the second module and sees the course completed with its certificate's links;
 * downloads the certificate and checks its code on the site.
 * Axe on the course, lesson and quiz pages, at phone and desktop width.
 */
class CourseJourneyTest extends BrowserJourney {
  private static final String COURSE = "/courses/00000000-0000-4000-c000-000000000001";
  /** The right options of the demo course's quizzes, module by module (see CourseDemo). */
  private static final List<List<String>> RIGHT = List.of(List.of("0", "1", "2"), List.of("0", "1", "0"));

  @Test
  @DisplayName("a learner reads the lessons, fails a quiz once, passes, completes the demo course and checks the downloaded certificate's code")
  void learnerCompletesCourse() {
    try (Browser browser = Browser.open(app.port(), true)) {
      signIn(browser, "anna.rinne@lakeus.example", DEMO_PASSWORD, "fi");
      browser.go(COURSE + "?lang=fi");
      assertThat(browser.driver.findElement(By.cssSelector("#progress")).getText()).contains("0/4");
      reached(browser, "fi-course-learner");

      readModule(browser, 0);
      takeQuiz(browser, 0, List.of("1", "1", "1"));
      waiting(browser).until(d -> d.findElement(By.id("result")).getText().contains("Ei vielä läpäisty"));
      reached(browser, "fi-course-quiz-failed");
      browser.go(COURSE + "?lang=fi");
      assertThat(modules(browser).get(0).findElements(By.cssSelector(".badge"))).as("the module stays incomplete").isEmpty();

      takeQuiz(browser, 0, RIGHT.get(0));
      waiting(browser).until(d -> d.findElement(By.cssSelector("#result.passed")).getText().contains("100 %"));
      readModule(browser, 1);
      takeQuiz(browser, 1, RIGHT.get(1));
      waiting(browser).until(d -> d.findElement(By.cssSelector("#result.passed")).isDisplayed());

      browser.go(COURSE + "?lang=fi");
      WebElement completion = browser.driver.findElement(By.id("completion"));
      assertThat(completion.getText()).contains("Suoritettu");
      assertThat(completion.findElement(By.cssSelector("a[href$='/certificate.pdf']")).isDisplayed()).isTrue();
      assertThat(completion.findElement(By.cssSelector("a[href^='/certificates/']")).getAttribute("href")).matches(".*/certificates/[A-Za-z0-9_-]{20,}");
      assertThat(modules(browser)).allSatisfy(m -> assertThat(m.findElements(By.cssSelector(".badge"))).hasSize(1));
      reached(browser, "fi-course-completed");
      completion.findElement(By.id("share-yes")).click();
      completion.findElement(By.cssSelector("form.sharing-form button[type=submit]")).click();
      waiting(browser).until(d -> d.getCurrentUrl().contains("shared=true"));
      assertThat(browser.driver.findElement(By.id("share-yes")).isSelected()).isTrue();

      // The certificate as the learner downloads it, with the browser's own session, and its code checked on the site.
      String pdfPath = URI.create(browser.driver.findElement(By.cssSelector("#completion a[href$='/certificate.pdf']"))
          .getAttribute("href")).getPath();
      String text = certificateText(browser, pdfPath);
      // The address is printed whole, never broken at a hyphen of the code, so a reader can type it from paper.
      Matcher code = Pattern.compile("/certificates/([A-Za-z0-9_-]{20,})").matcher(text);
      assertThat(code.find()).as("the certificate gives its check address: " + text).isTrue();
      assertThat(URI.create(browser.driver.findElement(By.cssSelector("#completion a[href^='/certificates/']"))
          .getAttribute("href")).getPath()).isEqualTo("/certificates/" + code.group(1));
      assertThat(text).contains("Anna Rinne");
      browser.go("/certificates/" + code.group(1) + "?lang=fi");
      assertThat(browser.driver.findElements(By.cssSelector("main .certificate-invalid"))).isEmpty();
      assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Anna Rinne");
      reached(browser, "fi-course-certificate-checked");
    }
    assertThat(violations).isEmpty();
  }

  /** The PDF at this path, fetched with the browser's cookies as its download would be, as text. */
  private String certificateText(Browser browser, String path) {
    String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    try {
      HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + app.port() + path)).header("Cookie", cookies).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<WebElement> modules(Browser browser) {
    return browser.driver.findElements(By.cssSelector("section.course-module"));
  }

  /** Opens the module's first lesson from the course page and marks each read until the course page comes back. */
  private void readModule(Browser browser, int module) {
    browser.go(COURSE + "?lang=fi");
    modules(browser).get(module).findElement(By.cssSelector("ol.lessons a")).click();
    waiting(browser).until(d -> browser.path().contains("/lessons/"));
    if (module == 0) reached(browser, "fi-course-lesson");
    while (browser.path().contains("/lessons/")) {
      String before = browser.path();
      browser.driver.findElement(By.cssSelector("form[action$='/complete'] button[type=submit]")).click();
      waiting(browser).until(d -> !browser.path().equals(before));
    }
  }

  /** From the course page, the module's quiz with these options chosen, sent. */
  private void takeQuiz(Browser browser, int module, List<String> choices) {
    browser.go(COURSE + "?lang=fi");
    modules(browser).get(module).findElement(By.cssSelector("a[href$='/quiz']")).click();
    waiting(browser).until(d -> browser.path().endsWith("/quiz"));
    if (module == 0 && choices != RIGHT.get(0)) reached(browser, "fi-course-quiz");
    List<WebElement> questions = browser.driver.findElements(By.cssSelector("form.quiz-form fieldset.question"));
    assertThat(questions).hasSize(choices.size());
    assertThat(browser.driver.getPageSource()).doesNotContain("\"answer\"");
    for (int q = 0; q < questions.size(); q++) {
      WebElement radio = questions.get(q).findElement(By.cssSelector("input[type=radio][value='" + choices.get(q) + "']"));
      browser.driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
    }
    browser.driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
    waiting(browser).until(d -> browser.driver.getCurrentUrl().contains("tried=1"));
  }
}
