package org.ntc.hub.evidence;

import org.ntc.hub.platform.Coded;

/** The seven domains of the Model for ASsessment of Telemedicine (MAST), in the model's order. */
public enum MastDomain implements Coded {
  HEALTH_PROBLEM,
  SAFETY,
  CLINICAL_EFFECTIVENESS,
  PATIENT_PERSPECTIVES,
  ECONOMIC,
  ORGANISATIONAL,
  SOCIO_CULTURAL_ETHICAL_LEGAL;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
