package org.ntc.hub.support;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent-Events reader, as a browser's EventSource would be, for tests. */
public final class SseClient implements AutoCloseable {
  public record Event(long id, String type, JsonObject data) {}

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final int status;
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;
  private volatile boolean ended;
  private final java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);

  private SseClient(CompletableFuture<HttpResponse<Stream<String>>> response) throws Exception {
    this.response = response;
    HttpResponse<Stream<String>> answered = response.get(10, TimeUnit.SECONDS);
    this.status = answered.statusCode();
    this.lines = answered.body();
    Thread reader = new Thread(this::read, "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code path} on the node at {@code port}; token and last event id may be null. */
  public static SseClient open(int port, String path, String token, Long lastEventId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept", "text/event-stream").GET();
    if (token != null) request.header("Authorization", "Bearer " + token);
    if (lastEventId != null) request.header("Last-Event-ID", String.valueOf(lastEventId));
    return new SseClient(CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()));
  }

  public int status() {
    return status;
  }

  public boolean ended() {
    return ended;
  }

  /** Whether the server ended the stream within this many seconds. */
  public boolean awaitEnd(long seconds) throws InterruptedException {
    return end.await(seconds, TimeUnit.SECONDS);
  }

  /** The next event of this type (others are kept), or an assertion failure after the timeout. */
  public Event next(String type, long seconds) throws InterruptedException {
    return next(e -> e.type().equals(type), seconds, "an event " + type);
  }

  public Event next(Predicate<Event> wanted, long seconds, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Event> skipped = new ArrayList<>();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
        if (event == null) throw new AssertionError("no " + what + " within " + seconds + " s; saw " + skipped);
        if (wanted.test(event)) return event;
        skipped.add(event);
      }
    } finally {
      // Keep what was skipped, in order, for later questions.
      List<Event> rest = new ArrayList<>(skipped);
      events.drainTo(rest);
      events.addAll(rest);
    }
  }

  /** Everything received so far, without waiting. */
  public List<Event> received() {
    return List.copyOf(events);
  }

  private void read() {
    long id = -1;
    String type = "message";
    StringBuilder data = new StringBuilder();
    try {
      for (var it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.isEmpty()) {
          if (data.length() > 0) events.add(new Event(id, type, new JsonObject(data.toString())));
          type = "message";
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = Long.parseLong(line.substring(3).strip());
        } else if (line.startsWith("event:")) {
          type = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException closed) {
      // the connection went away
    } finally {
      ended = true;
      end.countDown();
    }
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) open.close();
    response.cancel(true);
  }
}
