package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.ClusterNodes;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.TestDatabase;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.Users;

/**
 * Two nodes, Seinäjoki and Umeå, as separate processes joined by Hazelcast over loopback,
 * with the event bus between them over mutual TLS, sharing one database.
 */
@ExtendWith(VertxExtension.class)
class ClusterTest {
  private static final String STREAM = "/api/v1/events/stream";
  private static NodeProcess seinajoki;
  private static NodeProcess umea;
  private static URI db;
  private static int seinajokiPort;
  private static int umeaPort;

  @BeforeAll
  static void startCluster() throws Exception {
    db = TestDatabase.freshDatabase();
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    int[] hz = {freePort(), freePort()};
    int[] bus = {freePort(), freePort()};
    String members = "127.0.0.1:" + hz[0] + ",127.0.0.1:" + hz[1];
    // The nodes start together, as an orchestrator starts them.
    seinajoki = NodeProcess.start(node("seinajoki", db.toString(), hz[0], bus[0], members, certificate));
    umea = NodeProcess.start(node("umea", db.toString(), hz[1], bus[1], members, certificate));
    seinajokiPort = seinajoki.awaitReady(90);
    umeaPort = umea.awaitReady(90);
  }

  @AfterAll
  static void stopCluster() {
    if (seinajoki != null) seinajoki.close();
    if (umea != null) umea.close();
  }

  private static Map<String, String> node(String name, String db, int hzPort, int busPort, String members,
                                          SelfSignedCertificate certificate) throws IOException {
    Map<String, String> env = ClusterNodes.env(name, db, 0, hzPort, busPort, members);
    env.put("NTC_HTTP_INSTANCES", "1");
    env.put("NTC_CLUSTER_TLS", "true");
    env.put("NTC_CLUSTER_TLS_CERT", certificate.certificatePath());
    env.put("NTC_CLUSTER_TLS_KEY", certificate.privateKeyPath());
    env.put("NTC_CLUSTER_TLS_CA", certificate.certificatePath());
    return env;
  }

  private static int freePort() throws IOException {
    return ClusterNodes.freePort();
  }


  private static Http.Response announce(Http http, User staff, String contactPoint, String text) {
    return http.post("/api/v1/contact-points/" + contactPoint + "/announcements", staff.token(),
        new JsonObject().put("text", new JsonObject().put("en", text)));
  }

