package org.ntc.hub.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Published showcases and adoption bodies made through the API, for the adoption tests. */
final class AdoptionFixtures {
  private final Http http;
  private final Users users;

  AdoptionFixtures(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  String draftShowcase(User company) {
    Http.Response created = http.post("/api/v1/showcases", company.token(), new JsonObject()
        .put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Turvaranneke kotiin").put("sv", "Trygghetsarmband hem").put("en", "Safety bracelet at home"))
        .put("summary", new JsonObject().put("en", "Calls for help indoors and out.")).put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  String publishedShowcase(User company) {
    String id = draftShowcase(company);
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    Http.Response approved = http.post("/api/v1/showcases/" + id + "/review", users.staff("umea").token(),
        new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  static JsonObject adoption(String showcaseId, String organisationId) {
    return new JsonObject().put("showcaseId", showcaseId).put("organisationId", organisationId).put("region", "fi-etela-pohjanmaa")
        .put("status", "routine").put("since", LocalDate.now().minusMonths(6).toString()).put("scale", "4 kotihoidon tiimiä");
  }
}
