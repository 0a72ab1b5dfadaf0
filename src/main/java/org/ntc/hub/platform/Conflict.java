package org.ntc.hub.platform;

public final class Conflict extends Problem {
  public Conflict(String detail) {
    super(409, "conflict", "Conflict", detail);
  }
}
