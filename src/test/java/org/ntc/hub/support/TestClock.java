package org.ntc.hub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock a test node's rules read: real time plus an offset that only grows, so a test can
 * let a deadline or a start pass at once instead of waiting for it. Moving it forward a few
 * seconds is harmless to the other classes sharing the node.
 */
public final class TestClock extends Clock {
  private volatile Duration ahead = Duration.ZERO;

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the node reads instants; zones come from contact points");
  }

  /** From now on the node's time is past {@code moment}. */
  public synchronized void passes(OffsetDateTime moment) {
    Instant after = moment.toInstant().plusMillis(1);
    Instant now = Instant.now();
    if (now.plus(ahead).isBefore(after)) ahead = Duration.between(now, after);
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(this);
  }
}
