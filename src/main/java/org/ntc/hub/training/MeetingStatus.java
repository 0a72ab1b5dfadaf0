package org.ntc.hub.training;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** Where a one-to-one meeting request stands; a request holds the slot for both sides until declined. */
public enum MeetingStatus implements Coded {
  REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "matchmaking.status." + code());
  }
}
