package org.ntc.hub.platform;

/** The node has more of some costly work in hand than it takes on: 503 with Retry-After, never a 500. */
public final class Busy extends Problem {
  private final long retryAfterSeconds;

  public Busy(String detail, long retryAfterSeconds) {
    super(503, "busy", "Busy", detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
