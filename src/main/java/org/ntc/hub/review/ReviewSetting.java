package org.ntc.hub.review;

import org.ntc.hub.platform.Coded;

/** Where the reviewer used the technology. */
public enum ReviewSetting implements Coded {
  HOME_CARE,
  ASSISTED_LIVING,
  HOSPITAL_WARD,
  PRIMARY_CARE,
  REHABILITATION;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
