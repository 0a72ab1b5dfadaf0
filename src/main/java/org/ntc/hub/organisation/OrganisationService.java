package org.ntc.hub.organisation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * The rules about organisations: anyone signed in may found one and becomes its admin; only
 * staff verify; unverified ones are seen only by their members and staff; only an
 * organisation's admins (or staff) change it or its members.
 */
public final class OrganisationService {
  /** Emails without an account that one admin may try in an hour. */
  static final AttemptLimits.Limit UNKNOWN_EMAILS_PER_ADMIN = new AttemptLimits.Limit(3600, 10, 3600, 3600);
  private static final String TOO_MANY_UNKNOWN = "Too many emails without an account; try again later";
  /** How the moderation queue hears of an organisation: it awaits verification, or no longer does. */
  private static final String QUEUED = "added";
  private static final String UNQUEUED = "removed";

  private final OrganisationRepository organisations;
  private final AttemptLimits limits;
  private final EventLog events;
  private final NotificationService notifications;

  public OrganisationService(OrganisationRepository organisations, EventLog events, NotificationService notifications) {
    this.organisations = organisations;
    this.limits = new AttemptLimits(organisations.pool());
    this.events = events;
    this.notifications = notifications;
  }

  public Future<Organisation> create(NewOrganisation org, Viewer viewer, String address) {
    viewer.requireSignedIn();
    UUID id = UUID.randomUUID();
    return organisations.pool().withTransaction(tx -> organisations.insert(tx, id, org)
            .compose(done -> organisations.addMember(tx, id, viewer.id(), MemberRole.ADMIN))
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.ORGANISATION_CREATED, id, address,
                new JsonObject().put("type", org.type().code())))
            .compose(done -> queueChanged(tx, id, org.name(), QUEUED)))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? nameTaken() : err))
        .compose(done -> organisations.byId(id));
  }

  public Future<Organisation> find(UUID id, Viewer viewer) {
    return organisations.byId(id).map(org -> visibleTo(org, viewer));
  }

  public Future<OrganisationPage> list(OrganisationSearch search, Viewer viewer) {
    Future<List<Organisation>> items = organisations.list(search, viewer.staff(), viewer.id());
    Future<Long> total = organisations.count(search, viewer.staff(), viewer.id());
    return Future.all(items, total).map(all -> new OrganisationPage(items.result(), total.result(), search.paging()));
  }

  /** Edits by the organisation's admins or staff. A renamed organisation must be verified again. */
  public Future<Organisation> update(UUID id, NewOrganisation change, Viewer viewer) {
    viewer.requireSignedIn();
    return find(id, viewer).compose(current -> {
      if (!viewer.adminOf(id) && !viewer.staff()) return Future.failedFuture(new Forbidden("Only the organisation's admins may edit it"));
      return edit(current, change, viewer);
    }).compose(done -> organisations.byId(id));
  }

  private Future<Void> edit(Organisation current, NewOrganisation change, Viewer viewer) {
    String name = change.present().contains("name") ? change.name() : current.name();
    boolean renamed = !name.equals(current.name()) && !viewer.staff();
    JsonObject description = change.present().contains("description")
        ? current.description().toJson().mergeIn(change.description().toJson())
        : current.description().toJson();
    change.clearedLanguages().forEach(description::remove);
    return organisations.pool().withTransaction(tx -> organisations.update(tx, current.id(), name,
            change.present().contains("country") ? change.country() : current.country(),
            change.present().contains("website") ? change.website() : current.website(),
            description, renamed)
            .compose(done -> renamed && current.verified() ? queueChanged(tx, current.id(), name, QUEUED) : Future.succeededFuture()))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? nameTaken() : err));
  }

  public Future<Organisation> verify(UUID id, Viewer viewer, String address) {
    viewer.requireStaff();
    return organisations.byId(id)
        .compose(org -> organisations.pool().withTransaction(tx -> organisations.verify(tx, id, viewer.id())
            .compose(done -> org.verified() ? Future.succeededFuture()
                : AuditLog.record(tx, viewer.id(), AuditAction.ORGANISATION_VERIFIED, id, address, null)
                    .compose(recorded -> verified(tx, org)))))
        .compose(done -> organisations.byId(id));
  }

  private Future<Void> verified(SqlClient tx, Organisation org) {
    JsonObject about = new JsonObject().put("organisationId", org.id().toString()).put("name", org.name())
        .put("type", org.type().code()).put("country", org.country().name());
    return events.publicly(tx, Topics.ORGANISATION_VERIFIED, about)
        .compose(done -> queueChanged(tx, org.id(), org.name(), UNQUEUED))
        .compose(done -> notifications.toMembers(tx, org.id(), NotificationKind.ORGANISATION_VERIFIED,
            about.copy().put("title", new JsonObject().put("en", org.name()))));
  }

  private Future<Void> queueChanged(SqlClient tx, UUID id, String name, String change) {
    return events.queueChanged(tx, "organisation", id, new JsonObject().put("en", name), change);
  }

  /**
   * Adds an existing account by email; only the organisation's admins may ask. Whether an email
   * has an account is what the answer reveals, so the emails without one that an admin tries are
   * limited; past the limit every addition by that admin is refused for a while, known or not.
   */
  public Future<MemberAdded> addMember(UUID id, NewMember member, Viewer viewer, String address) {
    viewer.requireSignedIn();
    String misses = "member-email-unknown:" + viewer.id();
    return find(id, viewer).compose(org -> {
      if (!viewer.adminOf(id)) return Future.failedFuture(new Forbidden("Only the organisation's admins may add members"));
      return limits.requireUnlocked(misses, TOO_MANY_UNKNOWN);
    }).compose(open -> organisations.accountByEmail(member.email())).compose(account -> account.isPresent()
        ? add(id, account.get(), member.role(), viewer, address)
        : limits.require(misses, UNKNOWN_EMAILS_PER_ADMIN, TOO_MANY_UNKNOWN)
            .compose(counted -> Future.failedFuture(new Invalid("email", "cannot be added; the person must first register with it"))));
  }

  private Future<MemberAdded> add(UUID id, UUID accountId, MemberRole role, Viewer viewer, String address) {
    return organisations.pool().withTransaction(tx -> organisations.addMember(tx, id, accountId, role)
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.ORGANISATION_MEMBER_ADDED, id, address,
                new JsonObject().put("accountId", accountId.toString()).put("role", role.code()))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict("This person is already a member") : err))
        .map(done -> new MemberAdded(id, accountId, role));
  }

  public Future<List<Member>> members(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return find(id, viewer).compose(org -> {
      if (!viewer.memberOf(id) && !viewer.staff()) {
        return Future.failedFuture(new Forbidden("Only the organisation's members and staff see its member list"));
      }
      return organisations.members(id);
    });
  }

  /** Admins remove members, anyone may leave; the last admin stays so the organisation keeps a steward. */
  public Future<Void> removeMember(UUID id, UUID accountId, Viewer viewer, String address) {
    viewer.requireSignedIn();
    return find(id, viewer).compose(org -> {
      if (!viewer.adminOf(id) && !accountId.equals(viewer.id())) {
        return Future.failedFuture(new Forbidden("Only the organisation's admins may remove members"));
      }
      return organisations.pool().withTransaction(tx -> organisations.removeMember(tx, id, accountId)
          .compose(removed -> removed ? organisations.adminCount(tx, id)
              : Future.failedFuture(new NotFound("member", accountId)))
          .compose(admins -> admins == 0 ? Future.failedFuture(new Conflict("An organisation needs at least one admin"))
              : AuditLog.record(tx, viewer.id(), AuditAction.ORGANISATION_MEMBER_REMOVED, id, address,
                  new JsonObject().put("accountId", accountId.toString()))));
    });
  }

  private static Organisation visibleTo(Organisation org, Viewer viewer) {
    if (org.verified() || viewer.staff() || viewer.memberOf(org.id())) return org;
    throw new NotFound("organisation", org.id());
  }

  /** Organisations waiting for staff to verify them, oldest first: part of the moderation queue. */
  public Future<List<Organisation>> pending() {
    return organisations.pending();
  }

  private static Conflict nameTaken() {
    return new Conflict("An organisation with this name already exists in this country");
  }
}