  @Test
  @DisplayName("events cross nodes; resume is exact; private events stay private; the survivor serves on when a node dies")
  void acrossTheBorder(Vertx vertx) throws Exception {
    Http atSeinajoki = new Http(vertx, seinajokiPort);
    Http atUmea = new Http(vertx, umeaPort);
    Users people = new Users(atSeinajoki);
    User staffFi = people.staff("seinajoki");
    User staffSe = people.staff("umea");
    User founder = people.orgAdmin("care", false);
    User bystander = people.citizen("bystander");

    // 1. An announcement posted in Seinäjoki reaches a browser connected to Umeå.
    long lastSeen;
    try (SseClient inUmea = SseClient.open(umeaPort, STREAM + "?topics=announcement.posted", null, null)) {
      assertThat(inUmea.status()).isEqualTo(200);
      assertThat(announce(atSeinajoki, staffFi, "seinajoki", "Hei Uumaja").status()).isEqualTo(201);
      SseClient.Event event = inUmea.next("announcement.posted", 15);
      assertThat(event.data().getString("node")).isEqualTo("seinajoki");
      lastSeen = event.id();
    }

    // 2. Two more while the Umeå browser is away; the reconnect gets exactly those two.
    assertThat(announce(atSeinajoki, staffFi, "seinajoki", "Toinen").status()).isEqualTo(201);
    assertThat(announce(atUmea, staffSe, "umea", "Tredje").status()).isEqualTo(201);
    TestDatabase.awaitEventsNumbered(db);
    try (SseClient resumed = SseClient.open(umeaPort, STREAM + "?topics=announcement.posted", null, lastSeen)) {
      SseClient.Event second = resumed.next("announcement.posted", 15);
      SseClient.Event third = resumed.next("announcement.posted", 15);
      assertThat(List.of(second.data().getString("node"), third.data().getString("node"))).containsExactly("seinajoki", "umea");
      // Nothing else comes before the next live event: no event of those two twice.
      assertThat(announce(atSeinajoki, staffFi, "seinajoki", "Neljäs").status()).isEqualTo(201);
      resumed.next(e -> e.data().getJsonObject("text").getString("en").equals("Neljäs"), 15, "the next live event");
      assertThat(resumed.received()).isEmpty();
    }

    // 3. A notification raised in Umeå reaches only its addressee, who listens in Seinäjoki.
    try (SseClient founderStream = SseClient.open(seinajokiPort, STREAM, founder.token(), null);
         SseClient bystanderStream = SseClient.open(seinajokiPort, STREAM, bystander.token(), null);
         SseClient staffStream = SseClient.open(seinajokiPort, STREAM, staffFi.token(), null)) {
      assertThat(atUmea.post("/api/v1/organisations/" + founder.organisationId() + "/verify", staffSe.token(), null).status())
          .isEqualTo(200);
      SseClient.Event note = founderStream.next("notification", 15);
      assertThat(note.data().getString("node")).isEqualTo("umea");
      assertThat(staffStream.next("moderation.queue", 15).data().getString("organisationId")).isEqualTo(founder.organisationId());
      bystanderStream.next("organisation.verified", 15);
      assertThat(bystanderStream.received()).noneMatch(e -> e.type().equals("notification") || e.type().equals("moderation.queue"));
      assertThat(founderStream.received()).noneMatch(e -> e.type().equals("moderation.queue"));
    }

    // 4. A sign-out in Seinäjoki ends that session's stream in Umeå; staff rights revoked in Umeå end the queue in Seinäjoki.
    try (SseClient signedOutInUmea = SseClient.open(umeaPort, STREAM, bystander.token(), null);
         SseClient queueInSeinajoki = SseClient.open(seinajokiPort, STREAM + "?topics=moderation.queue", staffFi.token(), null)) {
      assertThat(signedOutInUmea.status()).isEqualTo(200);
      assertThat(queueInSeinajoki.status()).isEqualTo(200);
      assertThat(atSeinajoki.post("/api/v1/auth/logout", bystander.token(), null).status()).isEqualTo(204);
      assertThat(atUmea.delete("/api/v1/admin/staff/" + staffFi.id(), people.admin().token()).status()).isEqualTo(204);
      assertThat(signedOutInUmea.awaitEnd(15)).as("the sign-out reached the other node").isTrue();
      assertThat(queueInSeinajoki.awaitEnd(15)).as("the revocation reached the other node").isTrue();
    }

    // 5. Seinäjoki dies mid-stream; its browser reconnects to Umeå and resumes where it was.
    long lastBeforeDeath;
    try (SseClient doomed = SseClient.open(seinajokiPort, STREAM + "?topics=announcement.posted", null, null);
         SseClient survivor = SseClient.open(umeaPort, STREAM + "?topics=announcement.posted", null, null)) {
      assertThat(announce(atUmea, staffSe, "umea", "Före").status()).isEqualTo(201);
      lastBeforeDeath = doomed.next("announcement.posted", 15).id();
      survivor.next("announcement.posted", 15);
      seinajoki.close();
      assertThat(seinajoki.awaitExit(30)).isNotZero();
      assertThat(atUmea.get("/health", null).status()).isEqualTo(200);
      assertThat(announce(atUmea, staffSe, "umea", "Vi är kvar").status()).isEqualTo(201);
      assertThat(survivor.next("announcement.posted", 15).data().getJsonObject("text").getString("en")).isEqualTo("Vi är kvar");
      assertThat(atUmea.get("/api/v1/showcases", null).status()).isEqualTo(200);
    }
    try (SseClient resumed = SseClient.open(umeaPort, STREAM + "?topics=announcement.posted", null, lastBeforeDeath)) {
      SseClient.Event missed = resumed.next("announcement.posted", 15);
      assertThat(missed.data().getJsonObject("text").getString("en")).isEqualTo("Vi är kvar");
      assertThat(missed.id()).isGreaterThan(lastBeforeDeath);
    }
  }
}
