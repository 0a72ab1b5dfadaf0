package org.ntc.hub.training;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** An enrolment holds a seat, waits for one, or was given up. */
public enum EnrolmentStatus implements Coded {
  CONFIRMED, WAITLISTED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  public String label(String lang) {
    return I18n.text(lang, "training.enrolment." + code());
  }
}
