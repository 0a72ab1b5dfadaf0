package org.ntc.hub.advice;

import org.ntc.hub.platform.Coded;

/** Whom the asker speaks for, so staff know what kind of answer helps. */
public enum AskerType implements Coded {
  PRIVATE_PERSON, CARE, PUBLIC_SECTOR, COMPANY, RESEARCH, OTHER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
