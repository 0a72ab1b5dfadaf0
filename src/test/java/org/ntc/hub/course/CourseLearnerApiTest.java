package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

class CourseLearnerApiTest extends ApiTest {

  /** A published course of {@link CourseApiTest#course}: two modules of one question each, right options 1 and 0. */
  record Made(String id, String first, String firstQuestion, String second, String secondQuestion, JsonObject course) {}

  Made published(String word) {
    return published(http, users, word);
  }

  static Made published(Http http, Users users, String word) {
    User staff = users.staff("seinajoki");
    Http.Response created = http.post("/api/v1/courses", staff.token(), CourseApiTest.course(word));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    JsonObject course = http.get("/api/v1/courses/" + id, null).json();
    JsonArray modules = course.getJsonArray("modules");
    return new Made(id, modules.getJsonObject(0).getString("id"), question(modules.getJsonObject(0)),
        modules.getJsonObject(1).getString("id"), question(modules.getJsonObject(1)), course);
  }

  private static String question(JsonObject module) {
    return module.getJsonObject("quiz").getJsonArray("questions").getJsonObject(0).getString("id");
  }

  static JsonObject answers(String questionId, Object index) {
    return new JsonObject().put("answers", new JsonObject().put(questionId, index));
  }

  private static String quiz(Made made, String moduleId) {
    return "/api/v1/courses/" + made.id() + "/modules/" + moduleId + "/quiz";
  }

  private long attempts(User learner) {
    return app.count("SELECT count(*) FROM course_quiz_attempt WHERE account_id = '" + learner.id() + "'");
  }

  private long completions(User learner) {
    return app.count("SELECT count(*) FROM course_completion WHERE account_id = '" + learner.id() + "'");
  }

