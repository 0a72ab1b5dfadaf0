package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;

/** Who is staff where: admins grant and revoke it, and every change is audited and reaches open streams at once. */
public final class StaffService {
  private final AccountRepository accounts;
  private final EventLog events;

  public StaffService(AccountRepository accounts, EventLog events) {
    this.accounts = accounts;
    this.events = events;
  }

  /** Makes a person staff at a contact point; their open streams are asked again what they may see. */
  public Future<Account> grantStaff(Viewer viewer, StaffGrant grant, String address) {
    viewer.requireAdmin();
    UUID userId = grant.userId();
    return accounts.pool().withTransaction(tx -> accounts.setStaff(tx, userId, Optional.of(grant.contactPoint()))
            .compose(done -> events.viewerChanged(tx, userId))
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.STAFF_GRANTED, userId, address,
                new JsonObject().put("contactPoint", grant.contactPoint().id()))))
        .compose(done -> accounts.byId(userId));
  }

  public Future<Void> revokeStaff(Viewer viewer, UUID userId, String address) {
    viewer.requireAdmin();
    return accounts.pool().withTransaction(tx -> accounts.setStaff(tx, userId, Optional.empty())
        .compose(done -> events.viewerChanged(tx, userId))
        .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.STAFF_REVOKED, userId, address, null)));
  }

  /** Everyone who is staff now, with their contact point; for admins. */
  public Future<List<Account>> staff(Viewer viewer) {
    viewer.requireAdmin();
    return accounts.staff();
  }

  /** As {@link #grantStaff}, for the person with this email; no such person is a refusal about the email. */
  public Future<Account> grantStaffByEmail(Viewer viewer, StaffInvite invite, String address) {
    viewer.requireAdmin();
    return accounts.byEmail(invite.email()).compose(found -> found
        .map(account -> grantStaff(viewer, new StaffGrant(account.id(), invite.contactPoint()), address))
        .orElseGet(() -> Future.failedFuture(new Invalid("email", "no account has this email"))));
  }
}
