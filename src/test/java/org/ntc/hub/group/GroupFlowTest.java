package org.ntc.hub.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class GroupFlowTest extends ApiTest {
  static JsonObject group() {
    return new JsonObject()
        .put("name", new JsonObject().put("en", "Remote monitoring in home care").put("fi", "Etämittaus kotihoidossa")
            .put("sv", "Distansmonitorering i hemvården"))
        .put("description", new JsonObject().put("en", "How remote measurements change home care visits on both sides of the border."));
  }

  static JsonObject thread(String title, String text) {
    return new JsonObject().put("title", title).put("text", text);
  }

  private long notifications(User user, String kind) {
    return app.count("SELECT count(*) FROM notification WHERE account_id = '" + user.id() + "' AND kind = '" + kind + "'");
  }

  /** A member of a new verified care organisation in this country. */
  private User nurseIn(String country) {
    User nurse = users.citizen("nurse-" + country);
    Http.Response org = http.post("/api/v1/organisations", nurse.token(), new JsonObject()
        .put("name", "Care " + country + " " + UUID.randomUUID().toString().substring(0, 6)).put("type", "care").put("country", country));
    assertThat(org.status()).as(org.text()).isEqualTo(201);
    String orgId = org.json().getString("id");
    assertThat(http.post("/api/v1/organisations/" + orgId + "/verify", users.admin().token(), null).status()).isEqualTo(200);
    return new User(nurse.id(), nurse.email(), nurse.name(), nurse.token(), orgId);
  }

  private String newGroup() {
    Http.Response created = http.post("/api/v1/groups", users.staff("seinajoki").token(), group());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  @DisplayName("staff create a group; nurses of both countries join; members are counted by country and organisation, named only to people signed in")
  void membersAcrossTheBorder() {
    String id = newGroup();
    User finnish = nurseIn("FI");
    User swedish = nurseIn("SE");
    assertThat(http.post("/api/v1/groups/" + id + "/members", finnish.token(), null).status()).isEqualTo(201);
    assertThat(http.post("/api/v1/groups/" + id + "/members", finnish.token(), null).status()).isEqualTo(200);
    JsonObject joined = http.post("/api/v1/groups/" + id + "/members", swedish.token(), null).json();
    assertThat(joined.getBoolean("member")).isTrue();
    assertThat(joined.getLong("memberCount")).isEqualTo(2);
    assertThat(joined.getJsonObject("countries").getLong("FI")).isEqualTo(1);
    assertThat(joined.getJsonObject("countries").getLong("SE")).isEqualTo(1);
    assertThat(joined.getJsonArray("organisations")).hasSize(2);
    assertThat(joined.getJsonArray("members").stream().map(m -> ((JsonObject) m).getString("id"))).contains(finnish.id(), swedish.id());

    JsonObject anonymous = http.get("/api/v1/groups/" + id + "?lang=sv", null).json();
    assertThat(anonymous.getString("name")).isEqualTo("Distansmonitorering i hemvården");
    assertThat(anonymous.getString("description")).startsWith("How remote");
    assertThat(anonymous.getLong("memberCount")).isEqualTo(2);
    assertThat(anonymous.containsKey("members")).isFalse();
    assertThat(anonymous.encode()).doesNotContain(finnish.name());

    JsonObject list = http.get("/api/v1/groups?pageSize=100", null).json();
    assertThat(list.getJsonArray("items").stream().map(g -> ((JsonObject) g).getString("id"))).contains(id);

    assertThat(http.delete("/api/v1/groups/" + id + "/members", swedish.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/groups/" + id, swedish.token()).json().getBoolean("member")).isFalse();
    assertThat(http.get("/api/v1/groups/" + id, null).json().getLong("memberCount")).isEqualTo(1);

    JsonObject renamed = http.patch("/api/v1/groups/" + id, users.staff("umea").token(),
        new JsonObject().put("name", new JsonObject().put("sv", "Distansmätning hemma"))).json();
    assertThat(renamed.getJsonObject("nameI18n").getString("sv")).isEqualTo("Distansmätning hemma");
    assertThat(renamed.getJsonObject("descriptionI18n").getString("en")).startsWith("How remote");
  }

  @Test
  @DisplayName("a member starts a thread linking a library entry, another replies; every other member is told, never the author")
  void threadsAndNotifications() {
    String id = newGroup();
    User finnish = nurseIn("FI");
    User swedish = nurseIn("SE");
    User outsider = users.citizen("outsider");
    http.post("/api/v1/groups/" + id + "/members", finnish.token(), null);
    http.post("/api/v1/groups/" + id + "/members", swedish.token(), null);

    Http.Response refused = http.post("/api/v1/groups/" + id + "/threads", outsider.token(), thread("Hej", "Jag är inte medlem"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

    Http.Response started = http.post("/api/v1/groups/" + id + "/threads", swedish.token(),
        thread("Larmgränser för blodtryck", "Vilka **larmgränser** använder ni? <script>alert(1)</script>"));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    JsonObject view = started.json();
    String threadId = view.getString("id");
    assertThat(view.getJsonArray("posts")).hasSize(1);
    String html = view.getJsonArray("posts").getJsonObject(0).getString("html");
    assertThat(html).contains("<strong>larmgränser</strong>").doesNotContain("<script>");
    assertThat(notifications(finnish, "group.post")).isEqualTo(1);
    assertThat(notifications(swedish, "group.post")).isZero();
    assertThat(notifications(outsider, "group.post")).isZero();

    Http.Response reply = http.post("/api/v1/threads/" + threadId + "/posts", finnish.token(),
        new JsonObject().put("text", "Meillä raja on asiakaskohtainen."));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.json().getJsonArray("posts")).hasSize(2);
    assertThat(notifications(swedish, "group.post")).isEqualTo(1);
    assertThat(notifications(finnish, "group.post")).isEqualTo(1);
    assertThat(http.post("/api/v1/threads/" + threadId + "/posts", outsider.token(), new JsonObject().put("text", "Hej")).status())
        .isEqualTo(403);

    JsonObject read = http.get("/api/v1/threads/" + threadId, outsider.token()).json();
    assertThat(read.getJsonArray("posts").getJsonObject(1).getString("text")).isEqualTo("Meillä raja on asiakaskohtainen.");
    assertThat(http.get("/api/v1/threads/" + threadId, null).status()).isEqualTo(401);
    JsonObject threads = http.get("/api/v1/groups/" + id + "/threads", null).json();
    assertThat(threads.getLong("total")).isEqualTo(1);
    assertThat(threads.getJsonArray("items").getJsonObject(0).getLong("postCount")).isEqualTo(2);

    String link = NotificationKind.GROUP_POST.link(new JsonObject().put("groupId", id).put("threadId", threadId).put("postId", "p"));
    assertThat(link).isEqualTo("/groups/" + id + "/threads/" + threadId + "#post-p");
  }

  @Test
  @DisplayName("bad input is refused with a problem naming the field, and nothing is written")
  void badInput() {
    String id = newGroup();
    User staff = users.staff("seinajoki");
    User member = nurseIn("FI");
    http.post("/api/v1/groups/" + id + "/members", member.token(), null);
    String path = "/api/v1/groups/" + id + "/threads";

    assertThat(http.post("/api/v1/groups", staff.token(), new JsonObject()).text()).contains("name", "description");
    assertThat(http.post("/api/v1/groups", staff.token(), group().put("name", "plain")).status()).isEqualTo(400);
    assertThat(http.post("/api/v1/groups", staff.token(), group().put("colour", "red")).status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/groups/" + id, staff.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.post(path, member.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.post(path, member.token(), thread("ok title", " ")).status()).isEqualTo(400);
    assertThat(http.post(path, member.token(), thread("ok title", "x".repeat(8001))).status()).isEqualTo(400);
    assertThat(http.post(path, member.token(), thread("ok title", "text").put("title", 42)).status()).isEqualTo(400);
    assertThat(http.post(path, member.token(), thread("ok title", "text").put("showcaseIds", "not a list")).status()).isEqualTo(400);
    Http.Response unknown = http.post(path, member.token(), thread("ok title", "text")
        .put("libraryIds", new JsonArray().add("https://hub.example/library/" + UUID.randomUUID())));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("libraryIds");
    assertThat(http.post("/api/v1/groups/" + UUID.randomUUID() + "/threads", member.token(), thread("ok title", "text")).status())
        .isEqualTo(404);
    assertThat(http.post("/api/v1/threads/" + UUID.randomUUID() + "/posts", member.token(), new JsonObject().put("text", "x")).status())
        .isEqualTo(404);
    assertThat(http.post("/api/v1/groups/not-an-id/members", member.token(), null).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/groups/" + id + "/threads", null).json().getLong("total")).isZero();

    assertThat(http.post("/api/v1/groups/" + id + "/events", staff.token(), new JsonObject().put("trainingId", "nothing")).status())
        .isEqualTo(400);
    assertThat(http.post("/api/v1/groups/" + id + "/events", staff.token(),
        new JsonObject().put("trainingId", UUID.randomUUID().toString())).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("staff attach a training to a group; its page lists it while it is upcoming, and staff can remove it")
  void events() {
    String id = newGroup();
    User staff = users.staff("seinajoki");
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
    JsonObject training = new JsonObject()
        .put("title", new JsonObject().put("fi", "Etämittauksen perusteet").put("en", "Remote monitoring basics"))
        .put("description", new JsonObject().put("en", "Hands-on with the kit."))
        .put("format", "onsite").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString())
        .put("capacity", 20).put("language", "fi").put("audience", new JsonArray().add("professionals"));
    Http.Response created = http.post("/api/v1/trainings", staff.token(), training);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String trainingId = created.json().getString("id");

    JsonObject detail = http.post("/api/v1/groups/" + id + "/events", staff.token(),
        new JsonObject().put("trainingId", "http://localhost/trainings/" + trainingId)).json();
    assertThat(detail.getJsonArray("events")).hasSize(1);
    assertThat(detail.getJsonArray("events").getJsonObject(0).getString("title")).isEqualTo("Remote monitoring basics");
    assertThat(http.get("/api/v1/groups/" + id, null).json().getJsonArray("events")).hasSize(1);
    assertThat(http.delete("/api/v1/groups/" + id + "/events/" + trainingId, staff.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/groups/" + id, null).json().getJsonArray("events")).isEmpty();
  }
}
