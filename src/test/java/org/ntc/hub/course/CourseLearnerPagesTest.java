package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
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

class CourseLearnerPagesTest extends ApiTest {

  private CourseLearnerApiTest.Made published(String word) {
    return CourseLearnerApiTest.published(http, users, word);
  }

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()),
        form.add("_csrf", http.csrfOf(user.token())));
  }

  private static String quizPath(CourseLearnerApiTest.Made made, String moduleId) {
    return "/courses/" + made.id() + "/modules/" + moduleId + "/quiz";
  }

  @Test
  @DisplayName("a visitor sees the quiz's questions nowhere but is asked to sign in, on the course page and the quiz page")
  void visitorPrompted() {
    CourseLearnerApiTest.Made made = published(CourseApiTest.word("Vieras"));
    Element course = PageHtml.main(http.get("/courses/" + made.id() + "?lang=en", null).text());
    assertThat(course.select("a[href^=/login?next=]")).hasSize(1);
    assertThat(course.select("#progress")).isEmpty();
    assertThat(course.select("a[href=" + quizPath(made, made.first()) + "]")).hasSize(1);
    Element quiz = PageHtml.main(http.get(quizPath(made, made.first()) + "?lang=en", null).text());
    assertThat(quiz.select("form.quiz-form")).isEmpty();
    assertThat(quiz.select("a[href^=/login?next=]").text()).isEqualTo("Sign in");
    assertThat(http.get(quizPath(made, java.util.UUID.randomUUID().toString()), null).status()).isEqualTo(404);
    Http.Response anonymous = http.form(quizPath(made, made.first()), MultiMap.caseInsensitiveMultiMap(),
        MultiMap.caseInsensitiveMultiMap().add("q_" + made.firstQuestion(), "1"));
    assertThat(anonymous.status()).isIn(303, 403);
    assertThat(app.count("SELECT count(*) FROM course_quiz_attempt WHERE course_id = '" + made.id() + "'")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a learner fails a quiz, is told so and may try again, passes both and sees the course completed with its certificate and the sharing form")
  void takeQuizzes(String lang) {
    CourseLearnerApiTest.Made made = published(CourseApiTest.word("Sivu"));
    User learner = users.citizen("learner");
    String first = quizPath(made, made.first());
    Http.Response page = http.get(first + "?lang=" + lang, learner.token());
    assertThat(page.status()).isEqualTo(200);
    Element quiz = PageHtml.main(page.text());
    Element form = quiz.selectFirst("form.quiz-form[method=post][action=" + first + "]");
    assertThat(form).isNotNull();
    assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
    Element fieldset = form.selectFirst("fieldset#q_" + made.firstQuestion());
    assertThat(fieldset.selectFirst("legend").text()).contains("Which one, First?");
    assertThat(fieldset.select("input[type=radio][name=q_" + made.firstQuestion() + "]").eachAttr("value")).containsExactly("0", "1", "2");
    for (Element radio : fieldset.select("input[type=radio]")) {
      assertThat(radio.attributes().asList().stream().map(a -> a.getKey()).toList()).containsExactlyInAnyOrder("type", "id", "name", "value");
      assertThat(fieldset.select("label[for=" + radio.id() + "]")).hasSize(1);
    }
    CourseApiTest.noAnswers(page.text());
    assertThat(page.text()).doesNotContain("data-answer").doesNotContain("data-right");

    Http.Response missing = postForm(learner, first + "?lang=" + lang, MultiMap.caseInsensitiveMultiMap());
    assertThat(missing.status()).isEqualTo(400);
    Element again = PageHtml.main(missing.text());
    assertThat(again.select(".error-summary a[href=#q_" + made.firstQuestion() + "]")).hasSize(1);
    assertThat(again.select("fieldset#q_" + made.firstQuestion() + " .field-error")).hasSize(1);
    assertThat(postForm(learner, first, MultiMap.caseInsensitiveMultiMap().add("q_" + made.firstQuestion(), "9")).status())
        .isEqualTo(400);
    assertThat(app.count("SELECT count(*) FROM course_quiz_attempt WHERE account_id = '" + learner.id() + "'")).isZero();

    Http.Response wrong = postForm(learner, first + "?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("q_" + made.firstQuestion(), "0"));
    assertThat(wrong.status()).isEqualTo(303);
    assertThat(wrong.header("Location")).startsWith(first + "?tried=1");
    Element failed = PageHtml.main(http.get(first + "?tried=1&lang=" + lang, learner.token()).text());
    assertThat(failed.select("#result").text()).contains(Map.of("fi", "Ei vielä läpäisty", "sv", "Inte godkänt ännu",
        "en", "Not passed yet").get(lang)).contains("0 %");
    assertThat(failed.select("#result .passed")).isEmpty();
    assertThat(failed.select("form.quiz-form")).as("the form is there to try again").hasSize(1);
    Element course = PageHtml.main(http.get("/courses/" + made.id() + "?lang=" + lang, learner.token()).text());
    assertThat(course.select("#progress")).hasSize(1);
    assertThat(course.select(".lesson-read")).as("no lesson read yet").isEmpty();
    assertThat(course.select("section.course-module .badge")).isEmpty();
    assertThat(course.select("#completion")).isEmpty();

    assertThat(postForm(learner, first + "?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("q_" + made.firstQuestion(), "1")).status()).isEqualTo(303);
    Element passed = PageHtml.main(http.get(first + "?tried=1&lang=" + lang, learner.token()).text());
    assertThat(passed.select("#result.passed").text()).contains("100 %");
    assertThat(postForm(learner, quizPath(made, made.second()) + "?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("q_" + made.secondQuestion(), "0")).status()).isEqualTo(303);

    String code = http.get("/api/v1/me/courses", learner.token()).json().getJsonArray("items").getJsonObject(0)
        .getString("certificateCode");
    String lessonId = made.course().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");
    http.post("/api/v1/courses/" + made.id() + "/lessons/" + lessonId + "/complete", learner.token(), null);
    Http.Response donePage = http.get("/courses/" + made.id() + "?lang=" + lang, learner.token());
    Element done = PageHtml.main(donePage.text());
    assertThat(done.select("li:has(a[href$=" + lessonId + "]) .lesson-read")).hasSize(1);
    assertThat(done.select(".lesson-read")).hasSize(1);
    assertThat(done.select("#progress").text()).contains(Map.of("fi", "1/4", "sv", "1 av 4", "en", "1 of 4").get(lang));
    assertThat(done.select("#completion").text()).contains(Map.of("fi", "Suoritettu", "sv", "Slutförd", "en", "Completed on").get(lang));
    assertThat(done.select("#completion a[href=/api/v1/courses/" + made.id() + "/certificate.pdf]")).hasSize(1);
    assertThat(done.select("#completion a[href=/certificates/" + code + "]")).hasSize(1);
    assertThat(done.select("section.course-module .badge")).hasSize(2);
    Element sharing = done.selectFirst("form.sharing-form[action=/courses/" + made.id() + "/completion/sharing]");
    assertThat(sharing.select("input[name=_csrf]")).hasSize(1);
    assertThat(sharing.select("fieldset legend")).hasSize(1);
    assertThat(sharing.select("input#share-no[checked]")).hasSize(1);
    CourseApiTest.noAnswers(donePage.text());

    Http.Response shared = postForm(learner, "/courses/" + made.id() + "/completion/sharing", MultiMap.caseInsensitiveMultiMap()
        .add("share", "true"));
    assertThat(shared.status()).isEqualTo(303);
    assertThat(app.count("SELECT count(*) FROM course_completion WHERE account_id = '" + learner.id()
        + "' AND share_with_organisation")).isEqualTo(1);
    assertThat(PageHtml.main(http.get("/courses/" + made.id() + "?lang=" + lang, learner.token()).text())
        .select("input#share-yes[checked]")).hasSize(1);
    assertThat(postForm(users.citizen("other"), "/courses/" + made.id() + "/completion/sharing", MultiMap.caseInsensitiveMultiMap()
        .add("share", "false")).status()).as("no completion of their own").isEqualTo(404);
  }

  @Test
  @DisplayName("the privacy notice tells what is kept of a learner's courses, in fi, sv and en")
  void privacyNotice() {
    for (String lang : java.util.List.of("fi", "sv", "en")) {
      assertThat(PageHtml.main(http.get("/privacy?lang=" + lang, null).text()).text())
          .contains(org.ntc.hub.platform.I18n.text(lang, "privacy.stored.courses"));
    }
  }
}
