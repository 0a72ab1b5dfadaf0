package org.ntc.hub.visit;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** What a visit is: a guided visit to the showroom or the test home, or a virtual study visit by video. */
public enum VisitKind implements Coded {
  SHOWROOM, TEST_HOME, VIRTUAL;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "visit.kind." + code());
  }
}
