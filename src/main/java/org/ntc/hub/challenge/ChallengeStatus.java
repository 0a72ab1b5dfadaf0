package org.ntc.hub.challenge;

import org.ntc.hub.platform.Coded;

/** Where a need stands: written, waiting for staff, open for answers, sent back, or closed. */
public enum ChallengeStatus implements Coded {
  DRAFT, PENDING, PUBLISHED, CHANGES_REQUESTED, CLOSED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
