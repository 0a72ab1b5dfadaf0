package org.ntc.hub.platform;

/** A signed-in person whose address is not proven yet asks to change something: they may browse, not write. */
public final class EmailUnverified extends Problem {
  private final String email;

  public EmailUnverified(String email) {
    super(403, "email-unverified", "Email address not confirmed",
        "Confirm your email address first: we sent a link to " + email
            + ". Ask for a new one at /account/settings (or POST /api/v1/me/verification).");
    this.email = email;
  }

  public String email() {
    return email;
  }
}
