package org.ntc.hub.group;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/** Every group route, called by every role, against the status each should get. */
class GroupAuthorisationMatrixTest extends ApiTest {
  @Test
  @DisplayName("anyone reads groups; people signed in join, read threads and report; members write; staff create, edit and moderate")
  void matrix() {
    User staff = users.staff("seinajoki");
    User member = users.citizen("member");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("member", member);
    people.put("citizen", users.citizen("other"));
    people.put("company", users.orgAdmin("company", true));
    people.put("staff", staff);
    people.put("admin", users.admin());
    String group = http.post("/api/v1/groups", staff.token(), GroupFlowTest.group()).json().getString("id");
    http.post("/api/v1/groups/" + group + "/members", member.token(), null);
    String thread = http.post("/api/v1/groups/" + group + "/threads", member.token(),
        GroupFlowTest.thread("Yöhälytykset", "Kuka reagoi yöllä?")).json().getString("id");
    Supplier<String> post = () -> http.post("/api/v1/threads/" + thread + "/posts", member.token(),
        new JsonObject().put("text", "Lisäkysymys")).json().getJsonArray("posts").stream()
        .map(p -> ((JsonObject) p).getString("id")).reduce((a, b) -> b).orElseThrow();
    Supplier<String> hiddenPost = () -> {
      String id = post.get();
      http.post("/api/v1/posts/" + id + "/hide", staff.token(), new JsonObject().put("reason", "Testataan piilotusta"));
      return id;
    };
    JsonObject reason = new JsonObject().put("reason", "Asiaton viesti");

    new AuthorisationMatrix(people)
        .row("list groups", u -> http.get("/api/v1/groups", tokenOf(u)), 200, 200, 200, 200, 200, 200)
        .row("read a group", u -> http.get("/api/v1/groups/" + group, tokenOf(u)), 200, 200, 200, 200, 200, 200)
        .row("read an unknown group", u -> http.get("/api/v1/groups/" + UUID.randomUUID(), tokenOf(u)), 404, 404, 404, 404, 404, 404)
        .row("create a group", u -> http.post("/api/v1/groups", tokenOf(u), GroupFlowTest.group()), 401, 403, 403, 403, 201, 201)
        .row("edit a group", u -> http.patch("/api/v1/groups/" + group, tokenOf(u), GroupFlowTest.group()), 401, 403, 403, 403, 200, 200)
        .row("list threads", u -> http.get("/api/v1/groups/" + group + "/threads", tokenOf(u)), 200, 200, 200, 200, 200, 200)
        .row("read a thread", u -> http.get("/api/v1/threads/" + thread, tokenOf(u)), 401, 200, 200, 200, 200, 200)
        .row("start a thread", u -> http.post("/api/v1/groups/" + group + "/threads", tokenOf(u),
            GroupFlowTest.thread("Uusi aihe", "Teksti")), 401, 201, 403, 403, 403, 403)
        .row("reply", u -> http.post("/api/v1/threads/" + thread + "/posts", tokenOf(u), new JsonObject().put("text", "Vastaus")),
            401, 201, 403, 403, 403, 403)
        .row("report a post", u -> http.post("/api/v1/posts/" + post.get() + "/reports", tokenOf(u), reason),
            401, 201, 201, 201, 201, 201)
        .row("read reports", u -> http.get("/api/v1/moderation/reports", tokenOf(u)), 401, 403, 403, 403, 200, 200)
        .row("hide a post", u -> http.post("/api/v1/posts/" + post.get() + "/hide", tokenOf(u), reason), 401, 403, 403, 403, 200, 200)
        .row("restore a post", u -> http.post("/api/v1/posts/" + hiddenPost.get() + "/restore", tokenOf(u), null),
            401, 403, 403, 403, 200, 200)
        .row("keep a reported post", u -> http.post("/api/v1/posts/" + post.get() + "/keep", tokenOf(u), null),
            401, 403, 403, 403, 200, 200)
        .row("attach an event", u -> http.post("/api/v1/groups/" + group + "/events", tokenOf(u),
            new JsonObject().put("trainingId", UUID.randomUUID().toString())), 401, 403, 403, 403, 400, 400)
        .row("remove an event", u -> http.delete("/api/v1/groups/" + group + "/events/" + UUID.randomUUID(), tokenOf(u)),
            401, 403, 403, 403, 204, 204)
        .row("join", u -> http.post("/api/v1/groups/" + group + "/members", tokenOf(u), null), 401, 200, 201, 201, 201, 201)
        .row("leave", u -> http.delete("/api/v1/groups/" + group + "/members", tokenOf(u)), 401, 204, 204, 204, 204, 204)
        .row("report a post in an unknown place", u -> http.post("/api/v1/posts/" + UUID.randomUUID() + "/reports", tokenOf(u), reason),
            401, 404, 404, 404, 404, 404)
        .assertAsContracted();
  }
}
