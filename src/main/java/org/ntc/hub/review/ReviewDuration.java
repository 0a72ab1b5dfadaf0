package org.ntc.hub.review;

import org.ntc.hub.platform.Coded;

/** How long the reviewer used it: ranges, since few remember the month they began. */
public enum ReviewDuration implements Coded {
  UNDER_3_MONTHS,
  FROM_3_TO_12_MONTHS,
  OVER_12_MONTHS;

  @Override
  public String code() {
    return this == FROM_3_TO_12_MONTHS ? "3-to-12-months" : Coded.codeOf(this);
  }
}