  private JsonObject progress(String token, String courseId) {
    JsonArray items = http.get("/api/v1/me/courses?lang=en", token).json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(p -> p.getString("courseId").equals(courseId)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a wrong answer is kept but does not complete the module; passing every module completes the course once, with a certificate code")
  void passAndFail() {
    Made made = published(CourseApiTest.word("Visa"));
    User learner = users.citizen("learner");
    Http.Response failed = http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 0));
    assertThat(failed.status()).as(failed.text()).isEqualTo(200);
    CourseApiTest.noAnswers(failed.text());
    assertThat(failed.json().getInteger("score")).isZero();
    assertThat(failed.json().getBoolean("passed")).isFalse();
    assertThat(failed.json().getBoolean("moduleComplete")).isFalse();
    assertThat(attempts(learner)).isEqualTo(1);
    JsonObject afterFail = progress(learner.token(), made.id());
    assertThat(afterFail.getJsonArray("modules").getJsonObject(0).getBoolean("complete")).isFalse();
    assertThat(afterFail.getJsonArray("modules").getJsonObject(0).getInteger("bestScore")).isZero();

    Http.Response passed = http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 1));
    assertThat(passed.json().getInteger("score")).isEqualTo(100);
    assertThat(passed.json().getBoolean("passed")).isTrue();
    assertThat(passed.json().getBoolean("moduleComplete")).isTrue();
    assertThat(passed.json().getBoolean("courseComplete")).isFalse();
    assertThat(completions(learner)).isZero();

    Http.Response last = http.post(quiz(made, made.second()), learner.token(), answers(made.secondQuestion(), 0));
    assertThat(last.json().getBoolean("courseComplete")).as(last.text()).isTrue();
    String code = last.json().getString("certificateCode");
    assertThat(code).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
    assertThat(completions(learner)).isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM course_completion WHERE certificate_code = '" + code
        + "' AND learner_name = '" + learner.name().replace("'", "''") + "' AND lang = 'en'")).isEqualTo(1);

    Http.Response again = http.post(quiz(made, made.second()) + "?lang=fi", learner.token(), answers(made.secondQuestion(), 0));
    assertThat(again.json().getString("certificateCode")).as("a later pass keeps the first completion").isEqualTo(code);
    assertThat(completions(learner)).isEqualTo(1);
    assertThat(attempts(learner)).isEqualTo(4);
    assertThat(app.count("SELECT count(*) FROM course_completion WHERE certificate_code = '" + code + "' AND lang = 'en'"))
        .isEqualTo(1);

    JsonObject done = progress(learner.token(), made.id());
    assertThat(done.getBoolean("complete")).isTrue();
    assertThat(done.getString("certificateCode")).isEqualTo(code);
    assertThat(done.getString("completedAt")).isNotBlank();
    assertThat(done.getInteger("modulesCompleted")).isEqualTo(2);
    assertThat(done.getJsonArray("modules").getJsonObject(0).getInteger("bestScore")).isEqualTo(100);
    CourseApiTest.noAnswers(http.get("/api/v1/me/courses", learner.token()).text());
  }

  @Test
  @DisplayName("unknown modules and questions, missing answers, wrong types, out-of-range indexes and empty bodies are refused and nothing is stored")
  void badInput() {
    Made made = published(CourseApiTest.word("Huono"));
    User learner = users.citizen("learner");
    String path = quiz(made, made.first());
    assertThat(http.post(path, null, answers(made.firstQuestion(), 1)).status()).isEqualTo(401);
    assertThat(http.post(path, null, null).status()).as("signed in before the body is read").isEqualTo(401);
    JsonObject[] refused = {
        new JsonObject(),
        new JsonObject().put("answers", new JsonObject()),
        new JsonObject().put("answers", new JsonArray().add(1)),
        answers(made.firstQuestion(), "1"),
        answers(made.firstQuestion(), 1.5),
        answers(made.firstQuestion(), -1),
        answers(made.firstQuestion(), 3),
        answers(made.firstQuestion(), null),
        answers("not-an-id", 1),
        answers(UUID.randomUUID().toString(), 1),
        answers(made.secondQuestion(), 0),
        answers(made.firstQuestion(), 1).put("extra", true),
        new JsonObject().put("answers", new JsonObject().put(made.firstQuestion(), 1).put(made.secondQuestion(), 0)),
    };
    for (JsonObject body : refused) {
      Http.Response answer = http.post(path, learner.token(), body);
      assertThat(answer.status()).as(body.encode() + " → " + answer.text()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      CourseApiTest.noAnswers(answer.text());
    }
    Http.Response notJson = http.raw(HttpMethod.POST, path, Http.headers("Authorization", "Bearer " + learner.token(),
        "Content-Type", "application/json"), "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(http.post(quiz(made, UUID.randomUUID().toString()), learner.token(), answers(made.firstQuestion(), 1)).status())
        .isEqualTo(404);
    assertThat(http.post("/api/v1/courses/" + UUID.randomUUID() + "/modules/" + made.first() + "/quiz", learner.token(),
        answers(made.firstQuestion(), 1)).status()).isEqualTo(404);

    User staff = users.staff("umea");
    JsonObject draft = http.post("/api/v1/courses", staff.token(), CourseApiTest.course(CourseApiTest.word("Luonnos"))).json();
    JsonObject draftModule = draft.getJsonArray("modules").getJsonObject(0);
    assertThat(http.post("/api/v1/courses/" + draft.getString("id") + "/modules/" + draftModule.getString("id") + "/quiz",
        learner.token(), answers(question(draftModule), 1)).status()).as("an unpublished course").isEqualTo(404);
    assertThat(attempts(learner)).isZero();
    assertThat(completions(learner)).isZero();
  }

  @Test
  @DisplayName("only the learner shares their own completion, and only once it exists; progress outlives signing out")
  void sharingAndSignOut() {
    Made made = published(CourseApiTest.word("Jako"));
    User learner = users.citizen("learner");
    String sharing = "/api/v1/courses/" + made.id() + "/completion/sharing";
    JsonObject yes = new JsonObject().put("share", true);
    assertThat(http.call(HttpMethod.PUT, sharing, null, yes).status()).isEqualTo(401);
    assertThat(http.call(HttpMethod.PUT, sharing, learner.token(), yes).status()).as("not complete yet").isEqualTo(404);
    http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 1));
    http.post(quiz(made, made.second()), learner.token(), answers(made.secondQuestion(), 0));
    assertThat(http.call(HttpMethod.PUT, sharing, learner.token(), new JsonObject().put("share", "yes")).status()).isEqualTo(400);
    assertThat(http.call(HttpMethod.PUT, sharing, learner.token(), new JsonObject()).status()).isEqualTo(400);
    Http.Response shared = http.call(HttpMethod.PUT, sharing, learner.token(), yes);
    assertThat(shared.status()).as(shared.text()).isEqualTo(200);
    assertThat(shared.json().getBoolean("share")).isTrue();
    String flag = "SELECT count(*) FROM course_completion WHERE account_id = '" + learner.id() + "' AND share_with_organisation";
    assertThat(app.count(flag)).isEqualTo(1);
    User other = users.citizen("other");
    assertThat(http.call(HttpMethod.PUT, sharing, other.token(), new JsonObject().put("share", false)).status())
        .as("another person has no completion of their own to share").isEqualTo(404);
    assertThat(app.count(flag)).isEqualTo(1);

    assertThat(http.post("/api/v1/auth/logout", learner.token(), null).status()).isLessThan(300);
    String again = users.login(learner.email(), Users.PASSWORD);
    JsonObject progress = progress(again, made.id());
    assertThat(progress.getBoolean("complete")).isTrue();
    assertThat(progress.getBoolean("shareWithOrganisation")).isTrue();
    assertThat(http.call(HttpMethod.PUT, sharing, again, new JsonObject().put("share", false)).json().getBoolean("share")).isFalse();
    assertThat(app.count(flag)).isZero();
  }

  @Test
  @DisplayName("the export holds the lessons read, every quiz try and the completion with its code; erasure removes them")
  void exportAndErase() {
    Made made = published(CourseApiTest.word("Vienti"));
    User learner = users.citizen("learner");
    String lessonId = made.course().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");
    http.post("/api/v1/courses/" + made.id() + "/lessons/" + lessonId + "/complete", learner.token(), null);
    http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 2));
    http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 1));
    String code = http.post(quiz(made, made.second()), learner.token(), answers(made.secondQuestion(), 0)).json()
        .getString("certificateCode");

    JsonObject export = http.get("/api/v1/me/export", learner.token()).json();
    assertThat(export.getJsonArray("courseLessonsRead")).hasSize(1);
    assertThat(export.getJsonArray("courseLessonsRead").getJsonObject(0).getString("lessonId")).isEqualTo(lessonId);
    assertThat(export.getJsonArray("courseQuizAttempts")).hasSize(3);
    assertThat(export.getJsonArray("courseQuizAttempts").getJsonObject(0).getJsonObject("answers").getInteger(made.firstQuestion()))
        .isEqualTo(2);
    assertThat(export.getJsonArray("courseCompletions")).hasSize(1);
    assertThat(export.getJsonArray("courseCompletions").getJsonObject(0).getString("certificateCode")).isEqualTo(code);
    assertThat(http.get("/api/v1/me/export", users.citizen("other").token()).json().getJsonArray("courseCompletions")).isEmpty();

    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", learner.token(), new JsonObject().put("password", Users.PASSWORD))
        .status()).isLessThan(300);
    String id = "'" + learner.id() + "'";
    assertThat(app.count("SELECT count(*) FROM course_lesson_progress WHERE account_id = " + id)).isZero();
    assertThat(app.count("SELECT count(*) FROM course_quiz_attempt WHERE account_id = " + id)).isZero();
    assertThat(app.count("SELECT count(*) FROM course_completion WHERE account_id = " + id)).isZero();
    assertThat(app.dumpContains(code)).isFalse();
  }

  @Test
  @DisplayName("passes of the last module sent at once complete the course once, with one certificate code")
  void simultaneousPasses() {
    Made made = published(CourseApiTest.word("Samaan"));
    User learner = users.citizen("learner");
    http.post(quiz(made, made.first()), learner.token(), answers(made.firstQuestion(), 1));
    java.util.List<io.vertx.core.Future<Http.Response>> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) sent.add(http.postAsync(quiz(made, made.second()), learner.token(), answers(made.secondQuestion(), 0)));
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (io.vertx.core.Future<Http.Response> response : sent) {
      Http.Response answer = response.toCompletionStage().toCompletableFuture().join();
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      codes.add(answer.json().getString("certificateCode"));
    }
    assertThat(codes).hasSize(1);
    assertThat(completions(learner)).isEqualTo(1);
    assertThat(attempts(learner)).isEqualTo(7);
  }
}
