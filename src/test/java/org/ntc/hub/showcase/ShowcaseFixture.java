package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Showcases in a given state, made through the API as their owners and staff would. */
public final class ShowcaseFixture {
  private final Http http;
  private final Users users;

  ShowcaseFixture(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  public static JsonObject body(String organisationId, String titleFi, String titleSv, String titleEn) {
    return new JsonObject()
        .put("organisationId", organisationId)
        .put("title", new JsonObject().put("fi", titleFi).put("sv", titleSv).put("en", titleEn))
        .put("summary", new JsonObject().put("fi", "Ratkaisu kotona asumisen tueksi ja hoitajien avuksi.")
            .put("sv", "En lösning som stöder boende hemma och hjälper vårdpersonalen.")
            .put("en", "A solution that supports living at home and helps care staff."))
        .put("description", new JsonObject().put("en", "Plain **markdown** text."))
        .put("categories", new JsonArray().add("remote-monitoring"))
        .put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI"))
        .put("languages", new JsonArray().add("fi").add("sv"))
        .put("regulatoryStatus", "mdr-class-i")
        .put("evidenceLevel", "pilot");
  }

  String draft(User owner, JsonObject body) {
    Http.Response created = http.post("/api/v1/showcases", owner.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  String published(User owner, JsonObject body) {
    String id = draft(owner, body);
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null).status()).isEqualTo(200);
    Http.Response approved = http.post("/api/v1/showcases/" + id + "/review", users.admin().token(),
        new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }
}
