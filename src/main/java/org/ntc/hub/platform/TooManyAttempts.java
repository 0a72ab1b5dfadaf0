package org.ntc.hub.platform;

public final class TooManyAttempts extends Problem {
  private final long retryAfterSeconds;

  public TooManyAttempts(String detail, long retryAfterSeconds) {
    super(429, "too-many-attempts", "Too many attempts", detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
