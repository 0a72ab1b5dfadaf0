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

  // Not a public (String, String) constructor: new NotFound("contact point", "x") once picked it and
  // made "contact point" the problem's type.
  private NotFound(String type, String title, String detail) {
    super(404, type, title, detail);
  }

  /** A path that names no route at all, told apart from an absent resource. */
  public static NotFound noSuchRoute(String path) {
    return new NotFound(NO_SUCH_ROUTE, "Not found", "No such route: " + path);
  }
}
