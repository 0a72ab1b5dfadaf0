package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** A stream lasts no longer than the sign-in it was opened with: sign-out, erasure, lost rights and expiry end it. */
class StreamSignOutTest extends ApiTest {
  private static final String STREAM = "/api/v1/events/stream";
  private Vertx vertx;

  @BeforeEach
  void vertx(Vertx vertx) {
    this.vertx = vertx;
  }

  @Test
  @DisplayName("signing out ends that session's streams, and its notifications stop; another session's stream goes on")
  void signOut() throws Exception {
    User founder = users.orgAdmin("company", false);
    String otherSession = users.login(founder.email(), Users.PASSWORD);
    try (SseClient signedOut = SseClient.open(app.port(), STREAM, founder.token(), null);
         SseClient stillIn = SseClient.open(app.port(), STREAM, otherSession, null)) {
      assertThat(signedOut.status()).isEqualTo(200);
      assertThat(http.post("/api/v1/auth/logout", founder.token(), null).status()).isEqualTo(204);
      assertThat(signedOut.awaitEnd(10)).as("the signed-out stream ends").isTrue();

      assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
          .isEqualTo(200);
      assertThat(stillIn.next("notification", 10).data().getString("kind")).isEqualTo("organisation.verified");
      assertThat(stillIn.ended()).isFalse();
      assertThat(signedOut.received()).noneMatch(e -> e.type().equals("notification"));
    }
    assertThat(SseClient.open(app.port(), STREAM, founder.token(), null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("revoking staff rights ends their streams; a new stream may not follow the queue and is not sent it")
  void staffRevoked() throws Exception {
    User staff = users.staff("umea");
    try (SseClient queue = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", staff.token(), null)) {
      assertThat(queue.status()).isEqualTo(200);
      assertThat(http.delete("/api/v1/admin/staff/" + staff.id(), users.admin().token()).status()).isEqualTo(204);
      assertThat(queue.awaitEnd(10)).as("the staff stream ends").isTrue();
    }
    try (SseClient refused = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", staff.token(), null);
         SseClient downgraded = SseClient.open(app.port(), STREAM, staff.token(), null)) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(downgraded.status()).isEqualTo(200);
      users.orgAdmin("care", false);
      assertThat(http.post("/api/v1/contact-points/umea/announcements", users.admin().token(),
          new JsonObject().put("text", new JsonObject().put("en", "After the queue change"))).status()).isEqualTo(201);
      downgraded.next("announcement.posted", 10);
      assertThat(downgraded.received()).noneMatch(e -> e.type().equals("moderation.queue"));
    }
  }

  @Test
  @DisplayName("a stream opened just after a grant of staff rights outlives the grant's own event, which it already reflects")
  void streamOpenedAfterGrantStays() throws Exception {
    User citizen = users.citizen("new-staff");
    assertThat(http.post("/api/v1/admin/staff", users.admin().token(),
        new JsonObject().put("userId", citizen.id()).put("contactPoint", "umea")).status()).isEqualTo(200);
    try (SseClient queue = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", citizen.token(), null)) {
      assertThat(queue.status()).isEqualTo(200);
      app.awaitEventsNumbered();
      User founder = users.orgAdmin("company", false);
      assertThat(founder.organisationId()).isNotNull();
      assertThat(queue.next("moderation.queue", 10).type()).isEqualTo("moderation.queue");
      assertThat(queue.awaitEnd(1)).as("still open").isFalse();
    }
  }

  @Test
  @DisplayName("erasing the account ends its streams")
  void erased() throws Exception {
    User person = users.citizen("erased");
    try (SseClient stream = SseClient.open(app.port(), STREAM, person.token(), null)) {
      assertThat(stream.status()).isEqualTo(200);
      Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", person.token(),
          new JsonObject().put("password", Users.PASSWORD));
      assertThat(erased.status()).as(erased.text()).isEqualTo(204);
      assertThat(stream.awaitEnd(10)).as("the erased person's stream ends").isTrue();
    }
  }

  @Test
  @DisplayName("a stream ends when its token expires, while one with a longer-lived token goes on")
  void tokenExpiry() throws Exception {
    User person = users.citizen("expiring");
    String shortLived = signedFor(person, 6);
    try (SseClient expiring = SseClient.open(app.port(), STREAM, shortLived, null);
         SseClient lasting = SseClient.open(app.port(), STREAM, person.token(), null)) {
      assertThat(expiring.status()).isEqualTo(200);
      assertThat(expiring.awaitEnd(1)).as("still open before the token expires").isFalse();
      assertThat(expiring.awaitEnd(15)).as("the stream ends when the token expires").isTrue();
      assertThat(lasting.ended()).isFalse();
    }
  }

  /** A token for the person's own session that expires in {@code seconds}, signed as the node signs. */
  private String signedFor(User person, int seconds) {
    JsonObject issued = new JsonObject(new String(Base64.getUrlDecoder().decode(person.token().split("\\.")[1]),
        StandardCharsets.UTF_8));
    JsonObject claims = new JsonObject().put("sub", issued.getString("sub")).put("sid", issued.getString("sid"))
        .put("iss", "ntc-hub").put("exp", System.currentTimeMillis() / 1000 + seconds);
    JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(TestApp.JWT_SECRET)));
    return jwt.generateToken(claims, new JWTOptions().setAlgorithm("HS256").setNoTimestamp(true));
  }
}
