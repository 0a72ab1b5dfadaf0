package org.ntc.hub.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

class AdviceLooseEndsTest extends ApiTest {
  private String ask(User asker, String topic, String language, String country) {
    return http.post("/api/v1/advice-requests", asker.token(), new JsonObject().put("topic", topic)
        .put("description", "Mitä meidän kannattaisi kokeilla ensin?").put("language", language).put("country", country))
        .json().getString("id");
  }

  @Test
  @DisplayName("assigning, handing over and closing a question are in the audit log, in words on the admin page")
  void audited() {
    User asker = users.citizen("audited-asker");
    User seinajoki = users.staff("seinajoki");
    String id = ask(asker, "Kaatumisanturit kotiin", "fi", "FI");
    assertThat(http.post("/api/v1/advice-requests/" + id + "/assign", seinajoki.token(),
        new JsonObject().put("staffId", seinajoki.id())).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/advice-requests/" + id + "/handoff", seinajoki.token(),
        new JsonObject().put("contactPoint", "umea").put("note", "Asiakas asuu Uumajassa")).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/advice-requests/" + id + "/close", seinajoki.token(), null).status()).isEqualTo(200);

    JsonArray log = http.get("/api/v1/audit?pageSize=100", users.admin().token()).json().getJsonArray("items");
    List<JsonObject> rows = log.stream().map(JsonObject.class::cast).filter(row -> id.equals(row.getString("targetId"))).toList();
    assertThat(rows).extracting(row -> row.getString("action"))
        .containsExactly("advice.closed", "advice.handed-over", "advice.assigned");
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.getString("actorId")).isEqualTo(seinajoki.id());
      assertThat(row.getString("targetType")).isEqualTo("advice-request");
    });
    assertThat(rows.get(1).getJsonObject("detail").getString("contactPoint")).isEqualTo("umea");
    assertThat(rows.get(1).getJsonObject("detail").toString()).doesNotContain("Uumajassa");

    Element audit = PageHtml.main(http.get("/admin/audit?lang=en", users.admin().token()).text());
    assertThat(audit.text()).contains("Closed a question to the centre", "Handed a question over to another contact point",
        "Assigned a question to the centre").doesNotContain("advice.closed", "advice-request");
  }

  @Test
  @DisplayName("the personal-data export holds the person's questions and the thread they see, never staff's internal notes")
  void exported() {
    User asker = users.citizen("exporting-asker");
    User umea = users.staff("umea");
    String id = ask(asker, "Digital tillsyn på natten", "sv", "SE");
    http.post("/api/v1/advice-requests/" + id + "/messages", umea.token(), new JsonObject().put("text", "Vi har tre förslag."));
    http.post("/api/v1/advice-requests/" + id + "/messages", umea.token(),
        new JsonObject().put("text", "Intern: ring kommunen först").put("internal", true));
    http.post("/api/v1/advice-requests/" + id + "/messages", asker.token(), new JsonObject().put("text", "Tack, berätta mer!"));
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.DAYS).plusDays(200).withHour(13);
    String slot = http.post("/api/v1/contact-points/umea/slots", umea.token(), new JsonObject().put("kind", "showroom")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString()).put("capacity", 5)
        .put("languages", new JsonArray().add("sv")).put("description", new JsonObject().put("sv", "Visning av testhemmet")))
        .json().getString("id");
    assertThat(http.post("/api/v1/bookings", asker.token(), new JsonObject().put("slotId", slot)).status()).isEqualTo(201);

    JsonObject export = http.get("/api/v1/me/export", asker.token()).json();
    JsonArray requests = export.getJsonArray("adviceRequests");
    assertThat(requests).hasSize(1);
    JsonObject request = requests.getJsonObject(0);
    assertThat(request.getString("id")).isEqualTo(id);
    assertThat(request.getString("topic")).isEqualTo("Digital tillsyn på natten");
    assertThat(request.getString("kind")).isEqualTo("question");
    assertThat(request.getJsonArray("messages").stream().map(m -> ((JsonObject) m).getString("text")).toList())
        .containsExactly("Vi har tre förslag.", "Tack, berätta mer!");
    assertThat(export.encode()).doesNotContain("Intern: ring kommunen först");
    assertThat(export.getJsonArray("visitBookings").getJsonObject(0).getString("slotId")).isEqualTo(slot);
  }

  @Test
  @DisplayName("the contact-point page asks that contact point; the asker sees who handles it and when the first answer is promised")
  void askFromTheContactPoint() {
    Element page = PageHtml.main(http.get("/contact-points/umea?lang=en", null).text());
    Element link = page.selectFirst("a#ask-link");
    assertThat(link.attr("href")).isEqualTo("/ask?contactPoint=umea");
    assertThat(link.text()).isEqualTo("Ask this contact point");
    User asker = users.citizen("contact-point-asker");
    Element form = PageHtml.main(http.get("/ask?contactPoint=umea&lang=fi", asker.token()).text());
    assertThat(form.select("select#country option[selected]").attr("value")).isEqualTo("SE");

    User umea = users.staff("umea");
    String id = ask(asker, "Etäkuntoutus", "fi", "SE");
    http.post("/api/v1/advice-requests/" + id + "/assign", umea.token(), new JsonObject().put("staffId", umea.id()));
    Element thread = PageHtml.main(http.get("/ask/" + id + "?lang=en", asker.token()).text());
    assertThat(thread.select("dl.facts").text()).contains("Handled by", umea.name(), "First answer", "Promised by");
  }

  @Test
  @DisplayName("staff's queue follows new questions and changes live; nobody else may follow it; the stream ends at sign-out")
  void live() throws Exception {
    User asker = users.citizen("live-asker");
    User staff = users.staff("seinajoki");
    String path = "/api/v1/events/stream?topics=advice.queue";
    try (SseClient citizen = SseClient.open(app.port(), path, asker.token(), null);
         SseClient nobody = SseClient.open(app.port(), path, null, null)) {
      assertThat(citizen.status()).isEqualTo(403);
      assertThat(nobody.status()).isEqualTo(401);
    }
    try (SseClient stream = SseClient.open(app.port(), path, staff.token(), null);
         SseClient all = SseClient.open(app.port(), "/api/v1/events/stream", staff.token(), null)) {
      assertThat(stream.status()).isEqualTo(200);
      String id = ask(asker, "Lääkemuistuttimet", "fi", "FI");
      SseClient.Event added = stream.next(e -> id.equals(e.data().getString("requestId")), 10, "the new question");
      assertThat(added.type()).isEqualTo("advice.queue");
      assertThat(added.data().getString("change")).isEqualTo("added");
      assertThat(added.data().getString("status")).isEqualTo("new");
      assertThat(all.next(e -> e.type().equals("advice.queue") && id.equals(e.data().getString("requestId")), 10,
          "on the default stream too").data().getString("change")).isEqualTo("added");

      http.post("/api/v1/advice-requests/" + id + "/assign", staff.token(), new JsonObject().put("staffId", staff.id()));
      SseClient.Event changed = stream.next(e -> id.equals(e.data().getString("requestId"))
          && "changed".equals(e.data().getString("change")), 10, "the assignment");
      assertThat(changed.data().getString("status")).isEqualTo("in-progress");
      assertThat(changed.data().getString("assignee")).isEqualTo(staff.name());

      assertThat(http.post("/api/v1/auth/logout", staff.token(), null).status()).isLessThan(300);
      assertThat(stream.awaitEnd(10)).as("the stream ends at sign-out").isTrue();
    }
    Element queue = PageHtml.main(http.get("/advice?lang=sv", users.staff("umea").token()).text());
    Element live = queue.selectFirst("[data-live-advice]");
    assertThat(live.attr("data-status-in-progress")).isEqualTo("Handläggs");
    assertThat(live.attr("data-place-umea")).contains("Umeå");
  }
}
