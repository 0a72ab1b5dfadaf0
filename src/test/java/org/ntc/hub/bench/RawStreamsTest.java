package org.ntc.hub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stream benchmark's raw readers find an event only in a real chunked event stream, however its bytes are split into reads and chunks. */
class RawStreamsTest {
  private static final String EVENT_STREAM = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
      + "transfer-encoding: chunked\r\n\r\n";

  @Test
  void findsTheMarkerInChunksSplitAtEveryByte() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      BlockingQueue<Socket> accepted = accept(server);
      try (RawStreams readers = new RawStreams(server.getLocalPort(), "/stream", 1)) {
        Thread opening = new Thread(() -> {
          try {
            readers.open(1);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        opening.start();
        Socket socket = accepted.poll(10, TimeUnit.SECONDS);
        String request = readRequest(socket.getInputStream());
        assertTrue(request.startsWith("GET /stream HTTP/1.1\r\nhost: 127.0.0.1:"), request);
        OutputStream out = socket.getOutputStream();
        out.write(ascii(EVENT_STREAM + chunk("retry: 3000\n: connected\n\n")));
        out.flush();
        opening.join(10_000);
        readers.expect(1, "bench-x-1");
        // The marker in a chunk's framing (an extension) does not count; in the data, split over reads and chunks, it does.
        byteByByte(out, "2;bench-x-1\r\n:\n\r\n" + chunk("data: {\"text\":\"bench-x-\"}\n\n"));
        Thread.sleep(200);
        assertEquals(0, readers.arrived());
        byteByByte(out, chunk("id: 7\nevent: announcement.posted\ndata: {\"text\":\"bench-") + chunk("x-1\"}\n\n"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (readers.arrived() < 1 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(1, readers.arrived());
        assertTrue(readers.arrivals()[0] > 0);
        socket.close();
      }
    }
  }

  @Test
  void refusesAnAnswerThatIsNotAnEventStream() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      BlockingQueue<Socket> accepted = accept(server);
      Thread answering = new Thread(() -> {
        try {
          Socket socket = accepted.poll(10, TimeUnit.SECONDS);
          readRequest(socket.getInputStream());
          socket.getOutputStream().write(ascii("HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\n\r\n"));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      answering.start();
      try (RawStreams readers = new RawStreams(server.getLocalPort(), "/stream", 1)) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> readers.open(1));
        assertTrue(refused.getMessage().contains("not an HTTP/1.1 event stream"), refused.getMessage());
      }
    }
  }

  private static BlockingQueue<Socket> accept(ServerSocket server) {
    BlockingQueue<Socket> accepted = new ArrayBlockingQueue<>(1);
    Thread thread = new Thread(() -> {
      try {
        accepted.add(server.accept());
      } catch (Exception ignored) {
        // the test fails on its own
      }
    });
    thread.setDaemon(true);
    thread.start();
    return accepted;
  }

  private static String readRequest(InputStream in) throws Exception {
    StringBuilder request = new StringBuilder();
    while (!request.toString().endsWith("\r\n\r\n")) request.append((char) in.read());
    return request.toString();
  }

  private static String chunk(String data) {
    return Integer.toHexString(data.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + data + "\r\n";
  }

  private static void byteByByte(OutputStream out, String text) throws Exception {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.write(b);
      out.flush();
      Thread.sleep(1);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
