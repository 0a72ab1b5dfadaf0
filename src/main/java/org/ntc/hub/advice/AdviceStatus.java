package org.ntc.hub.advice;

import org.ntc.hub.platform.Coded;

/** Where a question stands: not yet taken up, being handled, waiting for the asker, or closed. */
public enum AdviceStatus implements Coded {
  NEW, IN_PROGRESS, WAITING, CLOSED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
