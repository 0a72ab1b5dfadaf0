package org.ntc.hub.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.ClusterNodes;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.TestDatabase;
import org.ntc.hub.support.Users;

/** Two clustered nodes as separate processes: what an admin changes on one, the other shows at once. */
@ExtendWith(VertxExtension.class)
class ContactPointClusterTest {
  private static NodeProcess seinajoki;
  private static NodeProcess umea;
  private static int seinajokiPort;
  private static int umeaPort;

  @BeforeAll
  static void startCluster() throws Exception {
    URI db = TestDatabase.freshDatabase();
    int[] hz = {ClusterNodes.freePort(), ClusterNodes.freePort()};
    int[] bus = {ClusterNodes.freePort(), ClusterNodes.freePort()};
    String members = "127.0.0.1:" + hz[0] + ",127.0.0.1:" + hz[1];
    Map<String, String> first = ClusterNodes.env("seinajoki", db.toString(), 0, hz[0], bus[0], members);
    Map<String, String> second = ClusterNodes.env("umea", db.toString(), 0, hz[1], bus[1], members);
    first.put("NTC_HTTP_INSTANCES", "1");
    second.put("NTC_HTTP_INSTANCES", "1");
    seinajoki = NodeProcess.start(first);
    umea = NodeProcess.start(second);
    seinajokiPort = seinajoki.awaitReady(90);
    umeaPort = umea.awaitReady(90);
  }

  @AfterAll
  static void stopCluster() {
    if (seinajoki != null) seinajoki.close();
    if (umea != null) umea.close();
  }

  @Test
  @DisplayName("a contact point added and a label reworded on one node appear in the other node's footer, forms and taxonomy")
  void changesReachEveryNode(Vertx vertx) {
    Http atSeinajoki = new Http(vertx, seinajokiPort);
    Http atUmea = new Http(vertx, umeaPort);
    String admin = new Users(atSeinajoki).admin().token();
    // Umeå keeps the public catalogue page for the next visitor: it must forget it.
    assertThat(footerOf(atUmea, "/showcases?lang=en")).doesNotContain("Vaasa");
    assertThat(footerOf(atUmea, "/showcases?lang=en")).doesNotContain("Vaasa");

    assertThat(atSeinajoki.post("/api/v1/contact-points", admin, ContactPointAdminTest.vaasa("vaasa")).status()).isEqualTo(201);
    Eventually.holds("Umeå's footer lists Vaasa", Duration.ofSeconds(15),
        () -> footerOf(atUmea, "/showcases?lang=en").contains("NTC contact point Vaasa"));
    assertThat(PageHtml.parse(atUmea.get("/trainings?lang=en", null).text()).select("select#contactPoint option[value=vaasa]"))
        .hasSize(1);

    MultiMap browser = MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + admin);
    Http.Response saved = atSeinajoki.form("/admin/labels", browser, MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", atSeinajoki.csrfOf(admin)).add("en|targetGroup.families", "Families and children"));
    assertThat(saved.status()).isEqualTo(303);
    Eventually.holds("Umeå's taxonomy uses the new wording", Duration.ofSeconds(15),
        () -> atUmea.get("/api/v1/taxonomy?lang=en", null).text().contains("Families and children"));
  }

  private static String footerOf(Http http, String path) {
    return PageHtml.parse(http.get(path, null).text()).select("footer").text();
  }
}
