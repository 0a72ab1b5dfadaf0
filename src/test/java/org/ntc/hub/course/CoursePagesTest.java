package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class CoursePagesTest extends ApiTest {

  /** A public showcase and a published course, in Finnish and Swedish, that teaches it. */
  private String[] publishedWithShowcase(String word) {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    JsonObject showcase = new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Annostelija " + word).put("sv", "Automat " + word).put("en", "Dispenser " + word))
        .put("summary", new JsonObject().put("en", "Reminds and alerts home care."))
        .put("categories", new JsonArray().add("medication-management"));
    String showcaseId = http.post("/api/v1/showcases", company.token(), showcase).json().getString("id");
    http.post("/api/v1/showcases/" + showcaseId + "/submit", company.token(), null);
    http.post("/api/v1/showcases/" + showcaseId + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    JsonObject course = CourseApiTest.course(word).put("showcaseIds", new JsonArray().add(showcaseId));
    Http.Response created = http.post("/api/v1/courses", staff.token(), course);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    return new String[] {id, showcaseId, created.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
        .getJsonObject(0).getString("id")};
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("the catalogue, a course, a lesson and the showcase it teaches speak the reader's language, with no answers")
  void pagesInEachLanguage(String lang) {
    String word = CourseApiTest.word("Kurssi");
    String[] made = publishedWithShowcase(word);
    String id = made[0];
    Map<String, String> title = Map.of("fi", word + " kotona", "sv", word + " hemma", "en", word + " at home");
    Map<String, String> languages = Map.of("fi", "suomi, ruotsi", "sv", "finska, svenska", "en", "Finnish, Swedish");
    Map<String, String> audience = Map.of("fi", "Kansalaiset", "sv", "Medborgare", "en", "Citizens");

    Http.Response listPage = http.get("/courses?q=" + word + "&audience=citizens&language=sv&lang=" + lang, null);
    assertThat(listPage.status()).isEqualTo(200);
    Element list = PageHtml.main(listPage.text());
    Element card = list.select("li.course-card:has(a[href=/courses/" + id + "])").first();
    assertThat(card).as(list.html()).isNotNull();
    assertThat(card.select("h2 a").text()).isEqualTo(title.get(lang));
    assertThat(card.select(".course-languages").text()).contains(languages.get(lang));
    assertThat(card.text()).contains(audience.get(lang)).doesNotContain("citizens").doesNotContain("medication-management");
    assertThat(PageHtml.main(http.get("/courses?q=" + word + "&language=en&lang=" + lang, null).text())
        .select("li.course-card")).as("not offered in English").isEmpty();
    assertThat(http.get("/courses?audience=nobody&lang=" + lang, null).status()).isEqualTo(400);

    String coursePage = http.get("/courses/" + id + "?lang=" + lang, null).text();
    Element course = PageHtml.main(coursePage);
    assertThat(course.select("h1").text()).isEqualTo(title.get(lang));
    assertThat(course.select(".course-languages").text()).isEqualTo(languages.get(lang));
    assertThat(course.select("section.course-module")).hasSize(2);
    assertThat(course.select("section.course-module ol.lessons a").first().attr("href")).isEqualTo("/courses/" + id + "/lessons/" + made[2]);
    assertThat(course.select("#teaches a[href=/showcases/" + made[1] + "]")).hasSize(1);
    assertThat(coursePage).doesNotContain(CourseApiTest.RIGHT).doesNotContain("Option First");

    String lessonPage = http.get("/courses/" + id + "/lessons/" + made[2] + "?lang=" + lang, null).text();
    Element lesson = PageHtml.main(lessonPage);
    assertThat(lesson.select("h1").text()).isEqualTo("First lesson");
    assertThat(lesson.select(".description strong").text()).isEqualTo("the button");
    assertThat(lesson.select("script")).as("the lesson's Markdown is sanitised").isEmpty();
    assertThat(lesson.select("a[href=https://maker.example/manual.pdf]")).hasSize(1);
    assertThat(lesson.select("a[href=https://video.example/First]")).hasSize(1);
    assertThat(lesson.select("nav.lesson-nav a").eachAttr("href")).contains("/courses/" + id);
    assertThat(lessonPage).doesNotContain(CourseApiTest.RIGHT);

    Element showcase = PageHtml.main(http.get("/showcases/" + made[1] + "?lang=" + lang, null).text());
    assertThat(showcase.select("#courses a[href=/courses/" + id + "]").text()).isEqualTo(title.get(lang));
  }

  @Test
  @DisplayName("a course not yet public and a lesson that is not the course's are not found; the header links the catalogue")
  void notPublicNotFound() {
    User staff = users.staff("seinajoki");
    JsonObject created = http.post("/api/v1/courses", staff.token(), CourseApiTest.course(CourseApiTest.word("Luonnos"))).json();
    String id = created.getString("id");
    assertThat(http.get("/courses/" + id, null).status()).isEqualTo(404);
    String lessonId = created.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");
    assertThat(http.get("/courses/" + id + "/lessons/" + lessonId, null).status()).isEqualTo(404);
    assertThat(http.get("/courses/" + id + "/lessons/" + java.util.UUID.randomUUID(), staff.token()).status()).isEqualTo(404);
    assertThat(http.get("/courses/" + id + "/lessons/not-an-id", null).status()).isIn(400, 404);
    assertThat(PageHtml.parse(http.get("/courses?lang=fi", null).text()).select("header a[href=/courses]").text()).isEqualTo("Kurssit");
  }
}
