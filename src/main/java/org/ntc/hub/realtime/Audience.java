package org.ntc.hub.realtime;

import org.ntc.hub.platform.Coded;

/** Who may see an event: everyone, contact-point staff, or the one account it names. */
public enum Audience implements Coded {
  PUBLIC, STAFF, ACCOUNT;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
