package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Viewer.Membership;

/**
 * Pooled needs: members of another verified care or research organisation co-sign a published
 * need ("we have this need too") with their own scale, once per organisation, and may withdraw;
 * the need's organisation and the people who follow the need hear of each new co-signer, by name. Staff merge a duplicate need into another,
 * keeping every organisation behind either.
 */
public final class CosignService {
  private final ChallengeRepository challenges;
  private final CosignRepository cosigns;
  private final NotificationService notifications;

  public CosignService(ChallengeRepository challenges, CosignRepository cosigns, NotificationService notifications) {
    this.challenges = challenges;
    this.cosigns = cosigns;
    this.notifications = notifications;
  }

  /** The organisations the viewer may co-sign needs for: verified care and research organisations it belongs to. */
  public static List<Membership> cosigning(Viewer viewer) {
    return ChallengeService.posting(viewer);
  }

  /** The viewer's organisations that may co-sign this need now: not its owner, and the need published. */
  public static List<Membership> cosigning(Viewer viewer, Challenge c) {
    if (c.status() != ChallengeStatus.PUBLISHED || c.mergedInto() != null) return List.of();
    return cosigning(viewer).stream().filter(m -> !m.organisationId().equals(c.organisationId())).toList();
  }

  /** Co-signs for one of the viewer's organisations, or changes its scale and note if it co-signed already. */
  public Future<Challenge> cosign(UUID id, NewCosign cosign, Viewer viewer) {
    viewer.requireSignedIn();
    Membership member = viewer.memberships().stream().filter(m -> m.organisationId().equals(cosign.organisationId()))
        .findFirst().orElseThrow(() -> new Forbidden("Only the organisation's members co-sign for it"));
    if (!member.verified() || !member.type().professional()) {
      throw new Forbidden("Needs are co-signed by verified care and research organisations");
    }
    return challenges.byId(id).compose(c -> {
      if (!c.publiclyVisible()) return Future.failedFuture(new NotFound("challenge", id));
      if (c.status() != ChallengeStatus.PUBLISHED || c.mergedInto() != null) {
        return Future.failedFuture(new Conflict("Only a published need is co-signed"));
      }
      if (c.organisationId().equals(cosign.organisationId())) {
        return Future.failedFuture(new Forbidden("The need's own organisation does not co-sign it"));
      }
      boolean first = !c.cosignedBy(cosign.organisationId());
      JsonObject about = new JsonObject().put("challengeId", c.id().toString()).put("title", c.title().toJson())
          .put("organisationId", cosign.organisationId().toString()).put("organisationName", member.organisationName())
          .put("scale", cosign.scale());
      return cosigns.pool().withTransaction(tx -> cosigns.cosign(tx, id, cosign, viewer.id())
          .compose(done -> first ? notifications.toMembers(tx, c.organisationId(), NotificationKind.CHALLENGE_COSIGNED, about)
              .compose(told -> notifications.toNeedFollowers(tx, c.id(), List.of(c.organisationId()), NotificationKind.FOLLOWED_NEED_COSIGNED,
                  about))
              : Future.succeededFuture()));
    }).compose(done -> challenges.byId(id));
  }

  /** The co-signing organisation's members, or staff, withdraw its co-signature. */
  public Future<Challenge> withdraw(UUID id, UUID organisationId, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(organisationId) && !viewer.staff()) {
      return Future.failedFuture(new Forbidden("Only the organisation's members withdraw its co-signature"));
    }
    return challenges.byId(id).compose(c -> {
      if (!c.publiclyVisible()) return Future.failedFuture(new NotFound("challenge", id));
      return cosigns.pool().withTransaction(tx -> cosigns.withdraw(tx, id, organisationId));
    }).compose(withdrawn -> withdrawn ? challenges.byId(id)
        : Future.failedFuture(new NotFound("co-signature", organisationId)));
  }

  /**
   * Staff merge a published duplicate into another published need: the duplicate's organisation
   * and co-signers co-sign the kept need with their scale, its answers, pilots and followers move,
   * and it closes pointing at the kept need. The audit log records who merged what.
   */
  public Future<Challenge> merge(UUID id, Merge merge, Viewer viewer, String address) {
    viewer.requireStaff();
    if (id.equals(merge.intoId())) return Future.failedFuture(new Invalid("intoId", "must name another need"));
    Future<Challenge> merged = challenges.byId(id);
    Future<Challenge> kept = challenges.byId(merge.intoId())
        .recover(err -> Future.failedFuture(err instanceof NotFound ? new Invalid("intoId", "no such need") : err));
    return Future.all(merged, kept).compose(both -> {
      if (merged.result().status() != ChallengeStatus.PUBLISHED || merged.result().mergedInto() != null) {
        return Future.failedFuture(new Conflict("Only a published need is merged"));
      }
      if (kept.result().status() != ChallengeStatus.PUBLISHED || kept.result().mergedInto() != null) {
        return Future.failedFuture(new Invalid("intoId", "must name a published need"));
      }
      JsonObject detail = new JsonObject().put("intoId", merge.intoId().toString())
          .put("cosigners", merged.result().cosigners().size());
      return cosigns.pool().withTransaction(tx -> cosigns.merge(tx, id, merge.intoId()).compose(done -> done
          ? AuditLog.record(tx, viewer.id(), AuditAction.CHALLENGE_MERGED, id, address, detail)
          : Future.failedFuture(new Conflict("The need was merged or closed meanwhile"))));
    }).compose(done -> challenges.byId(merge.intoId()));
  }

  /** An account leaving: its organisations' co-signatures stay, no longer naming who signed them. */
  public Future<Void> forget(io.vertx.sqlclient.SqlClient tx, UUID accountId) {
    return cosigns.forgetSigner(tx, accountId);
  }
}
