package org.ntc.hub.adoption;


import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Published showcases and adoption bodies made through the API, for the adoption tests. */
final class AdoptionFixtures {
  private static final JsonObject LOOKS = new JsonObject()
      .put("title", new JsonObject().put("fi", "Turvaranneke kotiin").put("sv", "Trygghetsarmband hem").put("en", "Safety bracelet at home"))
      .put("summary", new JsonObject().put("en", "Calls for help indoors and out."))
      .put("categories", new JsonArray().add("safety-and-alarms"));
  private final Http http;
  private final Users users;

  AdoptionFixtures(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  String draftShowcase(User company) {
    return new Showcases(http).draft(company, LOOKS);
  }

  String publishedShowcase(User company) {
    return new Showcases(http).published(company, users.staff("umea"), LOOKS);
  }

  static JsonObject adoption(String showcaseId, String organisationId) {
    return new JsonObject().put("showcaseId", showcaseId).put("organisationId", organisationId).put("region", "fi-etela-pohjanmaa")
        .put("status", "routine").put("since", LocalDate.now().minusMonths(6).toString()).put("scale", "4 kotihoidon tiimiä");
  }
}
