package org.ntc.hub.platform;

public final class TooLarge extends Problem {
  public TooLarge(String detail) {
    super(413, "too-large", "Request too large", detail);
  }
}
