package org.ntc.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditActionTest {
  @Test
  @DisplayName("an action is stored as its subject, a dot, and what happened; with the kind of thing it was done to")
  void codes() {
    assertThat(AuditAction.AUTH_LOGIN.code()).isEqualTo("auth.login");
    assertThat(AuditAction.AUTH_LOGIN_FAILED.code()).isEqualTo("auth.login-failed");
    assertThat(AuditAction.ACCOUNT_ERASE_REFUSED.code()).isEqualTo("account.erase-refused");
    assertThat(AuditAction.ORGANISATION_MEMBER_ADDED.code()).isEqualTo("organisation.member-added");
    assertThat(AuditAction.STAFF_GRANTED.target().code()).isEqualTo("account");
    assertThat(AuditAction.ORGANISATION_VERIFIED.target().code()).isEqualTo("organisation");
  }
}
