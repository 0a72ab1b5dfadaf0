package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.BlockedThreads;
import org.ntc.hub.support.Eventually;

/** The guard every test node runs under: a blocked event loop fails the test. */
class BlockedThreadsTest extends ApiTest {

  @Test
  @DisplayName("holding an event loop longer than allowed is reported as a failure")
  void blockingIsCaught() throws Exception {
    CompletableFuture<Void> held = new CompletableFuture<>();
    app.app().vertx().runOnContext(v -> {
      try {
        Thread.sleep(2_500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      held.complete(null);
    });
    held.get(30, TimeUnit.SECONDS);
    Eventually.passes(Duration.ofSeconds(5), () -> assertThatThrownBy(BlockedThreads::assertNone)
        .isInstanceOf(AssertionError.class).hasMessageContaining("blocked").hasMessageContaining("waiting in"));
  }

  @Test
  @DisplayName("computing on an event loop longer than allowed is reported as a failure too")
  void busyLoopIsCaught() throws Exception {
    CompletableFuture<Void> held = new CompletableFuture<>();
    app.app().vertx().runOnContext(v -> {
      long until = System.nanoTime() + 2_500_000_000L;
      long spins = 0;
      while (System.nanoTime() < until) spins++;
      if (spins == 42) System.out.println("unlikely");
      held.complete(null);
    });
    held.get(30, TimeUnit.SECONDS);
    Eventually.passes(Duration.ofSeconds(5), () -> assertThatThrownBy(BlockedThreads::assertNone)
        .isInstanceOf(AssertionError.class).hasMessageContaining("computed"));
  }
}
