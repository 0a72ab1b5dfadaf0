package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Live events written below the HTTP encoder are well-formed chunks, in order with what the response writes. */
class BelowHttpTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("a frame becomes one HTTP/1.1 chunk: its size in hex, the frame, CRLF")
  void chunkFraming() {
    Buffer frame = event(7).frame();
    var chunk = BelowHttp.chunk(frame);
    byte[] bytes = new byte[chunk.readableBytes()];
    chunk.getBytes(chunk.readerIndex(), bytes);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(Integer.toHexString(frame.length()) + "\r\n" + frame.toString(StandardCharsets.UTF_8) + "\r\n");
    assertThat(chunk.isDirect()).as("native memory: no copy per stream").isTrue();
  }

  @Test
  @DisplayName("events below the encoder, keep-alives and the end through the response arrive in order as valid chunks")
  void inOrderWithTheResponse() throws Exception {
    Context loop = vertx.getOrCreateContext();
    CompletableFuture<EventStream> opened = new CompletableFuture<>();
    List<Boolean> below = new ArrayList<>();
    List<String> written = new ArrayList<>();
    // The server's own settings: compression offered and an idle timeout, so their handlers are in the pipeline.
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true).setIdleTimeout(120))
        .requestHandler(req -> {
          var response = req.response().putHeader("Content-Type", "text/event-stream").setChunked(true);
          below.add(BelowHttp.of(req, response) != null);
          response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
          ChannelHandlerContext belowEncoder = BelowHttp.of(req, response);
          Future<Void> opening = response.write(": connected\n\n");
          EventStream stream = new EventStream(response, loop, Set.of(Topics.ANNOUNCEMENT_POSTED), false, null, null, 0, 0, false);
          below.add(belowEncoder != null);
          if (belowEncoder != null) {
            written.add(belowEncoder.name());
            stream.writeBelowHttp(belowEncoder, opening);
          }
          opened.complete(stream);
        });
    int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      EventStream stream = opened.get(10, TimeUnit.SECONDS);
      assertThat(below).as("compressible: through the response; identity: below the encoder").containsExactly(false, true);
      assertThat(written).as("from the idle-timeout handler's place: it sees only the response's writes").containsExactly("idle");
      InputStream in = socket.getInputStream();
      String head = readHead(in);
      assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
      assertThat(readChunk(in)).isEqualTo(": connected\n\n");
      loop.runOnContext(v -> {
        for (int seq = 1; seq <= 3; seq++) stream.offer(event(seq), event(seq).frame(), BelowHttp.chunk(event(seq).frame()));
        stream.heartbeat();
        stream.heartbeat();
        stream.offer(event(4), event(4).frame(), BelowHttp.chunk(event(4).frame()));
        stream.close();
      });
      StringBuilder body = new StringBuilder();
      for (String chunk = readChunk(in); !chunk.isEmpty(); chunk = readChunk(in)) body.append(chunk);
      String text = body.toString();
      assertThat(text).contains("id: 1\n", "id: 2\n", "id: 3\n", "id: 4\n", ": keep-alive");
      assertThat(text.indexOf("id: 1\n")).isLessThan(text.indexOf("id: 2\n"));
      assertThat(text.indexOf("id: 2\n")).isLessThan(text.indexOf("id: 3\n"));
      assertThat(text.indexOf("id: 3\n")).isLessThan(text.indexOf(": keep-alive"));
      assertThat(text.indexOf(": keep-alive")).isLessThan(text.indexOf("id: 4\n"));
      assertThat(text).doesNotContain("id: 5");
    }
  }

  @Test
  @DisplayName("without an idle timeout in the pipeline, chunks are written from the encoder's place")
  void withoutIdleTimeout() throws Exception {
    CompletableFuture<String> written = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer(new HttpServerOptions()).requestHandler(req -> {
      var response = req.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY).setChunked(true);
      ChannelHandlerContext belowEncoder = BelowHttp.of(req, response);
      written.complete(belowEncoder == null ? null : belowEncoder.name());
      response.end();
    });
    int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(written.get(10, TimeUnit.SECONDS)).isEqualTo("httpEncoder");
    }
  }

  private static DomainEvent event(long seq) {
    return new DomainEvent(seq, Topics.ANNOUNCEMENT_POSTED, "test", Audience.PUBLIC, null,
        new JsonObject().put("text", "news " + seq + " åäö"), OffsetDateTime.now());
  }

  private static String readLine(InputStream in) throws Exception {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') break;
      line.write(b);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    assertThat(text).as("a line ends with CRLF").endsWith("\r");
    return text.substring(0, text.length() - 1);
  }

  private static String readHead(InputStream in) throws Exception {
    StringBuilder head = new StringBuilder();
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) head.append(line).append('\n');
    return head.toString();
  }

  /** One chunk of the body, checked strictly; empty for the last chunk. */
  private static String readChunk(InputStream in) throws Exception {
    int size = Integer.parseInt(readLine(in), 16);
    byte[] data = in.readNBytes(size);
    assertThat(data).hasSize(size);
    assertThat(readLine(in)).as("the chunk's data ends with CRLF").isEmpty();
    return new String(data, StandardCharsets.UTF_8);
  }
}
