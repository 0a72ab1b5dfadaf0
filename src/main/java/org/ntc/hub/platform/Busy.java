package org.ntc.hub.platform;

/** The node has more of some costly work in hand than it takes on: 503 with Retry-After, never a 500. */
public final class Busy extends RetryLater {
  public Busy(String detail, long retryAfterSeconds) {
    super(503, "busy", "Busy", detail, retryAfterSeconds);
  }
}
