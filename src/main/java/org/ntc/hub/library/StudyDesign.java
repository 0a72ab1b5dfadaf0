package org.ntc.hub.library;

import org.ntc.hub.platform.Coded;

/** How a piece of research was done. */
public enum StudyDesign implements Coded {
  RCT, OBSERVATIONAL, QUALITATIVE, HTA, REPORT;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
