package org.ntc.hub.realtime;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * This node's one subscriber to the event bus and the owner of its open streams. Each event
 * is encoded once (its frame, and that frame as an HTTP/1.1 chunk) and handed to every event loop
 * that holds streams, in one task per loop.
 * It delivers in log order without gaps: if the bus brings an event whose predecessors it
 * has not seen (or brings nothing for a while), it reads them from the log.
 */
public final class StreamHub {
  private static final Logger LOG = Logger.getLogger(StreamHub.class.getName());
  static final String ADDRESS = "ntc.events";
  private static final int CATCH_UP_BATCH = 1_000;

  private final Map<Context, Set<EventStream>> streamsByLoop = new ConcurrentHashMap<>();
  private final long heartbeatMillis;
  private final long catchUpMillis;
  private Vertx vertx;
  private EventLog log;
  private MessageConsumer<JsonArray> consumer;
  private long cursor;
  private boolean catchingUp;
  private boolean catchUpAgain;
  private final List<Long> timers = new ArrayList<>();
  private final List<Consumer<List<DomainEvent>>> observers = new CopyOnWriteArrayList<>();

  public StreamHub(long heartbeatMillis, long catchUpMillis) {
    this.heartbeatMillis = heartbeatMillis;
    this.catchUpMillis = catchUpMillis;
  }

  /** Runs on the realtime verticle's context: the cursor is only touched there. */
  Future<Void> start(Vertx vertx, EventLog log) {
    this.vertx = vertx;
    this.log = log;
    return log.lastSeq().compose(last -> {
      cursor = last;
      consumer = vertx.eventBus().<JsonArray>consumer(ADDRESS, message -> received(message.body()));
      timers.add(vertx.setPeriodic(catchUpMillis, id -> catchUp()));
      timers.add(vertx.setPeriodic(heartbeatMillis, id -> forEachLoop(EventStream::heartbeat)));
      return consumer.completion();
    });
  }

  Future<Void> stop() {
    timers.forEach(vertx::cancelTimer);
    closeAll();
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  /** Hears every event this node delivers, in order, from whichever node it came: for caches to drop what it changes. */
  public void observe(Consumer<List<DomainEvent>> observer) {
    observers.add(observer);
  }

  void add(EventStream stream) {
    streamsByLoop.computeIfAbsent(stream.context(), c -> ConcurrentHashMap.newKeySet()).add(stream);
  }

  void remove(EventStream stream) {
    Set<EventStream> streams = streamsByLoop.get(stream.context());
    if (streams != null) streams.remove(stream);
  }

  public int openStreams() {
    return streamsByLoop.values().stream().mapToInt(Set::size).sum();
  }

  /** Ends every stream, so that a graceful shutdown is not held open by them. */
  public void closeAll() {
    forEachLoop(EventStream::close);
  }

  private void received(JsonArray batch) {
    if (batch.isEmpty()) return;
    long first = batch.getJsonObject(0).getLong("seq");
    long last = batch.getJsonObject(batch.size() - 1).getLong("seq");
    if (last <= cursor) return;
    if (catchingUp || first > cursor + 1) {
      catchUp();
      return;
    }
    List<DomainEvent> events = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      DomainEvent event = DomainEvent.fromJson(batch.getJsonObject(i));
      if (event.seq() > cursor) events.add(event);
    }
    deliver(events);
  }

  private void catchUp() {
    if (catchingUp) {
      catchUpAgain = true;
      return;
    }
    catchingUp = true;
    log.after(cursor, CATCH_UP_BATCH).onComplete(result -> {
      catchingUp = false;
      if (result.failed()) {
        LOG.log(Level.FINE, "catching up with the event log failed", result.cause());
        return;
      }
      List<DomainEvent> events = result.result();
      deliver(events);
      if (events.size() == CATCH_UP_BATCH || catchUpAgain) {
        catchUpAgain = false;
        catchUp();
      }
    });
  }

  private void deliver(List<DomainEvent> events) {
    if (events.isEmpty()) return;
    cursor = events.get(events.size() - 1).seq();
    observers.forEach(observer -> observer.accept(events));
    List<Buffer> frames = events.stream().map(DomainEvent::frame).toList();
    List<ByteBuf> chunks = frames.stream().map(BelowHttp::chunk).toList();
    streamsByLoop.forEach((loop, streams) -> {
      if (streams.isEmpty()) return;
      loop.runOnContext(v -> {
        for (EventStream stream : streams) {
          for (int i = 0; i < events.size(); i++) stream.offer(events.get(i), frames.get(i), chunks.get(i));
        }
      });
    });
  }

  private void forEachLoop(Consumer<EventStream> action) {
    streamsByLoop.forEach((loop, streams) -> loop.runOnContext(v -> streams.forEach(action)));
  }
}
