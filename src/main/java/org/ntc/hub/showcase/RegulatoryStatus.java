package org.ntc.hub.showcase;

import org.ntc.hub.platform.Coded;

/** Whether a showcase is a medical device, and under which class of the MDR or the IVDR. */
public enum RegulatoryStatus implements Coded {
  NOT_MEDICAL_DEVICE, MDR_CLASS_I, MDR_CLASS_IIA, MDR_CLASS_IIB, MDR_CLASS_III, IVDR;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
