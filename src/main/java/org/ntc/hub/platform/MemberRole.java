package org.ntc.hub.platform;

/** A person's place in an organisation: its admins manage members and speak for it. */
public enum MemberRole implements Coded {
  ADMIN, MEMBER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
