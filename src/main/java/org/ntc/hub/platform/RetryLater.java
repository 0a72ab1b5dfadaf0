package org.ntc.hub.platform;

/** A problem the caller may try again after a while; {@link Failures} says how long in {@code Retry-After}. */
public abstract class RetryLater extends Problem {
  private final long retryAfterSeconds;

  protected RetryLater(int status, String type, String title, String detail, long retryAfterSeconds) {
    super(status, type, title, detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
