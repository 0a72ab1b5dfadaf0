package org.ntc.hub.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stream benchmark's readers: every stream is a real HTTP/1.1 request over a TCP connection of
 * its own, and one thread reads all of them through one selector (epoll) into one reused buffer.
 * Each connection's bytes go through a small state machine that checks the response's head (200,
 * {@code text/event-stream}, chunked) and then follows HTTP/1.1 chunking byte by byte; inside chunk
 * data it looks for the round's marker (the announcement's text) with a Knuth–Morris–Pratt matcher
 * whose state carries over from one read to the next. The moment a stream's read completes the marker
 * is its arrival. Nothing is allocated per event: no HTTP decoder objects, no buffer per chunk, no
 * string decoded from the bytes. Through Vert.x's client each event cost the generator about 18 µs
 * per stream (an HTTP decoder, a buffer and a UTF-8 string per chunk), which made the generator,
 * not the server, the limit on one core.
 */
final class RawStreams implements AutoCloseable {
  private static final int HEAD_LIMIT = 8_192;

  /** One round's marker and its KMP failure table, swapped whole between rounds. */
  private record Marker(int round, byte[] bytes, int[] fallback) {
    static Marker of(int round, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int[] fallback = new int[bytes.length];
      for (int i = 1, k = 0; i < bytes.length; i++) {
        while (k > 0 && bytes[i] != bytes[k]) k = fallback[k - 1];
        if (bytes[i] == bytes[k]) k++;
        fallback[i] = k;
      }
      return new Marker(round, bytes, fallback);
    }
  }

  private enum State { HEAD, SIZE, SIZE_REST, SIZE_LF, DATA, DATA_CR, DATA_LF }

  /** One stream's parsing state. */
  private static final class Reader {
    final int index;
    final SocketChannel channel;
    State state = State.HEAD;
    final byte[] head = new byte[HEAD_LIMIT];
    int headLength;
    long size;
    long remaining;
    int round = Integer.MIN_VALUE;
    int matched;
    boolean found;

    Reader(int index, SocketChannel channel) {
      this.index = index;
      this.channel = channel;
    }
  }

  private final String request;
  private final InetSocketAddress address;
  private final Selector selector;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
  private final List<Reader> readers = new ArrayList<>();
  private final long[] arrivals;
  private final AtomicInteger arrived = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();
  private volatile Marker marker = Marker.of(Integer.MIN_VALUE + 1, "\u0000none\u0000");
  private volatile String failure;
  private volatile boolean running = true;
  /**
   * How long (µs, system property {@code ntc.bench.spinMicros}, default 0: never) the readers keep polling without sleeping
   * after a read, yielding the core to anything else that wants it. Asleep in epoll_wait, each stream's bytes make the
   * server's core wake the readers' (14 % of the streams' node's samples, in {@code sock_def_readable}), a cost of the
   * load generator sharing the machine that no remote client puts on a server. Polling for the whole round instead
   * took the generator's core from PostgreSQL and the relaying node during the post, and slowed every round.
   */
  static final long SPIN_NANOS = Long.getLong("ntc.bench.spinMicros", 0) * 1_000;
  private long idlePolls;
  private long busyPolls;
  private final Thread thread;

  RawStreams(int port, String path, int streams) throws IOException {
    this.address = new InetSocketAddress("127.0.0.1", port);
    this.request = "GET " + path + " HTTP/1.1\r\nhost: 127.0.0.1:" + port + "\r\n\r\n";
    this.selector = Selector.open();
    this.arrivals = new long[streams];
    this.thread = new Thread(this::loop, "stream-readers");
    thread.setDaemon(true);
    thread.start();
  }

  /** Opens the streams in batches (as many at once as {@code batch}), each batch's heads read before the next. */
  void open(int batch) throws Exception {
    byte[] get = request.getBytes(StandardCharsets.US_ASCII);
    for (int from = 0; from < arrivals.length; from += batch) {
      int to = Math.min(arrivals.length, from + batch);
      for (int i = from; i < to; i++) {
        SocketChannel channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(address);
        ByteBuffer out = ByteBuffer.wrap(get);
        while (out.hasRemaining()) channel.write(out);
        channel.configureBlocking(false);
        Reader reader = new Reader(i, channel);
        readers.add(reader);
        channel.register(selector, SelectionKey.OP_READ, reader);
      }
      selector.wakeup();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (opened.get() < to) {
        check();
        if (System.nanoTime() > deadline) throw new IllegalStateException("only " + opened.get() + " of " + to + " streams opened");
        Thread.sleep(1);
      }
    }
  }

  /** Starts a round: clears the arrivals and looks for this text from now on. */
  void expect(int round, String text) {
    java.util.Arrays.fill(arrivals, 0);
    arrived.set(0);
    marker = Marker.of(round, text);
  }

  int arrived() {
    check();
    return arrived.get();
  }

