package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.shareddata.Shareable;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.ntc.hub.platform.Busy;

/**
 * Argon2 runs here: on its own few worker threads, half the cores, so a burst of sign-ins
 * cannot take the CPU (and, at 19 MiB a hash, the heap) from the event loops; and with a
 * bounded queue per node, past which a caller hears 503 with Retry-After at once instead of
 * waiting for seconds or timing out.
 */
final class PasswordHashing {
  static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  /** About a second and a half of queued work per thread: a hash takes some 50-80 ms. */
  static final int MAX_IN_HAND = THREADS * 20;
  static final long RETRY_AFTER_SECONDS = 2;
  private static final String NAME = "ntc-password-hashing";

  private final WorkerExecutor executor;
  private final AtomicInteger inHand;

  /** One count per node, shared by every verticle instance through the node's local map. */
  private record InHand(AtomicInteger count) implements Shareable {}

  PasswordHashing(Vertx vertx) {
    this.executor = vertx.createSharedWorkerExecutor(NAME, THREADS);
    this.inHand = vertx.sharedData().<String, InHand>getLocalMap(NAME)
        .computeIfAbsent("in-hand", k -> new InHand(new AtomicInteger())).count();
  }

  <T> Future<T> run(Callable<T> work) {
    if (inHand.incrementAndGet() > MAX_IN_HAND) {
      inHand.decrementAndGet();
      return Future.failedFuture(new Busy("Too many passwords are being checked at once; try again in a moment", RETRY_AFTER_SECONDS));
    }
    return executor.executeBlocking(work, false).andThen(done -> inHand.decrementAndGet());
  }
}
