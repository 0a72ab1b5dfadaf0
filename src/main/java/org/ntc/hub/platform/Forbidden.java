package org.ntc.hub.platform;

public final class Forbidden extends Problem {
  public Forbidden(String detail) {
    super(403, "forbidden", "Not allowed", detail);
  }
}
