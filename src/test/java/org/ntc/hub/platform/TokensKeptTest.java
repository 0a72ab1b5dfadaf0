package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tokens whose signature was checked once are kept with what they name: a kept token still
 * expires on time, and a token that differs from a kept one in any part is checked afresh.
 */
class TokensKeptTest {
  private static final String SECRET = "a-signing-secret-for-kept-token-tests-0123456789";

  /** A clock the test moves on; the signature library keeps its own, the real one. */
  private static final class MovingClock extends Clock {
    volatile Instant now = Instant.now();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  Vertx vertx;
  MovingClock clock;
  Tokens tokens;

  @BeforeEach
  void tokens() {
    vertx = Vertx.vertx();
    clock = new MovingClock();
    tokens = new Tokens(vertx, SECRET, clock);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static Tokens.Claims passed(Future<Tokens.Claims> verified) throws Exception {
    return verified.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static boolean refused(Future<Tokens.Claims> verified) {
    try {
      verified.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      return false;
    } catch (Exception e) {
      return e.getCause() instanceof Unauthenticated;
    }
  }

  @Test
  @DisplayName("a kept token is taken until five seconds after its expiry, and refused after that")
  void keptTokenExpires() throws Exception {
    UUID account = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    String token = tokens.issue(account, session);
    Tokens.Claims first = passed(tokens.verify(token));
    assertThat(first.accountId()).isEqualTo(account);
    assertThat(first.sessionId()).isEqualTo(session);
    assertThat(passed(tokens.verify(token))).isEqualTo(first);

    clock.now = first.expiresAt().plusSeconds(5);
    assertThat(passed(tokens.verify(token))).isEqualTo(first);
    clock.now = first.expiresAt().plusSeconds(6);
    assertThat(refused(tokens.verify(token))).as("refused once expired, though kept").isTrue();
  }

  @Test
  @DisplayName("a token that differs from a kept one in its signature or its payload is refused")
  void alteredTokensAreCheckedAfresh() throws Exception {
    String token = tokens.issue(UUID.randomUUID(), UUID.randomUUID());
    passed(tokens.verify(token));
    String[] parts = token.split("\\.");
    char last = parts[2].charAt(parts[2].length() - 2);
    String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
        + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
    assertThat(refused(tokens.verify(otherSignature))).isTrue();
    String otherPayload = parts[0] + "." + parts[1].substring(0, parts[1].length() - 1) + "." + parts[2];
    assertThat(refused(tokens.verify(otherPayload))).isTrue();
    assertThat(passed(tokens.verify(token))).isNotNull();
  }

  @Test
  @DisplayName("a token signed with another key is refused every time, not kept")
  void refusedTokensAreNotKept() {
    String foreign = new Tokens(vertx, "another-secret-that-is-also-long-enough-98765").issue(UUID.randomUUID(), UUID.randomUUID());
    assertThat(refused(tokens.verify(foreign))).isTrue();
    assertThat(refused(tokens.verify(foreign))).isTrue();
    assertThat(refused(tokens.verify(null))).isTrue();
  }
}
