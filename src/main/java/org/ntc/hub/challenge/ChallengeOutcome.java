package org.ntc.hub.challenge;

import org.ntc.hub.platform.Coded;

/** How a need ended: a pilot started from it, a solution found another way, nothing that fitted, or withdrawn. */
public enum ChallengeOutcome implements Coded {
  PILOT, SOLUTION_FOUND, NO_SOLUTION, WITHDRAWN;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
