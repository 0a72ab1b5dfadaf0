package org.ntc.hub.platform;

/** What a signed-in person is to the centre; {@code GET /api/v1/me} lists them by code. */
public enum Role implements Coded {
  CITIZEN, PROFESSIONAL, COMPANY, STAFF, ADMIN;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
