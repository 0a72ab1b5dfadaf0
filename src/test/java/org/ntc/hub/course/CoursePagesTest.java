package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
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

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()),
        form.add("_csrf", http.csrfOf(user.token())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("staff write a course's basics on a form, people without a verified organisation may not: a refused form comes back with its errors and stores nothing")
  void staffForm(String lang) {
    User staff = users.staff("seinajoki");
    Element form = PageHtml.main(http.get("/courses/new?lang=" + lang, staff.token()).text());
    assertThat(form.select("form.course-form input[name=title_fi]")).hasSize(1);
    assertThat(form.select("form.course-form input[type=checkbox][name=languages]")).hasSize(3);
    assertThat(http.get("/courses/new", users.citizen("care").token()).status()).isEqualTo(403);
    assertThat(postForm(users.citizen("care"), "/courses/new?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("title_fi", "Ei saa")).status()).isEqualTo(403);

    String word = CourseApiTest.word("Lomake");
    Http.Response refused = postForm(staff, "/courses/new?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("title_fi", word).add("durationMinutes", "many"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select("input[name=title_fi]").attr("value")).isEqualTo(word);
    assertThat(again.select(".field-error").size()).isGreaterThanOrEqualTo(4);
    assertThat(again.select("#durationMinutes").attr("aria-invalid")).isEqualTo("true");
    assertThat(app.count("SELECT count(*) FROM course WHERE content::text LIKE '%" + word + "%'")).isZero();

    Http.Response created = postForm(staff, "/courses/new?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("title_fi", word + " kotona").add("summary_fi", "Lyhyt kurssi kotiin, vaihe vaiheelta.")
        .add("languages", "fi").add("audience", "citizens").add("categories", "self-care").add("durationMinutes", "25"));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String path = created.header("Location");
    Element page = PageHtml.main(http.get(path + "?lang=" + lang, staff.token()).text());
    assertThat(page.select("h1").text()).isEqualTo(word + " kotona");
    assertThat(page.select("a[href=" + path + "/edit]")).hasSize(1);
    Element edit = PageHtml.main(http.get(path + "/edit?lang=" + lang, staff.token()).text());
    assertThat(edit.select("#durationMinutes").attr("value")).isEqualTo("25");
    Http.Response edited = postForm(staff, path + "/edit?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("title_fi", word + " kotona").add("summary_fi", "Lyhyt kurssi kotiin, vaihe vaiheelta.")
        .add("languages", "fi").add("languages", "sv").add("audience", "citizens").add("durationMinutes", "35"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(303);
    String id = path.substring("/courses/".length());
    assertThat(http.get("/api/v1/courses/" + id, staff.token()).json().getInteger("durationMinutes")).isEqualTo(35);
    Http.Response noModules = postForm(staff, path + "/review?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("decision", "approve"));
    assertThat(noModules.status()).as("a course without modules is not approved").isEqualTo(400);
    assertThat(http.get(path, null).status()).isEqualTo(404);
    assertThat(http.get(path + "/edit", users.orgMember("care").token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("a signed-in learner marks a lesson read on its page and goes on to the next; a visitor is asked to sign in")
  void markRead() {
    String[] made = publishedWithShowcase(CourseApiTest.word("Luettu"));
    String lessonPath = "/courses/" + made[0] + "/lessons/" + made[2];
    assertThat(PageHtml.main(http.get(lessonPath + "?lang=en", null).text()).select("form[action=" + lessonPath + "/complete]"))
        .isEmpty();
    User learner = users.citizen("learner");
    Element page = PageHtml.main(http.get(lessonPath + "?lang=en", learner.token()).text());
    assertThat(page.select("form[action=" + lessonPath + "/complete] button").text()).isEqualTo("Done: on to the next");
    Http.Response read = postForm(learner, lessonPath + "/complete", MultiMap.caseInsensitiveMultiMap());
    assertThat(read.status()).isEqualTo(303);
    assertThat(read.header("Location")).startsWith("/courses/" + made[0] + "/lessons/").doesNotEndWith(made[2]);
    assertThat(http.get("/api/v1/me/courses", learner.token()).json().getJsonArray("items").getJsonObject(0)
        .getInteger("lessonsCompleted")).isEqualTo(1);
  }
}
