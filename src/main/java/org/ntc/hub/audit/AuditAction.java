package org.ntc.hub.audit;

import org.ntc.hub.platform.Coded;

/**
 * What the audit log records, and the kind of thing each action is done to. The code
 * ({@code auth.login-failed}) is what the log stores: the subject, then what happened.
 */
public enum AuditAction implements Coded {
  ACCOUNT_REGISTERED(Target.ACCOUNT),
  ADMIN_BOOTSTRAPPED(Target.ACCOUNT),
  AUTH_LOGIN(Target.ACCOUNT),
  AUTH_LOGIN_FAILED(Target.ACCOUNT),
  AUTH_LOGOUT(Target.ACCOUNT),
  ACCOUNT_ERASED(Target.ACCOUNT),
  ACCOUNT_ERASE_REFUSED(Target.ACCOUNT),
  STAFF_GRANTED(Target.ACCOUNT),
  STAFF_REVOKED(Target.ACCOUNT),
  ORGANISATION_CREATED(Target.ORGANISATION),
  ORGANISATION_VERIFIED(Target.ORGANISATION),
  ORGANISATION_MEMBER_ADDED(Target.ORGANISATION),
  ORGANISATION_MEMBER_REMOVED(Target.ORGANISATION),
  CONTACTPOINT_ADDED(Target.CONTACT_POINT),
  CONTACTPOINT_CHANGED(Target.CONTACT_POINT),
  LABEL_CHANGED(Target.LABEL),
  MATERIAL_WITHDRAWN(Target.MATERIAL),
  ACCOUNT_EMAIL_VERIFIED(Target.ACCOUNT),
  ACCOUNT_PASSWORD_RESET(Target.ACCOUNT),
  ACCOUNT_PASSWORD_CHANGED(Target.ACCOUNT),
  ACCOUNT_PASSWORD_CHANGE_REFUSED(Target.ACCOUNT),
  ACCOUNT_EMAIL_CHANGE_REQUESTED(Target.ACCOUNT),
  PILOT_EVALUATED(Target.PILOT),
  SHOWCASE_CLAIM_VERIFIED(Target.SHOWCASE),
  ADOPTION_RECORDED(Target.ADOPTION),
  ADOPTION_CHANGED(Target.ADOPTION),
  ADOPTION_REMOVED(Target.ADOPTION),
  VISIT_SLOT_ADDED(Target.VISIT_SLOT),
  VISIT_SLOT_CANCELLED(Target.VISIT_SLOT),
  ADVICE_ASSIGNED(Target.ADVICE_REQUEST),
  ADVICE_HANDED_OVER(Target.ADVICE_REQUEST),
  ADVICE_CLOSED(Target.ADVICE_REQUEST),
  REVIEW_HIDDEN(Target.REVIEW),
  REVIEW_RESTORED(Target.REVIEW),
  /** Staff merged a duplicate need into another. */
  CHALLENGE_MERGED(Target.NEED),
  GROUP_POST_HIDDEN(Target.GROUP_POST),
  GROUP_POST_RESTORED(Target.GROUP_POST);

  /** The kinds of thing an action is done to, as the log's {@code target_type} names them. */
  enum Target implements Coded {
    ACCOUNT, ORGANISATION, CONTACT_POINT, LABEL, MATERIAL, PILOT, SHOWCASE, ADOPTION, VISIT_SLOT, ADVICE_REQUEST, REVIEW,
    NEED, GROUP_POST;

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  private final Target target;

  AuditAction(Target target) {
    this.target = target;
  }

  /** {@code AUTH_LOGIN_FAILED} → {@code auth.login-failed}. */
  @Override
  public String code() {
    return Coded.eventCodeOf(this);
  }

  /** The key of the action's words in the message bundles. */
  public String messageKey() {
    return "audit.action." + code();
  }

  Target target() {
    return target;
  }
}
