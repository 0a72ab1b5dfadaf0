package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class CourseApiTest extends ApiTest {
  /** Text only the right options carry: it may be shown as an option, but which option is right must never be told. */
  static final String RIGHT = "Rightmark";

  /** A whole course: two modules, each with lessons and a quiz whose right answer is the option marked {@link #RIGHT}. */
  static JsonObject course(String word) {
    return new JsonObject()
        .put("title", new JsonObject().put("fi", word + " kotona").put("sv", word + " hemma").put("en", word + " at home"))
        .put("summary", new JsonObject().put("en", "How to use it at home, step by step."))
        .put("languages", new JsonArray().add("sv").add("fi"))
        .put("audience", "citizens")
        .put("categories", new JsonArray().add("medication-management"))
        .put("durationMinutes", 40)
        .put("modules", new JsonArray().add(module("First", 1)).add(module("Second", 0)));
  }

  static JsonObject module(String name, int right) {
    JsonArray options = new JsonArray();
    for (int i = 0; i < 3; i++) {
      options.add(new JsonObject().put("en", (i == right ? RIGHT + " " : "Option ") + name + " " + i));
    }
    return new JsonObject().put("title", new JsonObject().put("en", name + " module"))
        .put("lessons", new JsonArray()
            .add(new JsonObject().put("title", new JsonObject().put("en", name + " lesson"))
                .put("body", new JsonObject().put("en", "Press **the button**.<script>alert(1)</script>"))
                .put("videoUrl", "https://video.example/" + name)
                .put("links", new JsonArray().add(new JsonObject().put("title", new JsonObject().put("en", "Manual"))
                    .put("url", "https://maker.example/manual.pdf"))))
            .add(new JsonObject().put("title", new JsonObject().put("en", name + " lesson two"))
                .put("body", new JsonObject().put("en", "Then wait."))))
        .put("quiz", new JsonObject().put("passMark", 60).put("questions", new JsonArray()
            .add(new JsonObject().put("text", new JsonObject().put("en", "Which one, " + name + "?"))
                .put("options", options).put("answer", right))));
  }

  /** A course by staff, approved at once: the centre's own. */
  String published(String word) {
    User staff = users.staff("seinajoki");
    Http.Response created = http.post("/api/v1/courses", staff.token(), course(word));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    Http.Response approved = http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  /** A word no other test uses: the prefix and six random letters. */
  static String word(String prefix) {
    StringBuilder word = new StringBuilder(prefix);
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 6; i++) word.append((char) ('a' + random.nextInt(26)));
    return word.toString();
  }

  static void noAnswers(String json) {
    assertThat(json).doesNotContain("\"answer\"").doesNotContain("correct").doesNotContain("isRight");
  }

  @Test
  @DisplayName("anyone reads a published course as the contract shapes it: modules with lessons and quiz questions, never the answers")
  void readShape() {
    String word = word("Dosetti");
    String id = published(word);
    Http.Response read = http.get("/api/v1/courses/" + id + "?lang=en", null);
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    noAnswers(read.text());
    JsonObject course = read.json();
    assertThat(course.getString("title")).isEqualTo(word + " at home");
    assertThat(course.getJsonArray("languages")).containsExactly("fi", "sv");
    assertThat(course.getInteger("durationMinutes")).isEqualTo(40);
    assertThat(course.getJsonArray("showcaseIds")).isEmpty();
    JsonArray modules = course.getJsonArray("modules");
    assertThat(modules).hasSize(2);
    JsonObject first = modules.getJsonObject(0);
    assertThat(first.getString("title")).isEqualTo("First module");
    assertThat(first.getJsonArray("lessons").getJsonObject(0).fieldNames()).containsExactlyInAnyOrder("id", "title", "images");
    JsonObject question = first.getJsonObject("quiz").getJsonArray("questions").getJsonObject(0);
    assertThat(question.fieldNames()).containsExactlyInAnyOrder("id", "text", "options");
    assertThat(question.getJsonArray("options")).hasSize(3);

    JsonObject list = http.get("/api/v1/courses?q=" + word + "&audience=citizens&category=medication-management&lang=sv", null).json();
    assertThat(list.getLong("total")).isEqualTo(1);
    noAnswers(list.encode());
    assertThat(list.getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo(word + " hemma");
    assertThat(http.get("/api/v1/courses?q=" + word + "&lang=en", null).json().getLong("total"))
        .as("not offered in English").isZero();
    assertThat(http.get("/api/v1/courses?q=" + word + "&audience=professionals", null).json().getLong("total")).isZero();
    assertThat(http.get("/api/v1/courses?audience=nobody", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/courses/" + UUID.randomUUID(), null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the writer's and staff's views of a course never carry the answers either")
  void ownersSeeNoAnswers() {
    User staff = users.staff("umea");
    Http.Response created = http.post("/api/v1/courses", staff.token(), course("Mittari"));
    noAnswers(created.text());
    String id = created.json().getString("id");
    noAnswers(http.get("/api/v1/courses/" + id, staff.token()).text());
    noAnswers(http.patch("/api/v1/courses/" + id, staff.token(), new JsonObject().put("durationMinutes", 50)).text());
  }

  @Test
  @DisplayName("verified members write for their organisation and submit; only staff review; others may not touch it")
  void whoMayDoWhat() {
    User member = users.orgMember("care");
    JsonObject body = course("Annostelija").put("organisationId", member.organisationId());
    assertThat(http.post("/api/v1/courses", null, body).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/courses", users.citizen("learner").token(), body).status()).isEqualTo(403);
    User unverified = users.orgAdmin("care", false);
    assertThat(http.post("/api/v1/courses", unverified.token(), course("X").put("organisationId", unverified.organisationId()))
        .status()).isEqualTo(403);
    assertThat(http.post("/api/v1/courses", member.token(), course("No organisation")).status()).isEqualTo(400);

    Http.Response created = http.post("/api/v1/courses", member.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("draft");
    String id = created.json().getString("id");
    User other = users.orgMember("care");
    assertThat(http.get("/api/v1/courses/" + id, null).status()).as("a draft is not public").isEqualTo(404);
    assertThat(http.get("/api/v1/courses/" + id, other.token()).status()).isEqualTo(404);
    assertThat(http.patch("/api/v1/courses/" + id, other.token(), new JsonObject().put("durationMinutes", 20)).status())
        .isEqualTo(404);
    assertThat(http.post("/api/v1/courses/" + id + "/submit", null, null).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/courses/" + id + "/submit", other.token(), null).status()).isEqualTo(404);
    assertThat(http.post("/api/v1/courses/" + id + "/review", member.token(), new JsonObject().put("decision", "approve")).status())
        .as("a writer does not approve their own course").isEqualTo(403);

    Http.Response submitted = http.post("/api/v1/courses/" + id + "/submit", member.token(), null);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("pending");
    assertThat(http.post("/api/v1/courses/" + id + "/submit", member.token(), null).status()).isEqualTo(409);
    User staff = users.staff("seinajoki");
    Http.Response sentBack = http.post("/api/v1/courses/" + id + "/review", staff.token(),
        new JsonObject().put("decision", "request-changes").put("comment", "Add a lesson on alarms."));
    assertThat(sentBack.json().getString("status")).isEqualTo("changes-requested");
    assertThat(sentBack.json().getString("reviewComment")).isEqualTo("Add a lesson on alarms.");
    assertThat(http.get("/api/v1/courses/" + id, null).status()).isEqualTo(404);
    http.post("/api/v1/courses/" + id + "/submit", member.token(), null);
    Http.Response approved = http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.json().getString("status")).isEqualTo("published");
    assertThat(http.get("/api/v1/courses/" + id, null).json().getJsonObject("organisation").getString("id"))
        .isEqualTo(member.organisationId());
    assertThat(http.patch("/api/v1/courses/" + id, other.token(), new JsonObject().put("durationMinutes", 20)).status())
        .as("another organisation's member may read it but not change it").isEqualTo(403);

    Http.Response edited = http.patch("/api/v1/courses/" + id, member.token(),
        new JsonObject().put("title", new JsonObject().put("en", "Annostelija, revised")));
    assertThat(edited.json().getString("status")).as("an edit of a published course waits for review").isEqualTo("pending");
    assertThat(http.get("/api/v1/courses/" + id + "?lang=en", null).json().getString("title"))
        .as("the approved copy stays public meanwhile").isEqualTo("Annostelija at home");
  }

  @Test
  @DisplayName("an edit that sends modules back with their ids keeps them, so learners' progress stays with the lesson")
  void idsKept() {
    User staff = users.staff("seinajoki");
    JsonObject created = http.post("/api/v1/courses", staff.token(), course("Ids")).json();
    String id = created.getString("id");
    JsonObject firstModule = created.getJsonArray("modules").getJsonObject(0);
    JsonObject module = module("Kept", 2).put("id", firstModule.getString("id"));
    module.getJsonArray("lessons").getJsonObject(0).put("id", firstModule.getJsonArray("lessons").getJsonObject(0).getString("id"));
    JsonObject edited = http.patch("/api/v1/courses/" + id, staff.token(), new JsonObject().put("modules", new JsonArray().add(module)))
        .json();
    assertThat(edited.getJsonArray("modules").getJsonObject(0).getString("id")).isEqualTo(firstModule.getString("id"));
    assertThat(edited.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id"))
        .isEqualTo(firstModule.getJsonArray("lessons").getJsonObject(0).getString("id"));
    JsonObject twice = module("Twice", 0).put("id", firstModule.getString("id"));
    assertThat(http.patch("/api/v1/courses/" + id, staff.token(),
        new JsonObject().put("modules", new JsonArray().add(module).add(twice))).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("bad input is refused with a problem naming each field, and nothing is stored")
  void badInput() {
    User staff = users.staff("seinajoki");
    String word = word("Broken");

    JsonObject badAnswer = course(word);
    badAnswer.getJsonArray("modules").getJsonObject(0).getJsonObject("quiz").getJsonArray("questions").getJsonObject(0)
        .put("answer", 7);
    badAnswer.getJsonArray("modules").getJsonObject(1).remove("lessons");
    badAnswer.put("languages", new JsonArray().add("de")).put("durationMinutes", "long").put("audience", "everyone")
        .put("surprise", true);
    Http.Response refused = http.post("/api/v1/courses", staff.token(), badAnswer);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
        .contains("modules[0].quiz.questions[0].answer", "modules[1].lessons", "languages", "durationMinutes", "audience",
            "surprise");
    assertThat(http.post("/api/v1/courses", staff.token(), new JsonObject()).status()).isEqualTo(400);
    String id = published(word("Kept"));
    assertThat(http.patch("/api/v1/courses/" + id, staff.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/courses/" + id, staff.token(), new JsonObject().put("organisationId", UUID.randomUUID().toString()))
        .status()).isEqualTo(400);
    assertThat(http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "maybe")).status())
        .isEqualTo(400);
    assertThat(app.count("SELECT count(*) FROM course WHERE content::text LIKE '%" + word + "%'")).isZero();
    assertThat(http.get("/api/v1/courses/" + id, null).json().getString("status")).isEqualTo("published");
  }

  @Test
  @DisplayName("a learner's read lessons are kept per lesson and shown per course and module; only for public courses")
  void lessonProgress() {
    String id = published(word("Edistys"));
    JsonObject course = http.get("/api/v1/courses/" + id, null).json();
    JsonObject first = course.getJsonArray("modules").getJsonObject(0);
    String lessonId = first.getJsonArray("lessons").getJsonObject(0).getString("id");
    String path = "/api/v1/courses/" + id + "/lessons/" + lessonId + "/complete";
    assertThat(http.post(path, null, null).status()).isEqualTo(401);
    User learner = users.citizen("learner");
    assertThat(http.get("/api/v1/me/courses", learner.token()).json().getJsonArray("items")).isEmpty();
    assertThat(http.post(path, learner.token(), null).status()).isEqualTo(204);
    assertThat(http.post(path, learner.token(), null).status()).as("again changes nothing").isEqualTo(204);
    assertThat(http.post("/api/v1/courses/" + id + "/lessons/" + UUID.randomUUID() + "/complete", learner.token(), null).status())
        .isEqualTo(404);
    User staff = users.staff("umea");
    JsonObject draft = http.post("/api/v1/courses", staff.token(), course(word("Luonnos"))).json();
    String draftLesson = draft.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");
    assertThat(http.post("/api/v1/courses/" + draft.getString("id") + "/lessons/" + draftLesson + "/complete", learner.token(), null)
        .status()).isEqualTo(404);

    assertThat(http.get("/api/v1/me/courses", null).status()).isEqualTo(401);
    JsonArray items = http.get("/api/v1/me/courses?lang=en", learner.token()).json().getJsonArray("items");
    assertThat(items).hasSize(1);
    JsonObject progress = items.getJsonObject(0);
    assertThat(progress.getString("courseId")).isEqualTo(id);
    assertThat(progress.getInteger("lessonsCompleted")).isEqualTo(1);
    assertThat(progress.getInteger("lessonsTotal")).isEqualTo(4);
    assertThat(progress.getBoolean("complete")).isFalse();
    JsonObject module = progress.getJsonArray("modules").getJsonObject(0);
    assertThat(module.getString("id")).isEqualTo(first.getString("id"));
    assertThat(module.getInteger("lessonsCompleted")).isEqualTo(1);
    assertThat(module.getBoolean("quizPassed")).isFalse();
    assertThat(http.get("/api/v1/me/courses", users.citizen("other").token()).json().getJsonArray("items"))
        .as("progress is the learner's own").isEmpty();
  }
}
