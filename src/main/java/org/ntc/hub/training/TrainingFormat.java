package org.ntc.hub.training;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** How a training is held: in a contact point's room, online, or both at once. */
public enum TrainingFormat implements Coded {
  ONSITE, ONLINE, HYBRID;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "training.format." + code());
  }
}
