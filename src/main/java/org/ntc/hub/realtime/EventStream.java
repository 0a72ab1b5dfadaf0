package org.ntc.hub.realtime;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * One browser's open stream. Everything here runs on the context of its connection, so
 * nothing needs a lock. While it replays missed events from the log, live ones wait in a
 * bounded buffer; a client that stops reading is disconnected rather than buffered for,
 * and catches up from the log when it reconnects. What the server holds for a client is
 * bounded by the connection's write queue: once that is full (Netty's high-water mark, 64 KB
 * unless the server is told otherwise), the client counts as stalled. A signed-in viewer's stream lasts no longer
 * than their token, their session and their rights: it ends when any of them does.
 */
final class EventStream {
  static final int MAX_HELD_WHILE_REPLAYING = 2_000;
  private static final Buffer HEARTBEAT = Buffer.buffer(": keep-alive\n\n");
  /**
   * How often a live event still goes through the response when it could go below it: the server's
   * idle timeout (120 s) only sees writes made through the response, and a busy stream gets no keep-alives.
   */
  static final long THROUGH_RESPONSE_EVERY_MILLIS = 30_000;

  private final HttpServerResponse response;
  private final Context context;
  private final Set<String> topics;
  private final boolean staff;
  private final UUID accountId;
  private final UUID sessionId;
  private final long expiresAtMillis;
  private List<DomainEvent> heldWhileReplaying;
  private long lastSent;
  private boolean sentSinceHeartbeat;
  private boolean closed;
  private Runnable onClose = () -> {};
  private Consumer<EventStream> recheck = EventStream::close;
  private boolean rechecking;
  private boolean holdingForRecheck;
  private ChannelHandlerContext belowEncoder;
  private Future<Void> lastResponseWrite;
  private long throughResponseAt;

  /** {@code accountId} and {@code sessionId} are null for an anonymous stream, which never expires. */
  EventStream(HttpServerResponse response, Context context, Set<String> topics, boolean staff, UUID accountId,
              UUID sessionId, long expiresAtMillis, long lastSent, boolean replaying) {
    this.response = response;
    this.context = context;
    this.topics = topics;
    this.staff = staff;
    this.accountId = accountId;
    this.sessionId = sessionId;
    this.expiresAtMillis = accountId == null ? Long.MAX_VALUE : expiresAtMillis;
    this.lastSent = lastSent;
    this.heldWhileReplaying = replaying ? new ArrayList<>() : null;
  }

  /**
   * Lets live events go to the connection below its HTTP encoder ({@link BelowHttp}); {@code opening} is the
   * response's first write. Each stream's first turn through the response falls somewhere in the next
   * {@link #THROUGH_RESPONSE_EVERY_MILLIS}, so that streams opened together do not take it in the same event.
   */
  void writeBelowHttp(ChannelHandlerContext belowEncoder, Future<Void> opening) {
    this.belowEncoder = belowEncoder;
    this.lastResponseWrite = opening;
    this.throughResponseAt = System.currentTimeMillis() + ThreadLocalRandom.current().nextLong(THROUGH_RESPONSE_EVERY_MILLIS);
  }

  Context context() {
    return context;
  }

  List<String> topics() {
    return List.copyOf(topics);
  }

  boolean staff() {
    return staff;
  }

  UUID accountId() {
    return accountId;
  }

  long lastSent() {
    return lastSent;
  }

  boolean maySee(DomainEvent event) {
    if (!topics.contains(event.type())) return false;
    return switch (event.audience()) {
      case PUBLIC -> true;
      case STAFF -> staff;
      case ACCOUNT -> accountId != null && accountId.equals(event.accountId());
    };
  }

  /** Whether this event ends the sign-in the stream was opened with: its session ended, or the account's rights changed. */
  boolean outlivedBy(DomainEvent event) {
    if (accountId == null || !accountId.equals(event.accountId())) return false;
    return switch (event.type()) {
      case Topics.VIEWER_CHANGED -> true;
      case Topics.SESSION_ENDED -> {
        String ended = event.payload().getString("sessionId");
        yield ended == null || ended.equals(String.valueOf(sessionId));
      }
      default -> false;
    };
  }

  private boolean endsThisSession(DomainEvent event) {
    return accountId != null && accountId.equals(event.accountId()) && Topics.SESSION_ENDED.equals(event.type())
        && String.valueOf(sessionId).equals(event.payload().getString("sessionId"));
  }

  /** How to find out whether the viewer is still who the stream was opened for; it calls {@link #confirmed} or {@link #close}. */
  void onRecheck(Consumer<EventStream> recheck) {
    this.recheck = recheck;
  }

