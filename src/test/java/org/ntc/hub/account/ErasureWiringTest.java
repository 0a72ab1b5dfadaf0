package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every feature's departure runs on erasure, in the order wired, whether it was added with onErase or alsoOnErase. */
class ErasureWiringTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  @DisplayName("a later onErase adds to the departures wired before it instead of replacing them")
  void onEraseAdds() {
    AccountService accounts = new AccountService(vertx, new AccountRepository(null), null, null, "secret", Clock.systemUTC());
    List<String> ran = new CopyOnWriteArrayList<>();
    accounts.alsoOnErase(told(ran, "visits"));
    accounts.onErase(told(ran, "trainings"));
    accounts.alsoOnErase(told(ran, "groups"));
    accounts.onErase(told(ran, "meetings"));
    accounts.departing(null, UUID.randomUUID()).await();
    assertThat(ran).containsExactly("visits", "trainings", "groups", "meetings");
  }

  @Test
  @DisplayName("a departure that fails stops the erasure: the ones after it do not run and the failure is the erasure's")
  void failureStops() {
    AccountService accounts = new AccountService(vertx, new AccountRepository(null), null, null, "secret", Clock.systemUTC());
    List<String> ran = new CopyOnWriteArrayList<>();
    accounts.onErase(told(ran, "first"));
    accounts.onErase((tx, id) -> Future.failedFuture(new IllegalStateException("no")));
    accounts.onErase(told(ran, "third"));
    assertThat(accounts.departing(null, UUID.randomUUID()).failed()).isTrue();
    assertThat(ran).containsExactly("first");
  }

  private static AccountService.Departure told(List<String> ran, String name) {
    return (tx, id) -> {
      ran.add(name);
      return Future.succeededFuture();
    };
  }
}
