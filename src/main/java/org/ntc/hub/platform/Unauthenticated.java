package org.ntc.hub.platform;

public final class Unauthenticated extends Problem {
  public Unauthenticated(String detail) {
    super(401, "unauthenticated", "Not signed in", detail);
  }
}
