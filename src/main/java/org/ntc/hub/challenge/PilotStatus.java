package org.ntc.hub.challenge;

import java.util.List;
import org.ntc.hub.platform.Coded;

/** Where a pilot stands at its contact point's test arena. */
public enum PilotStatus implements Coded {
  PLANNED, RUNNING, COMPLETED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** Where a pilot may go from here: forward (a short pilot may be completed at once), or cancelled; completed and cancelled pilots stay. */
  List<PilotStatus> next() {
    return switch (this) {
      case PLANNED -> List.of(RUNNING, COMPLETED, CANCELLED);
      case RUNNING -> List.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> List.of();
    };
  }

  boolean mayBecome(PilotStatus to) {
    return to == this || next().contains(to);
  }
}
