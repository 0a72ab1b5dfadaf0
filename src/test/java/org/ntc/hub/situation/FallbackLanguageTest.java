package org.ntc.hub.situation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Trainings and needs shown in another language than the page's say which language it is. */
class FallbackLanguageTest extends ApiTest {

  @Test
  @DisplayName("a training written only in Swedish, read on a Finnish page: its title and description carry lang=sv")
  void training() {
    User staff = users.staff("umea");
    OffsetDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(12).withNano(0).withSecond(0);
    Http.Response created = http.post("/api/v1/trainings", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("sv", "Bara på svenska om trygghetslarm"))
        .put("description", new JsonObject().put("sv", "Vi provar **larmen** tillsammans."))
        .put("format", "onsite").put("contactPoint", "umea")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString())
        .put("capacity", 10).put("language", "sv").put("audience", new JsonArray().add("citizens")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");

    Element main = PageHtml.main(http.get("/trainings/" + id + "?lang=fi", null).text());
    assertThat(main.selectFirst("h1").attr("lang")).isEqualTo("sv");
    assertThat(main.selectFirst(".description > div").attr("lang")).isEqualTo("sv");
    assertThat(PageHtml.main(http.get("/trainings/" + id + "?lang=sv", null).text()).selectFirst("h1").attr("lang")).isEqualTo("sv");
  }

  @Test
  @DisplayName("a need written only in Finnish, read on a Swedish page: its title and description carry lang=fi")
  void need() {
    User care = users.orgAdmin("care", true);
    Http.Response created = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("fi", "Kaatumisten tunnistus yöllä"))
        .put("description", new JsonObject().put("fi", "Etsimme tapaa tunnistaa kaatumiset yöllä ilman kameraa."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()).put("expectedScale", "40 asiakasta"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Element main = PageHtml.main(http.get("/challenges/" + created.json().getString("id") + "?lang=sv", care.token()).text());
    assertThat(main.selectFirst("h1").attr("lang")).isEqualTo("fi");
    assertThat(main.selectFirst("p.lead").attr("lang")).isEqualTo("fi");
  }
}
