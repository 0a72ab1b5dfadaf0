package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The keep-alive comment goes only to streams that carried nothing since the last beat. */
class HeartbeatTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("a beat writes a keep-alive to a quiet stream and nothing to one that just carried an event")
  void onlyQuietStreamsGetAKeepAlive() throws Exception {
    Context loop = vertx.getOrCreateContext();
    CompletableFuture<EventStream> opened = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer().requestHandler(req -> {
      var response = req.response().putHeader("Content-Type", "text/event-stream").setChunked(true);
      response.write(": connected\n\n");
      opened.complete(new EventStream(response, loop, Set.of(Topics.ANNOUNCEMENT_POSTED), false, null, null, 0, 0, false));
    });
    int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      EventStream stream = opened.get(10, TimeUnit.SECONDS);
      loop.runOnContext(v -> {
        stream.heartbeat();
        stream.offer(event(1), event(1).frame());
        stream.heartbeat();
        stream.heartbeat();
        stream.offer(event(2), event(2).frame());
      });
      String text = readUntil(socket.getInputStream(), "id: 2");
      assertThat(text.split(": keep-alive", -1)).as("keep-alives in " + text).hasSize(3);
      assertThat(text.indexOf(": keep-alive")).isLessThan(text.indexOf("id: 1"));
      assertThat(text.indexOf(": keep-alive", text.indexOf("id: 1"))).isBetween(text.indexOf("id: 1"), text.indexOf("id: 2"));
    }
  }

  private static DomainEvent event(long seq) {
    return new DomainEvent(seq, Topics.ANNOUNCEMENT_POSTED, "test", Audience.PUBLIC, null,
        new JsonObject().put("text", "news " + seq), OffsetDateTime.now());
  }

  private static String readUntil(InputStream in, String wanted) throws Exception {
    StringBuilder text = new StringBuilder();
    byte[] chunk = new byte[4096];
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!text.toString().contains(wanted) && System.nanoTime() < deadline) {
      int n = in.read(chunk);
      if (n < 0) break;
      text.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}
