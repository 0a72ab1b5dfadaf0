package org.ntc.hub.showcase;

import org.ntc.hub.platform.Coded;

/** How mature a showcase is, by the evidence behind it: an idea, piloted, clinically studied, in routine use. */
public enum EvidenceLevel implements Coded {
  CONCEPT, PILOT, CLINICAL_STUDY, ROUTINE_USE;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
