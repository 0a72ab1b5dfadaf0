package org.ntc.hub.platform;

/** Absent, or hidden from this caller: both look the same from outside. */
public final class NotFound extends Problem {
  public static final String NO_SUCH_ROUTE = "no-such-route";

  public NotFound(String what, Object id) {
    super(404, "not-found", "Not found", "No " + what + " " + id);
  }

  public NotFound(String detail) {
    super(404, "not-found", "Not found", detail);
  }

  /** A 404 of another kind, such as a path that names no route at all. */
  public NotFound(String type, String detail) {
    super(404, type, "Not found", detail);
  }
}
