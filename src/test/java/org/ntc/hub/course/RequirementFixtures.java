package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * A care organisation (its admin and two members), a company with a published showcase, a pilot
 * of it at the care organisation and its adoption record; published courses; completions written
 * straight into the database, as passing a course's last quiz would.
 */
final class RequirementFixtures {
  final User careAdmin;
  final User careMember;
  final User secondMember;
  final User company;
  final User staff;
  final String showcase;
  private final Http http;
  private final Users users;
  private final TestApp app;

  RequirementFixtures(Http http, Users users, TestApp app) {
    this.http = http;
    this.users = users;
    this.app = app;
    careAdmin = users.orgAdmin("care", true);
    careMember = member(careAdmin, "care-member");
    secondMember = member(careAdmin, "care-second");
    company = users.orgAdmin("company", true);
    staff = users.staff("seinajoki");
    showcase = new Showcases(http).published(company, users.staff("umea"), Showcases.titled("Verenpainemittari", "Blood pressure kit"));
  }

  /** A new member (not admin) of the admin's organisation. */
  User member(User admin, String label) {
    User person = users.citizen(label);
    Http.Response added = http.post("/api/v1/organisations/" + admin.organisationId() + "/members", admin.token(),
        new JsonObject().put("email", person.email()).put("role", "member"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return new User(person.id(), person.email(), person.name(), person.token(), admin.organisationId());
  }

  /** A pilot of the showcase at the care organisation, started by Seinäjoki's staff; its outcome not published. */
  String pilot() {
    JsonObject need = new JsonObject().put("organisationId", careAdmin.organisationId())
        .put("title", new JsonObject().put("fi", "Verenpaineen etäseuranta").put("en", "Remote blood pressure follow-up"))
        .put("description", new JsonObject().put("fi", "Etsimme ratkaisua verenpaineen seurantaan kotona.")
            .put("en", "We look for a way to follow blood pressure at home."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString());
    Http.Response created = http.post("/api/v1/challenges", careAdmin.token(), need);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String needId = created.json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + needId + "/submit", careAdmin.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + needId + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    Http.Response answered = http.post("/api/v1/challenges/" + needId + "/answers", company.token(), new JsonObject()
        .put("showcaseId", showcase).put("proposal", "Tarjoamme 20 mittaria kolmen kuukauden pilottiin."));
    assertThat(answered.status()).as(answered.text()).isEqualTo(201);
    Http.Response started = http.post("/api/v1/pilots", staff.token(), new JsonObject()
        .put("answerId", answered.json().getString("id")).put("testArena", "NTC testikoti")
        .put("startsOn", LocalDate.now().plusDays(10).toString()).put("endsOn", LocalDate.now().plusDays(100).toString())
        .put("goals", new JsonObject().put("fi", "Vähentääkö etämittaus kotikäyntejä?")));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    return started.json().getString("id");
  }

  /** The care organisation's record that it uses the showcase: public, since the showcase is. */
  String adoption() {
    Http.Response saved = http.post("/api/v1/adoptions", careMember.token(), new JsonObject().put("showcaseId", showcase)
        .put("organisationId", careAdmin.organisationId()).put("region", "fi-etela-pohjanmaa").put("status", "spreading")
        .put("since", LocalDate.now().minusMonths(2).toString()).put("scale", "2 kotihoidon tiimiä"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    return saved.json().getString("id");
  }

  /** A course approved by staff, teaching the showcase. */
  String publishedCourse(String word) {
    String id = draftCourse(word);
    Http.Response approved = http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  String draftCourse(String word) {
    Http.Response created = http.post("/api/v1/courses", staff.token(), CourseApiTest.course(word)
        .put("showcaseIds", new JsonArray().add(showcase)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** The learner completed the course, sharing their name with their organisations' admins or not. */
  void completed(User learner, String course, String learnerName, boolean share) {
    String code = UUID.randomUUID().toString().replace("-", "");
    app.execute("INSERT INTO course_completion (account_id, course_id, certificate_code, learner_name, lang, share_with_organisation) "
        + "VALUES ('" + learner.id() + "', '" + course + "', '" + code + "', '" + learnerName + "', 'fi', " + share + ")");
  }

  Http.Response put(String path, User user, JsonObject body) {
    return http.call(HttpMethod.PUT, path, user == null ? null : user.token(), body);
  }

  static JsonObject ids(String... ids) {
    return new JsonObject().put("courseIds", new JsonArray(List.of((Object[]) ids)));
  }

  static List<String> courseIds(Http.Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json().getJsonArray("courses").stream().map(c -> ((JsonObject) c).getString("id")).toList();
  }
}
