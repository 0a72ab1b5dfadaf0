package org.ntc.hub.platform;

/** Every upload slot of this node is taken: a 503, and {@link Failures} adds Retry-After. */
public final class TooManyUploads extends Problem {
  public TooManyUploads(int slots) {
    super(503, "uploads-busy", "Busy", "This node is receiving " + slots + " uploads already; try again in a few seconds");
  }
}
