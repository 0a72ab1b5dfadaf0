package org.ntc.hub.challenge;

import org.ntc.hub.platform.Coded;

/** Where a pilot stands at its contact point's test arena. */
public enum PilotStatus implements Coded {
  PLANNED, RUNNING, COMPLETED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
