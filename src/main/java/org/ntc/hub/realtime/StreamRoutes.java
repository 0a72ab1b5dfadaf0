package org.ntc.hub.realtime;

import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.Unauthenticated;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code GET /api/v1/events/stream}: Server-Sent Events, resumable with {@code Last-Event-ID}. */
public final class StreamRoutes {
  private static final int REPLAY_PAGE = 1_000;
  private static final int MAX_REPLAY_PAGES = 20;

  private final StreamHub hub;
  private final EventLog log;
  private final Context loop;
  private final Authentication.ViewerLoader viewers;

  /**
   * {@code loop} is the verticle's own context: every request on it shares its event loop, so one task reaches them all.
   * {@code viewers} looks the viewer up again once their stream is open.
   */
  public StreamRoutes(StreamHub hub, EventLog log, Context loop, Authentication.ViewerLoader viewers) {
    this.hub = hub;
    this.log = log;
    this.loop = loop;
    this.viewers = viewers;
  }

  public void mount(Router router) {
    router.get("/api/v1/events/stream").handler(this::open);
  }

  private void open(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    Set<String> topics = topics(ctx.queryParam("topics"), viewer);
    Long resumeAfter = lastEventId(ctx);

    HttpServerResponse response = ctx.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        // Compression would hold frames back until a buffer fills.
        .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
        .putHeader("X-Accel-Buffering", "no")
        .setChunked(true);
    // Asked before the first write: sending the head takes the identity encoding off the headers.
    ChannelHandlerContext belowEncoder = BelowHttp.of(ctx.request(), response);
    Future<Void> opening = response.write("retry: 3000\n: connected\n\n");
    long expiresAt = expiresAtMillis(ctx);
    EventStream stream = new EventStream(response, loop, topics, viewer.staff(), viewer.id(), viewer.sessionId(),
        expiresAt, resumeAfter == null ? 0 : resumeAfter, resumeAfter != null);
    Vertx vertx = loop.owner();
    // When the token expires, so does the stream: the browser comes back with a fresh token or as nobody.
    long expiry = viewer.signedIn() ? vertx.setTimer(Math.max(1, expiresAt - System.currentTimeMillis()), id -> stream.close()) : -1;
    stream.onClose(() -> {
      hub.remove(stream);
      if (expiry >= 0) vertx.cancelTimer(expiry);
    });
    if (belowEncoder != null) stream.writeBelowHttp(belowEncoder, opening);
    stream.onRecheck(changed -> recheck(changed, viewer, true));
    hub.add(stream);
    response.closeHandler(v -> stream.close());
    if (resumeAfter != null) replay(stream, resumeAfter, 0);
    if (viewer.signedIn()) recheck(stream, viewer, false);
  }

  /**
   * The viewer was loaded before the stream joined the hub; a sign-out or change of rights that
   * committed in between sent its event to no stream of theirs. Now that the hub holds it, one
   * look at the database settles it: whatever changes later reaches the stream as an event,
   * which asks the database again ({@code onEvent}), since it may tell of a change this stream
   * already saw when it opened.
   */
  private void recheck(EventStream stream, Viewer opened, boolean onEvent) {
    viewers.load(opened.id(), opened.sessionId(), false).onComplete(result -> {
      boolean same = result.succeeded() && result.result().map(now -> now.staff() == opened.staff()).orElse(false);
      if (!same) stream.close();
      else if (onEvent) stream.confirmed();
    });
  }

  private static long expiresAtMillis(RoutingContext ctx) {
    Instant expiresAt = WebContext.tokenExpiresAt(ctx);
    return expiresAt == null ? System.currentTimeMillis() + Tokens.LIFETIME_SECONDS * 1000L : expiresAt.toEpochMilli();
  }

  private void replay(EventStream stream, long after, int pages) {
    log.replay(after, stream.topics(), stream.staff(), stream.accountId(), REPLAY_PAGE).onComplete(result -> {
      if (result.failed()) {
        // The log is out of reach; the client reconnects and asks again.
        stream.close();
        return;
      }
      List<DomainEvent> events = result.result();
      if (events.size() == REPLAY_PAGE && pages + 1 < MAX_REPLAY_PAGES) {
        stream.replayPage(events);
        replay(stream, events.get(events.size() - 1).seq(), pages + 1);
      } else {
        stream.replayed(events);
      }
    });
  }

  static Set<String> topics(String requested, Viewer viewer) {
    if (requested == null || requested.isBlank()) {
      Set<String> all = Topics.publicOnes();
      if (viewer.staff()) all.add(Topics.MODERATION_QUEUE);
      if (viewer.staff()) all.add(Topics.ADVICE_QUEUE);
      if (viewer.signedIn()) all.add(Topics.NOTIFICATION);
      return all;
    }
    Set<String> topics = new LinkedHashSet<>();
    for (String topic : requested.split(",")) {
      String name = topic.strip();
      if (name.isEmpty()) continue;
      if (!Topics.ALL.contains(name)) throw new Invalid("topics", "unknown topic '" + name + "'; known: " + String.join(", ", Topics.ALL));
      topics.add(name);
    }
    if (topics.isEmpty()) throw new Invalid("topics", "name at least one topic, or leave topics out for all you may see");
    boolean staffTopic = topics.contains(Topics.MODERATION_QUEUE) || topics.contains(Topics.ADVICE_QUEUE);
    boolean privateTopic = staffTopic || topics.contains(Topics.NOTIFICATION);
    if (privateTopic && !viewer.signedIn()) throw new Unauthenticated("Sign in to follow " + Topics.MODERATION_QUEUE + " or " + Topics.NOTIFICATION);
    if (staffTopic && !viewer.staff()) {
      throw new Forbidden("Only contact-point staff follow the moderation and advice queues");
    }
    return topics;
  }

  private static Long lastEventId(RoutingContext ctx) {
    String value = ctx.request().getHeader("Last-Event-ID");
    if (value == null) value = ctx.queryParam("lastEventId").stream().findFirst().orElse(null);
    if (value == null || value.isBlank()) return null;
    try {
      long id = Long.parseLong(value.strip());
      if (id < 0) throw new NumberFormatException();
      return id;
    } catch (NumberFormatException e) {
      throw new Invalid("Last-Event-ID", "must be the id of an event this stream sent, a whole number");
    }
  }

  private static Set<String> topics(List<String> values, Viewer viewer) {
    return topics(values.isEmpty() ? null : String.join(",", values), viewer);
  }
}
