package org.ntc.hub.training;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** An enrolment holds a seat, is offered one freed for it (until a deadline), waits for one, or was given up. */
public enum EnrolmentStatus implements Coded {
  CONFIRMED, OFFERED, WAITLISTED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  public String label(String lang) {
    return I18n.text(lang, "training.enrolment." + code());
  }
}
