package org.ntc.hub.platform;

/** Absent, or hidden from this caller: both look the same from outside. */
public final class NotFound extends Problem {
  public NotFound(String what, Object id) {
    super(404, "not-found", "Not found", "No " + what + " " + id);
  }

  public NotFound(String detail) {
    super(404, "not-found", "Not found", detail);
  }
}
