package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  @DisplayName("the pool's own words for no free connection, and a full wait queue, mean 503, not 500")
  void poolExhaustionIsUnavailable() {
    assertThat(Failures.databaseDown(new VertxException("Timeout waiting for connection", true))).isTrue();
    assertThat(Failures.databaseDown(new RuntimeException("wrapped", new ConnectionPoolTooBusyException("queue full")))).isTrue();
    assertThat(Failures.databaseDown(new IllegalStateException("a bug"))).isFalse();
  }
}
