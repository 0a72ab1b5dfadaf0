package org.ntc.hub.evidence;

import org.ntc.hub.platform.Coded;

/** What a finding says for the technology in one MAST domain. */
public enum Rating implements Coded {
  POSITIVE,
  NEUTRAL,
  NEGATIVE,
  NOT_ASSESSED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
