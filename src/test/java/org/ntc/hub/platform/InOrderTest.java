package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A node's copy of the contact points and labels was once replaced by a read begun before an
 * admin's change that finished after the read begun after it: the footer showed the old name.
 */
class InOrderTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("a later read begins only after an earlier, slower one has finished; the copy ends as the later read left it")
  void laterReadWaits() throws Exception {
    InOrder reads = new InOrder();
    AtomicReference<String> copy = new AtomicReference<>();
    List<String> begun = new CopyOnWriteArrayList<>();
    Promise<String> slow = Promise.promise();
    Future<String> first = reads.run(() -> {
      begun.add("before the change");
      return slow.future().map(read -> {
        copy.set(read);
        return read;
      });
    });
    Future<String> second = reads.run(() -> {
      begun.add("after the change");
      copy.set("new name");
      return Future.succeededFuture("new name");
    });
    assertThat(begun).containsExactly("before the change");
    assertThat(second.isComplete()).isFalse();

    slow.complete("old name");
    assertThat(first.result()).isEqualTo("old name");
    assertThat(second.result()).isEqualTo("new name");
    assertThat(begun).containsExactly("before the change", "after the change");
    assertThat(copy.get()).isEqualTo("new name");
  }

  @Test
  @DisplayName("a failed read does not stop the next one")
  void failureDoesNotBlock() {
    InOrder reads = new InOrder();
    Future<String> failed = reads.run(() -> Future.failedFuture("database gone"));
    Future<String> next = reads.run(() -> Future.succeededFuture("read"));
    assertThat(failed.failed()).isTrue();
    assertThat(next.result()).isEqualTo("read");
  }

  @Test
  @DisplayName("each caller is answered on its own context, though its read ran where the earlier one finished")
  void answersOnCallersContext() throws Exception {
    InOrder reads = new InOrder();
    Context earlier = vertx.getOrCreateContext();
    Context later = vertx.getOrCreateContext();
    Promise<String> slow = Promise.promise();
    CompletableFuture<Context> answeredOn = new CompletableFuture<>();
    CompletableFuture<Void> queued = new CompletableFuture<>();
    earlier.runOnContext(v -> reads.run(slow::future));
    later.runOnContext(v -> {
      reads.run(() -> Future.succeededFuture("read")).onComplete(done -> answeredOn.complete(Vertx.currentContext()));
      queued.complete(null);
    });
    queued.get(10, TimeUnit.SECONDS);
    earlier.runOnContext(v -> slow.complete("first"));
    assertThat(answeredOn.get(10, TimeUnit.SECONDS)).isSameAs(later);
  }
}
