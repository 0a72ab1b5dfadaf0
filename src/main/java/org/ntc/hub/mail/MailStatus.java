package org.ntc.hub.mail;

import org.ntc.hub.platform.Coded;

/** Where a mail is: waiting (perhaps after a failed attempt), held by a sender, delivered, or given up. */
public enum MailStatus implements Coded {
  QUEUED,
  SENDING,
  SENT,
  FAILED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** What readers of the outbox see: a mail being sent is still queued until the server takes it. */
  public String shown() {
    return this == SENDING ? QUEUED.code() : code();
  }
}
