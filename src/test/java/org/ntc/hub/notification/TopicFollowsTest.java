package org.ntc.hub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** {@code /api/v1/me/follows}: anyone signed in follows topics, and new showcases and needs in them reach them. */
class TopicFollowsTest extends ApiTest {

  private Http.Response follow(User user, String... categories) {
    return http.call(HttpMethod.PUT, "/api/v1/me/follows", user.token(), new JsonObject().put("categories", new JsonArray(List.of(categories))));
  }

  private List<String> kindsOf(User user) {
    return http.get("/api/v1/me/notifications?pageSize=100", user.token()).json().getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getString("kind")).toList();
  }

  private static JsonObject title(String en) {
    return new JsonObject().put("en", en).put("fi", en + " (fi)");
  }

  private String publishedShowcase(User company, String category) {
    Http.Response created = http.post("/api/v1/showcases", company.token(), new JsonObject().put("organisationId", company.organisationId())
        .put("title", title("Followed showcase")).put("summary", title("Summary of a showcase."))
        .put("description", new JsonObject().put("en", "Text.")).put("categories", new JsonArray().add(category))
        .put("targetGroups", new JsonArray().add("older-people")).put("countries", new JsonArray().add("FI"))
        .put("languages", new JsonArray().add("fi")).put("regulatoryStatus", "mdr-class-i").put("evidenceLevel", "pilot"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + id + "/review", users.admin().token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    return id;
  }

  private String publishedNeed(User care, String category) {
    Http.Response created = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", title("Followed need")).put("description", title("We look for a solution at home."))
        .put("categories", new JsonArray().add(category)).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", users.admin().token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    return id;
  }

  @Test
  @DisplayName("anyone signed in chooses the topics they follow; the list replaces the old one; an unknown topic is a 400 and changes nothing")
  void choose() {
    User person = users.citizen("follower");
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("categories")).isEmpty();
    Http.Response chosen = follow(person, "self-care", "rehabilitation", "self-care");
    assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
    assertThat(chosen.json().getJsonArray("categories")).containsExactlyInAnyOrder("self-care", "rehabilitation");
    Http.Response unknown = follow(person, "self-care", "astrology");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("categories");
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", person.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", person.token(), new JsonObject().put("categories", "self-care")).status())
        .isEqualTo(400);
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("categories"))
        .containsExactlyInAnyOrder("self-care", "rehabilitation");
    assertThat(follow(person).json().getJsonArray("categories")).isEmpty();
  }

  @Test
  @DisplayName("a newly published showcase or need in a followed topic reaches each follower once, by default for the daily digest")
  void newsReachFollowers() {
    User follower = users.citizen("topic-follower");
    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + follower.id() + "'");
    User bystander = users.citizen("topic-bystander");
    assertThat(follow(follower, "digital-therapeutics", "rehabilitation").status()).isEqualTo(200);
    assertThat(follow(bystander, "self-care").status()).isEqualTo(200);

    User company = users.orgAdmin("company", true);
    assertThat(follow(company, "digital-therapeutics").status()).isEqualTo(200);
    String showcase = publishedShowcase(company, "digital-therapeutics");
    User care = users.orgAdmin("care", true);
    String need = publishedNeed(care, "rehabilitation");

    assertThat(kindsOf(follower)).containsExactlyInAnyOrder("showcase.in-followed-topic", "challenge.in-followed-topic");
    assertThat(kindsOf(bystander)).isEmpty();
    assertThat(kindsOf(company)).as("the owners hear of their own showcase as owners only").doesNotContain("showcase.in-followed-topic");
    JsonArray items = http.get("/api/v1/me/notifications", follower.token()).json().getJsonArray("items");
    assertThat(items.stream().map(o -> ((JsonObject) o).getString("link"))).contains("/showcases/" + showcase, "/challenges/" + need);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + follower.id() + "' AND delivery = 'daily'"))
        .isEqualTo(2);
    assertThat(users.mailTo(follower.email()))
        .as("daily: nothing mailed at once").isEmpty();
  }

  @Test
  @DisplayName("a company member whose organisation follows the need's category hears of it once, as before, not again as a personal follower")
  void organisationFollowsStillWork() {
    User company = users.orgAdmin("company", true);
    Http.Response orgFollows = http.call(HttpMethod.PUT, "/api/v1/organisations/" + company.organisationId() + "/follows",
        company.token(), new JsonObject().put("categories", new JsonArray().add("care-coordination")));
    assertThat(orgFollows.status()).as(orgFollows.text()).isEqualTo(200);
    assertThat(follow(company, "care-coordination").status()).isEqualTo(200);
    publishedNeed(users.orgAdmin("care", true), "care-coordination");
    assertThat(kindsOf(company)).containsOnlyOnce("challenge.matching").doesNotContain("challenge.in-followed-topic");
  }

  @Test
  @DisplayName("erasing one's account deletes one's followed topics and notification settings")
  void erasedWithTheAccount() {
    User person = users.citizen("erased-follower");
    assertThat(follow(person, "self-care").status()).isEqualTo(200);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", person.token(), new JsonObject()
        .put("settings", new JsonObject().put("pilot.updated", "off"))).status()).isEqualTo(200);
    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", person.token(), new JsonObject().put("password", Users.PASSWORD)).status())
        .isIn(200, 204);
    assertThat(app.count("SELECT count(*) FROM topic_follow WHERE account_id = '" + person.id() + "'")).isZero();
    assertThat(app.count("SELECT count(*) FROM notification_setting WHERE account_id = '" + person.id() + "'")).isZero();
  }

  // networks: trainings in followed topics
  private Http.Response offered(User organiser, String organisationId, String... showcaseIds) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
    JsonObject body = new JsonObject().put("title", title("Followed training")).put("description", new JsonObject().put("en", "Hands-on."))
        .put("format", "onsite").put("contactPoint", "seinajoki").put("startsAt", start.toString())
        .put("endsAt", start.plusHours(2).toString()).put("capacity", 10).put("language", "fi")
        .put("audience", new JsonArray().add("professionals")).put("showcaseIds", new JsonArray(List.of((Object[]) showcaseIds)));
    if (organisationId != null) body.put("organisationId", organisationId);
    Http.Response created = http.post("/api/v1/trainings", organiser.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created;
  }

  private long trainingNews(String trainingId) {
    return app.count("SELECT count(*) FROM notification WHERE kind = 'training.in-followed-topic' AND payload->>'trainingId' = '"
        + trainingId + "'");
  }

  @Test
  @DisplayName("a training covering a showcase in a followed topic reaches its followers once, when it becomes public; not its organiser")
  void trainingsReachFollowers() {
    User company = users.orgAdmin("company", true);
    String showcase = publishedShowcase(company, "rehabilitation");
    User follower = users.citizen("training-follower");
    User bystander = users.citizen("training-bystander");
    assertThat(follow(follower, "rehabilitation").status()).isEqualTo(200);
    assertThat(follow(bystander, "self-care").status()).isEqualTo(200);
    User staff = users.staff("seinajoki");
    assertThat(follow(staff, "rehabilitation").status()).isEqualTo(200);

    String published = offered(staff, null, showcase).json().getString("id");
    String unlinked = offered(staff, null).json().getString("id");
    assertThat(kindsOf(follower)).containsOnlyOnce("training.in-followed-topic");
    JsonArray items = http.get("/api/v1/me/notifications", follower.token()).json().getJsonArray("items");
    assertThat(items.stream().map(o -> ((JsonObject) o).getString("link"))).contains("/trainings/" + published);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + follower.id()
        + "' AND kind = 'training.in-followed-topic' AND delivery = 'daily'")).isEqualTo(1);
    assertThat(kindsOf(bystander)).as("another topic's follower").doesNotContain("training.in-followed-topic");
    assertThat(kindsOf(staff)).as("the organiser").doesNotContain("training.in-followed-topic");
    assertThat(trainingNews(unlinked)).as("a training covering no showcase").isZero();

    User member = users.orgMember("care");
    assertThat(follow(member, "rehabilitation").status()).isEqualTo(200);
    User organisationFollower = users.citizen("training-organisation-follower");
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", organisationFollower.token(), new JsonObject()
        .put("categories", new JsonArray().add("rehabilitation")).put("organisations", new JsonArray().add(member.organisationId())))
        .status()).isEqualTo(200);
    Http.Response pending = offered(member, member.organisationId(), showcase);
    assertThat(pending.json().getString("status")).isEqualTo("pending");
    String reviewed = pending.json().getString("id");
    assertThat(trainingNews(reviewed)).as("not public yet").isZero();
    assertThat(http.post("/api/v1/trainings/" + reviewed + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + follower.id()
        + "' AND kind = 'training.in-followed-topic' AND payload->>'trainingId' = '" + reviewed + "'")).isEqualTo(1);
    assertThat(kindsOf(member)).as("the organiser").doesNotContain("training.in-followed-topic");
    assertThat(kindsOf(organisationFollower)).as("told as the organisation's follower, once")
        .containsOnlyOnce("followed.organisation-training").doesNotContain("training.in-followed-topic");
  }

  @Test
  void aTrainingStaffPublishAtOnceReachesItsOrganisationsFollowers() {
    User company = users.orgAdmin("company", true);
    String showcase = publishedShowcase(company, "rehabilitation");
    User staffMember = users.orgAdmin("company", true);
    assertThat(http.post("/api/v1/admin/staff", users.admin().token(), new JsonObject()
        .put("userId", staffMember.id()).put("contactPoint", "umea")).status()).isEqualTo(200);
    User organisationFollower = users.citizen("published-organisation-follower");
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", organisationFollower.token(), new JsonObject()
        .put("categories", new JsonArray().add("rehabilitation")).put("organisations", new JsonArray().add(staffMember.organisationId())))
        .status()).isEqualTo(200);

    Http.Response created = offered(staffMember, staffMember.organisationId(), showcase);
    assertThat(created.json().getString("status")).isEqualTo("published");
    assertThat(kindsOf(organisationFollower)).as("told as the organisation's follower, once")
        .containsOnlyOnce("followed.organisation-training").doesNotContain("training.in-followed-topic");
  }
}
