package org.ntc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

/** A stream client that stops reading neither delays the others nor makes the server hold its backlog. */
@OwnNode("counts the node's open streams")
class SlowStreamTest extends ApiTest {

  private int openStreams() {
    return http.get("/health", null).json().getInteger("openStreams");
  }

  @Test
  @DisplayName("a stalled stream is let go while a healthy one keeps getting every event promptly")
  void stalledClient() throws Exception {
    User staff = users.staff("seinajoki");
    String longText = "Tärkeä tiedote koulutuksista ja testikodista. ".repeat(21);
    JsonObject body = new JsonObject().put("text", new JsonObject().put("fi", longText).put("sv", longText).put("en", longText));
    try (SseClient healthy = SseClient.open(app.port(), "/api/v1/events/stream?topics=announcement.posted", null, null);
         Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("127.0.0.1", app.port()));
      OutputStream out = stalled.getOutputStream();
      out.write(("GET /api/v1/events/stream?topics=announcement.posted HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(Eventually.value("both streams open", Duration.ofSeconds(5), this::openStreams, n -> n >= 2)).isEqualTo(2);

      int posted = 0;
      while (openStreams() > 1 && posted < 600) {
        for (int i = 0; i < 10; i++, posted++) {
          assertThat(http.post("/api/v1/contact-points/seinajoki/announcements", staff.token(), body).status()).isEqualTo(201);
        }
        long sent = System.nanoTime();
        for (int i = 0; i < 10; i++) healthy.next("announcement.posted", 5);
        assertThat((System.nanoTime() - sent) / 1e6).as("ms for the healthy stream to catch up").isLessThan(2_000);
      }
      assertThat(openStreams()).as("the stalled stream was let go after " + posted + " events").isEqualTo(1);
      assertThat(posted).isLessThan(600);
      assertThat(healthy.ended()).isFalse();
    }
  }
}