  /** The viewer is unchanged after all: what waited goes out, and the stream is live again. */
  void confirmed() {
    rechecking = false;
    if (holdingForRecheck && !closed) {
      holdingForRecheck = false;
      replayed(List.of());
    }
  }

  boolean expired() {
    return System.currentTimeMillis() >= expiresAtMillis;
  }

  /** A live event, with its frame already encoded by the hub. */
  void offer(DomainEvent event, Buffer frame) {
    offer(event, frame, null);
  }

  /** A live event, with its frame and (or null) its HTTP/1.1 chunk already encoded by the hub. */
  void offer(DomainEvent event, Buffer frame, ByteBuf chunk) {
    if (closed) return;
    long now = System.currentTimeMillis();
    if (now >= expiresAtMillis || endsThisSession(event)) {
      // The browser reconnects as who it is now: anonymous, or with a fresh token.
      close();
      return;
    }
    if (outlivedBy(event)) {
      // The account changed, perhaps before this stream opened (its event is relayed after the
      // commit): live events wait while the database says whether the viewer is still the same.
      if (!rechecking) {
        rechecking = true;
        if (heldWhileReplaying == null) {
          heldWhileReplaying = new ArrayList<>();
          holdingForRecheck = true;
        }
        recheck.accept(this);
      }
      return;
    }
    if (event.seq() <= lastSent || !maySee(event)) return;
    if (heldWhileReplaying != null) {
      if (heldWhileReplaying.size() >= MAX_HELD_WHILE_REPLAYING) drop();
      else heldWhileReplaying.add(event);
      return;
    }
    if (chunk != null && belowEncoder != null && now < throughResponseAt && wentOut(lastResponseWrite)) {
      if (stalled()) {
        drop();
        return;
      }
      BelowHttp.write(belowEncoder, chunk);
      lastSent = event.seq();
      sentSinceHeartbeat = true;
      return;
    }
    send(event.seq(), frame);
  }

  /** Whether a write through the response has reached the socket, so that a chunk written below it cannot overtake it. */
  private static boolean wentOut(Future<Void> write) {
    return write == null || write.isComplete();
  }

  /** One page of what the log had for this stream; more pages follow. */
  void replayPage(List<DomainEvent> fromLog) {
    for (DomainEvent event : fromLog) {
      if (event.seq() > lastSent) send(event.seq(), event.frame());
    }
  }

  /** The last page from the log, then what arrived live meanwhile; from now on it is live. */
  void replayed(List<DomainEvent> fromLog) {
    replayPage(fromLog);
    List<DomainEvent> held = heldWhileReplaying;
    heldWhileReplaying = null;
    if (held != null) {
      for (DomainEvent event : held) {
        if (event.seq() > lastSent) send(event.seq(), event.frame());
      }
    }
  }

  /**
   * Keeps a quiet stream open through proxies; a stream that carried anything since the last beat
   * needs no comment, so the beat does not write to every stream at once in the middle of live events.
   */
  void heartbeat() {
    if (sentSinceHeartbeat) {
      sentSinceHeartbeat = false;
      return;
    }
    if (!closed && !stalled()) throughResponse(HEARTBEAT);
  }

  /** Called once, when the stream ends for whatever reason. */
  void onClose(Runnable onClose) {
    this.onClose = onClose;
  }

  /** Ends the stream politely (shutdown, a failed replay, a sign-in that ended). */
  void close() {
    if (closed) return;
    closed = true;
    onClose.run();
    if (!response.ended() && !response.closed()) response.end();
  }

  /** Drops a client that stopped reading: ending politely would queue behind what it never read. */
  private void drop() {
    if (closed) return;
    closed = true;
    onClose.run();
    if (!response.closed()) response.reset();
  }

  boolean closed() {
    return closed;
  }

  private void send(long seq, Buffer frame) {
    if (closed) return;
    if (stalled()) {
      // A reader this far behind would hold memory for everyone; it resumes from the log.
      drop();
      return;
    }
    // One frame is shared by every stream: Vert.x writes a duplicate view of it, never the buffer itself.
    // Nothing listens for the write's completion: with thousands of streams that listener was a
    // measurable share of the fan-out, and the write queue already tells when a client falls behind.
    throughResponse(frame);
    lastSent = seq;
    sentSinceHeartbeat = true;
  }

  private void throughResponse(Buffer bytes) {
    Future<Void> written = response.write(bytes);
    if (belowEncoder != null) {
      lastResponseWrite = written;
      throughResponseAt = System.currentTimeMillis() + THROUGH_RESPONSE_EVERY_MILLIS;
    }
  }

  /** The response's queue is full, or the socket's: chunks written below the encoder fill only the latter. */
  private boolean stalled() {
    return response.writeQueueFull() || belowEncoder != null && !belowEncoder.channel().isWritable();
  }
}