  /** How the readers waited: asleep in epoll_wait, or polling after reads (with the polls' counts, warm-up included). */
  String polls() {
    return SPIN_NANOS == 0 ? "asleep in epoll_wait between reads"
        : String.format(Locale.ROOT, "polling for %d µs after each read: %d polls found nothing, %d found bytes",
            SPIN_NANOS / 1_000, idlePolls, busyPolls);
  }

  /** Arrival times (System.nanoTime) of this round; read after {@link #arrived()} reached the number of streams. */
  long[] arrivals() {
    return arrivals;
  }

  private void check() {
    if (failure != null) throw new IllegalStateException(failure);
  }

  private void loop() {
    try {
      long spinUntil = 0;
      while (running) {
        if (SPIN_NANOS > 0 && System.nanoTime() < spinUntil) {
          if (selector.selectNow(this::read) > 0) {
            spinUntil = System.nanoTime() + SPIN_NANOS;
            busyPolls++;
          } else {
            idlePolls++;
            Thread.yield();
          }
        } else if (selector.select(this::read, 100) > 0) {
          spinUntil = System.nanoTime() + SPIN_NANOS;
        }
      }
    } catch (IOException | RuntimeException e) {
      if (running) failure = "the readers failed: " + e;
    }
  }

  private void read(SelectionKey key) {
    Reader reader = (Reader) key.attachment();
    buffer.clear();
    int n;
    try {
      n = reader.channel.read(buffer);
    } catch (IOException e) {
      n = -1;
    }
    if (n < 0) {
      key.cancel();
      if (running) failure = "stream " + reader.index + " closed";
      return;
    }
    Marker wanted = marker;
    if (reader.round != wanted.round) {
      reader.round = wanted.round;
      reader.matched = 0;
      reader.found = false;
    }
    if (!parse(reader, wanted, n)) return;
    arrivals[reader.index] = System.nanoTime();
    arrived.incrementAndGet();
  }

  /** Feeds a read's bytes through the stream's state machine; true when they complete this round's marker. */
  private boolean parse(Reader r, Marker wanted, int n) {
    boolean completed = false;
    for (int i = 0; i < n; i++) {
      byte b = buffer.get(i);
      switch (r.state) {
        case HEAD -> {
          if (r.headLength == HEAD_LIMIT) return fail("stream " + r.index + ": head too long");
          r.head[r.headLength++] = b;
          if (r.headLength >= 4 && b == '\n' && r.head[r.headLength - 2] == '\r' && r.head[r.headLength - 3] == '\n'
              && r.head[r.headLength - 4] == '\r') {
            String head = new String(r.head, 0, r.headLength, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (!head.startsWith("http/1.1 200 ") || !head.contains("\r\ncontent-type: text/event-stream")
                || !head.contains("\r\ntransfer-encoding: chunked\r\n")) {
              return fail("stream " + r.index + ": not an HTTP/1.1 event stream: " + head.strip());
            }
            r.state = State.SIZE;
            r.size = 0;
            opened.incrementAndGet();
          }
        }
        case SIZE -> {
          int digit = Character.digit(b, 16);
          if (digit >= 0) {
            r.size = r.size * 16 + digit;
          } else if (b == '\r') {
            r.state = State.SIZE_LF;
          } else if (b == ';') {
            r.state = State.SIZE_REST;
          } else {
            return fail("stream " + r.index + ": bad chunk size");
          }
        }
        case SIZE_REST -> {
          if (b == '\r') r.state = State.SIZE_LF;
        }
        case SIZE_LF -> {
          if (b != '\n') return fail("stream " + r.index + ": bad chunk line");
          if (r.size == 0) return fail("stream " + r.index + ": the stream ended");
          r.remaining = r.size;
          r.state = State.DATA;
        }
        case DATA -> {
          // The chunk's data up to the end of this read or of the chunk, whichever comes first.
          int end = (int) Math.min(n, i + r.remaining);
          if (!r.found) {
            byte[] m = wanted.bytes;
            int[] fallback = wanted.fallback;
            int k = r.matched;
            for (int j = i; j < end; j++) {
              byte c = buffer.get(j);
              while (k > 0 && c != m[k]) k = fallback[k - 1];
              if (c == m[k] && ++k == m.length) {
                r.found = true;
                completed = true;
                k = 0;
                break;
              }
            }
            r.matched = k;
          }
          r.remaining -= end - i;
          i = end - 1;
          if (r.remaining == 0) r.state = State.DATA_CR;
        }
        case DATA_CR -> {
          if (b != '\r') return fail("stream " + r.index + ": chunk without CRLF");
          r.state = State.DATA_LF;
        }
        case DATA_LF -> {
          if (b != '\n') return fail("stream " + r.index + ": chunk without CRLF");
          r.state = State.SIZE;
          r.size = 0;
        }
      }
    }
    return completed;
  }

  private boolean fail(String why) {
    failure = why;
    return false;
  }

  @Override
  public void close() throws Exception {
    running = false;
    selector.wakeup();
    thread.join(10_000);
    for (Reader reader : readers) reader.channel.close();
    selector.close();
  }
}
