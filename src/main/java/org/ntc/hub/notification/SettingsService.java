package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * A person's own choices: how each kind of notification reaches them by mail and which topics
 * they follow. Everyone signed in chooses for themselves only; a signed unsubscribe link from a
 * mail turns one kind (or the whole digest) off without signing in.
 */
public final class SettingsService {
  /** What an unsubscribe link names instead of a kind: every kind that comes in the daily digest. */
  public static final String DIGEST = "digest";

  private final SettingsRepository settings;
  private final MailLinks links;
  private final List<String> categories;
  private Groups groups = (tx, ids, viewer) -> Future.failedFuture(new IllegalStateException("theme groups are not wired"));

  /**
   * How one's theme groups are set: the group feature's own joining and leaving, given at wiring
   * (that feature tells people through this package, so this one may not name it).
   */
  @FunctionalInterface
  public interface Groups {
    /** The viewer is a member of exactly these groups from now on, inside {@code tx}; an unknown group is not found. */
    Future<Void> memberOfOnly(SqlClient tx, List<UUID> ids, Viewer viewer);
  }

  /** What an unsubscribe link turns off, and for whom. */
  public record Unsubscribing(UUID accountId, Optional<NotificationKind> kind) {
    public boolean digest() {
      return kind.isEmpty();
    }
  }

  /** @param categories the taxonomy's categories, the topics one may follow */
  public SettingsService(SettingsRepository settings, MailLinks links, List<String> categories) {
    this.settings = settings;
    this.links = links;
    this.categories = categories;
  }

  /** Following a theme group is joining it the group's own way. */
  public SettingsService joiningGroupsBy(Groups groups) {
    this.groups = groups;
    return this;
  }

  public List<String> categories() {
    return categories;
  }

  public Future<NotificationSettings> settings(Viewer viewer) {
    viewer.requireSignedIn();
    return settings.settings(settings.pool(), viewer.id());
  }

  public Future<NotificationSettings> change(Viewer viewer, SettingsChange change) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> settings.choose(tx, viewer.id(), change.changes()))
        .compose(done -> settings(viewer));
  }

  public Future<FollowedTopics> topics(Viewer viewer) {
    viewer.requireSignedIn();
    Future<List<String>> categories = settings.topics(settings.pool(), viewer.id());
    Future<List<FollowedTopics.Need>> needs = settings.needs(settings.pool(), viewer.id());
    Future<List<FollowedTopics.Organisation>> organisations = settings.organisations(settings.pool(), viewer.id());
    Future<List<FollowedTopics.Group>> groups = settings.groups(settings.pool(), viewer.id());
    return Future.all(categories, needs, organisations, groups)
        .map(all -> new FollowedTopics(categories.result(), needs.result(), organisations.result(), groups.result()));
  }

  /**
   * Replaces each kind of follow the change names; an id of no public need, verified organisation
   * or theme group is refused, nothing changed. Following a group is joining it; unfollowing, leaving.
   */
  public Future<FollowedTopics> follow(Viewer viewer, TopicsChange change) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> followed(tx, viewer, change)).compose(done -> topics(viewer));
  }

  private Future<Void> followed(SqlClient tx, Viewer viewer, TopicsChange change) {
    Future<Void> done = change.categories() == null ? Future.succeededFuture() : settings.follow(tx, viewer.id(), change.categories());
    if (change.challenges() != null) {
      done = done.compose(v -> settings.followNeeds(tx, viewer.id(), change.challenges(), true))
          .compose(known -> known(known, change.challenges(), "challenges", "names a need that is not public"));
    }
    if (change.organisations() != null) {
      done = done.compose(v -> settings.followOrganisations(tx, viewer.id(), change.organisations(), true))
          .compose(known -> known(known, change.organisations(), "organisations", "names an organisation that is not public"));
    }
    if (change.groups() != null) {
      done = done.compose(v -> groups.memberOfOnly(tx, change.groups(), viewer).recover(err -> Future.failedFuture(
          err instanceof NotFound ? new Invalid("groups", "names no theme group") : err)));
    }
    return done;
  }

  private static Future<Void> known(int known, List<UUID> asked, String field, String message) {
    return known == asked.size() ? Future.succeededFuture() : Future.failedFuture(new Invalid(field, message));
  }

  /** Follows (or stops following) one public need. */
  public Future<Void> followNeed(Viewer viewer, UUID challengeId, boolean follow) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> follow
        ? settings.followNeeds(tx, viewer.id(), List.of(challengeId), false)
            .compose(known -> known(known, List.of(challengeId), "challengeId", "names a need that is not public"))
        : settings.unfollowNeed(tx, viewer.id(), challengeId));
  }

  /** Follows (or stops following) one verified organisation. */
  public Future<Void> followOrganisation(Viewer viewer, UUID organisationId, boolean follow) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> follow
        ? settings.followOrganisations(tx, viewer.id(), List.of(organisationId), false)
            .compose(known -> known(known, List.of(organisationId), "organisationId", "names an organisation that is not public"))
        : settings.unfollowOrganisation(tx, viewer.id(), organisationId));
  }

  /** The settings page's one form: deliveries and what one follows together, all or nothing. */
  public Future<Void> save(Viewer viewer, SettingsChange change, TopicsChange topics) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> settings.choose(tx, viewer.id(), change.changes())
        .compose(done -> followed(tx, viewer, topics)));
  }

  /** What the token of an unsubscribe link says; a token this server did not make, or naming nothing one can turn off, is refused. */
  public Unsubscribing unsubscribing(String token) {
    Optional<MailLinks.Unsubscribe> read = links.read(token);
    Optional<NotificationKind> kind = read.flatMap(u -> Coded.find(NotificationKind.class, u.what()))
        .filter(NotificationKind::configurable);
    if (read.isEmpty() || (kind.isEmpty() && !DIGEST.equals(read.get().what()))) {
      FieldErrors errors = new FieldErrors();
      errors.add("token", "is not a valid unsubscribe link");
      errors.throwIfAny();
    }
    return new Unsubscribing(read.get().accountId(), kind);
  }

  /** The kinds the link would still turn off: none once it has been followed. */
  public Future<List<NotificationKind>> turnsOff(Unsubscribing link) {
    return settings.settings(settings.pool(), link.accountId()).map(now -> link.kind()
        .map(kind -> now.of(kind) == Delivery.OFF ? List.<NotificationKind>of() : List.of(kind))
        .orElseGet(now::daily));
  }

  /** Turns off what the link names; following it again changes nothing. */
  public Future<Void> unsubscribe(Unsubscribing link) {
    return settings.pool().withTransaction(tx -> settings.settings(tx, link.accountId()).compose(now -> {
      Map<NotificationKind, Delivery> off = new EnumMap<>(NotificationKind.class);
      (link.digest() ? now.daily() : List.of(link.kind().get())).forEach(kind -> off.put(kind, Delivery.OFF));
      return settings.choose(tx, link.accountId(), off);
    }));
  }

  /** When a person erases their account, their settings and followed topics are deleted in its transaction. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return settings.forget(tx, accountId);
  }
}
