package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.course.RequirementFixtures.courseIds;
import static org.ntc.hub.course.RequirementFixtures.ids;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class CourseRequirementsApiTest extends ApiTest {

  @Test
  @DisplayName("a pilot's courses are named by staff and the members of its two organisations; a visitor hears 401, an outsider 404")
  void whoNamesPilotCourses() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String pilot = f.pilot();
    String first = f.publishedCourse(CourseApiTest.word("Mittari"));
    String second = f.publishedCourse(CourseApiTest.word("Seuranta"));
    String path = "/api/v1/pilots/" + pilot + "/courses";
    User outsider = users.orgMember("care");

    assertThat(f.put(path, null, ids(first)).status()).isEqualTo(401);
    assertThat(f.put(path, users.citizen("citizen"), ids(first)).status()).isEqualTo(404);
    assertThat(f.put(path, outsider, ids(first)).status()).isEqualTo(404);
    assertThat(http.get(path, null).status()).as("the pilot is not public until its outcome is").isEqualTo(404);
    assertThat(http.get(path, outsider.token()).status()).isEqualTo(404);
    assertThat(courseIds(http.get(path, f.careMember.token()))).isEmpty();

    assertThat(courseIds(f.put(path, f.company, ids(second, first)))).containsExactly(second, first);
    assertThat(courseIds(f.put(path, f.careMember, ids(first, second)))).as("a course kept keeps its place").containsExactly(second, first);
    assertThat(courseIds(f.put(path, f.staff, ids(first)))).containsExactly(first);
    JsonObject read = http.get(path + "?lang=en", f.careMember.token()).json();
    assertThat(read.getBoolean("mayEdit")).isTrue();
    JsonObject course = read.getJsonArray("courses").getJsonObject(0);
    assertThat(course.getString("title")).endsWith(" at home");
    assertThat(course.getJsonArray("languages")).containsExactlyInAnyOrder("fi", "sv");
    assertThat(course.getInteger("durationMinutes")).isEqualTo(40);
    assertThat(courseIds(f.put(path, f.careAdmin, ids()))).isEmpty();
  }

  @Test
  @DisplayName("an adoption record's courses are named by its organisation's members and staff; others who see it hear 403")
  void whoNamesAdoptionCourses() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String adoption = f.adoption();
    String course = f.publishedCourse(CourseApiTest.word("Ottaminen"));
    String path = "/api/v1/adoptions/" + adoption + "/courses";

    assertThat(f.put(path, null, ids(course)).status()).isEqualTo(401);
    assertThat(f.put(path, users.orgMember("care"), ids(course)).status()).isEqualTo(403);
    assertThat(f.put(path, f.company, ids(course)).status()).isEqualTo(403);
    assertThat(f.put("/api/v1/adoptions/" + UUID.randomUUID() + "/courses", f.staff, ids(course)).status()).isEqualTo(404);
    assertThat(courseIds(f.put(path, f.careMember, ids(course)))).containsExactly(course);
    assertThat(courseIds(f.put(path, f.staff, ids(course)))).containsExactly(course);
    JsonObject seen = http.get(path, null).json();
    assertThat(seen.getBoolean("mayEdit")).isFalse();
    assertThat(seen.getJsonArray("courses").getJsonObject(0).getString("id")).isEqualTo(course);
    assertThat(seen.getJsonArray("courses").getJsonObject(0).containsKey("completion")).isFalse();
    assertThat(http.get("/api/v1/adoptions/" + UUID.randomUUID() + "/courses", null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("unknown, unpublished, duplicate, too many or mistyped course ids and malformed bodies are refused, and nothing changes")
  void badInput() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String pilot = f.pilot();
    String kept = f.publishedCourse(CourseApiTest.word("Pidetty"));
    String other = f.publishedCourse(CourseApiTest.word("Toinen"));
    String draft = f.draftCourse(CourseApiTest.word("Luonnos"));
    String path = "/api/v1/pilots/" + pilot + "/courses";
    assertThat(courseIds(f.put(path, f.careAdmin, ids(kept)))).containsExactly(kept);

    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) many.add(UUID.randomUUID().toString());
    List<JsonObject> refused = List.of(
        ids(other, UUID.randomUUID().toString()),
        ids(other, draft),
        ids(other, other),
        ids(many.toArray(String[]::new)),
        new JsonObject().put("courseIds", other),
        new JsonObject().put("courseIds", new JsonArray().add(42)),
        new JsonObject().put("courseIds", new JsonArray().add("not-an-id")),
        new JsonObject().put("courseIds", new JsonArray().addNull()),
        new JsonObject().put("courses", new JsonArray().add(other)),
        new JsonObject());
    for (JsonObject body : refused) {
      Http.Response answer = f.put(path, f.careAdmin, body);
      assertThat(answer.status()).as(body.encode() + " → " + answer.text()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().getJsonArray("errors")).as(body.encode()).isNotEmpty();
    }
    assertThat(f.put(path, f.careAdmin, ids(other, draft)).json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("courseIds.1");
    MultiMap json = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + f.careAdmin.token())
        .add("Content-Type", "application/json");
    assertThat(http.raw(HttpMethod.PUT, path, json, "").status()).as("an empty body").isEqualTo(400);
    assertThat(http.raw(HttpMethod.PUT, path, json, "[\"" + other + "\"]").status()).isEqualTo(400);
    assertThat(http.raw(HttpMethod.PUT, path, json, "{\"courseIds\": [").status()).isEqualTo(400);
    assertThat(http.raw(HttpMethod.PUT, path, MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + f.careAdmin.token())
        .add("Content-Type", "text/plain"), "{}").status()).isEqualTo(415);
    assertThat(http.raw(HttpMethod.PUT, path, MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"), "nonsense")
        .status()).as("who asks is settled before the body is read").isEqualTo(401);
    assertThat(courseIds(http.get(path, f.careAdmin.token()))).as("nothing changed").containsExactly(kept);
  }

  @Test
  @DisplayName("the organisation's admins and staff see how many members completed each course, and only the names shared; no one else sees counts")
  void completionCounts() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String pilot = f.pilot();
    String adoption = f.adoption();
    String first = f.publishedCourse(CourseApiTest.word("Laskettu"));
    String second = f.publishedCourse(CourseApiTest.word("Tyhja"));
    String pilotPath = "/api/v1/pilots/" + pilot + "/courses";
    String adoptionPath = "/api/v1/adoptions/" + adoption + "/courses";
    assertThat(courseIds(f.put(pilotPath, f.staff, ids(first, second)))).hasSize(2);
    assertThat(courseIds(f.put(adoptionPath, f.careMember, ids(first)))).hasSize(1);
    f.completed(f.careAdmin, first, "Sanna Jaettu", true);
    f.completed(f.careMember, first, "Pekka Yksityinen", false);
    f.completed(f.company, first, "Outi Ulkopuolinen", true);
    f.completed(f.secondMember, second, "Ville Toinen", false);

    for (User sees : List.of(f.careAdmin, f.staff)) {
      JsonObject read = http.get(pilotPath, sees.token()).json();
      assertThat(read.getJsonObject("organisation").getString("id")).isEqualTo(f.careAdmin.organisationId());
      JsonObject counted = read.getJsonArray("courses").getJsonObject(0).getJsonObject("completion");
      assertThat(counted.getLong("completed")).as("the company's member does not count").isEqualTo(2);
      assertThat(counted.getLong("members")).isEqualTo(3);
      assertThat(counted.getJsonArray("sharedNames")).containsExactly("Sanna Jaettu");
      JsonObject none = read.getJsonArray("courses").getJsonObject(1).getJsonObject("completion");
      assertThat(none.getLong("completed")).isEqualTo(1);
      assertThat(none.getJsonArray("sharedNames")).isEmpty();
      assertThat(read.encode()).doesNotContain("Pekka", "Ville", "Outi");
      JsonObject adopted = http.get(adoptionPath, sees.token()).json().getJsonArray("courses").getJsonObject(0).getJsonObject("completion");
      assertThat(adopted.getLong("completed")).isEqualTo(2);
      assertThat(adopted.getJsonArray("sharedNames")).containsExactly("Sanna Jaettu");
    }

    for (User not : List.of(f.careMember, f.company)) {
      JsonObject read = http.get(pilotPath, not.token()).json();
      assertThat(read.containsKey("organisation")).isFalse();
      assertThat(read.getJsonArray("courses").stream().map(c -> (JsonObject) c)).noneMatch(c -> c.containsKey("completion"));
      assertThat(read.encode()).doesNotContain("Sanna", "Pekka");
    }
    JsonObject mine = http.get(pilotPath, f.careMember.token()).json();
    assertThat(mine.getJsonArray("courses").getJsonObject(0).getBoolean("completedByMe")).isTrue();
    assertThat(mine.getJsonArray("courses").getJsonObject(1).getBoolean("completedByMe")).isFalse();
    JsonObject visitor = http.get(adoptionPath, null).json();
    assertThat(visitor.encode()).doesNotContain("completion", "completedByMe", "Sanna");
    assertThat(http.get(adoptionPath, users.orgAdmin("care", true).token()).json().encode())
        .as("another organisation's admin").doesNotContain("completion", "Sanna");
  }
}
