package org.ntc.hub.course;

import org.ntc.hub.platform.Coded;

/** Whom a course is written for. */
public enum Audience implements Coded {
  CITIZENS, PROFESSIONALS, COMPANIES;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
