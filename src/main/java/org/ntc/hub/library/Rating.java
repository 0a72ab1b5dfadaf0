package org.ntc.hub.library;

import java.util.List;
import org.ntc.hub.platform.Coded;

/** What an entry found in one MAST domain. */
public enum Rating implements Coded {
  POSITIVE, NEUTRAL, NEGATIVE, NOT_ASSESSED;

  /** The MAST domains, in the model's order. */
  static final List<String> DOMAINS = List.of("health-problem", "safety", "clinical-effectiveness", "patient-perspectives",
      "economic", "organisational", "socio-cultural-ethical-legal");

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
