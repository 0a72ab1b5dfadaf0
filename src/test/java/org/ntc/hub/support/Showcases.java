package org.ntc.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.ntc.hub.support.Users.User;

/**
 * Showcases made through the API as a company makes them, and published by staff: where many tests
 * start. A test names what matters to it (a title, a category); the rest is any valid showcase.
 */
public final class Showcases {
  private final Http http;

  public Showcases(Http http) {
    this.http = http;
  }

  /** A draft of the company's with {@code fields} over a valid Finnish showcase for older people. */
  public String draft(User company, JsonObject fields) {
    JsonObject body = new JsonObject().put("organisationId", company.organisationId())
        .put("summary", new JsonObject().put("en", "Reminds and dispenses.")).put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot").mergeIn(fields);
    Http.Response created = http.post("/api/v1/showcases", company.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** The draft submitted by the company and approved by {@code staff}: public from now on. */
  public String published(User company, User staff, JsonObject fields) {
    String id = draft(company, fields);
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    Http.Response approved = http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  /** Just a title, in the languages given. */
  public static JsonObject titled(String fi, String en) {
    return new JsonObject().put("title", new JsonObject().put("fi", fi).put("en", en));
  }
}
