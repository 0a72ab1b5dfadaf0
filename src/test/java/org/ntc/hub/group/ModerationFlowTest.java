package org.ntc.hub.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ModerationFlowTest extends ApiTest {
  @Test
  @DisplayName("a post is reported, a moderator hides it with a reason the author reads on the post and in a notification, then restores it")
  void reportHideRestore() {
    User staff = users.staff("umea");
    String groupId = http.post("/api/v1/groups", staff.token(), GroupFlowTest.group()).json().getString("id");
    User author = users.citizen("author");
    User reader = users.citizen("reader");
    http.post("/api/v1/groups/" + groupId + "/members", author.token(), null);
    JsonObject started = http.post("/api/v1/groups/" + groupId + "/threads", author.token(),
        GroupFlowTest.thread("Köp vår produkt", "Bästa priset hos oss, ring 0700 000 000!")).json();
    String threadId = started.getString("id");
    String postId = started.getJsonArray("posts").getJsonObject(0).getString("id");

    assertThat(http.post("/api/v1/posts/" + postId + "/reports", reader.token(), new JsonObject()).status()).isEqualTo(400);
    Http.Response reported = http.post("/api/v1/posts/" + postId + "/reports", reader.token(),
        new JsonObject().put("reason", "Reklam, inte en diskussion"));
    assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    assertThat(http.post("/api/v1/posts/" + postId + "/reports", reader.token(), new JsonObject().put("reason", "Igen, reklam"))
        .status()).isEqualTo(409);
    JsonObject queue = http.get("/api/v1/moderation/reports", staff.token()).json();
    JsonObject item = queue.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(r -> r.getJsonObject("post").getString("id").equals(postId)).findFirst().orElseThrow();
    assertThat(item.getJsonArray("reasons").getString(0)).isEqualTo("Reklam, inte en diskussion");
    assertThat(http.get("/api/v1/moderation/reports", reader.token()).status()).isEqualTo(403);
    Element reportsPage = PageHtml.main(http.get("/moderation/reports?lang=sv", staff.token()).text());
    assertThat(reportsPage.select("form[action=/moderation/reports/" + postId + "/hide]")).hasSize(1);
    assertThat(reportsPage.text()).contains("Reklam, inte en diskussion");
    assertThat(PageHtml.main(http.get("/moderation?lang=sv", staff.token()).text()).select("a[href=/moderation/reports]")).hasSize(1);

    assertThat(http.post("/api/v1/posts/" + postId + "/hide", staff.token(), new JsonObject()).status()).isEqualTo(400);
    io.vertx.core.MultiMap bearer = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + staff.token());
    Http.Response refused = http.form("/moderation/reports/" + postId + "/hide?lang=sv", bearer,
        io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("reason", "x"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#reason]")).hasSize(1);
    assertThat(again.select("textarea#reason[aria-invalid=true]").text()).isEqualTo("x");
    assertThat(http.post("/api/v1/posts/" + postId + "/hide", reader.token(), new JsonObject().put("reason", "nej")).status())
        .isEqualTo(403);
    JsonObject hidden = http.post("/api/v1/posts/" + postId + "/hide", staff.token(),
        new JsonObject().put("reason", "Reklam hör inte hemma i diskussionerna")).json();
    assertThat(hidden.getBoolean("hidden")).isTrue();
    assertThat(http.post("/api/v1/posts/" + postId + "/hide", staff.token(), new JsonObject().put("reason", "igen")).status())
        .isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + author.id() + "' AND kind = 'group.post-hidden'"))
        .isEqualTo(1);
    assertThat(http.get("/api/v1/moderation/reports", staff.token()).json().getJsonArray("items").stream()
        .map(r -> ((JsonObject) r).getJsonObject("post").getString("id"))).doesNotContain(postId);

    JsonObject toReader = http.get("/api/v1/threads/" + threadId, reader.token()).json().getJsonArray("posts").getJsonObject(0);
    assertThat(toReader.getBoolean("hidden")).isTrue();
    assertThat(toReader.getValue("text")).isNull();
    assertThat(toReader.getValue("hiddenReason")).isNull();
    JsonObject toAuthor = http.get("/api/v1/threads/" + threadId, author.token()).json().getJsonArray("posts").getJsonObject(0);
    assertThat(toAuthor.getString("hiddenReason")).isEqualTo("Reklam hör inte hemma i diskussionerna");
    assertThat(toAuthor.getString("text")).startsWith("Bästa priset");

    String page = "/groups/" + groupId + "/threads/" + threadId + "?lang=sv";
    Element readerPage = PageHtml.main(http.get(page, reader.token()).text());
    assertThat(readerPage.text()).contains("Dolt av en moderator").doesNotContain("Bästa priset", "Reklam hör inte hemma");
    Element authorPage = PageHtml.main(http.get(page, author.token()).text());
    assertThat(authorPage.text()).contains("Dolt av en moderator", "Reklam hör inte hemma i diskussionerna");
    Element authorAccount = PageHtml.main(http.get("/account?lang=sv", author.token()).text());
    assertThat(authorAccount.select(".notifications").text()).contains("En moderator dolde ditt inlägg i ”Köp vår produkt”");
    Element staffPage = PageHtml.main(http.get(page, staff.token()).text());
    assertThat(staffPage.select("form[action=/moderation/reports/" + postId + "/restore]")).hasSize(1);

    assertThat(http.post("/api/v1/posts/" + postId + "/restore", author.token(), null).status()).isEqualTo(403);
    JsonObject restored = http.post("/api/v1/posts/" + postId + "/restore", staff.token(), null).json();
    assertThat(restored.getBoolean("hidden")).isFalse();
    assertThat(http.post("/api/v1/posts/" + postId + "/restore", staff.token(), null).status()).isEqualTo(409);
    assertThat(PageHtml.main(http.get(page, reader.token()).text()).text()).contains("Bästa priset");
    assertThat(app.count("SELECT count(*) FROM audit_log WHERE target_id = '" + postId + "' AND action IN "
        + "('group.post-hidden', 'group.post-restored')")).isEqualTo(2);
  }
}
