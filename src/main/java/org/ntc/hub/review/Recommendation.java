package org.ntc.hub.review;

import org.ntc.hub.platform.Coded;

/** Whether the reviewer would recommend it to another care unit. */
public enum Recommendation implements Coded {
  YES,
  WITH_RESERVATIONS,
  NO;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
