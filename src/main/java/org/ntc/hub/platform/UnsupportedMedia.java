package org.ntc.hub.platform;

public final class UnsupportedMedia extends Problem {
  public UnsupportedMedia(String detail) {
    super(415, "unsupported-media-type", "Unsupported media type", detail);
  }
}
