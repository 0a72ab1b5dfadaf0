package org.ntc.hub.platform;

/**
 * A failure that the caller caused or may see: it becomes an RFC 9457 problem response with
 * its status, never a stack trace. Anything else that escapes a handler is a 500.
 */
public abstract class Problem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;

  protected Problem(int status, String type, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public int status() {
    return status;
  }

  /** A short slug naming the kind of problem; the response's {@code type} is a URI built from it. */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
