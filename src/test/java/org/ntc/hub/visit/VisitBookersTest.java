package org.ntc.hub.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class VisitBookersTest extends ApiTest {
  @Test
  @DisplayName("staff of the slot's contact point (and admins) list who booked it; anyone else is refused")
  void bookers() {
    User staffHere = users.staff("seinajoki");
    User staffThere = users.staff("umea");
    User booker = users.citizen("booker");
    User other = users.citizen("other-booker");
    String id = VisitRoutesTest.create(http, staffHere, "seinajoki", VisitRoutesTest.slot("showroom", 4));
    String umeaSlot = VisitRoutesTest.create(http, staffThere, "umea", VisitRoutesTest.slot("test-home", 4));
    http.post("/api/v1/bookings", booker.token(), new JsonObject().put("slotId", id));
    String cancelled = http.post("/api/v1/bookings", other.token(), new JsonObject().put("slotId", id)).json().getString("id");
    assertThat(http.delete("/api/v1/bookings/" + cancelled, other.token()).status()).isEqualTo(204);

    String path = "/api/v1/contact-points/seinajoki/slots/" + id + "/bookings";
    JsonObject page = http.get(path, staffHere.token()).json();
    assertThat(page.getLong("total")).isEqualTo(1);
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertThat(first.getString("name")).isEqualTo(booker.name());
    assertThat(first.getString("email")).isEqualTo(booker.email());
    assertThat(first.getString("bookingId")).isNotBlank();
    assertThat(first.getString("bookedAt")).isNotBlank();

    Map<String, User> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("booker", booker);
    roles.put("company", users.orgAdmin("company", true));
    roles.put("staff of the other contact point", staffThere);
    roles.put("staff of this contact point", staffHere);
    roles.put("admin", users.admin());
    new AuthorisationMatrix(roles)
        .row("GET bookers", p -> http.get(path, tokenOf(p)), 401, 403, 403, 403, 200, 200)
        .row("GET bookers of another contact point's slot here", p -> http.get(
            "/api/v1/contact-points/seinajoki/slots/" + umeaSlot + "/bookings", tokenOf(p)), 401, 403, 403, 403, 404, 404)
        .row("GET bookers of an unknown slot", p -> http.get("/api/v1/contact-points/seinajoki/slots/" + UUID.randomUUID()
            + "/bookings", tokenOf(p)), 401, 403, 403, 403, 404, 404)
        .row("GET bookers at an unknown contact point", p -> http.get("/api/v1/contact-points/atlantis/slots/" + id
            + "/bookings", tokenOf(p)), 401, 404, 404, 404, 404, 404)
        .assertAsContracted();
    assertThat(http.get("/api/v1/contact-points/seinajoki/slots/not-an-id/bookings", staffHere.token()).status()).isEqualTo(404);

    Element staffPage = PageHtml.main(http.get("/contact-points/seinajoki/visits?lang=en", staffHere.token()).text());
    assertThat(staffPage.select("a[href=mailto:" + booker.email() + "]")).isNotEmpty();
    JsonArray items = http.get(path + "?pageSize=1&page=2", staffHere.token()).json().getJsonArray("items");
    assertThat(items).isEmpty();
  }
}
