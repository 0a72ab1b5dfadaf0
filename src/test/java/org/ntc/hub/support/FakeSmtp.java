package org.ntc.hub.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server that does what a test tells it: takes mail, refuses it for now (4xx) or for good
 * (5xx), takes connections and never answers, or is away altogether; it counts what it took by
 * Message-ID. Plain sockets and a thread per connection; enough SMTP for the mail client.
 */
public final class FakeSmtp implements AutoCloseable {
  /** How the server answers the next mail. */
  public enum Mode { ACCEPT, REFUSE_FOR_NOW, REFUSE_FOR_GOOD, SILENT }

  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

  private final int port;
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.ACCEPT;
  private volatile long delayMillis;
  private volatile boolean keepMessages = true;
  private volatile ServerSocket server;

  private FakeSmtp(int port) {
    this.port = port;
  }

  /** A server listening on a free loopback port. */
  public static FakeSmtp start() {
    FakeSmtp smtp = new FakeSmtp(freePort());
    smtp.up();
    return smtp;
  }

  /** A server whose port is known but which is not listening yet: the mail server is away. */
  public static FakeSmtp away() {
    return new FakeSmtp(freePort());
  }

  public int port() {
    return port;
  }

  public String url() {
    return "smtp://127.0.0.1:" + port;
  }

  public FakeSmtp mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  /** Each mail takes this long to be taken, as a busy server's would. */
  public FakeSmtp delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  /** Only counts Message-IDs, for benchmarks with many mails. */
  public FakeSmtp countOnly() {
    this.keepMessages = false;
    return this;
  }

  /** Listens (again) on its port. */
  public synchronized void up() {
    if (server != null) return;
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      server = socket;
      Thread acceptor = new Thread(() -> accept(socket), "fake-smtp-" + port);
      acceptor.setDaemon(true);
      acceptor.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops listening and drops every connection, as a mail server that goes away does. */
  public synchronized void down() {
    closeQuietly(server);
    server = null;
    open.forEach(FakeSmtp::closeQuietly);
    open.clear();
  }

  /** Forgets what was taken. */
  public void reset() {
    received.clear();
    messages.clear();
  }

  /** How many times each Message-ID was taken. */
  public Map<String, Integer> byMessageId() {
    Map<String, Integer> copy = new ConcurrentHashMap<>();
    received.forEach((id, n) -> copy.put(id, n.get()));
    return copy;
  }

  /** How many mails were taken, duplicates included. */
  public int taken() {
    return received.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** The mails taken, headers and body as they came, when kept. */
  public List<String> messages() {
    return new ArrayList<>(messages);
  }

  @Override
  public void close() {
    down();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        client.setTcpNoDelay(true);
        open.add(client);
        Thread session = new Thread(() -> converse(client), "fake-smtp-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket client) {
    try (client) {
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1), 65536);
      OutputStream out = client.getOutputStream();
      if (mode == Mode.SILENT) {
        while (in.read() >= 0) {
          // takes what comes and never answers
        }
        return;
      }
      say(out, "220 fake.test ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO" -> say(out, "250-fake.test\r\n250 8BITMIME");
          case "HELO", "MAIL", "RSET", "NOOP" -> say(out, "250 OK");
          case "RCPT" -> say(out, switch (mode) {
            case REFUSE_FOR_NOW -> "451 4.3.0 Try again later";
            case REFUSE_FOR_GOOD -> "550 5.1.1 No such mailbox here";
            default -> "250 OK";
          });
          case "DATA" -> {
            say(out, "354 End data with <CR><LF>.<CR><LF>");
            StringBuilder data = new StringBuilder();
            String body;
            while ((body = in.readLine()) != null && !body.equals(".")) {
              data.append(body.startsWith("..") ? body.substring(1) : body).append("\r\n");
            }
            if (delayMillis > 0) Thread.sleep(delayMillis);
            took(data.toString());
            say(out, "250 OK queued");
          }
          case "QUIT" -> {
            say(out, "221 Bye");
            return;
          }
          default -> say(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      // the client or the test hung up
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      open.remove(client);
    }
  }

  private void took(String message) {
    Matcher id = MESSAGE_ID.matcher(message);
    received.computeIfAbsent(id.find() ? id.group(1) : "(none)", k -> new AtomicInteger()).incrementAndGet();
    if (keepMessages) messages.add(message);
  }

  private static void say(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      if (closeable != null) closeable.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
