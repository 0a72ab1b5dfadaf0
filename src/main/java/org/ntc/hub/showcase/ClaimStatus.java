package org.ntc.hub.showcase;

import org.ntc.hub.platform.Coded;

/** A claim as NTC stands behind it: not verified, verified until its expiry, or past its expiry. */
public enum ClaimStatus implements Coded {
  UNVERIFIED, VERIFIED, EXPIRED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
