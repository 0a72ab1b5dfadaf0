package org.ntc.hub.material;

import org.ntc.hub.platform.Coded;

/** Material is a link to elsewhere, or a file kept here. */
public enum MaterialKind implements Coded {
  LINK, FILE;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
