package org.ntc.hub.platform;

/** What kind of organisation a member belongs to: its members' roles follow from it. */
public enum OrganisationType implements Coded {
  COMPANY, CARE, RESEARCH;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** Care providers and research groups are the professionals who evaluate and adopt technology. */
  public boolean professional() {
    return this == CARE || this == RESEARCH;
  }
}
