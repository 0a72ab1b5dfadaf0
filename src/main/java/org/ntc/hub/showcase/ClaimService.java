package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/**
 * What a showcase claims, as NTC stands behind it. Staff verify a claim's current value until a
 * date; the claim is then verified until that date passes (by the node's clock) or the showcase
 * claims another value. Its organisation's members are reminded a month before it expires.
 */
public final class ClaimService {
  private static final int BATCH = 100;
  private final ClaimRepository claims;
  private final ShowcaseRepository showcases;
  private final NotificationService notifications;
  private final Clock clock;
  private Runnable onChange = () -> {};

  public ClaimService(ClaimRepository claims, ShowcaseRepository showcases, NotificationService notifications, Clock clock) {
    this.claims = claims;
    this.showcases = showcases;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Called after each verification: the node's kept pages go, so no one is shown the old state. */
  public ClaimService onChange(Runnable onChange) {
    this.onChange = onChange;
    return this;
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** The kind a path names, or not found. */
  public static ClaimKind kind(String code) {
    return Coded.find(ClaimKind.class, code).orElseThrow(() -> new NotFound("claim", code));
  }

  /** The showcase's claims as they stand now. */
  public Future<Claims> of(Showcase showcase) {
    OffsetDateTime now = now();
    return claims.of(showcase.id()).map(stored -> new Claims(claim(ClaimKind.REGULATORY, showcase, stored, now),
        claim(ClaimKind.EVIDENCE, showcase, stored, now)));
  }

  /** Staff verify the value a showcase claims now, until the given expiry; recorded in the audit log. */
  public Future<Claims> verify(UUID showcaseId, ClaimKind kind, ClaimVerification verification, Viewer viewer, String address) {
    viewer.requireStaff();
    return showcases.byId(showcaseId).compose(showcase -> {
      String value = kind.claimed(showcase);
      JsonObject detail = new JsonObject().put("kind", kind.code()).put("value", value)
          .put("expiresAt", Times.rfc3339(verification.expiresAt())).put("note", verification.note());
      return claims.pool().withTransaction(tx -> claims.verify(tx, showcaseId, kind, value, viewer.id(), viewer.name(), now(),
              verification, viewer.zone())
          .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.SHOWCASE_CLAIM_VERIFIED, showcaseId, address, detail)))
          .andThen(done -> onChange.run())
          .compose(done -> of(showcase));
    });
  }

  /** The scheduled reminder: each claim expiring within a month is told to its organisation's members once. */
  public Future<Integer> remindDue() {
    return claims.pool().withTransaction(tx -> claims.claimReminders(tx, now(), BATCH).compose(due -> {
      Future<Void> chain = Future.succeededFuture();
      for (ClaimRepository.Expiring claim : due) {
        JsonObject about = new JsonObject().put("showcaseId", claim.showcaseId().toString()).put("title", claim.title().toJson())
            .put("claim", claim.kind().code()).put("value", claim.value())
            .put("expiresAt", Times.rfc3339(claim.expiresAt(), claim.zone()));
        chain = chain.compose(v -> notifications.toMembers(tx, claim.organisationId(), NotificationKind.CLAIM_EXPIRING, about));
      }
      return chain.map(due.size());
    }));
  }

  private static Claims.Claim claim(ClaimKind kind, Showcase showcase, List<Claims.Verification> stored, OffsetDateTime now) {
    Optional<Claims.Verification> verification = stored.stream().filter(v -> v.kind() == kind).findFirst();
    return Claims.Claim.of(kind, kind.claimed(showcase), verification, now);
  }
}
