package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class CourseEditorPagesTest extends ApiTest {

  private Http.Response post(User user, String path, String... namesAndValues) {
    MultiMap form = Http.form(namesAndValues).add("_csrf", http.csrfOf(user.token()));
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()), form);
  }

  /** A verified member's draft, written on the page form: its id. */
  private String draft(User member, String word) {
    Http.Response created = post(member, "/courses/new", "title_fi", word + " kotona", "summary_fi",
        "Lyhyt kurssi kotiin, vaihe vaiheelta.", "languages", "fi", "audience", "citizens", "durationMinutes", "20",
        "organisationId", member.organisationId());
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    return created.header("Location").substring("/courses/".length());
  }

  private JsonObject full(User user, String id) {
    return http.get("/api/v1/courses/" + id, user.token()).json();
  }

  /** A course with one module, one lesson and one question whose right option is the second: the module's path. */
  private String written(User member, String id) {
    String editor = "/courses/" + id + "/edit/modules";
    Http.Response module = post(member, editor, "title_fi", "Ensimmäinen moduuli");
    assertThat(module.status()).as(module.text()).isEqualTo(303);
    String modulePath = module.header("Location");
    assertThat(modulePath).startsWith(editor + "/");
    Http.Response lesson = post(member, modulePath + "/lessons/new", "title_fi", "Ensimmäinen oppitunti",
        "body_fi", "Paina **nappia**.", "videoUrl", "https://video.example/eka", "linkUrl0", "https://maker.example/ohje.pdf",
        "linkTitle0_fi", "Ohje");
    assertThat(lesson.status()).as(lesson.text()).isEqualTo(303);
    assertThat(lesson.header("Location")).isEqualTo(modulePath);
    Http.Response question = post(member, modulePath + "/questions/new", "text_fi", "Mitä painetaan?",
        "option0_fi", "Ei mitään", "option1_fi", "Nappia", "option2_fi", "Kantta", "answer", "1");
    assertThat(question.status()).as(question.text()).isEqualTo(303);
    return modulePath;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a verified member writes a module, a lesson and a quiz question on the pages; ids stay across edits; the answer is theirs to see")
  void writesOnPages(String lang) {
    User member = users.orgMember("company");
    assertThat(PageHtml.main(http.get("/courses?lang=" + lang, member.token()).text()).select("a[href=/courses/new]")).hasSize(1);
    Element newForm = PageHtml.main(http.get("/courses/new?lang=" + lang, member.token()).text());
    assertThat(newForm.select("select#organisationId option").attr("value")).isEqualTo(member.organisationId());
    assertThat(newForm.select("input[type=checkbox][name=languages]").eachAttr("value")).containsExactly("fi", "sv", "en");
    assertThat(PageHtml.main(http.get("/courses?lang=" + lang, null).text()).select("#filter-language option").eachAttr("value"))
        .containsExactly("", "en", "fi", "sv");
    String word = CourseApiTest.word("Editori");
    String id = draft(member, word);
    Element outline = PageHtml.main(http.get("/courses/" + id + "/edit/modules?lang=" + lang, member.token()).text());
    assertThat(outline.select("form.add-module-form input[name=title_sv]")).hasSize(1);
    assertThat(outline.select("form.submit-form")).as("a draft can be sent").hasSize(1);

    String modulePath = written(member, id);
    Element written = PageHtml.main(http.get("/courses/" + id + "/edit/modules?lang=" + lang, member.token()).text());
    assertThat(written.select("[data-module] span[lang]").attr("lang")).as("the module is titled in Finnish only").isEqualTo("fi");
    assertThat(written.select("[data-module] button.danger").text()).as("its buttons speak the page's language")
        .startsWith(Map.of("fi", "Poista", "sv", "Ta bort", "en", "Remove").get(lang) + " ");
    JsonObject course = full(member, id);
    JsonObject module = course.getJsonArray("modules").getJsonObject(0);
    String moduleId = module.getString("id");
    String lessonId = module.getJsonArray("lessons").getJsonObject(0).getString("id");
    String questionId = module.getJsonObject("quiz").getJsonArray("questions").getJsonObject(0).getString("id");
    assertThat(module.getJsonObject("quiz").getInteger("passMark")).isEqualTo(CourseOutline.DEFAULT_PASS_MARK);
    assertThat(course.encode()).doesNotContain("\"answer\"");

    Element modulePage = PageHtml.main(http.get(modulePath + "?lang=" + lang, member.token()).text());
    assertThat(modulePage.select("ol.lesson-list a").attr("href")).isEqualTo("/courses/" + id + "/edit/lessons/" + lessonId);
    assertThat(modulePage.select("ol.question-list a").attr("href")).isEqualTo("/courses/" + id + "/edit/questions/" + questionId);
    Element questionPage = PageHtml.main(http.get("/courses/" + id + "/edit/questions/" + questionId + "?lang=" + lang,
        member.token()).text());
    assertThat(questionPage.select("input[name=answer][checked]").attr("value")).as("editors see the right option").isEqualTo("1");
    assertThat(questionPage.select("input[name=option1_fi]").attr("value")).isEqualTo("Nappia");
    Element lessonPage = PageHtml.main(http.get("/courses/" + id + "/edit/lessons/" + lessonId + "?lang=" + lang,
        member.token()).text());
    assertThat(lessonPage.select("input[name=linkUrl0]").attr("value")).isEqualTo("https://maker.example/ohje.pdf");

    assertThat(post(member, "/courses/" + id + "/edit/lessons/" + lessonId, "moduleId", moduleId, "title_fi", "Uusi nimi",
        "body_fi", "Paina nappia.").header("Location")).isEqualTo(modulePath);
    assertThat(post(member, modulePath + "/quiz", "passMark", "50").status()).isEqualTo(303);
    assertThat(post(member, "/courses/" + id + "/edit/modules", "title_en", "Second module").status()).isEqualTo(303);
    assertThat(post(member, modulePath + "/move", "direction", "down").status()).isEqualTo(303);
    JsonObject edited = full(member, id);
    JsonObject moved = edited.getJsonArray("modules").getJsonObject(1);
    assertThat(moved.getString("id")).isEqualTo(moduleId);
    assertThat(moved.getJsonArray("lessons").getJsonObject(0).getString("id")).isEqualTo(lessonId);
    assertThat(moved.getJsonArray("lessons").getJsonObject(0).getString("title")).isEqualTo("Uusi nimi");
    assertThat(moved.getJsonObject("quiz").getJsonArray("questions").getJsonObject(0).getString("id")).isEqualTo(questionId);
    assertThat(moved.getJsonObject("quiz").getInteger("passMark")).isEqualTo(50);

    Http.Response incomplete = post(member, "/courses/" + id + "/edit/submit?lang=" + lang);
    assertThat(incomplete.status()).as("the new module has no lesson yet").isEqualTo(400);
    assertThat(PageHtml.main(incomplete.text()).select(".error-summary a[href=#lessons]")).hasSize(1);
    String secondId = edited.getJsonArray("modules").getJsonObject(0).getString("id");
    assertThat(post(member, "/courses/" + id + "/edit/modules/" + secondId + "/remove").status()).isEqualTo(303);
    Http.Response sent = post(member, "/courses/" + id + "/edit/submit?lang=" + lang);
    assertThat(sent.status()).as(sent.text()).isEqualTo(303);
    assertThat(full(member, id).getString("status")).isEqualTo("pending");
  }

  @Test
  @DisplayName("refused edits come back with their errors and change nothing: empty title, bad address, too many options, pass mark, answer")
  void refusals() {
    User member = users.orgMember("company");
    String id = draft(member, CourseApiTest.word("Virhe"));
    String modulePath = written(member, id);
    JsonObject before = full(member, id);
    String lessonId = before.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");

    Http.Response noTitle = post(member, "/courses/" + id + "/edit/modules?lang=en", "title_fi", " ");
    assertThat(noTitle.status()).isEqualTo(400);
    Element page = PageHtml.main(noTitle.text());
    assertThat(page.select(".error-summary a[href=#title]").text()).isEqualTo("Give a title of 3 to 200 characters in at least one language.");

    Http.Response badUrl = post(member, "/courses/" + id + "/edit/lessons/" + lessonId + "?lang=en", "title_fi", "Oppitunti",
        "body_fi", "Teksti", "videoUrl", "javascript:alert(1)", "linkUrl0", "ftp://files.example/x", "linkTitle0_fi", "X");
    assertThat(badUrl.status()).isEqualTo(400);
    Element lessonForm = PageHtml.main(badUrl.text());
    assertThat(lessonForm.select("#videoUrl").attr("aria-invalid")).isEqualTo("true");
    assertThat(lessonForm.select("#videoUrl").attr("value")).isEqualTo("javascript:alert(1)");
    assertThat(lessonForm.select(".error-summary a[href=#links]")).hasSize(1);

    String[] seven = {"text_en", "Which one?", "answer", "0"};
    JsonArray fields = new JsonArray();
    for (String f : seven) fields.add(f);
    for (int i = 0; i < 7; i++) fields.add("option" + i + "_en").add("Option " + i);
    Http.Response tooMany = post(member, modulePath + "/questions/new?lang=en", fields.stream().map(String::valueOf).toArray(String[]::new));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(PageHtml.main(tooMany.text()).select(".error-summary a[href=#options]")).hasSize(1);
    Http.Response noAnswer = post(member, modulePath + "/questions/new?lang=en", "text_en", "Which one?", "option0_en", "A",
        "option1_en", "B");
    assertThat(noAnswer.status()).isEqualTo(400);
    assertThat(PageHtml.main(noAnswer.text()).select(".error-summary a[href=#answer]")).hasSize(1);
    for (String mark : new String[] {"0", "101", "-5", "many"}) {
      Http.Response refused = post(member, modulePath + "/quiz?lang=en", "passMark", mark);
      assertThat(refused.status()).as(mark).isEqualTo(400);
      assertThat(PageHtml.main(refused.text()).select("#passMark").attr("aria-invalid")).isEqualTo("true");
    }
    assertThat(full(member, id).getString("version")).as("nothing was stored").isEqualTo(before.getString("version"));
  }

  @Test
  @DisplayName("unknown ids are not found, another organisation's course is not theirs, a form without its CSRF token is refused")
  void whoMay() {
    User member = users.orgMember("company");
    String id = draft(member, CourseApiTest.word("Oma"));
    String modulePath = written(member, id);
    String version = full(member, id).getString("version");
    String outline = "/courses/" + id + "/edit/modules";
    assertThat(post(member, outline + "/" + UUID.randomUUID() + "/lessons/new", "title_fi", "Oppitunti", "body_fi", "X").status())
        .isEqualTo(404);
    assertThat(post(member, "/courses/" + id + "/edit/lessons/" + UUID.randomUUID(), "title_fi", "Oppitunti", "body_fi", "X")
        .status()).isEqualTo(404);
    assertThat(post(member, "/courses/" + id + "/edit/questions/" + UUID.randomUUID() + "/remove").status()).isEqualTo(404);
    assertThat(http.get(outline + "/" + UUID.randomUUID(), member.token()).status()).isEqualTo(404);
    assertThat(post(member, outline + "/not-an-id/remove").status()).isIn(400, 404);

    User other = users.orgMember("company");
    assertThat(http.get(outline, other.token()).status()).isEqualTo(404);
    assertThat(post(other, outline, "title_fi", "Vieras moduuli").status()).isEqualTo(404);
    assertThat(post(other, modulePath + "/remove").status()).isEqualTo(404);
    User citizen = users.citizen("learner");
    assertThat(http.get("/courses/new", citizen.token()).status()).isEqualTo(403);

    Http.Response noCsrf = http.form(outline, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + member.token()),
        Http.form("title_fi", "Ilman tunnistetta"));
    assertThat(noCsrf.status()).isEqualTo(403);
    assertThat(full(member, id).getString("version")).isEqualTo(version);
  }

  @Test
  @DisplayName("a submitted course waits in the moderation queue; asking for changes shows the comment to its writers; approving publishes it")
  void moderation() {
    User member = users.orgMember("company");
    String word = CourseApiTest.word("Jono");
    String id = draft(member, word);
    written(member, id);
    assertThat(post(member, "/courses/" + id + "/edit/submit").status()).isEqualTo(303);
    User staff = users.staff("seinajoki");
    Element queue = PageHtml.main(http.get("/moderation?lang=en", staff.token()).text());
    Element item = queue.select("ol.course-queue li[data-queue-item=" + id + "]").first();
    assertThat(item).as(queue.html()).isNotNull();
    String version = item.select("input[name=version]").attr("value");
    assertThat(post(staff, "/courses/" + id + "/review", "decision", "request-changes", "version", version).status())
        .as("a comment is needed").isEqualTo(400);
    assertThat(post(staff, "/courses/" + id + "/review", "decision", "request-changes", "version", version,
        "comment", "Lisää toinen kysymys").status()).isEqualTo(303);
    Element outline = PageHtml.main(http.get("/courses/" + id + "/edit/modules?lang=en", member.token()).text());
    assertThat(outline.select(".review-comment").text()).contains("Lisää toinen kysymys");
    assertThat(outline.select(".course-status").text()).isEqualTo("Changes requested");
    assertThat(PageHtml.main(http.get("/courses/" + id + "/edit?lang=en", member.token()).text()).select(".review-comment").text())
        .contains("Lisää toinen kysymys");

    assertThat(post(member, "/courses/" + id + "/edit/submit").status()).isEqualTo(303);
    version = PageHtml.main(http.get("/moderation?lang=en", staff.token()).text())
        .select("ol.course-queue li[data-queue-item=" + id + "] input[name=version]").attr("value");
    assertThat(post(staff, "/courses/" + id + "/review", "decision", "approve", "version", version).status()).isEqualTo(303);
    assertThat(PageHtml.main(http.get("/moderation?lang=en", staff.token()).text())
        .select("ol.course-queue li[data-queue-item=" + id + "]")).isEmpty();
    assertThat(PageHtml.main(http.get("/courses?q=" + word + "&lang=en", null).text())
        .select("li.course-card a[href=/courses/" + id + "]")).hasSize(1);
    assertThat(http.get("/courses/" + id, null).text()).doesNotContain("\"answer\"");

    User other = users.orgMember("company");
    assertThat(http.get("/courses/" + id + "/edit/modules", other.token()).status()).as("public, not theirs").isEqualTo(403);
    assertThat(post(other, "/courses/" + id + "/edit/modules", "title_fi", "Vieras moduuli").status()).isEqualTo(403);
    assertThat(post(member, "/courses/" + id + "/edit/modules", "title_fi", "Toinen moduuli").status()).isEqualTo(303);
    assertThat(full(member, id).getString("status")).as("an edit of a published course waits for review").isEqualTo("pending");
    assertThat(http.get("/api/v1/courses/" + id, null).json().getJsonArray("modules")).as("the approved copy stays public").hasSize(1);
    assertThat(PageHtml.main(http.get("/moderation?lang=en", staff.token()).text())
        .select("ol.course-queue li[data-queue-item=" + id + "]").text()).contains("edit of a published course");
  }
}
