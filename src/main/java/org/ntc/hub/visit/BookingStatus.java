package org.ntc.hub.visit;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** A booking holds a place while confirmed; a cancelled one has given it back. */
public enum BookingStatus implements Coded {
  CONFIRMED, CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "visit.status." + code());
  }
}
