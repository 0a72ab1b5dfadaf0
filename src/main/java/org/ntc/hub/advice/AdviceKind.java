package org.ntc.hub.advice;

import org.ntc.hub.platform.Coded;

/** What a request in the queue is: a question to the centre, or feedback on the site's accessibility. */
public enum AdviceKind implements Coded {
  QUESTION, ACCESSIBILITY_FEEDBACK;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
