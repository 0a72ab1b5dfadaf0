package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.DemoNodeTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;

/** The demo's two courses: one for citizens in Finnish and Swedish, one for home-care professionals in three languages. */
class CourseDemoTest extends DemoNodeTest {
  private static final String DISPENSER_SHOWCASE = "00000000-0000-4000-a000-000000000004";
  private static final String BLOOD_PRESSURE_SHOWCASE = "00000000-0000-4000-a000-000000000001";

  @Test
  @DisplayName("the demo courses are in the catalogue by audience and language, with modules and quizzes, and on their showcases' pages")
  void demoCourses(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    JsonObject citizens = http.get("/api/v1/courses?audience=citizens&lang=sv", null).json();
    assertThat(citizens.getLong("total")).isGreaterThanOrEqualTo(1);
    JsonObject dispenser = citizens.getJsonArray("items").getJsonObject(0);
    assertThat(dispenser.getJsonArray("languages")).containsExactly("fi", "sv");
    assertThat(dispenser.getJsonArray("showcaseIds")).containsExactly(DISPENSER_SHOWCASE);
    assertThat(dispenser.getJsonArray("modules")).hasSize(2);
    assertThat(dispenser.getJsonArray("modules").getJsonObject(0).getJsonObject("quiz").getJsonArray("questions")).hasSize(3);
    assertThat(citizens.encode()).doesNotContain("\"answer\"");

    JsonObject professionals = http.get("/api/v1/courses?audience=professionals&lang=en", null).json();
    JsonObject bloodPressure = professionals.getJsonArray("items").getJsonObject(0);
    assertThat(bloodPressure.getJsonArray("languages")).containsExactly("en", "fi", "sv");
    assertThat(bloodPressure.getString("title")).isEqualTo("Remote blood-pressure follow-up in home care");
    assertThat(bloodPressure.getJsonArray("showcaseIds")).containsExactly(BLOOD_PRESSURE_SHOWCASE);
    assertThat(http.get("/api/v1/courses?audience=citizens&lang=en", null).json().getLong("total"))
        .as("the citizens' course is not offered in English").isZero();

    Element showcase = PageHtml.main(http.get("/showcases/" + DISPENSER_SHOWCASE + "?lang=fi", null).text());
    assertThat(showcase.select("#courses a").text()).contains("Lääkeannostelija kotona");
    Element course = PageHtml.main(http.get("/courses/" + dispenser.getString("id") + "?lang=sv", null).text());
    assertThat(course.select("h1").text()).isEqualTo("Läkemedelsautomat hemma");
    assertThat(course.select("section.course-module")).hasSize(2);

    JsonObject firstLesson = dispenser.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
    String picture = firstLesson.getJsonArray("images").getJsonObject(0).getString("url");
    Element lesson = PageHtml.main(http.get("/courses/" + dispenser.getString("id") + "/lessons/" + firstLesson.getString("id")
        + "?lang=sv", null).text());
    assertThat(lesson.select("figure img[src=" + picture + "]").attr("alt")).startsWith("En rund läkemedelsautomat");
    Http.Response bytes = http.get(picture, null);
    assertThat(bytes.status()).isEqualTo(200);
    assertThat(bytes.header("Content-Type")).isEqualTo("image/png");
    assertThat(bloodPressure.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0)
        .getJsonArray("images").getJsonObject(0).getString("alt")).startsWith("A blood pressure monitor");
  }
}
