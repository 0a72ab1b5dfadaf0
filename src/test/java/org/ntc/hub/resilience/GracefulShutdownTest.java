package org.ntc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.TestDatabase;

/**
 * SIGTERM while requests keep coming. Every request the server was answering is answered in
 * full, with 200; none fails and none is cut off mid-answer. A connection the server had not
 * yet read a request from (still in the accept queue, or just accepted) may be closed or
 * refused, as with any HTTP server that stops; such a request was never taken, and a client
 * retries it, against the other node.
 */
class GracefulShutdownTest {
  enum Result { ANSWERED, REFUSED, NOT_TAKEN, DROPPED, FAILED }

  private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();

  @Test
  @DisplayName("graceful shutdown under load answers every accepted request")
  void shutdownUnderLoad() throws Exception {
    try (NodeProcess node = NodeProcess.start(Map.of("NTC_HTTP_HOST", "127.0.0.1", "NTC_HTTP_PORT", "0",
        "NTC_HTTP_INSTANCES", "1", "NTC_DB_URL", TestDatabase.freshDatabase().toString(),
        "NTC_DATA_DIR", Files.createTempDirectory("ntc-shutdown").toString()))) {
      int port = node.awaitReady(60);
      List<Result> results = new CopyOnWriteArrayList<>();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> load = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread thread = new Thread(() -> {
          while (!stop.get()) results.add(request(port, t(results)));
        }, "load");
        thread.start();
        load.add(thread);
      }
      Eventually.holds("100 answers before the signal", Duration.ofSeconds(60), () -> results.size() >= 100);
      int beforeSignal = results.size();
      node.terminate();
      assertThat(node.awaitExit(30)).as("exit status after SIGTERM").isEqualTo(143);
      stop.set(true);
      for (Thread thread : load) thread.join(5_000);

      assertThat(results.subList(0, beforeSignal)).containsOnly(Result.ANSWERED);
      assertThat(results).as(String.join("\n", PROBLEMS)).doesNotContain(Result.DROPPED, Result.FAILED);
    }
  }

  private static String t(List<Result> results) {
    return results.size() % 2 == 0 ? "/api/v1/showcases?q=kotihoito" : "/showcases?lang=fi";
  }

  /** One HTTP/1.0 request on its own connection: answered with 200, refused, or cut off. */
  private static Result request(int port, String path) {
    try (Socket socket = new Socket()) {
      try {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      } catch (ConnectException refused) {
        return Result.REFUSED;
      }
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      if (head.length == 0) return Result.NOT_TAKEN;
      if (head.length < 12) {
        PROBLEMS.add(path + ": connection closed after " + head.length + " bytes");
        return Result.DROPPED;
      }
      String status = new String(head, StandardCharsets.US_ASCII);
      String rest = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int split = rest.indexOf("\r\n\r\n");
      String headers = split < 0 ? rest : rest.substring(0, split);
      int bodyLength = split < 0 ? -1 : rest.length() - split - 4;
      int declared = headers.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
          .map(l -> Integer.parseInt(l.substring(15).strip())).findFirst().orElse(bodyLength);
      if (declared != bodyLength) {
        PROBLEMS.add(path + ": cut off after " + bodyLength + " of " + declared + " bytes");
        return Result.DROPPED;
      }
      if (status.startsWith("HTTP/1.") && status.endsWith("200")) return Result.ANSWERED;
      PROBLEMS.add(path + ": " + status + " " + rest.lines().reduce((a, b) -> b).orElse(""));
      return Result.FAILED;
    } catch (java.net.SocketException reset) {
      // Reset before any byte of an answer: the connection was never served.
      return Result.NOT_TAKEN;
    } catch (IOException cut) {
      PROBLEMS.add(path + ": " + cut);
      return Result.DROPPED;
    }
  }
}
