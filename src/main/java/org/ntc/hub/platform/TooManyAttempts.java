package org.ntc.hub.platform;

public final class TooManyAttempts extends RetryLater {
  public TooManyAttempts(String detail, long retryAfterSeconds) {
    super(429, "too-many-attempts", "Too many attempts", detail, retryAfterSeconds);
  }
}
