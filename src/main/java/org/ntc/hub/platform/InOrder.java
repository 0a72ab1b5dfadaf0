package org.ntc.hub.platform;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Reads of a copy every node keeps (the contact points, the labels' wording), run one after
 * another. Two reads run side by side may finish in either order, so one begun before a change
 * could replace what one begun after it had just made this node use. Here a read asked for
 * begins only once every read asked for before it has finished, so the last copy made is always
 * one read after the last request. Such reads follow admins' changes: waiting costs nothing
 * that matters.
 */
public final class InOrder {
  private Future<?> last = Future.succeededFuture();

  /** Runs the read after the earlier ones; its answer comes back on the caller's context. */
  public <T> Future<T> run(Supplier<Future<T>> read) {
    Future<T> next;
    synchronized (this) {
      next = last.transform(earlier -> read.get());
      last = next;
    }
    Context caller = Vertx.currentContext();
    if (caller == null) return next;
    // The read may have begun on the context of whoever asked before; answer this caller on its own.
    Promise<T> answer = Promise.promise();
    next.onComplete(result -> {
      if (Vertx.currentContext() == caller) answer.handle(result);
      else caller.runOnContext(v -> answer.handle(result));
    });
    return answer.future();
  }
}
