package org.ntc.hub.adoption;

import org.ntc.hub.platform.Coded;

/** How far a technology has come at a care organisation, after Denmark's Telemedicinsk Landkort. */
public enum AdoptionStatus implements Coded {
  PILOT,
  SPREADING,
  ROUTINE,
  DISCONTINUED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
