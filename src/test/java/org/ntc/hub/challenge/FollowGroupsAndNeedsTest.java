package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Follow anything: theme groups through {@code /api/v1/me/follows} and the settings page; a followed need's changes, by name. */
class FollowGroupsAndNeedsTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }


  private List<JsonObject> notifications(User user, String lang) {
    return http.get("/api/v1/me/notifications?lang=" + lang, user.token()).json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).toList();
  }

  private String newGroup(String name) {
    Http.Response created = http.post("/api/v1/groups", users.staff("seinajoki").token(), new JsonObject()
        .put("name", new JsonObject().put("en", name).put("fi", name + " (fi)").put("sv", name + " (sv)"))
        .put("description", new JsonObject().put("en", "A group to follow.")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  @DisplayName("groups are followed through /api/v1/me/follows: naming one joins it, a new post in it reaches the follower, leaving it out leaves; an unknown group is refused, nothing changed")
  void groupsThroughTheApi() {
    String first = newGroup("Medication safety at home");
    String second = newGroup("Night care");
    User person = users.citizen("group-follower");
    User writer = users.citizen("group-writer");

    Http.Response followed = fixtures.follow(person, new JsonObject().put("groups", new JsonArray().add(first).add(second)));
    assertThat(followed.status()).as(followed.text()).isEqualTo(200);
    assertThat(followed.json().getJsonArray("groups")).containsExactlyInAnyOrder(first, second);
    assertThat(followed.json().getJsonArray("categories")).as("left out, kept").isEmpty();
    assertThat(http.get("/api/v1/groups/" + first, person.token()).json().getBoolean("member")).isTrue();

    assertThat(http.post("/api/v1/groups/" + first + "/members", writer.token(), null).status()).isEqualTo(201);
    Http.Response thread = http.post("/api/v1/groups/" + first + "/threads", writer.token(),
        new JsonObject().put("title", "Dosettes after discharge").put("text", "Who checks the first week's dosette?"));
    assertThat(thread.status()).as(thread.text()).isEqualTo(201);
    assertThat(notifications(person, "en").stream().map(n -> n.getString("kind"))).contains("group.post");

    Http.Response unknown = fixtures.follow(person, new JsonObject().put("groups", new JsonArray().add(UUID.randomUUID().toString())));
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("groups");
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("groups")).as("nothing changed").hasSize(2);

    Http.Response left = fixtures.follow(person, new JsonObject().put("groups", new JsonArray().add(second)));
    assertThat(left.json().getJsonArray("groups")).containsExactly(second);
    assertThat(http.get("/api/v1/groups/" + first, person.token()).json().getBoolean("member")).isFalse();
    assertThat(fixtures.follow(person, new JsonObject().put("groups", "x")).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("the settings page lists the groups one is in, in each language; unticking one and saving leaves it")
  void groupsOnTheSettingsPage() {
    String group = newGroup("Remote monitoring in home care");
    User person = users.citizen("group-page");
    assertThat(http.post("/api/v1/groups/" + group + "/members", person.token(), null).status()).isEqualTo(201);

    Element en = PageHtml.main(http.get("/account/settings/notifications?lang=en", person.token()).text());
    assertThat(en.select("#groups input[name=groups][value=" + group + "]")).hasSize(1);
    assertThat(en.select("#groups legend").text()).isEqualTo("Theme groups you are a member of");
    assertThat(en.select("#groups a").text()).isEqualTo("Remote monitoring in home care");
    Element sv = PageHtml.main(http.get("/account/settings/notifications?lang=sv", person.token()).text());
    assertThat(sv.select("#groups a").text()).isEqualTo("Remote monitoring in home care (sv)");
    assertThat(sv.select("#follows-none")).isEmpty();

    Http.Response saved = http.form("/account/settings/notifications", bearer(person), MultiMap.caseInsensitiveMultiMap());
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("groups")).isEmpty();
    assertThat(PageHtml.main(http.get("/account/settings/notifications?lang=fi", person.token()).text()).select("#follows-none").text())
        .isEqualTo("Et vielä seuraa yksittäisiä ryhmiä, tarpeita tai organisaatioita.");
  }

  @Test
  @DisplayName("a co-signature names the co-signing organisation to the need's owner and to its followers, in their language; closing the need reaches its followers")
  void cosignNamesTheOrganisation() {
    User owner = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    String need = fixtures.publishedNeed(owner, staff);
    User follower = users.citizen("need-follower");
    assertThat(fixtures.follow(follower, new JsonObject().put("challenges", new JsonArray().add(need))).status()).isEqualTo(200);

    User second = users.orgAdmin("care", true);
    String name = http.get("/api/v1/organisations/" + second.organisationId(), second.token()).json().getString("name");
    Http.Response signed = http.post("/api/v1/challenges/" + need + "/cosign", second.token(),
        new JsonObject().put("organisationId", second.organisationId()).put("scale", 1200));
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);

    JsonObject told = notifications(owner, "en").stream().filter(n -> n.getString("kind").equals("challenge.cosigned"))
        .findFirst().orElseThrow();
    assertThat(told.getString("text")).startsWith(name + " co-signed your need").contains("1200 people");
    assertThat(notifications(owner, "fi").get(0).getString("text")).startsWith(name + " allekirjoitti tarpeenne");
    JsonObject followerTold = notifications(follower, "sv").stream()
        .filter(n -> n.getString("kind").equals("followed.need-cosigned")).findFirst().orElseThrow();
    assertThat(followerTold.getString("text")).startsWith(name + " skrev under ett behov du följer");
    assertThat(followerTold.getString("link")).isEqualTo("/challenges/" + need);
    assertThat(notifications(second, "en").stream().map(n -> n.getString("kind"))).doesNotContain("followed.need-cosigned");

    Http.Response closed = http.post("/api/v1/challenges/" + need + "/close", owner.token(),
        new JsonObject().put("outcome", "solution-found").put("note", "Pooled procurement."));
    assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    assertThat(notifications(follower, "en").stream().map(n -> n.getString("kind"))).contains("followed.need-closed");
  }

  @Test
  @DisplayName("joining a group through one's follows is joining it the group's own way: it counts from the same clock as joining on its page")
  void followingJoinsAsTheGroupPageDoes() {
    String onPage = newGroup("Joined on its page");
    String followed = newGroup("Joined by following");
    User person = users.citizen("group-joiner");
    app.clock().passes(app.clock().now().plusSeconds(5));
    assertThat(http.post("/api/v1/groups/" + onPage + "/members", person.token(), null).status()).isEqualTo(201);
    Http.Response both = fixtures.follow(person, new JsonObject().put("groups", new JsonArray().add(onPage).add(followed)));
    assertThat(both.status()).as(both.text()).isEqualTo(200);
    assertThat(both.json().getJsonArray("groups")).as("listed in the order they were joined").containsExactly(onPage, followed);
  }
}
