package org.ntc.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for bytes no client library would send: garbled multipart,
 * truncated bodies, a body announced but never sent, a body far larger than any route takes.
 */
public final class RawHttp {
  private final int port;

  public record Answer(int status, Map<String, String> headers, String body, long millis, long bodyBytesSent) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public RawHttp(int port) {
    this.port = port;
  }

  /** Sends the head and the body, then reads one answer; the connection closes afterwards. */
  public Answer send(String head, byte[] body) {
    return send(head, body, body.length);
  }

  /**
   * Sends the head and up to {@code bodyBytes} bytes of body (repeating {@code body} as needed)
   * from a second thread while the answer is read, so a server that answers before reading
   * the whole body is seen to do so.
   */
  public Answer send(String head, byte[] body, long bodyBytes) {
    long started = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      AtomicLong sent = new AtomicLong();
      Thread writer = new Thread(() -> {
        try {
          long left = bodyBytes;
          while (left > 0 && body.length > 0) {
            int n = (int) Math.min(left, body.length);
            out.write(body, 0, n);
            sent.addAndGet(n);
            left -= n;
          }
          out.flush();
        } catch (IOException closedByServer) {
          // The server answered and closed without reading all of it: what an early refusal does.
        }
      }, "raw-http-writer");
      writer.setDaemon(true);
      writer.start();
      Answer answer = read(socket.getInputStream(), started, sent);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in, long started, AtomicLong sent) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new IllegalStateException("no answer within 20 s", e);
      }
      if (b < 0) throw new IllegalStateException("connection closed before an answer: " + head);
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
          : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String length = headers.get("content-length");
    if (length != null) {
      byte[] bytes = in.readNBytes(Integer.parseInt(length));
      body.write(bytes);
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      while (true) {
        StringBuilder size = new StringBuilder();
        for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) if (b != '\r') size.append((char) b);
        int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
        if (n == 0) break;
        body.write(in.readNBytes(n));
        in.read();
        in.read();
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Answer(status, headers, body.toString(StandardCharsets.UTF_8), millis, sent.get());
  }
}
