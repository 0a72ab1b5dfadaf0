package org.ntc.hub.training;

import org.ntc.hub.platform.Coded;

/** Where a training stands: a member's waits for review, staff's is published at once. */
public enum TrainingStatus implements Coded {
  PENDING, PUBLISHED, CHANGES_REQUESTED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
