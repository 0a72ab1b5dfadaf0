package org.ntc.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.OutboxRows;
import org.ntc.hub.support.Users.User;

/** {@code GET /api/v1/admin/mail}: the outbox as CONTRACT §5 shapes it, for admins only. */
class MailRoutesTest extends ApiTest {

  @Test
  @DisplayName("the outbox lists mail newest first, twenty to a page, each with id, to, subject, status, createdAt and its text; ?to= narrows it to one address whatever its case")
  void shape() {
    String address = "outbox-" + UUID.randomUUID() + "@mail.test";
    app.execute(OutboxRows.queueTo(25, address));
    JsonObject first = http.get("/api/v1/admin/mail?to=" + address.toUpperCase(), users.admin().token()).json();
    assertThat(first.getLong("total")).isEqualTo(25);
    JsonArray items = first.getJsonArray("items");
    assertThat(items).hasSize(20);
    OffsetDateTime previous = null;
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.getJsonObject(i);
      assertThat(item.fieldNames()).contains("id", "to", "subject", "status", "createdAt", "text");
      assertThat(UUID.fromString(item.getString("id"))).isNotNull();
      assertThat(item.getString("to")).isEqualTo(address);
      assertThat(item.getString("status")).isIn(Set.of("queued", "sent", "failed"));
      assertThat(item.getString("subject")).isNotBlank().doesNotContain("notification.");
      assertThat(item.getString("text")).contains("http://localhost:8080/").doesNotContain("{{");
      OffsetDateTime created = OffsetDateTime.parse(item.getString("createdAt"));
      if (previous != null) assertThat(created).as("newest first").isBefore(previous);
      previous = created;
    }
    assertThat(items.getJsonObject(0).getString("text")).as("the newest is mail 1, in sv").contains("Hemvårdsvisning 1");
    JsonObject second = http.get("/api/v1/admin/mail?page=2&to=" + address, users.admin().token()).json();
    assertThat(second.getJsonArray("items")).hasSize(5);
    assertThat(second.getJsonArray("items").getJsonObject(4).getString("text")).contains("Hemvårdsvisning 25");
    assertThat(http.get("/api/v1/admin/mail?to=nobody-" + UUID.randomUUID() + "@mail.test", users.admin().token()).json()
        .getJsonArray("items")).isEmpty();
    assertThat(http.get("/api/v1/admin/mail", users.admin().token()).json().getJsonArray("items")).isNotEmpty();
  }

  @Test
  @DisplayName("only admins read the outbox: 401 for a visitor, 403 for staff, members and citizens")
  void onlyAdmins() {
    assertThat(http.get("/api/v1/admin/mail", null).status()).isEqualTo(401);
    for (User someone : new User[] {users.staff("seinajoki"), users.orgMember("care"), users.orgAdmin("company", true),
        users.citizen("curious")}) {
      assertThat(http.get("/api/v1/admin/mail", someone.token()).status()).as(someone.email()).isEqualTo(403);
    }
  }

  @Test
  @DisplayName("bad paging or an overlong address is a 400 problem, not a 500")
  void badInput() {
    for (String query : new String[] {"page=0", "page=x", "pageSize=1000", "to=" + "a".repeat(400)}) {
      var answer = http.get("/api/v1/admin/mail?" + query, users.admin().token());
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
  }
}
